import type { Sandbox } from '../../sandbox.js';

const iso = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());

/** `GET /_sandbox/fixtures`: the world as it stands now, well-known keys with their secrets. */
export function fixturesView(sandbox: Sandbox) {
  const { world } = sandbox;
  return {
    organizations: [...world.organizations.values()].map((organization) => ({
      id: organization.id,
      name: organization.name,
      description: organization.description,
      throwaway: organization.throwaway,
    })),
    apps: [...world.apps.values()].map((app) => ({ ...app })),
    installations: world.installations().map((installation) => ({ ...installation, grantedScopes: [...installation.grantedScopes] })),
    keys: [...world.keys.values()].map((key) => ({
      id: key.id,
      key: key.secret,
      type: key.type,
      environment: key.environment,
      appId: key.appId,
      scopes: [...key.scopes],
      status: world.keyStatus(key),
      expiresAt: iso(key.expiresAt),
      revokedAt: iso(key.revokedAt),
      notBefore: iso(key.notBefore),
      description: key.description,
    })),
  };
}
