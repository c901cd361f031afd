import { describe, expect, it } from 'vitest';
import { ClinicGenerator, generateClinicRecords } from '../../src/data/generate-clinic.js';

const options = {
  seed: 'lazy-order',
  organizationId: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b',
  organizationName: 'Sunrise Family Medicine',
  referenceDate: '2026-06-01T12:00:00.000Z',
  counts: { patients: 60, providers: 5, facilities: 2, staffUsers: 3, appointmentsPerPatient: 2 },
};

describe('ClinicGenerator', () => {
  it('gives the same bytes whatever order the record types are first asked for', () => {
    const eager = JSON.stringify(generateClinicRecords(options));
    const clinic = new ClinicGenerator(options);
    // Reverse dependency order: notes and claims first pull visits, bills and coverage.
    const { notes, claims, staffUsers, bills, appointments, patients, providers, facilities } = clinic;
    const lazy = JSON.stringify({ facilities, providers, patients, appointments, bills, claims, notes, staffUsers });
    expect(lazy).toBe(eager);
  });

  it('generates each record type once: every read is the same array', () => {
    const clinic = new ClinicGenerator(options);
    expect(clinic.patients).toHaveLength(60);
    expect(clinic.patients).toBe(clinic.patients);
    expect(clinic.appointments).toBe(clinic.appointments);
    expect(clinic.bills).toBe(clinic.bills);
  });
});
