import { organizationKey } from '../../contract/ids.js';
import type { AdminHandlers } from '../../http/admin-operation.js';
import { unknownId } from './admin-errors.js';

/** `/_sandbox/installations`: install an app in a clinic, change its grants, uninstall it. */
export const installationHandlers = {
  sandboxPutInstallation({ c, body }, { world }) {
    const organizationId = organizationKey(body.organizationId);
    if (!world.apps.has(body.appId)) throw unknownId('App', body.appId);
    if (!world.organizations.has(organizationId)) throw unknownId('Organization', body.organizationId);
    const existed = world.installation(body.appId, organizationId) !== undefined;
    const installation = { appId: body.appId, organizationId, grantedScopes: [...new Set(body.grantedScopes)] };
    world.putInstallation(installation);
    return c.json(installation, existed ? 200 : 201);
  },

  sandboxDeleteInstallation({ c, params }, { world }) {
    const { appId, organizationId } = params;
    if (!world.removeInstallation(appId, organizationKey(organizationId))) {
      throw unknownId('Installation', `${appId}/${organizationId}`);
    }
    return c.body(null, 204);
  },
} satisfies Pick<AdminHandlers, 'sandboxPutInstallation' | 'sandboxDeleteInstallation'>;
