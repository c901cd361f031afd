import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ClinicRecords, COUNTS, generateClinicRecords, ORG_ID, OTHER_ORG_ID, options } from './support.js';

function allIds(records: ClinicRecords): string[] {
  return [
    ...records.facilities.map((record) => record.id),
    ...records.providers.map((record) => record.id),
    ...records.patients.map((record) => record.id),
    ...records.appointments.map((record) => record.id),
    ...records.bills.map((record) => record.id),
    ...records.bills.flatMap((record) => record.codingGroups.map((group) => group.id)),
    ...records.bills.flatMap((record) => record.codingGroups.flatMap((group) => group.diagnoses.map((item) => item.id))),
    ...records.bills.flatMap((record) => record.codingGroups.flatMap((group) => group.lineItems.map((item) => item.id))),
    ...records.claims.map((record) => record.id),
    ...records.notes.map((record) => record.id),
    ...records.staffUsers.map((record) => record.id),
  ];
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('generateClinicRecords determinism', () => {
  it('gives deep-equal, byte-identical output for the same options', () => {
    const first = generateClinicRecords(options());
    const second = generateClinicRecords(options());
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('is not disturbed by generating another clinic in between', () => {
    const before = JSON.stringify(generateClinicRecords(options()));
    generateClinicRecords(options({ organizationId: OTHER_ORG_ID, seed: 'something-else' }));
    expect(JSON.stringify(generateClinicRecords(options()))).toBe(before);
  });

  it('gives different ids for a different seed or organization', () => {
    const base = new Set(allIds(generateClinicRecords(options())));
    for (const other of [options({ seed: 'max-sandbox-v2' }), options({ organizationId: OTHER_ORG_ID })]) {
      const ids = allIds(generateClinicRecords(other));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.filter((id) => base.has(id))).toEqual([]);
    }
  });

  it('keeps ids stable when only the reference date moves', () => {
    const now = generateClinicRecords(options());
    const later = generateClinicRecords(options({ referenceDate: '2026-06-08T12:00:00.000Z' }));
    expect(later.patients.map((patient) => patient.id)).toEqual(now.patients.map((patient) => patient.id));
    expect(later.providers.map((provider) => provider.id)).toEqual(now.providers.map((provider) => provider.id));
  });

  it('keeps each record type on its own stream: more patients leave providers and facilities alone', () => {
    const base = generateClinicRecords(options());
    const more = generateClinicRecords(options({ counts: { ...COUNTS, patients: 300 } }));
    expect(more.providers).toEqual(base.providers);
    expect(more.facilities).toEqual(base.facilities);
    expect(more.staffUsers).toEqual(base.staffUsers);
  });

  it('matches the pinned fingerprint of the seeded world clinic', () => {
    // Pins the output across processes and machines. If a generator change is intended,
    // update the hash in the same commit: every seeded clinic's data changes with it.
    const json = JSON.stringify(generateClinicRecords(options({ organizationId: ORG_ID })));
    expect(sha256(json)).toBe(PINNED_SHA256);
  });
});

const PINNED_SHA256 = '1c220995b06d9292268e4d42db53de508243c0591f05f4abdcb9af1dc2cf71eb';
