import { ALL_SCOPES } from '../contract/scopes.js';
import type { Sandbox } from '../world/sandbox.js';
import type { TryItDefaults } from './try-it-defaults.js';

/**
 * Why "Try it out" is not using a key with every scope, when it is not: the key it fell back to,
 * what that key lacks at its clinic, and the full-access key it would have used (in the built-in
 * world `key_prd_full_access`, after a revoke or an expiry). Without it, a revoked full-access key
 * would silently turn the page's try-it calls into 403s.
 */
export interface TryItFallback {
  /** Scopes the pre-filled key does not have at its clinic (all of them when nothing is pre-filled). */
  missingScopes: string[];
  /** The first key of this environment with every scope at a clinic, and its state; null if the world has none. */
  fullAccessKey: { id: string; status: string } | null;
}

const holdsEvery = (scopes: readonly string[]) => ALL_SCOPES.every((scope) => scopes.includes(scope));

/** Null while try-it is pre-filled with a key that has every scope at its clinic. */
export function tryItFallback({ world, config }: Sandbox, defaults: TryItDefaults | null): TryItFallback | null {
  let missingScopes: string[] = [...ALL_SCOPES];
  if (defaults !== null) {
    const key = world.keys.get(defaults.keyId);
    const installation = key?.appId ? world.installation(key.appId, defaults.organizationId) : undefined;
    const effective = key?.scopes.filter((scope) => installation?.grantedScopes.includes(scope)) ?? [];
    missingScopes = ALL_SCOPES.filter((scope) => !effective.includes(scope));
  }
  if (missingScopes.length === 0) return null;
  // In world order, as try-it picks: the well-known revoked and expired keys hold every scope too,
  // but come after the full-access key.
  const installations = world.installations();
  const full = [...world.keys.values()].find(
    (key) =>
      key.type === 'data' &&
      key.environment === config.environment &&
      holdsEvery(key.scopes) &&
      installations.some((installation) => installation.appId === key.appId && holdsEvery(installation.grantedScopes)),
  );
  return { missingScopes, fullAccessKey: full ? { id: full.id, status: world.keyStatus(full) } : null };
}
