import { apiError } from '../contract/api-error.js';
import { classifyKey, type Environment, type KeyStatus } from '../contract/keys.js';
import type { ApiKey, World } from '../world/world.js';
import { parseBearer } from './authorization-header.js';

type UnauthorizedError =
  | 'missing_authorization'
  | 'malformed_authorization'
  | 'unknown_key_prefix'
  | 'wrong_environment'
  | 'unknown_key';

type KeyRefusal = UnauthorizedError | 'revoked_key' | 'expired_key' | 'key_not_yet_valid';

const STATUS_ERROR: Record<Exclude<KeyStatus, 'active'>, 'revoked_key' | 'expired_key' | 'key_not_yet_valid'> = {
  revoked: 'revoked_key',
  expired: 'expired_key',
  not_yet_valid: 'key_not_yet_valid',
};

/**
 * The live key of this sandbox's environment that a request names; 401 for anything else. Every
 * failure has the real API's one message; the precise reason travels in the error for the
 * sandbox header and journal.
 */
export function authenticate(world: World, environment: Environment, authorization: string | undefined): ApiKey {
  const checked = checkKey(world, environment, authorization);
  if (typeof checked === 'string') throw apiError(checked);
  return checked;
}

/**
 * The live key a request names, or `undefined` where `authenticate` would answer 401: for
 * answers that come before the key check (unknown routes, injected faults) yet are counted
 * against the app's rate limit. Decides nothing.
 */
export function liveKey(world: World, environment: Environment, authorization: string | undefined): ApiKey | undefined {
  const checked = checkKey(world, environment, authorization);
  return typeof checked === 'string' ? undefined : checked;
}

/** The live key, or why there is none. A string rather than an object, so a check allocates nothing. */
function checkKey(world: World, environment: Environment, authorization: string | undefined): ApiKey | KeyRefusal {
  const bearer = parseBearer(authorization);
  if (!bearer.ok) return bearer.reason;
  const found = world.findBySecret(bearer.token);
  // A secret the world holds is well-formed by construction: only a miss needs its shape read.
  if (!found) return reasonForUnknownToken(bearer.token, environment);
  if (found.key.environment !== environment) return 'wrong_environment';
  if (found.rotatedOut) return 'unknown_key';
  const status = world.keyStatus(found.key);
  return status === 'active' ? found.key : STATUS_ERROR[status];
}

/** Why a token the world does not hold is refused, from its shape alone. */
function reasonForUnknownToken(token: string, environment: Environment): UnauthorizedError {
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
