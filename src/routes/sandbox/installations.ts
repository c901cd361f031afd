import { Hono } from 'hono';
import type { SandboxEnv } from '../../http/env.js';
import { readJsonBody } from '../../http/json-body.js';
import type { Sandbox } from '../../sandbox.js';
import type { SandboxInstallation } from '../../testing/admin-types.js';
import { unknownId } from './admin-errors.js';

/** `/_sandbox/installations`: install an app in a clinic, change its grants, uninstall it. */
export function installationRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const { world } = sandbox;
  const routes = new Hono<SandboxEnv>();

  routes.put('/', async (c) => {
    const input = sandbox.validateAdminBody<SandboxInstallation>('InstallationRequest', await readJsonBody(c));
    const organizationId = input.organizationId.toLowerCase();
    if (!world.apps.has(input.appId)) throw unknownId('App', input.appId);
    if (!world.organizations.has(organizationId)) throw unknownId('Organization', input.organizationId);
    const existed = world.installation(input.appId, organizationId) !== undefined;
    const installation = { appId: input.appId, organizationId, grantedScopes: [...new Set(input.grantedScopes)] };
    world.putInstallation(installation);
    return c.json(installation, existed ? 200 : 201);
  });

  routes.delete('/:appId/:organizationId', (c) => {
    const { appId, organizationId } = c.req.param();
    if (!world.removeInstallation(appId, organizationId.toLowerCase())) {
      throw unknownId('Installation', `${appId}/${organizationId}`);
    }
    return c.body(null, 204);
  });

  return routes;
}
