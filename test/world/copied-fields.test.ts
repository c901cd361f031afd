import { describe, expect, it } from 'vitest';
import { CLINICS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

const SUNRISE = CLINICS.sunrise.id;

describe('a write is held once, however many records copy it', () => {
  it("a provider's name PATCHed is served in each of its appointments and notes, and cached in none", async () => {
    const t = createTestSandbox({ rateLimit: 10_000 });
    const admin = (method: string, path: string, body?: unknown) =>
      t.request(`/_sandbox/organizations/${SUNRISE}${path}`, { method, body, key: null, organizationId: null });
    const provider = (await admin('GET', '/providers?pageSize=1')).body.data.providers[0];
    const name = 'N'.repeat(100);
    expect((await admin('PATCH', `/providers/${provider.id}`, { firstName: name })).status).toBe(200);

    for (const resource of ['appointments', 'notes'] as const) {
      let copies = 0;
      let served = 0;
      for (let page = 1; ; page += 1) {
        const response = await t.request(`/v3/${resource}?pageSize=100&page=${page}`);
        expect(response.status).toBe(200);
        const records = response.body.data[resource] as { provider?: { id: string; firstName: string } }[];
        served += records.length;
        copies += records.filter((record) => JSON.stringify(record).includes(name)).length;
        if (page >= response.body.data.pagination.totalPages) break;
      }
      const table = t.sandbox.world.clinicData(t.sandbox.world.organizations.get(SUNRISE)!).table(resource);
      expect(copies, resource).toBeGreaterThan(10);
      // Every record served once; only those that do not copy the provider keep their JSON.
      expect(table.cachedJsonCount, resource).toBe(served - copies);
    }
  });
});
