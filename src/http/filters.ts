import { ApiError } from '../errors.js';
import type { ParamValues } from '../spec/param-validator.js';

/** Keeps the records whose date (`YYYY-MM-DD`, or the date part of a timestamp) is in `dateFrom..dateTo`. */
export function byDateRange<T>(records: readonly T[], params: ParamValues, dateOf: (record: T) => string): readonly T[] {
  const from = params.dateFrom as string | undefined;
  const to = params.dateTo as string | undefined;
  if (from !== undefined && to !== undefined && from > to) {
    throw ApiError.badRequest('invalid_parameter', "'dateFrom' must not be after 'dateTo'");
  }
  if (from === undefined && to === undefined) return records;
  return records.filter((record) => {
    const date = dateOf(record).slice(0, 10);
    return (from === undefined || date >= from) && (to === undefined || date <= to);
  });
}

/** Keeps the records whose `field` equals the parameter, when it is given. */
export function byEquals<T>(records: readonly T[], value: unknown, fieldOf: (record: T) => unknown): readonly T[] {
  return value === undefined ? records : records.filter((record) => fieldOf(record) === value);
}

/** Keeps the records whose status is one of the comma-separated `statuses`, when given. */
export function byStatuses<T>(records: readonly T[], statuses: unknown, statusOf: (record: T) => string): readonly T[] {
  if (statuses === undefined) return records;
  const wanted = new Set(statuses as string[]);
  return records.filter((record) => wanted.has(statusOf(record)));
}

/** Case-insensitive substring search over the texts a record is known by. */
export function bySearch<T>(records: readonly T[], search: unknown, textsOf: (record: T) => (string | null)[]): readonly T[] {
  if (search === undefined) return records;
  const needle = (search as string).toLowerCase();
  return records.filter((record) => textsOf(record).some((text) => text !== null && text.toLowerCase().includes(needle)));
}
