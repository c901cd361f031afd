/**
 * The one rule for every timestamp the sandbox takes in (request bodies, query parameters,
 * `world.json`, records, settings) and for where its clock may go. Pure, so every layer can ask it.
 */

/** The largest distance from the epoch `Date` can represent (ECMA-262 TimeClip): ±8.64e15 ms. */
const DATE_LIMIT_MS = 8.64e15;

/**
 * The instants the virtual clock may stand at: the years an ISO 8601 timestamp writes with four
 * digits. The document's `date-time` (the clock's `now`, every record's and journal entry's
 * timestamp) has four-digit years, so a clock past 9999 would answer timestamps the document
 * itself refuses; `Date` goes on to year 275760, which nothing here could print.
 */
// Parsed, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999.
export const CLOCK_EARLIEST_MS = Date.parse('0000-01-01T00:00:00.000Z');
export const CLOCK_LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** Whether `ms` is an instant `Date` can hold: finite and within ±8.64e15. */
export function isRepresentable(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT_MS;
}

/**
 * Epoch ms of a timestamp, or null when `Date` cannot represent it. RFC 3339 allows a leap second
 * (`23:59:60Z`), which `Date.parse` answers with NaN: checked here, before it can reach a key's
 * expiry or the clock and turn every later comparison false.
 */
export function instantOf(value: string): number | null {
  const ms = Date.parse(value);
  return isRepresentable(ms) ? ms : null;
}

/** Whether the clock may stand at `ms` (see CLOCK_EARLIEST_MS). */
export function isClockInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= CLOCK_EARLIEST_MS && ms <= CLOCK_LATEST_MS;
}

/** The name the document gives the spelling of a note's `visitDate` (`format` of its write shape). */
export const UTC_TIMESTAMP_SPACE_FORMAT = 'utc-timestamp-space';
const UTC_TIMESTAMP_SPACE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\+00$/;

/**
 * Whether `value` is a real instant spelled as Postgres prints a UTC `timestamptz` (the
 * documented `visitDate`: `2026-03-20 18:30:00+00`). The pattern alone lets through
 * `2026-13-45 99:99:99+00`, which `Date` would roll over into another day or refuse; here the
 * fields must name that very instant: month 1 to 12, a day the month has, 00:00:00 to 23:59:59.
 */
export function isUtcTimestampSpace(value: string): boolean {
  const match = UTC_TIMESTAMP_SPACE.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.parse(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  if (!isRepresentable(ms)) return false;
  const date = new Date(ms);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() + 1 === month &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}
