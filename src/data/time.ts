/**
 * Pure calendar arithmetic on epoch milliseconds for the generators. Never reads the clock:
 * every instant derives from the clinic's reference date.
 */
import { instantOf } from '../contract/timestamps.js';
import { US_TIMEZONES } from './code-tables.js';
import type { IsoDate, IsoTimestamp } from './types.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Parses an ISO 8601 timestamp into epoch ms, throwing a RangeError when it is not one `Date` can represent. */
export function parseTimestamp(value: string, name = 'referenceDate'): number {
  const ms = instantOf(value);
  if (ms === null) throw new RangeError(`${name} must be an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
  return ms;
}

/** `2026-01-15T09:30:00.000Z` */
export function toIsoTimestamp(ms: number): IsoTimestamp {
  return new Date(ms).toISOString();
}

/**
 * `2026-03-20 18:30:00+00`: a UTC instant to the second, spelled as the notes API spells
 * `visitDate` (the text form PostgreSQL gives a timestamptz in UTC).
 */
export function toSqlUtcTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}+00`;
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function toIsoDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of the UTC calendar day holding `ms`. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday, for a day number (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Moves an instant by whole calendar months in UTC, clamping the day of month. */
export function addUtcMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/** Whole years between a date of birth and an instant. */
export function ageInYears(dateOfBirth: IsoDate, atMs: number): number {
  const at = new Date(atMs);
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = at.getUTCFullYear() - year;
  const beforeBirthday = at.getUTCMonth() + 1 < month || (at.getUTCMonth() + 1 === month && at.getUTCDate() < day);
  if (beforeBirthday) age -= 1;
  return age;
}

/** Day number of the `nth` Sunday (1-based) of a UTC month. */
function nthSunday(year: number, month: number, nth: number): number {
  const firstOfMonth = dayNumber(Date.UTC(year, month, 1));
  return firstOfMonth + ((7 - weekday(firstOfMonth)) % 7) + 7 * (nth - 1);
}

/**
 * Whether US daylight saving time (since 2007: second Sunday of March to first Sunday of
 * November, switching at 2 a.m. local) is in effect during business hours of a local day.
 */
export function isUsDaylightSavingDay(day: number): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  return day >= nthSunday(year, 2, 2) && day < nthSunday(year, 10, 1);
}

const US_ZONES = new Map(US_TIMEZONES.map((zone) => [zone.zone, zone]));
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset from Intl for zones outside the table (slower: loading time zone data costs ~10 ms). */
function intlOffsetMinutes(timeZone: string, utcMs: number): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(utcMs).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
  if (!match) throw new Error(`Unexpected time zone offset ${JSON.stringify(name)} for ${timeZone}`);
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

/**
 * Minutes to add to UTC to get local time in `timeZone` during business hours of a local
 * calendar day. US zones of the code table use the US rules directly; others ask Intl.
 */
export function businessDayUtcOffsetMinutes(timeZone: string, day: number): number {
  const zone = US_ZONES.get(timeZone);
  if (!zone) return intlOffsetMinutes(timeZone, day * DAY_MS + 18 * HOUR_MS);
  return zone.standardOffsetMinutes + (zone.observesDst && isUsDaylightSavingDay(day) ? 60 : 0);
}

/** The UTC instant of a local wall-clock time (minutes after midnight) on a day in `timeZone`. */
export function localTimeToUtc(timeZone: string, day: number, minutesAfterMidnight: number): number {
  return day * DAY_MS + minutesAfterMidnight * MINUTE_MS - businessDayUtcOffsetMinutes(timeZone, day) * MINUTE_MS;
}
