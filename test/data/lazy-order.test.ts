import { describe, expect, it } from 'vitest';
import { appointmentRecords } from '../../src/data/appointments.js';
import { billRecords } from '../../src/data/bills.js';
import { claimRecords } from '../../src/data/claims.js';
import { facilityRecords } from '../../src/data/facilities.js';
import { ClinicGenerator } from '../../src/data/generate-clinic.js';
import { noteRecords } from '../../src/data/notes.js';
import { patientRecords } from '../../src/data/patients.js';
import { providerRecords } from '../../src/data/providers.js';
import { staffUserRecords } from '../../src/data/staff-users.js';
import { generateClinicRecords } from './support.js';

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
    const notes = clinic.use(noteRecords);
    const claims = clinic.use(claimRecords);
    const staffUsers = clinic.use(staffUserRecords);
    const bills = clinic.use(billRecords);
    const appointments = clinic.use(appointmentRecords);
    const patients = clinic.use(patientRecords);
    const providers = clinic.use(providerRecords);
    const facilities = clinic.use(facilityRecords);
    const lazy = JSON.stringify({ facilities, providers, patients, appointments, bills, claims, notes, staffUsers });
    expect(lazy).toBe(eager);
  });

  it('generates each record type once: every read is the same array', () => {
    const clinic = new ClinicGenerator(options);
    expect(clinic.use(patientRecords)).toHaveLength(60);
    expect(clinic.use(patientRecords)).toBe(clinic.use(patientRecords));
    expect(clinic.use(appointmentRecords)).toBe(clinic.use(appointmentRecords));
    expect(clinic.use(billRecords)).toBe(clinic.use(billRecords));
  });
});
