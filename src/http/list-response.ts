import type { Context } from 'hono';
import { ApiError } from '../errors.js';
import type { ResourceTable } from '../world/resource-table.js';
import type { SandboxEnv } from './env.js';

/**
 * The list envelope of api-model A1, paginated by page number, as a JSON string. Records are
 * written from the table's cached JSON, so a page costs a join, not a serialisation.
 */
export function listBody<T extends { id: string }>(
  c: Context<SandboxEnv>,
  plural: string,
  table: ResourceTable<T>,
  records: readonly T[],
): string {
  const params = c.get('params')!;
  const page = params.page as number;
  const pageSize = params.pageSize as number;
  const totalCount = records.length;
  const start = (page - 1) * pageSize;
  const slice = start < totalCount ? records.slice(start, start + pageSize) : [];
  const pagination = JSON.stringify({ page, pageSize, totalCount, totalPages: Math.ceil(totalCount / pageSize) });
  const items = slice.map((record) => table.json(record)).join(',');
  return `{"code":"success","data":{"${plural}":[${items}],"pagination":${pagination}}}`;
}

/** The single-record envelope, or 404 `<Resource> not found`. */
export function recordBody<T extends { id: string }>(resourceName: string, table: ResourceTable<T>, record: T | undefined): string {
  if (!record) throw ApiError.notFound('record_not_found', `${resourceName} not found`);
  return `{"code":"success","data":${table.json(record)}}`;
}

/** The success envelope around any value. */
export function successBody(data: unknown): string {
  return JSON.stringify({ code: 'success', data });
}
