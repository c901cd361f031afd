import type { Context } from 'hono';
import { ApiError } from '../errors.js';
import type { ResourceTable } from '../world/resource-table.js';
import type { SandboxEnv } from './env.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/**
 * The list envelope of api-model A1, paginated by page number. Records are written from the
 * table's cached JSON, so a page costs a join, not a serialisation.
 */
export function listResponse<T extends { id: string }>(
  c: Context<SandboxEnv>,
  plural: string,
  table: ResourceTable<T>,
  records: readonly T[],
): Response {
  const page = c.var.params!.page as number;
  const pageSize = c.var.params!.pageSize as number;
  const totalCount = records.length;
  const start = (page - 1) * pageSize;
  const slice = start < totalCount ? records.slice(start, start + pageSize) : [];
  const pagination = JSON.stringify({ page, pageSize, totalCount, totalPages: Math.ceil(totalCount / pageSize) });
  const items = slice.map((record) => table.json(record)).join(',');
  return c.body(`{"code":"success","data":{"${plural}":[${items}],"pagination":${pagination}}}`, 200, JSON_HEADERS);
}

/** The single-record envelope, or 404 `<Resource> not found`. */
export function recordResponse<T extends { id: string }>(
  c: Context<SandboxEnv>,
  resourceName: string,
  table: ResourceTable<T>,
  record: T | undefined,
): Response {
  if (!record) throw ApiError.notFound('record_not_found', `${resourceName} not found`);
  return c.body(`{"code":"success","data":${table.json(record)}}`, 200, JSON_HEADERS);
}

/** The success envelope around any value. */
export function successResponse(c: Context<SandboxEnv>, data: unknown): Response {
  return c.body(JSON.stringify({ code: 'success', data }), 200, JSON_HEADERS);
}
