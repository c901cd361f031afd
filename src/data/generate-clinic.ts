/**
 * Generates every record of one clinic from its seed: the same options give the same records,
 * byte for byte after JSON.stringify, in any process.
 */
import { generateAppointments } from './appointments.js';
import { generateBills } from './bills.js';
import { generateClaims } from './claims.js';
import { generateClinicProfile } from './clinic-profile.js';
import { generateCoverage } from './coverage.js';
import { generateFacilities } from './facilities.js';
import { generateNotes } from './notes.js';
import { generatePatients } from './patients.js';
import { generateProviders } from './providers.js';
import { clinicStreams } from './random.js';
import { generateStaffUsers } from './staff-users.js';
import { parseTimestamp } from './time.js';
import type { ClinicRecords, RecordCounts } from './types.js';
import { planVisits } from './visits.js';

export interface GenerateClinicOptions {
  /** The world seed, e.g. `max-sandbox-v1`. */
  seed: string;
  organizationId: string;
  /** ISO 8601 timestamp: the clinic's "now". Past and future records are placed around it. */
  referenceDate: string;
  counts: RecordCounts;
  /**
   * The organization's display name, e.g. `Harbor Dermatology`. Optional: when given, facility
   * names start with it and a specialty in it (Dermatology, Pediatrics, ...) sets the clinic's
   * specialty and patient ages; when absent both are drawn from the seed.
   */
  organizationName?: string;
}

const INTEGER_COUNTS = ['patients', 'providers', 'facilities', 'staffUsers'] as const;

function validateCounts(counts: RecordCounts): void {
  for (const key of INTEGER_COUNTS) {
    const value = counts[key];
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`counts.${key} must be a non-negative integer, got ${value}`);
  }
  const perPatient = counts.appointmentsPerPatient;
  if (!Number.isFinite(perPatient) || perPatient < 0) {
    throw new RangeError(`counts.appointmentsPerPatient must be a non-negative number, got ${perPatient}`);
  }
}

/**
 * All records of one clinic, each array in its served default order: facilities, providers and
 * patients by createdAt; appointments by scheduledStartDate; bills, claims and notes by visit.
 *
 * Each record type draws from its own seeded stream, so a change to one generator leaves the
 * others' output alone. Appointments embed the same Patient objects as `patients` (and one
 * shared provider view per provider); treat the records as read-only.
 *
 * Appointments (and so bills, claims and notes) need at least one provider and one facility;
 * with none of either, those lists are empty.
 */
export function generateClinicRecords(options: GenerateClinicOptions): ClinicRecords {
  const { seed, organizationId, referenceDate, counts, organizationName } = options;
  validateCounts(counts);
  const referenceMs = parseTimestamp(referenceDate);
  const stream = clinicStreams(seed, organizationId).use;

  const profile = generateClinicProfile(stream('profile'), organizationName);
  const facilities = generateFacilities(stream('facilities'), { count: counts.facilities, profile, referenceMs });
  const providers = generateProviders(stream('providers'), { count: counts.providers, referenceMs });
  const patients = generatePatients(stream('patients'), { count: counts.patients, profile, referenceMs });
  const coverage = generateCoverage(stream('coverage'), { patients, referenceMs });
  const scheduled = generateAppointments(stream('appointments'), {
    patients,
    providers,
    facilities,
    appointmentsPerPatient: counts.appointmentsPerPatient,
    referenceMs,
  });
  const visits = planVisits(stream('visits'), { scheduled, profile });
  const billed = generateBills(stream('bills'), { visits, coverage, profile, referenceMs });
  const claims = generateClaims(stream('claims'), { billed, coverage, referenceMs });
  const notes = generateNotes(stream('notes'), { visits, providers, referenceMs });
  const staffUsers = generateStaffUsers(stream('staffUsers'), { count: counts.staffUsers });

  return {
    facilities,
    providers,
    patients,
    appointments: scheduled.map((entry) => entry.appointment),
    bills: billed.map((entry) => entry.bill),
    claims,
    notes,
    staffUsers,
  };
}
