import type { MiddlewareHandler } from 'hono';
import { ApiError, MESSAGES } from '../errors.js';
import type { SandboxEnv } from '../http/env.js';
import { effectiveScopes } from '../world/scopes.js';
import type { World } from '../world/world.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** 403 by default; `--not-installed-status 404` answers as if the clinic did not exist. */
export type NotInstalledStatus = 403 | 404;

/**
 * Resolves `X-Organization-Id` to a clinic that installed the key's app: 400 when the header is
 * missing or not a UUID, 403 for account keys, 403 (or 404) when the clinic is unknown or has not
 * installed the app. Sets `organization`, `installation` and `effectiveScopes`.
 */
export function requireOrganization(options: {
  world: World;
  notInstalledStatus: NotInstalledStatus;
}): MiddlewareHandler<SandboxEnv> {
  const { world, notInstalledStatus } = options;
  const notInstalled = (reason: 'unknown_organization' | 'app_not_installed') =>
    notInstalledStatus === 404
      ? ApiError.notFound(reason, MESSAGES.organizationNotFound)
      : ApiError.forbidden(reason, MESSAGES.appNotInstalled);
  return async function resolveOrganization(c, next) {
    const header = c.req.header('X-Organization-Id');
    if (header === undefined || header.trim() === '') {
      throw ApiError.badRequest('missing_organization_id', MESSAGES.organizationIdRequired);
    }
    const organizationId = header.trim().toLowerCase();
    if (!UUID.test(organizationId)) throw ApiError.badRequest('invalid_organization_id', MESSAGES.organizationIdInvalid);
    const key = c.var.key!;
    if (key.type === 'account') throw ApiError.forbidden('account_key_on_data_endpoint', MESSAGES.accountKeyOnDataEndpoint);
    const organization = world.organizations.get(organizationId);
    if (!organization) throw notInstalled('unknown_organization');
    const installation = world.installation(key.appId!, organizationId);
    if (!installation) throw notInstalled('app_not_installed');
    c.set('organization', organization);
    c.set('installation', installation);
    c.set('effectiveScopes', effectiveScopes(key.scopes, installation.grantedScopes));
    await next();
  };
}
