import { organizationKey } from '../../contract/ids.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { coverageReport } from '../../world/coverage-report.js';
import { unknownId } from './admin-errors.js';

/** `/_sandbox/coverage`: which documented outcomes the suite's requests hit, and the scopes it did not need; marks to count from. */
export const coverageHandlers = {
  sandboxCoverage({ c, params }, { coverage, world, config }) {
    const since = params.since === undefined ? undefined : coverage.findMark(params.since);
    if (params.since !== undefined && since === undefined) throw unknownId('Mark', params.since);
    return c.json(
      coverageReport(coverage, world, config.environment, {
        appId: params.appId,
        organizationId: params.organizationId === undefined ? undefined : organizationKey(params.organizationId),
        since,
      }),
    );
  },

  sandboxMarkCoverage({ c }, { coverage }) {
    const mark = coverage.mark();
    return c.json({ id: mark.id, time: new Date(mark.atMs).toISOString() }, 201);
  },
} satisfies Pick<AdminHandlers, 'sandboxCoverage' | 'sandboxMarkCoverage'>;
