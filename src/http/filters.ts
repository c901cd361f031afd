import { apiError } from '../contract/api-error.js';

/**
 * The date-range parameters of a list, validated: each a date (`YYYY-MM-DD`) or, where the
 * document allows it (appointments, notes), an ISO 8601 timestamp with `Z` or an offset.
 */
export interface DateRange {
  dateFrom?: string;
  dateTo?: string;
}

const DAY_MS = 86_400_000;
/** A validated bound is a date when it has a date's length; anything longer is a timestamp. */
const isDate = (bound: string) => bound.length === 10;

/**
 * Keeps the records whose date or timestamp is in `dateFrom..dateTo`, both inclusive. Date bounds
 * compare the record's UTC date (what they always did); once a bound is a timestamp the range is
 * compared as instants, a date bound then standing for its whole UTC day (from its first to its
 * last millisecond), so `dateFrom=2025-01-01T09:30:00Z` keeps the appointments from 09:30 on.
 */
export function byDateRange<T>(
  records: readonly T[],
  { dateFrom: from, dateTo: to }: DateRange,
  dateOf: (record: T) => string,
): readonly T[] {
  if (from === undefined && to === undefined) return records;
  if ((from === undefined || isDate(from)) && (to === undefined || isDate(to))) {
    if (from !== undefined && to !== undefined && from > to) throw apiError('dates_out_of_order');
    return records.filter((record) => {
      const date = dateOf(record).slice(0, 10);
      return (from === undefined || date >= from) && (to === undefined || date <= to);
    });
  }
  const lower = from === undefined ? -Infinity : Date.parse(isDate(from) ? `${from}T00:00:00Z` : from);
  const upper = to === undefined ? Infinity : isDate(to) ? Date.parse(`${to}T00:00:00Z`) + DAY_MS - 1 : Date.parse(to);
  if (lower > upper) throw apiError('dates_out_of_order');
  return records.filter((record) => {
    // Record timestamps are ISO 8601 or the notes' `2026-03-20 18:30:00+00`, both of which Date reads.
    const instant = Date.parse(dateOf(record));
    return instant >= lower && instant <= upper;
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
