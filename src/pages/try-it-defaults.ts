import type { Sandbox } from '../world/sandbox.js';

/** The key and clinic the API reference fills in, so that "Try it out" answers 200 right away. */
export interface TryItDefaults {
  keyId: string;
  /** The secret, sent as `Authorization: Bearer`. */
  key: string;
  organizationId: string;
  organizationName: string;
}

/**
 * The active data key of the sandbox's environment with the widest effective scopes, at the clinic
 * that granted its app the most of them: in the built-in world, the full-access key at Sunrise
 * (every scope). Read from the world as it is now, so a revoked key or a changed grant shows on
 * the next page load; null when no key can reach any clinic.
 *
 * With an admin token set, `/docs` is open while `/_sandbox` is not, so the page must not hand
 * out what only the token could make: then only the fixture's published keys, with their
 * published secret (not one rotated in), at fixture clinics (not a throwaway one) are offered.
 */
export function tryItDefaults({ world, config }: Sandbox): TryItDefaults | null {
  let best: TryItDefaults | null = null;
  let bestScopes = -1;
  const installations = world.installations();
  const published = config.adminToken === null ? null : new Map(world.fixture.keys.map((key) => [key.id, key.key]));
  for (const key of world.keys.values()) {
    if (key.type !== 'data' || key.environment !== config.environment || key.appId === null) continue;
    if (world.keyStatus(key) !== 'active') continue;
    if (published !== null && published.get(key.id) !== key.secret) continue;
    for (const installation of installations) {
      const organization = world.organizations.get(installation.organizationId);
      if (installation.appId !== key.appId || organization === undefined) continue;
      if (published !== null && organization.throwaway) continue;
      const scopes = key.scopes.filter((scope) => installation.grantedScopes.includes(scope)).length;
      // Strictly more: on a tie the world's first key and clinic win, so the choice is stable.
      if (scopes > bestScopes) {
        bestScopes = scopes;
        best = { keyId: key.id, key: key.secret, organizationId: organization.id, organizationName: organization.name };
      }
    }
  }
  return best;
}
