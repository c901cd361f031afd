import { apiError } from '../contract/api-error.js';
import type { ResourceTable } from '../records/resource-table.js';

/** Which page of a list to answer (validated, defaults filled in). */
export interface PageParams {
  page: number;
  pageSize: number;
}

/**
 * The list envelope of api-model A1, paginated by page number, as a JSON string. Records are
 * written from the table's cached JSON, so a page costs a join, not a serialisation.
 */
export function listBody<T extends { id: string }>(
  { page, pageSize }: PageParams,
  plural: string,
  table: ResourceTable<T>,
  records: readonly T[],
): string {
  const totalCount = records.length;
  const start = (page - 1) * pageSize;
  const slice = start < totalCount ? records.slice(start, start + pageSize) : [];
  const pagination = JSON.stringify({ page, pageSize, totalCount, totalPages: Math.ceil(totalCount / pageSize) });
  const items = slice.map((record) => table.json(record)).join(',');
  return `{"code":"success","data":{"${plural}":[${items}],"pagination":${pagination}}}`;
}

/** The single-record envelope, or 404 `<Resource> not found`. */
export function recordBody<T extends { id: string }>(
  resourceName: string,
  table: ResourceTable<T>,
  record: T | undefined,
): string {
  if (!record) throw apiError('record_not_found', resourceName);
  return `{"code":"success","data":${table.json(record)}}`;
}

/** The success envelope around any value. */
export function successBody(data: unknown): string {
  return JSON.stringify({ code: 'success', data });
}
