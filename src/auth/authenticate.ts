import type { MiddlewareHandler } from 'hono';
import { ApiError, type Reason } from '../errors.js';
import type { SandboxEnv } from '../http/env.js';
import type { Environment } from '../world/fixture-types.js';
import type { World } from '../world/world.js';
import { parseBearer } from './authorization-header.js';
import { classifyKey } from './key-format.js';

const STATUS_REASON: Record<string, Reason> = {
  revoked: 'revoked_key',
  expired: 'expired_key',
  not_yet_valid: 'key_not_yet_valid',
};

/**
 * 401 for anything but a live key of this sandbox's environment; sets `key` and `app`. Every
 * failure has the real API's one message: the reason goes only to the sandbox header.
 */
export function authenticate(options: { world: World; environment: Environment }): MiddlewareHandler<SandboxEnv> {
  const { world, environment } = options;
  return async function authenticateKey(c, next) {
    const bearer = parseBearer(c.req.header('Authorization'));
    if (!bearer.ok) throw ApiError.unauthorized(bearer.reason);
    const shape = classifyKey(bearer.token);
    if (shape.kind === 'foreign') throw ApiError.unauthorized('unknown_key_prefix');
    if (shape.kind === 'malformed') throw ApiError.unauthorized('malformed_authorization');
    if (shape.environment !== environment) throw ApiError.unauthorized('wrong_environment');
    const found = world.findBySecret(bearer.token);
    if (!found || found.rotatedOut) throw ApiError.unauthorized('unknown_key');
    const status = world.keyStatus(found.key);
    if (status !== 'active') throw ApiError.unauthorized(STATUS_REASON[status]!);
    c.set('key', found.key);
    if (found.key.appId !== null) c.set('app', world.apps.get(found.key.appId));
    await next();
  };
}
