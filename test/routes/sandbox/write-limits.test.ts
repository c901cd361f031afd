import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CLINICS } from '../../../src/testing/well-known.js';
import { FixtureError, loadFixtures } from '../../../src/world/load-fixtures.js';
import { World } from '../../../src/world/world.js';
import { createTestSandbox } from '../../support/sandbox.js';
import { BUILT_IN_WORLD } from '../../support/world-files.js';

const test = createTestSandbox();
const SUNRISE = `/_sandbox/organizations/${CLINICS.sunrise.id}`;
beforeEach(() => test.sandbox.reset());

const admin = (method: string, path: string, body?: unknown) =>
  test.request(path, { method, body, key: null, organizationId: null });

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function worldDir(mutate: (world: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'max-sandbox-limits-'));
  made.push(dir);
  const copy = structuredClone(BUILT_IN_WORLD);
  mutate(copy);
  writeFileSync(join(dir, 'world.json'), JSON.stringify(copy));
  return dir;
}

describe('a record write is bounded by its shape', () => {
  it('a name of 101 characters is 400 naming the field; 100 are kept', async () => {
    const provider = (await admin('GET', `${SUNRISE}/providers?pageSize=1`)).body.data.providers[0];
    const tooLong = await admin('PATCH', `${SUNRISE}/providers/${provider.id}`, { firstName: 'a'.repeat(101) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(tooLong.body.message).toBe("'firstName' must be at most 100 characters");

    const atLimit = await admin('PATCH', `${SUNRISE}/providers/${provider.id}`, { firstName: 'a'.repeat(100) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.data.firstName).toBe('a'.repeat(100));
  });

  it('a list past its maxItems is 400 naming the field', async () => {
    const provider = (await admin('GET', `${SUNRISE}/providers?pageSize=1`)).body.data.providers[0];
    const response = await admin('PATCH', `${SUNRISE}/providers/${provider.id}`, { roles: Array(6).fill('nurse') });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe("'roles' must hold at most 5 items");
  });
});

describe("a note's visitDate names a real instant", () => {
  it.each([
    ['2026-13-45 99:99:99+00'],
    ['2026-02-29 12:00:00+00'],
    ['2026-04-31 12:00:00+00'],
    ['2026-06-01 24:00:00+00'],
    ['2026-06-01 12:60:00+00'],
    ['2026-06-01 12:00:60+00'],
  ])('%s: 400 naming visitDate, on POST and PATCH', async (visitDate) => {
    const created = await admin('POST', `${SUNRISE}/notes`, { visitDate });
    expect(created.status).toBe(400);
    expect(created.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(created.body.message).toBe("'visitDate' must be a real UTC date and time spelled YYYY-MM-DD HH:MM:SS+00");
    const note = (await admin('GET', `${SUNRISE}/notes?pageSize=1`)).body.data.notes[0];
    const patched = await admin('PATCH', `${SUNRISE}/notes/${note.id}`, { visitDate });
    expect(patched.status).toBe(400);
    expect(patched.body.message).toContain("'visitDate'");
  });

  it('a real one, a leap day included, is kept and served as written', async () => {
    const created = await admin('POST', `${SUNRISE}/notes`, { visitDate: '2024-02-29 23:59:59+00' });
    expect(created.status).toBe(201);
    expect(created.body.data.visitDate).toBe('2024-02-29 23:59:59+00');
  });

  it('world.json: a pinned note with an impossible visitDate does not start', () => {
    const dir = worldDir((world) => {
      world.organizations[0].records = { notes: [{ visitDate: '2026-13-45 99:99:99+00' }] };
    });
    expect(() => createTestSandbox({ fixturesDir: dir })).toThrow(/visitDate/);
  });
});

describe('one clinic fits the records the sandbox holds', () => {
  // 1,508 + 500 + 2 + 500 + 4 x 1,508 x 4.5 + 165 x 2 + 16 = 30,000: exactly the budget.
  const FITS = { patients: 1508, providers: 500, facilities: 2, staffUsers: 500, appointmentsPerPatient: 4.5 };

  it('recordCounts past the budget is 400 naming the field and the limit, and makes no clinic', async () => {
    const before = test.sandbox.world.organizations.size;
    const response = await admin('POST', '/_sandbox/organizations', {
      recordCounts: { patients: 20000, appointmentsPerPatient: 50 },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(response.body.message).toBe(
      `'recordCounts' would make about 4020532 records (patients + providers + facilities + staffUsers + 4 x patients x appointmentsPerPatient + 165 x facilities + 16): a clinic may have at most ${World.HELD_RECORDS_BUDGET}, the records the sandbox holds at once`,
    );
    expect(test.sandbox.world.organizations.size).toBe(before);
  });

  it('the largest that fits is made (its records come on first use)', async () => {
    const response = await admin('POST', '/_sandbox/organizations', { recordCounts: FITS });
    expect(response.status).toBe(201);
    expect(response.body.organization.recordCounts).toEqual(FITS);
    const over = await admin('POST', '/_sandbox/organizations', { recordCounts: { ...FITS, staffUsers: 500, patients: 1600 } });
    expect(over.status).toBe(400);
  });

  it('world.json: a clinic past the budget is a fixture error naming its recordCounts', () => {
    const dir = worldDir((world) => {
      world.organizations[1].recordCounts = { patients: 20000, appointmentsPerPatient: 50 };
    });
    expect(() => loadFixtures(dir)).toThrow(FixtureError);
    expect(() => loadFixtures(dir)).toThrow(/organizations\[1\]\.recordCounts: would make about \d+ records/);
  });
});

describe('the record estimate of a fractional appointmentsPerPatient', () => {
  it('is named in whole records', async () => {
    const response = await admin('POST', '/_sandbox/organizations', {
      recordCounts: { patients: 20000, providers: 1, facilities: 1, staffUsers: 0, appointmentsPerPatient: 0.33 },
    });
    expect(response.status).toBe(400);
    // 20,000 + 1 + 1 + 4 x 20,000 x 0.33 + 165 + 16 = 46,583 (46,582.99... in floating point)
    expect(response.body.message).toContain("'recordCounts' would make about 46583 records");
  });
});
