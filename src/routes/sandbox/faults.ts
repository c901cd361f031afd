import { Hono } from 'hono';
import type { SandboxEnv } from '../../http/env.js';
import { readJsonBody } from '../../http/json-body.js';
import type { Sandbox } from '../../sandbox.js';
import type { InjectFaultInput } from '../../testing/admin-types.js';
import { ApiError } from '../../errors.js';
import { unknownId } from './admin-errors.js';

/** `/_sandbox/faults`: error bodies, latency or dropped connections for matching `/v3` requests. */
export function faultRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const { faults } = sandbox;
  const routes = new Hono<SandboxEnv>();

  routes.post('/', async (c) => {
    const input = sandbox.validateAdminBody<InjectFaultInput>('InjectFaultRequest', await readJsonBody(c));
    if (input.status === undefined && !input.abort && !input.delayMs) {
      throw ApiError.badRequest('invalid_body', "A fault needs at least one of 'status', 'delayMs' or 'abort'");
    }
    if (input.abort && input.status !== undefined) {
      throw ApiError.badRequest('invalid_body', "'abort' drops the connection: it cannot also answer a 'status'");
    }
    return c.json(faults.add(input), 201);
  });

  routes.get('/', (c) => c.json({ faults: faults.list() }));

  routes.delete('/:id', (c) => {
    const id = c.req.param('id');
    if (!faults.remove(id)) throw unknownId('Fault', id);
    return c.body(null, 204);
  });

  routes.delete('/', (c) => {
    faults.clear();
    return c.body(null, 204);
  });

  return routes;
}
