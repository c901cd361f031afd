import { apiError } from '../contract/api-error.js';
import type { ResourceTable } from '../records/resource-table.js';
import { LIST_PAGE, type ListPage, type ListShape } from '../world/coverage-plan.js';

/** Which page of a list to answer (validated, defaults filled in). */
export interface PageParams {
  page: number;
  pageSize: number;
}

/** The page asked for of `items`, and the `pagination` object that describes it (api-model A1). */
function pageOf<T>({ page, pageSize }: PageParams, items: readonly T[]) {
  const totalCount = items.length;
  const start = (page - 1) * pageSize;
  const slice = start < totalCount ? items.slice(start, start + pageSize) : [];
  return { slice, pagination: { page, pageSize, totalCount, totalPages: Math.ceil(totalCount / pageSize) } };
}

/**
 * The list envelope of api-model A1, paginated by page number, as a JSON string. Records are
 * written from the table's cached JSON, so a page costs a join, not a serialisation.
 */
export function listBody<T extends { id: string }>(
  params: PageParams,
  plural: string,
  table: ResourceTable<T>,
  records: readonly T[],
): string {
  const { slice, pagination } = pageOf(params, records);
  const items = slice.map((record) => table.json(record)).join(',');
  return `{"code":"success","data":{"${plural}":[${items}],"pagination":${JSON.stringify(pagination)}}}`;
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
export function listBodyOfValues(params: PageParams, plural: string, values: readonly unknown[]): string {
  const { slice, pagination } = pageOf(params, values);
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

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** `{"page":`, which opens the pagination object listBody ends a page with. */
const PAGE_KEY = utf8Bytes('{"page":');
/** How far from the end that object starts at most (four numbers of up to 16 digits, and their names). */
const PAGINATION_TAIL = 160;

function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * What a list's 200 body answered, read off its end (so O(1) in its size and allocation-free: it
 * runs on every list answered): `listBody`'s `"pagination":{"page":P,...,"totalPages":N}}}` is an
 * empty list when N is 0 and a page past the end when P > N; an `array` list's `"data":[]}` is
 * empty. The body as cached bytes or as the handler's string (both ASCII at the end). A body of
 * any other shape reads as a page with items.
 */
export function listPageOf(body: Uint8Array | string, shape: ListShape): ListPage {
  const end = body.length;
  if (shape === 'array') {
    const empty =
      codeAt(body, end - 1) === CLOSE_BRACE && codeAt(body, end - 2) === CLOSE_BRACKET && codeAt(body, end - 3) === OPEN_BRACKET;
    return empty ? LIST_PAGE.empty : LIST_PAGE.items;
  }
  // totalPages: the digits before the closing `}}}`.
  let i = end - 4;
  let totalPages = 0;
  for (let scale = 1, digit = digitAt(body, i); digit >= 0; scale *= 10, digit = digitAt(body, --i)) {
    totalPages += digit * scale;
  }
  if (i === end - 4 || codeAt(body, i) !== COLON) return LIST_PAGE.items;
  if (totalPages === 0) return LIST_PAGE.empty;
  // page: the digits after the last `{"page":`.
  const floor = Math.max(0, end - PAGINATION_TAIL);
  while (i >= floor && codeAt(body, i) !== OPEN_BRACE) i--;
  if (i < floor) return LIST_PAGE.items;
  for (let k = 0; k < PAGE_KEY.length; k++) if (codeAt(body, i + k) !== PAGE_KEY[k]) return LIST_PAGE.items;
  let page = 0;
  for (let j = i + PAGE_KEY.length, digit = digitAt(body, j); digit >= 0; digit = digitAt(body, ++j)) page = page * 10 + digit;
  return page > totalPages ? LIST_PAGE.pastEnd : LIST_PAGE.items;
}

/** The byte (or UTF-16 unit) at `index`; -1 outside the body. */
function codeAt(body: Uint8Array | string, index: number): number {
  if (index < 0 || index >= body.length) return -1;
  return typeof body === 'string' ? body.charCodeAt(index) : (body[index] as number);
}

/** The digit at `index`, or -1 for anything else (or nothing). */
function digitAt(body: Uint8Array | string, index: number): number {
  const code = codeAt(body, index);
  return code >= DIGIT_0 && code <= DIGIT_9 ? code - DIGIT_0 : -1;
}
