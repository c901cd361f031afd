import { describe, expect, it } from 'vitest';
import { REFERENCE_HOUR_UTC, resolveReferenceDate } from '../../src/settings/reference-date.js';

const at = (iso: string) => () => Date.parse(iso);

describe('resolveReferenceDate', () => {
  it(`puts an ISO date at ${REFERENCE_HOUR_UTC}:00 UTC of that day`, () => {
    expect(resolveReferenceDate('2026-12-01')).toBe('2026-12-01T18:00:00.000Z');
    expect(resolveReferenceDate('2028-02-29')).toBe('2028-02-29T18:00:00.000Z');
  });

  it('keeps the instant of a timestamp, in UTC', () => {
    expect(resolveReferenceDate('2026-12-01T09:30:00-05:00')).toBe('2026-12-01T14:30:00.000Z');
    expect(resolveReferenceDate('2026-06-01T12:00:00.000Z')).toBe('2026-06-01T12:00:00.000Z');
    expect(resolveReferenceDate('2026-06-01T12:00Z')).toBe('2026-06-01T12:00:00.000Z');
  });

  it('reads today from the clock given: the same instant for every start within one UTC day', () => {
    const starts = ['2026-09-15T00:00:00.000Z', '2026-09-15T07:41:12.345Z', '2026-09-15T23:59:59.999Z'];
    for (const start of starts) expect(resolveReferenceDate('today', at(start))).toBe('2026-09-15T18:00:00.000Z');
    expect(resolveReferenceDate('today', at('2026-09-16T00:00:00.000Z'))).toBe('2026-09-16T18:00:00.000Z');
  });

  it('refuses what Date cannot represent or would silently roll over', () => {
    for (const value of [
      '2026-06-30T23:59:60Z',
      '2026-02-29',
      '2026-04-31T10:00:00Z',
      '2026-06-01T12:60:00Z',
      '+275760-09-13T00:00:00.000Z',
    ]) {
      expect(() => resolveReferenceDate(value), value).toThrow(RangeError);
    }
    expect(() => resolveReferenceDate('soon')).toThrow(
      "must be an ISO date (2026-12-01), an ISO timestamp with a zone (2026-12-01T15:00:00Z) or 'today', not 'soon'",
    );
    expect(() => resolveReferenceDate('0999-01-01')).toThrow('must lie from 1900-01-01 to before 9999-01-01');
  });
});
