import { apiError } from '../../contract/api-error.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { faultPathCanMatch } from '../../world/faults.js';
import { unknownId } from './admin-errors.js';

/** `/_sandbox/faults`: error bodies, latency or dropped connections for matching `/v3` requests. */
export const faultHandlers = {
  sandboxInjectFault({ c, body }, { faults, operations }) {
    if (body.status === undefined && !body.abort && !body.delayMs) throw apiError('fault_without_effect');
    if (body.abort && body.status !== undefined) throw apiError('fault_abort_with_status');
    const { path } = body.match ?? {};
    if (path !== undefined && !faultPathCanMatch(path, operations)) throw apiError('fault_path_unmatchable', path);
    return c.json(faults.add(body), 201);
  },

  sandboxListFaults({ c }, { faults }) {
    return c.json({ faults: faults.list() });
  },

  sandboxRemoveFault({ c, params }, { faults }) {
    if (!faults.remove(params.id)) throw unknownId('Fault', params.id);
    return c.body(null, 204);
  },

  sandboxClearFaults({ c }, { faults }) {
    faults.clear();
    return c.body(null, 204);
  },
} satisfies Pick<AdminHandlers, 'sandboxInjectFault' | 'sandboxListFaults' | 'sandboxRemoveFault' | 'sandboxClearFaults'>;
