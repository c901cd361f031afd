import { describe, expect, it } from 'vitest';
import { SandboxAdmin } from '../../src/testing/admin-client.js';
import { createTestSandbox } from '../support/sandbox.js';

const LISTS = ['patients', 'appointments', 'providers', 'facilities', 'bills', 'claims', 'notes'] as const;
const CLINICS_MADE = 200;

describe('deleting throwaway clinics frees what they held (a count, not a timed test)', () => {
  it(`${CLINICS_MADE} clinics created, listed and deleted leave no records, keys or installations behind`, async () => {
    // Room for every list call of the run in one window of the frozen clock.
    const { app, request, sandbox } = createTestSandbox({ rateLimit: CLINICS_MADE * LISTS.length + 1 });
    const { world } = sandbox;
    const admin = new SandboxAdmin('http://sandbox', { fetch: async (input, init) => app.request(String(input), init) });
    const before = {
      organizations: world.organizations.size,
      keys: world.keys.size,
      installations: world.installations().length,
      generated: world.generatedClinicCount,
    };

    const made: string[] = [];
    for (let i = 0; i < CLINICS_MADE; i += 1) {
      // Small clinics: what is measured is the freeing, not the generating.
      const clinic = await admin.createOrganization({ recordCounts: { patients: 10, providers: 2, facilities: 1 } });
      const { id } = clinic.organization;
      made.push(id);
      for (const resource of LISTS) {
        const response = await request(`/v3/${resource}?pageSize=5`, { key: clinic.keys[0]!.key, organizationId: id });
        expect(response.status, resource).toBe(200);
      }
      expect(world.hasGeneratedRecords(id)).toBe(true);
      await admin.deleteOrganization(id);
    }

    expect(made.filter((id) => world.hasGeneratedRecords(id))).toEqual([]);
    expect({
      organizations: world.organizations.size,
      keys: world.keys.size,
      installations: world.installations().length,
      generated: world.generatedClinicCount,
    }).toEqual(before);
  });
});
