import { type ApiError, apiError } from '../../contract/api-error.js';
import { organizationKey } from '../../contract/ids.js';
import type { Organization, World } from '../../world/world.js';

/** 404 for an id the admin API does not know, naming it. */
export function unknownId(kind: string, id: string): ApiError {
  return apiError('admin_resource_not_found', kind, id);
}

/** The clinic a path names (its id in either spelling, any case), or the 404 naming the id. */
export function organizationOf(world: World, id: string): Organization {
  const organization = world.organizations.get(organizationKey(id));
  if (!organization) throw unknownId('Organization', id);
  return organization;
}
