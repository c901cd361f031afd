import { apiError } from '../../contract/api-error.js';
import type { SandboxClock } from '../../contract/schemas.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import type { Clock } from '../../world/clock.js';

const view = (clock: Clock): SandboxClock => ({ now: new Date(clock.now()).toISOString(), frozen: clock.frozen });

/**
 * `/_sandbox/clock`: the virtual clock that key expiry, notBefore, rate-limit windows and
 * timestamps follow. Move it forward, set it, or freeze it.
 */
export const clockHandlers = {
  sandboxGetClock({ c }, { clock }) {
    return c.json(view(clock));
  },

  sandboxSetClock({ c, body }, { clock }) {
    if (body.advanceSeconds !== undefined && body.now === undefined) {
      if (!clock.advance(body.advanceSeconds * 1000)) throw apiError('clock_out_of_range', 'advanceSeconds');
    } else if (body.now !== undefined && body.advanceSeconds === undefined) {
      // The body validator let through only timestamps Date can represent; an offset can still carry one out of 0000-9999.
      if (!clock.set(Date.parse(body.now), body.freeze ?? false)) throw apiError('clock_out_of_range', 'now');
    } else throw apiError('clock_move_ambiguous');
    return c.json(view(clock));
  },
} satisfies Pick<AdminHandlers, 'sandboxGetClock' | 'sandboxSetClock'>;
