import type { NotInstalledStatus } from '../contract/config.js';
import { ApiError, MESSAGES } from '../errors.js';
import { effectiveScopes, type Scope } from '../world/scopes.js';
import type { ApiKey, Organization, World } from '../world/world.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** The clinic id an `X-Organization-Id` header names: trimmed, lower-cased; null unless a UUID. */
export function organizationIdOf(header: string | undefined): string | null {
  const id = header?.trim().toLowerCase();
  return id !== undefined && UUID.test(id) ? id : null;
}

/** The clinic a request reaches and what the caller may do there. */
export interface ClinicAccess {
  organization: Organization;
  effectiveScopes: Scope[];
  /** App, clinic and effective scopes in one string: what a cached body may depend on. */
  signature: string;
}

/**
 * `resolveOrganization` remembered per key and header value until the world changes: the same
 * test client sends the same pair thousands of times, and the answer only moves with the world.
 * Remembered per key object (one entry each, held weakly): nothing to allocate on a hit.
 */
export function createOrganizationResolver(world: World, notInstalledStatus: NotInstalledStatus) {
  // The last clinic each key reached: a test client sends one key to one clinic, over and over.
  const lastAccess = new WeakMap<ApiKey, { version: number; header: string | undefined; access: ClinicAccess }>();
  return function resolveRemembered(key: ApiKey, header: string | undefined): ClinicAccess {
    const hit = lastAccess.get(key);
    if (hit !== undefined && hit.header === header && hit.version === world.version) return hit.access;
    const access = resolveOrganization(world, notInstalledStatus, key, header);
    lastAccess.set(key, { version: world.version, header, access });
    return access;
  };
}

/**
 * Resolves `X-Organization-Id` to a clinic that installed the key's app: 400 when the header is
 * missing or not a UUID, 403 for account keys, 403 (or 404) when the clinic is unknown or has not
 * installed the app.
 */
export function resolveOrganization(
  world: World,
  notInstalledStatus: NotInstalledStatus,
  key: ApiKey,
  header: string | undefined,
): ClinicAccess {
  if (header === undefined || header.trim() === '') {
    throw ApiError.badRequest('missing_organization_id', MESSAGES.organizationIdRequired);
  }
  const organizationId = organizationIdOf(header);
  if (organizationId === null) throw ApiError.badRequest('invalid_organization_id', MESSAGES.organizationIdInvalid);
  if (key.type === 'account') throw ApiError.forbidden('account_key_on_data_endpoint', MESSAGES.accountKeyOnDataEndpoint);
  const notInstalled = (reason: 'unknown_organization' | 'app_not_installed') =>
    notInstalledStatus === 404
      ? ApiError.notFound(reason, MESSAGES.organizationNotFound)
      : ApiError.forbidden(reason, MESSAGES.appNotInstalled);
  const organization = world.organizations.get(organizationId);
  if (!organization) throw notInstalled('unknown_organization');
  const installation = world.installation(key.appId!, organizationId);
  if (!installation) throw notInstalled('app_not_installed');
  const scopes = effectiveScopes(key.scopes, installation.grantedScopes);
  return { organization, effectiveScopes: scopes, signature: `${key.appId}|${organization.id}|${scopes.join(',')}` };
}
