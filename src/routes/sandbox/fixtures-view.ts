import type { SandboxFixtures } from '../../contract/schemas.js';
import type { Sandbox } from '../../world/sandbox.js';
import { keyView } from './views.js';

/**
 * `GET /_sandbox/fixtures`: the world as it stands now, well-known keys with their secrets, and the
 * environment the sandbox runs as (a key of the other one is refused here, so the console needs it
 * to tell such a key from an active one).
 */
export function fixturesView(sandbox: Sandbox): SandboxFixtures {
  const { world } = sandbox;
  return {
    environment: sandbox.config.environment,
    organizations: [...world.organizations.values()].map((organization) => ({
      id: organization.id,
      name: organization.name,
      description: organization.description,
      throwaway: organization.throwaway,
      // The API lists no staff users, yet POST /v3/emails/send takes their ids: show them here.
      staffUsers: world.clinicData(organization).staffUsers.items.map((user) => ({ ...user })),
    })),
    apps: [...world.apps.values()].map((app) => ({ ...app })),
    installations: world
      .installations()
      .map((installation) => ({ ...installation, grantedScopes: [...installation.grantedScopes] })),
    keys: [...world.keys.values()].map((key) => keyView(world, key)),
  };
}
