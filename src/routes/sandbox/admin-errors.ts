import { type ApiError, apiError } from '../../contract/api-error.js';

/** 404 for an id the admin API does not know, naming it. */
export function unknownId(kind: string, id: string): ApiError {
  return apiError('admin_resource_not_found', kind, id);
}
