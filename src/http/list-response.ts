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

/** The list envelope over values that are not records of a table (derived ones, such as stock levels). */
export function listBodyOfValues({ page, pageSize }: PageParams, plural: string, values: readonly unknown[]): string {
  const totalCount = values.length;
  const start = (page - 1) * pageSize;
  const slice = start < totalCount ? values.slice(start, start + pageSize) : [];
  const pagination = { page, pageSize, totalCount, totalPages: Math.ceil(totalCount / pageSize) };
  return JSON.stringify({ code: 'success', data: { [plural]: slice, pagination } });
}

/** Every match at once, with no `pagination`: the inventory lists under `inventoryPagination: 'all'`. */
export function unpagedListBody<T extends { id: string }>(
  plural: string,
  table: ResourceTable<T>,
  records: readonly T[],
): string {
  return `{"code":"success","data":{"${plural}":[${records.map((record) => table.json(record)).join(',')}]}}`;
}
