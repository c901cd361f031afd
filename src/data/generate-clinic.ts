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
import { clinicStreams, type Faker, type RandomStream } from './random.js';
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
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`counts.${key} must be a non-negative integer, got ${value}`);
  }
  const perPatient = counts.appointmentsPerPatient;
  if (!Number.isFinite(perPatient) || perPatient < 0) {
    throw new RangeError(`counts.appointmentsPerPatient must be a non-negative number, got ${perPatient}`);
  }
}

/**
 * One clinic's records, each type generated on first use. Each record type draws from a seeded
 * stream of its own (a Faker of its own), so the order in which types are first asked for, or
 * in which generators pull their dependencies, does not change a byte. A first `/v3/patients`
 * pays for patients alone (~10 ms, not ~50 ms).
 *
 * Appointments embed the same Patient objects as `patients` (and one shared provider view per
 * provider); treat the records as read-only. Appointments (and so bills, claims and notes) need
 * at least one provider and one facility; with none of either, those lists are empty.
 */
export class ClinicGenerator {
  readonly #stream: (name: RandomStream) => Faker;
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
    return (this.#facilities ??= generateFacilities(this.#stream('facilities'), {
      count: this.#counts.facilities,
      profile: this.#clinicProfile,
      referenceMs: this.#referenceMs,
    }));
  }

  get providers(): ClinicRecords['providers'] {
    return (this.#providers ??= generateProviders(this.#stream('providers'), {
      count: this.#counts.providers,
      referenceMs: this.#referenceMs,
    }));
  }

  get patients(): ClinicRecords['patients'] {
    return (this.#patients ??= generatePatients(this.#stream('patients'), {
      count: this.#counts.patients,
      profile: this.#clinicProfile,
      referenceMs: this.#referenceMs,
    }));
  }

  get #patientCoverage() {
    return (this.#coverage ??= generateCoverage(this.#stream('coverage'), {
      patients: this.patients,
      referenceMs: this.#referenceMs,
    }));
  }

  get #scheduledAppointments() {
    return (this.#scheduled ??= generateAppointments(this.#stream('appointments'), {
      patients: this.patients,
      providers: this.providers,
      facilities: this.facilities,
      appointmentsPerPatient: this.#counts.appointmentsPerPatient,
      referenceMs: this.#referenceMs,
      syncFaker: this.#stream('appointmentSyncs'),
    }));
  }

  get #plannedVisits() {
    return (this.#visits ??= planVisits(this.#stream('visits'), {
      scheduled: this.#scheduledAppointments,
      profile: this.#clinicProfile,
    }));
  }

  get #billedVisits() {
    return (this.#billed ??= generateBills(this.#stream('bills'), {
      visits: this.#plannedVisits,
      coverage: this.#patientCoverage,
      providers: this.providers,
      profile: this.#clinicProfile,
      referenceMs: this.#referenceMs,
    }));
  }

  get appointments(): ClinicRecords['appointments'] {
    return (this.#appointments ??= this.#scheduledAppointments.map((entry) => entry.appointment));
  }

  get bills(): ClinicRecords['bills'] {
    return (this.#bills ??= this.#billedVisits.map((entry) => entry.bill));
  }

  get claims(): ClinicRecords['claims'] {
    return (this.#claims ??= generateClaims(this.#stream('claims'), {
      billed: this.#billedVisits,
      coverage: this.#patientCoverage,
      referenceMs: this.#referenceMs,
    }));
  }

  get notes(): ClinicRecords['notes'] {
    return (this.#notes ??= generateNotes(this.#stream('notes'), {
      visits: this.#plannedVisits,
      providers: this.providers,
      referenceMs: this.#referenceMs,
    }));
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
