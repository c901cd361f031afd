import { Hono } from 'hono';
import { ApiError } from '../../errors.js';
import type { SandboxEnv } from '../../http/env.js';
import { readJsonBody } from '../../http/json-body.js';
import type { Sandbox } from '../../sandbox.js';
import type { SandboxClock } from '../../testing/admin-types.js';

/**
 * `/_sandbox/clock`: the virtual clock that key expiry, notBefore, rate-limit windows and
 * timestamps follow. Move it forward, set it, or freeze it.
 */
export function clockRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const { clock } = sandbox;
  const routes = new Hono<SandboxEnv>();
  const view = (): SandboxClock => ({ now: new Date(clock.now()).toISOString(), frozen: clock.frozen });

  routes.get('/', (c) => c.json(view()));

  routes.post('/', async (c) => {
    const input = sandbox.validateAdminBody<{ advanceSeconds?: number; now?: string; freeze?: boolean }>(
      'ClockRequest',
      await readJsonBody(c),
    );
    if ((input.advanceSeconds === undefined) === (input.now === undefined)) {
      throw ApiError.badRequest('invalid_body', "Give exactly one of 'advanceSeconds' and 'now'");
    }
    if (input.advanceSeconds !== undefined) clock.advance(input.advanceSeconds * 1000);
    else clock.set(Date.parse(input.now!), input.freeze ?? false);
    return c.json(view());
  });

  return routes;
}
