import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from '../../contract/api-error.js';
import type { SandboxEnv } from '../../http/request-variables.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * When an admin token is set, 401 unless `X-Sandbox-Admin-Token` carries it. Both sides are
 * hashed first so the comparison takes the same time whatever the length of the guess.
 */
export function requireAdminToken(token: string | null): MiddlewareHandler<SandboxEnv> {
  const expected = token === null ? null : digest(token);
  return async function checkAdminToken(c, next) {
    if (expected !== null) {
      const given = c.req.header('X-Sandbox-Admin-Token');
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        throw apiError('admin_token_required');
      }
    }
    await next();
  };
}
