import { ApiError, type Reason } from '../errors.js';
import type { Environment } from '../world/fixture-types.js';
import type { ApiKey, App, World } from '../world/world.js';
import { parseBearer } from './authorization-header.js';
import { classifyKey } from './key-format.js';

const STATUS_REASON: Record<string, Reason> = {
  revoked: 'revoked_key',
  expired: 'expired_key',
  not_yet_valid: 'key_not_yet_valid',
};

/** Who is calling: a live key and, for a data key, its app. */
export interface Caller {
  key: ApiKey;
  app: App | undefined;
}

/**
 * 401 for anything but a live key of this sandbox's environment. Every failure has the real
 * API's one message; the precise reason travels in the error for the sandbox header and journal.
 */
export function authenticate(world: World, environment: Environment, authorization: string | undefined): Caller {
  const bearer = parseBearer(authorization);
  if (!bearer.ok) throw ApiError.unauthorized(bearer.reason);
  const found = world.findBySecret(bearer.token);
  // A secret the world holds is well-formed by construction: only a miss needs its shape read.
  if (!found) throw ApiError.unauthorized(reasonForUnknownToken(bearer.token, environment));
  if (found.key.environment !== environment) throw ApiError.unauthorized('wrong_environment');
  if (found.rotatedOut) throw ApiError.unauthorized('unknown_key');
  const status = world.keyStatus(found.key);
  if (status !== 'active') throw ApiError.unauthorized(STATUS_REASON[status]!);
  return { key: found.key, app: found.key.appId === null ? undefined : world.apps.get(found.key.appId) };
}

/** Why a token the world does not hold is refused, from its shape alone. */
function reasonForUnknownToken(token: string, environment: Environment): Reason {
  const shape = classifyKey(token);
  if (shape.kind === 'foreign') return 'unknown_key_prefix';
  if (shape.kind === 'malformed') return 'malformed_authorization';
  return shape.environment === environment ? 'unknown_key' : 'wrong_environment';
}

/**
 * The key a request names, whatever its state: for the journal and for faults that match on a
 * key id. Decides nothing.
 */
export function identifyKey(world: World, authorization: string | undefined): ApiKey | undefined {
  const bearer = parseBearer(authorization);
  return bearer.ok ? world.findBySecret(bearer.token)?.key : undefined;
}
