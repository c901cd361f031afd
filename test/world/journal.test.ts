import { describe, expect, it } from 'vitest';
import { Journal } from '../../src/world/journal.js';

const entry = (status: number) => ({
  atMs: Date.parse('2026-06-01T12:00:00Z'),
  method: 'GET',
  url: 'http://sandbox/v3/patients?page=2',
  status,
  reason: null,
  keyId: 'key_prd_full_access',
  organizationId: null,
  traceId: null,
  faultId: null,
  warning: null,
  durationMs: 1,
});

describe('Journal', () => {
  it('restarts its ids when cleared, like every other reset', () => {
    const journal = new Journal(10);
    journal.record(entry(200));
    journal.record(entry(401));
    expect(journal.list().map((e) => e.id)).toEqual([2, 1]);
    journal.clear();
    expect(journal.list()).toEqual([]);
    journal.record(entry(200));
    expect(journal.list().map((e) => [e.id, e.path, e.query])).toEqual([[1, '/v3/patients', 'page=2']]);
  });
});

describe('Journal memory', () => {
  const withUrl = (url: string, warning: string | null = null) => ({ ...entry(200), url, warning });

  it('drops its oldest entries past its byte budget, whatever its capacity', () => {
    const journal = new Journal(100, 5000);
    for (let i = 0; i < 50; i++) journal.record(withUrl(`http://sandbox/v3/patients?page=${i}&x=${'z'.repeat(150)}`));
    expect(journal.bytes).toBeLessThanOrEqual(5000);
    const kept = journal.list({ limit: 100 });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(50);
    expect(kept[0]!.query.startsWith('page=49&')).toBe(true);
    expect(kept.map((e) => e.id)).toEqual(kept.map((_, i) => 50 - i));
    // And it still fills its capacity once entries are small again.
    for (let i = 0; i < 100; i++) journal.record(withUrl('http://sandbox/v3/patients'));
    expect(journal.list({ limit: 1000 })).toHaveLength(100);
  });

  it('cuts a long request target with a marker saying how much is missing', () => {
    const journal = new Journal(10);
    const query = `search=${'a'.repeat(60_000)}`;
    journal.record(withUrl(`http://sandbox/v3/patients?${query}`));
    const [kept] = journal.list();
    expect(kept!.path).toBe('/v3/patients');
    const marker = /\.\.\.\[(\d+) more characters\]$/.exec(kept!.query);
    expect(marker).not.toBeNull();
    const shown = kept!.query.slice(0, marker!.index);
    expect(query.startsWith(shown)).toBe(true);
    expect(shown.length + Number(marker![1])).toBe(query.length);
  });

  it('counts warnings, and frees everything at clear', () => {
    const journal = new Journal(10);
    journal.record(withUrl('http://sandbox/v3/patients?a=1', "unknown query parameter 'a'"));
    expect(journal.bytes).toBe('http://sandbox/v3/patients?a=1'.length + "unknown query parameter 'a'".length);
    journal.clear();
    expect(journal.bytes).toBe(0);
    expect(journal.internedBytes).toBe(0);
  });
});
