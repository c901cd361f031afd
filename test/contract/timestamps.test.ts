import { describe, expect, it } from 'vitest';
import { CLOCK_EARLIEST_MS, CLOCK_LATEST_MS, instantOf, isClockInstant, isRepresentable } from '../../src/contract/timestamps.js';
import { compileSchema } from '../../src/openapi/json-schema.js';

describe('the one rule for timestamps', () => {
  it('takes what Date can represent and refuses the rest', () => {
    expect(instantOf('2026-06-30T23:59:59Z')).toBe(Date.UTC(2026, 5, 30, 23, 59, 59));
    expect(instantOf('2026-06-30t12:00:00+02:00')).toBe(Date.UTC(2026, 5, 30, 10));
    expect(instantOf('2026-06-30T23:59:60Z')).toBeNull();
    expect(instantOf('soon')).toBeNull();
    expect(isRepresentable(8.64e15)).toBe(true);
    expect(isRepresentable(8.64e15 + 1)).toBe(false);
    expect(isRepresentable(Number.NaN)).toBe(false);
    expect(isRepresentable(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('keeps the clock to the four-digit years', () => {
    expect(new Date(CLOCK_EARLIEST_MS).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(new Date(CLOCK_LATEST_MS).toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(isClockInstant(CLOCK_LATEST_MS)).toBe(true);
    expect(isClockInstant(CLOCK_LATEST_MS + 1)).toBe(false);
    expect(isClockInstant(CLOCK_EARLIEST_MS - 1)).toBe(false);
    expect(isClockInstant(Number.NaN)).toBe(false);
  });

  it('is the date-time format of every compiled schema, a leap second named as such', () => {
    const check = compileSchema({ type: 'object', properties: { at: { type: 'string', format: 'date-time' } } });
    expect(check({ at: '2026-06-30T23:59:59Z' })).toBeNull();
    expect(check({ at: '2026-06-30T23:59:60Z' })).toMatchObject({ keyword: 'leapSecond', path: ['at'] });
    expect(check({ at: 'tomorrow' })).toMatchObject({ keyword: 'format', path: ['at'] });
  });
});
