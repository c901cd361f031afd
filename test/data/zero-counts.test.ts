import { describe, expect, it } from 'vitest';
import type { RecordCounts } from '../../src/data/types.js';
import { generateClinicRecords } from './support.js';

const base = {
  seed: 'zero-counts',
  organizationId: '0f9a1c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
  referenceDate: '2026-06-01T12:00:00.000Z',
};
const counts = (overrides: Partial<RecordCounts>): RecordCounts => ({
  patients: 5,
  providers: 2,
  facilities: 2,
  staffUsers: 1,
  appointmentsPerPatient: 3,
  ...overrides,
});
const sizes = (records: ReturnType<typeof generateClinicRecords>) =>
  Object.fromEntries(Object.entries(records).map(([name, list]) => [name, list.length]));

describe('a clinic with zero of some records (throwaway clinics may ask for none)', () => {
  it('all zero: every list is empty', () => {
    const empty = counts({ patients: 0, providers: 0, facilities: 0, staffUsers: 0, appointmentsPerPatient: 0 });
    expect(sizes(generateClinicRecords({ ...base, counts: empty }))).toEqual({
      facilities: 0,
      providers: 0,
      patients: 0,
      appointments: 0,
      bills: 0,
      claims: 0,
      notes: 0,
      staffUsers: 0,
    });
  });

  it.each([
    ['providers', { providers: 0 }],
    ['facilities', { facilities: 0 }],
    ['patients', { patients: 0 }],
  ] as const)('no %s: no appointments, bills, claims or notes; the rest as asked', (_name, overrides) => {
    const asked = counts(overrides);
    const records = generateClinicRecords({ ...base, counts: asked });
    expect(records.patients).toHaveLength(asked.patients);
    expect(records.providers).toHaveLength(asked.providers);
    expect(records.facilities).toHaveLength(asked.facilities);
    expect(records.staffUsers).toHaveLength(asked.staffUsers);
    expect([records.appointments, records.bills, records.claims, records.notes].map((list) => list.length)).toEqual([0, 0, 0, 0]);
  });
});
