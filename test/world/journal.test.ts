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
