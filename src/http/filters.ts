import { apiError } from '../contract/api-error.js';

/** The date-range parameters of a list (`YYYY-MM-DD`, validated). */
export interface DateRange {
  dateFrom?: string;
  dateTo?: string;
}

/** Keeps the records whose date (`YYYY-MM-DD`, or the date part of a timestamp) is in `dateFrom..dateTo`. */
export function byDateRange<T>(
  records: readonly T[],
  { dateFrom: from, dateTo: to }: DateRange,
  dateOf: (record: T) => string,
): readonly T[] {
  if (from !== undefined && to !== undefined && from > to) throw apiError('dates_out_of_order');
  if (from === undefined && to === undefined) return records;
  return records.filter((record) => {
    const date = dateOf(record).slice(0, 10);
    return (from === undefined || date >= from) && (to === undefined || date <= to);
  });
}

/** Keeps the records whose field equals `value`, when it is given. */
export function byEquals<T, V>(records: readonly T[], value: V | undefined, fieldOf: (record: T) => V): readonly T[] {
  return value === undefined ? records : records.filter((record) => fieldOf(record) === value);
}

/** Keeps the records that match `value`, when it is given: for filters on a list inside a record (roles, providers). */
export function byMatch<T, V>(
  records: readonly T[],
  value: V | undefined,
  matches: (record: T, value: V) => boolean,
): readonly T[] {
  return value === undefined ? records : records.filter((record) => matches(record, value));
}

/** Keeps the records whose status is one of `statuses`, when given. */
export function byStatuses<T, S extends string>(
  records: readonly T[],
  statuses: readonly S[] | undefined,
  statusOf: (record: T) => S,
): readonly T[] {
  if (statuses === undefined) return records;
  const wanted = new Set<string>(statuses);
  return records.filter((record) => wanted.has(statusOf(record)));
}

/** Case-insensitive substring search over the texts a record is known by. */
export function bySearch<T>(
  records: readonly T[],
  search: string | undefined,
  textsOf: (record: T) => (string | null)[],
): readonly T[] {
  if (search === undefined) return records;
  const needle = search.toLowerCase();
  return records.filter((record) => textsOf(record).some((text) => text?.toLowerCase().includes(needle)));
}
