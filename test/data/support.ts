/** Shared fixtures for the data generator tests: the seeded world's own clinic settings. */
import { ClinicGenerator, type GenerateClinicOptions } from '../../src/data/generate-clinic.js';
import { staffUserRecords } from '../../src/data/staff-users.js';
import type { StaffUser } from '../../src/data/types.js';
import { KINDS, type RecordTypes } from '../../src/records/kinds.js';

/** The record types the data tests check (and pin the fingerprint of): a new type does not change them. */
type CheckedResource = 'facilities' | 'providers' | 'patients' | 'appointments' | 'bills' | 'claims' | 'notes';

/** Those records of one clinic, generated from one seed; arrays are in their served default order. */
export type ClinicRecords = { [R in CheckedResource]: RecordTypes[R][] } & { staffUsers: StaffUser[] };

/** All records of one clinic at once, each type from its entry's generator. */
export function generateClinicRecords(options: GenerateClinicOptions): ClinicRecords {
  const clinic = new ClinicGenerator(options);
  const records = <R extends CheckedResource>(resource: R) => clinic.use(KINDS[resource].generate);
  return {
    facilities: records('facilities'),
    providers: records('providers'),
    patients: records('patients'),
    appointments: records('appointments'),
    bills: records('bills'),
    claims: records('claims'),
    notes: records('notes'),
    staffUsers: clinic.use(staffUserRecords),
  };
}

export const SEED = 'max-sandbox-v1';
export const ORG_ID = '7e2c8cfe-b7a9-4deb-986d-e7012589e72b';
export const OTHER_ORG_ID = '3f1d6a52-8c4e-4b7a-9e21-5d0c8f6b2a94';
export const REFERENCE_DATE = '2026-06-01T12:00:00.000Z';
export const REFERENCE_MS = Date.parse(REFERENCE_DATE);
export const COUNTS = { patients: 250, providers: 12, facilities: 3, staffUsers: 6, appointmentsPerPatient: 3 };

export function options(overrides: Partial<GenerateClinicOptions> = {}): GenerateClinicOptions {
  return { seed: SEED, organizationId: ORG_ID, referenceDate: REFERENCE_DATE, counts: COUNTS, ...overrides };
}

const cache = new Map<string, ClinicRecords>();

/** Generates once per distinct options within a test file; tests must not mutate the result. */
export function clinic(overrides: Partial<GenerateClinicOptions> = {}): ClinicRecords {
  const key = JSON.stringify(options(overrides));
  let records = cache.get(key);
  if (!records) {
    records = generateClinicRecords(options(overrides));
    cache.set(key, records);
  }
  return records;
}

export interface LocalTime {
  date: string;
  hour: number;
  minute: number;
  weekday: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock time of an instant in a time zone, computed with Intl independently of src/. */
export function localTime(iso: string, timeZone: string): LocalTime {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(Date.parse(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    weekday: get('weekday'),
  };
}

export const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MONEY = /^\d+\.\d{2}$/;

export function cents(money: string): number {
  return Math.round(Number(money) * 100);
}
