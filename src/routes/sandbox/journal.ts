import { Hono } from 'hono';
import { ApiError } from '../../errors.js';
import type { SandboxEnv } from '../../http/env.js';
import type { Sandbox } from '../../sandbox.js';
import type { JournalFilter } from '../../testing/admin-types.js';

const badQuery = (message: string) => ApiError.badRequest('invalid_parameter', message);

function integerQuery(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw badQuery(`'${name}' must be an integer from ${min} to ${max}`);
  }
  return Number(value);
}

/** `/_sandbox/requests` (the journal, newest first) and `/_sandbox/emails` (the outbox). */
export function journalRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const { journal, outbox } = sandbox;
  const routes = new Hono<SandboxEnv>();

  routes.get('/requests', (c) => {
    const query = c.req.query();
    const filter: JournalFilter = {
      keyId: query.keyId,
      organizationId: query.organizationId,
      path: query.path,
      status: integerQuery(query.status, 'status', 0, 599),
      limit: integerQuery(query.limit, 'limit', 1, journal.capacity),
    };
    return c.json({ requests: journal.list(filter) });
  });

  routes.delete('/requests', (c) => {
    journal.clear();
    return c.body(null, 204);
  });

  routes.get('/emails', (c) => c.json({ emails: outbox.list(c.req.query('organizationId')?.toLowerCase()) }));

  return routes;
}
