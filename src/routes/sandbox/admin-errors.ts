import { ApiError } from '../../errors.js';

/** 404 for an id the admin API does not know, naming it. */
export function unknownId(kind: string, id: string): ApiError {
  return ApiError.notFound('admin_resource_not_found', `${kind} '${id}' not found`);
}
