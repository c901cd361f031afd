import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { HttpCaches } from '../../src/http/http-caches.js';
import { createSandbox } from '../../src/sandbox.js';
import { Clock } from '../../src/world/clock.js';

const SMALL = { patients: 20, providers: 2, facilities: 1, staffUsers: 1, appointmentsPerPatient: 2 };
// 20 + 2 + 1 + 1 + 4 * 20 * 2 = 184 records each: a budget of 600 holds three such clinics.
const BUDGET = 600;

describe('generated records held within a budget', () => {
  it('drops the least recently used clinics past it, and regenerates them byte for byte, edits included', async () => {
    const sandbox = createSandbox({ clock: new Clock(() => Date.parse('2026-06-01T12:00:00Z')), heldRecordsBudget: BUDGET });
    const caches = new HttpCaches();
    const app = createApp(sandbox, undefined, caches);
    const admin = async (method: string, path: string, body?: unknown): Promise<any> => {
      const response = await app.request(`/_sandbox${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.json();
    };
    const clinics: { id: string; key: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const made = await admin('POST', '/organizations', { recordCounts: SMALL, seed: `held-${i}` });
      clinics.push({ id: made.organization.id, key: made.keys[0].key });
    }
    const list = async (clinic: { id: string; key: string }, resource: string) => {
      const response = await app.request(`/v3/${resource}?pageSize=100`, {
        headers: { Authorization: `Bearer ${clinic.key}`, 'X-Organization-Id': clinic.id },
      });
      return response.text();
    };
    const first = clinics[0]!;
    const created = await admin('POST', `/organizations/${first.id}/patients`, { lastName: 'Kept' });
    const before = await list(first, 'patients');
    const notesBefore = await list(first, 'notes');
    for (const clinic of clinics) await list(clinic, 'appointments');
    expect(sandbox.world.generatedClinicCount).toBeLessThanOrEqual(3);
    expect(sandbox.world.hasGeneratedRecords(first.id)).toBe(false);

    caches.responses.clear();
    expect(await list(first, 'patients')).toBe(before);
    expect(await list(first, 'notes')).toBe(notesBefore);
    expect(before).toContain(created.data.id);
    expect(sandbox.world.hasGeneratedRecords(first.id)).toBe(true);
  });
});
