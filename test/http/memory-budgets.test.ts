import { describe, expect, it } from 'vitest';
import { TargetMemo } from '../../src/http/target-memo.js';
import { CLINICS } from '../../src/testing/well-known.js';
import { JOURNAL_BYTES, JOURNAL_TARGET_LENGTH } from '../../src/world/budgets.js';
import { Journal } from '../../src/world/journal.js';
import { createTestSandbox } from '../support/sandbox.js';

/** A query value of `length` characters that no other request of the run sends. */
const unique = (i: number, length: number) => `${i}-`.padEnd(length, 'x');

describe('what clients send cannot grow memory past the budgets', () => {
  it('200 unique 60 KB query strings: the parameter memo and the journal stay within their budgets', async () => {
    const { request, sandbox, caches } = createTestSandbox();
    for (let i = 0; i < 200; i++) {
      const response = await request(`/v3/patients?pageSize=1&note=${unique(i, 60_000)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('X-Sandbox-Warning')).toBe("unknown query parameter 'note'");
    }
    // Too long to be remembered: validated each time instead.
    expect(caches.params.bytes).toBe(0);
    expect(sandbox.journal.bytes).toBeLessThanOrEqual(JOURNAL_BYTES);
    expect(sandbox.journal.bytes).toBeLessThanOrEqual(200 * (JOURNAL_TARGET_LENGTH + 200));
    expect(sandbox.journal.internedBytes).toBeLessThanOrEqual(Journal.INTERNED_BYTES);
    const [newest] = sandbox.journal.list({ limit: 1 });
    expect(newest!.path).toBe('/v3/patients');
    expect(newest!.query.startsWith('pageSize=1&note=199-xxx')).toBe(true);
    expect(newest!.query).toMatch(/\.\.\.\[\d+ more characters\]$/);
    expect(newest!.query.length).toBeLessThan(JOURNAL_TARGET_LENGTH + 40);
    expect(newest!.warning).toBe("unknown query parameter 'note'");
  });

  it('many distinct targets short enough to remember: the memo stays within its budget and still answers', async () => {
    const { request, caches } = createTestSandbox({ rateLimit: 1_000_000 });
    const length = TargetMemo.MAX_TARGET_LENGTH - 100;
    for (let i = 0; i < 1500; i++) {
      expect((await request(`/v3/providers?pageSize=1&note=${unique(i, length)}`)).status).toBe(200);
      expect(caches.params.bytes).toBeLessThanOrEqual(TargetMemo.MAX_BYTES);
    }
    expect(caches.params.bytes).toBeGreaterThan(0);
    // A remembered target answers as before, warning included.
    const again = await request(`/v3/providers?pageSize=1&note=${unique(1499, length)}`);
    expect(again.status).toBe(200);
    expect(again.headers.get('X-Sandbox-Warning')).toBe("unknown query parameter 'note'");
  });

  it('an X-Organization-Id padded to kilobytes is answered every time, without being remembered', async () => {
    const { request } = createTestSandbox();
    const padded = `${' '.repeat(4000)}${CLINICS.sunrise.id}${' '.repeat(4000)}`;
    for (let i = 0; i < 3; i++) expect((await request('/v3/patients?pageSize=1', { organizationId: padded })).status).toBe(200);
  });
});
