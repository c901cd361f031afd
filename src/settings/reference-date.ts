/**
 * The `--reference-date` setting: which values it takes and the instant each one names. Pure:
 * "now" is passed in, so `today` can be resolved exactly in tests.
 */
import { instantOf } from '../contract/timestamps.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Where in its UTC day an ISO date or `today` puts the reference instant: 18:00 UTC.
 *
 * Facilities keep US hours (08:00 to 17:00 local, Eastern to Pacific), so a UTC day's visits run
 * from 12:00 to 24:00 UTC. 18:00 UTC is the middle of that span: 14:00 in New York and 11:00 in
 * Los Angeles in summer, 13:00 and 10:00 in winter. Every clinic has a morning behind the
 * reference instant and an afternoon ahead of it, whatever its time zone; noon UTC, the built-in
 * world's instant, is 08:00 in New York, so nothing would lie earlier that day.
 */
export const REFERENCE_HOUR_UTC = 18;

/**
 * The instants a reference date may name. Records reach about a century before it (birth dates)
 * and months after it (appointments), and must still print as four-digit ISO years.
 */
const EARLIEST_MS = Date.UTC(1900, 0, 1);
const LATEST_MS = Date.UTC(9999, 0, 1);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** What the setting accepts, for error messages. */
export const REFERENCE_DATE_FORMS = "an ISO date (2026-12-01), an ISO timestamp with a zone (2026-12-01T15:00:00Z) or 'today'";

/** Epoch ms of a real calendar day, or null: `Date` would roll 2026-02-30 over into March. */
function calendarDay(year: string, month: string, day: string): number | null {
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const date = new Date(ms);
  const real =
    date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return real ? ms : null;
}

/** The reference instant in the UTC day holding `ms`. */
function referenceInstantOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS + REFERENCE_HOUR_UTC * HOUR_MS;
}

/** Epoch ms a value names, or null when it is not one of the accepted forms. */
function parseReferenceDate(value: string, now: () => number): number | null {
  if (value === 'today') return referenceInstantOfDay(now());
  const date = ISO_DATE.exec(value);
  if (date) {
    const day = calendarDay(date[1]!, date[2]!, date[3]!);
    return day === null ? null : referenceInstantOfDay(day);
  }
  const timestamp = ISO_TIMESTAMP.exec(value);
  if (!timestamp) return null;
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = timestamp;
  // Date.parse takes 24:00 and rolls impossible days over, and leap seconds it cannot represent.
  if (calendarDay(year!, month!, day!) === null) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return null;
  return instantOf(value);
}

/**
 * The reference instant a setting names, as an ISO timestamp: a timestamp as given, an ISO date
 * or `today` (the current UTC day, read from `now`) at REFERENCE_HOUR_UTC. Throws a RangeError
 * naming what is accepted.
 */
export function resolveReferenceDate(value: string, now: () => number = Date.now): string {
  const ms = parseReferenceDate(value, now);
  if (ms === null) throw new RangeError(`must be ${REFERENCE_DATE_FORMS}, not '${value}'`);
  const outside = referenceDateRangeProblem(ms, value);
  if (outside) throw new RangeError(outside);
  return new Date(ms).toISOString();
}

/**
 * What is wrong with a reference instant outside the years records can be placed around, or null:
 * the setting's and the fixture's `referenceDate` answer to the same range.
 */
export function referenceDateRangeProblem(ms: number, value: string): string | null {
  if (ms >= EARLIEST_MS && ms < LATEST_MS) return null;
  return `must lie from ${new Date(EARLIEST_MS).toISOString().slice(0, 10)} to before ${new Date(LATEST_MS).toISOString().slice(0, 10)}, not '${value}'`;
}
