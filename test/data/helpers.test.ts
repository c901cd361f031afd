import { describe, expect, it } from 'vitest';
import { US_TIMEZONES } from '../../src/data/code-tables.js';
import { ID_PREFIXES, isPrefixedId, prefixedId } from '../../src/data/ids.js';
import { formatCents, parseMoney } from '../../src/data/money.js';
import { generateNpi, isValidNpi, npiCheckDigit } from '../../src/data/npi.js';
import { clinicStreams, pickWeighted, streamSeed } from '../../src/data/random.js';
import {
  addUtcMonths,
  ageInYears,
  businessDayUtcOffsetMinutes,
  dayNumber,
  localTimeToUtc,
  toSqlUtcTimestamp,
  weekday,
} from '../../src/data/time.js';
import { localTime } from './support.js';

describe('time', () => {
  it('knows the weekday of a day number', () => {
    expect(weekday(dayNumber(Date.parse('2026-06-01T12:00:00Z')))).toBe(1); // a Monday
    expect(weekday(dayNumber(Date.parse('2026-06-07T00:00:00Z')))).toBe(0); // a Sunday
  });

  it('matches Intl for every US zone in the table on every business day of 2024-2027', () => {
    const first = dayNumber(Date.parse('2024-01-01T00:00:00Z'));
    const last = dayNumber(Date.parse('2027-12-31T00:00:00Z'));
    for (const { zone } of US_TIMEZONES) {
      for (let day = first; day <= last; day++) {
        const utc = localTimeToUtc(zone, day, 9 * 60 + 30);
        const local = localTime(new Date(utc).toISOString(), zone);
        expect(`${local.date} ${local.hour}:${local.minute}`).toBe(
          `${new Date(day * 86_400_000).toISOString().slice(0, 10)} 9:30`,
        );
      }
    }
  });

  it('spells a UTC instant as the notes API does, to the second', () => {
    expect(toSqlUtcTimestamp(Date.parse('2026-03-20T18:30:00.000Z'))).toBe('2026-03-20 18:30:00+00');
    expect(toSqlUtcTimestamp(Date.parse('2026-03-20T23:59:59.999-02:00'))).toBe('2026-03-21 01:59:59+00');
  });

  it('falls back to Intl for zones outside the table', () => {
    expect(businessDayUtcOffsetMinutes('Asia/Kolkata', dayNumber(Date.parse('2026-01-15T00:00:00Z')))).toBe(330);
    expect(businessDayUtcOffsetMinutes('Europe/London', dayNumber(Date.parse('2026-07-15T00:00:00Z')))).toBe(60);
  });

  it('adds calendar months and clamps the day', () => {
    expect(new Date(addUtcMonths(Date.parse('2026-03-31T10:00:00Z'), -1)).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(new Date(addUtcMonths(Date.parse('2026-06-01T12:00:00Z'), -18)).toISOString()).toBe('2024-12-01T12:00:00.000Z');
  });

  it('counts whole years of age', () => {
    expect(ageInYears('1990-06-02', Date.parse('2026-06-01T12:00:00Z'))).toBe(35);
    expect(ageInYears('1990-06-01', Date.parse('2026-06-01T12:00:00Z'))).toBe(36);
  });
});

describe('ids', () => {
  it('are deterministic prefixed v4-shaped hex', () => {
    const a = clinicStreams('s', 'o').use('patients');
    const b = clinicStreams('s', 'o').use('patients');
    const id = prefixedId(a, ID_PREFIXES.patient);
    expect(id).toBe(prefixedId(b, ID_PREFIXES.patient));
    expect(id).toMatch(/^pat_[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
    expect(isPrefixedId(id, 'pat_')).toBe(true);
    expect(isPrefixedId(id, 'apt_')).toBe(false);
    expect(isPrefixedId('pat_ABC', 'pat_')).toBe(false);
  });
});

describe('random streams', () => {
  it('seed each stream differently', () => {
    expect(streamSeed('s', 'o', 'patients')).not.toEqual(streamSeed('s', 'o', 'providers'));
    expect(streamSeed('s', 'o', 'patients')).toHaveLength(8);
  });

  it('starts a stream afresh on each use', () => {
    const streams = clinicStreams('s', 'o');
    const first = streams.use('bills').number.int(1_000_000);
    streams.use('notes').number.int(1_000_000);
    expect(streams.use('bills').number.int(1_000_000)).toBe(first);
  });

  it('keeps a stream undisturbed by another used in between', () => {
    const alone = clinicStreams('s', 'o').use('bills');
    const expected = [alone.number.int(1_000_000), alone.number.int(1_000_000)];
    const streams = clinicStreams('s', 'o');
    const bills = streams.use('bills');
    const first = bills.number.int(1_000_000);
    streams.use('notes').number.int(1_000_000);
    expect([first, bills.number.int(1_000_000)]).toEqual(expected);
  });

  it('picks weighted values', () => {
    const faker = clinicStreams('s', 'o').use('visits');
    const draws = Array.from({ length: 2000 }, () =>
      pickWeighted(faker, [
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    const share = draws.filter((value) => value === 'a').length / draws.length;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.95);
  });
});

describe('NPI', () => {
  it('uses the CMS check digit', () => {
    expect(npiCheckDigit('123456789')).toBe(3); // CMS worked example: 1234567893
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    const faker = clinicStreams('s', 'o').use('providers');
    for (let i = 0; i < 50; i++) expect(isValidNpi(generateNpi(faker, 1))).toBe(true);
  });
});

describe('money', () => {
  it('formats cents with two decimals', () => {
    expect(formatCents(15000)).toBe('150.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(0)).toBe('0.00');
    expect(parseMoney('150.07')).toBe(15007);
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });
});
