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
 * One clinic's records, each type generated on first use. Each record type draws from its own
 * seeded stream, re-seeded when its generator starts, so the order in which types are first
 * asked for does not change a byte: a generator's dependencies are resolved before its own
 * stream is taken. A first `/v3/patients` pays for patients alone (~10 ms, not ~50 ms).
 *
 * Appointments embed the same Patient objects as `patients` (and one shared provider view per
 * provider); treat the records as read-only. Appointments (and so bills, claims and notes) need
 * at least one provider and one facility; with none of either, those lists are empty.
 */
export class ClinicGenerator {
  readonly #stream: (name: Parameters<ReturnType<typeof clinicStreams>['use']>[0]) => ReturnType<ReturnType<typeof clinicStreams>['use']>;
  readonly #referenceMs: number;
  readonly #counts: RecordCounts;
  readonly #organizationName: string | undefined;
  #profile?: ReturnType<typeof generateClinicProfile>;
  #facilities?: ClinicRecords['facilities'];
  #providers?: ClinicRecords['providers'];
  #patients?: ClinicRecords['patients'];
  #coverage?: ReturnType<typeof generateCoverage>;
  #scheduled?: ReturnType<typeof generateAppointments>;
  #visits?: ReturnType<typeof planVisits>;
  #billed?: ReturnType<typeof generateBills>;
  #appointments?: ClinicRecords['appointments'];
  #bills?: ClinicRecords['bills'];
  #claims?: ClinicRecords['claims'];
  #notes?: ClinicRecords['notes'];
  #staffUsers?: ClinicRecords['staffUsers'];

  constructor(options: GenerateClinicOptions) {
    validateCounts(options.counts);
    this.#referenceMs = parseTimestamp(options.referenceDate);
    this.#stream = clinicStreams(options.seed, options.organizationId).use;
    this.#counts = options.counts;
    this.#organizationName = options.organizationName;
  }

  get #clinicProfile() {
    return (this.#profile ??= generateClinicProfile(this.#stream('profile'), this.#organizationName));
  }

  get facilities(): ClinicRecords['facilities'] {
    if (!this.#facilities) {
      const profile = this.#clinicProfile;
      this.#facilities = generateFacilities(this.#stream('facilities'), {
        count: this.#counts.facilities,
        profile,
        referenceMs: this.#referenceMs,
      });
    }
    return this.#facilities;
  }

  get providers(): ClinicRecords['providers'] {
    return (this.#providers ??= generateProviders(this.#stream('providers'), {
      count: this.#counts.providers,
      referenceMs: this.#referenceMs,
    }));
  }

  get patients(): ClinicRecords['patients'] {
    if (!this.#patients) {
      const profile = this.#clinicProfile;
      this.#patients = generatePatients(this.#stream('patients'), {
        count: this.#counts.patients,
        profile,
        referenceMs: this.#referenceMs,
      });
    }
    return this.#patients;
  }

  get #patientCoverage() {
    if (!this.#coverage) {
      const patients = this.patients;
      this.#coverage = generateCoverage(this.#stream('coverage'), { patients, referenceMs: this.#referenceMs });
    }
    return this.#coverage;
  }

  get #scheduledAppointments() {
    if (!this.#scheduled) {
      const { patients, providers, facilities } = this;
      this.#scheduled = generateAppointments(this.#stream('appointments'), {
        patients,
        providers,
        facilities,
        appointmentsPerPatient: this.#counts.appointmentsPerPatient,
        referenceMs: this.#referenceMs,
      });
    }
    return this.#scheduled;
  }

  get #plannedVisits() {
    if (!this.#visits) {
      const scheduled = this.#scheduledAppointments;
      const profile = this.#clinicProfile;
      this.#visits = planVisits(this.#stream('visits'), { scheduled, profile });
    }
    return this.#visits;
  }

  get #billedVisits() {
    if (!this.#billed) {
      const visits = this.#plannedVisits;
      const coverage = this.#patientCoverage;
      const profile = this.#clinicProfile;
      this.#billed = generateBills(this.#stream('bills'), { visits, coverage, profile, referenceMs: this.#referenceMs });
    }
    return this.#billed;
  }

  get appointments(): ClinicRecords['appointments'] {
    return (this.#appointments ??= this.#scheduledAppointments.map((entry) => entry.appointment));
  }

  get bills(): ClinicRecords['bills'] {
    return (this.#bills ??= this.#billedVisits.map((entry) => entry.bill));
  }

  get claims(): ClinicRecords['claims'] {
    if (!this.#claims) {
      const billed = this.#billedVisits;
      const coverage = this.#patientCoverage;
      this.#claims = generateClaims(this.#stream('claims'), { billed, coverage, referenceMs: this.#referenceMs });
    }
    return this.#claims;
  }

  get notes(): ClinicRecords['notes'] {
    if (!this.#notes) {
      const visits = this.#plannedVisits;
      const providers = this.providers;
      this.#notes = generateNotes(this.#stream('notes'), { visits, providers, referenceMs: this.#referenceMs });
    }
    return this.#notes;
  }

  get staffUsers(): ClinicRecords['staffUsers'] {
    return (this.#staffUsers ??= generateStaffUsers(this.#stream('staffUsers'), { count: this.#counts.staffUsers }));
  }
}

/**
 * All records of one clinic at once, each array in its served default order: facilities,
 * providers and patients by createdAt; appointments by scheduledStartDate; bills, claims and
 * notes by visit.
 */
export function generateClinicRecords(options: GenerateClinicOptions): ClinicRecords {
  const clinic = new ClinicGenerator(options);
  return {
    facilities: clinic.facilities,
    providers: clinic.providers,
    patients: clinic.patients,
    appointments: clinic.appointments,
    bills: clinic.bills,
    claims: clinic.claims,
    notes: clinic.notes,
    staffUsers: clinic.staffUsers,
  };
}
