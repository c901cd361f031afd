/**
 * Generates the records of one clinic from its seed: the same options give the same records,
 * byte for byte after JSON.stringify, in any process.
 */
import { clinicStreams, type Faker, type RandomStream } from './random.js';
import { parseTimestamp } from './time.js';
import type { RecordCounts } from './types.js';

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

/** What a generator draws from: the clinic's settings, its seeded streams and what other generators made. */
export interface GenerationSource {
  readonly referenceMs: number;
  readonly counts: RecordCounts;
  readonly organizationName: string | undefined;
  /** A Faker of its own for the stream `name`, seeded from the clinic's seed and the name. */
  stream(name: RandomStream): Faker;
  /** What `derive` makes of this clinic, made once and shared (a type's records, the planned visits). */
  use<T>(derive: Derivation<T>): T;
}

/**
 * One thing generated from a clinic: a record type's records (`patientRecords`) or a step several
 * types share (`plannedVisits`). It draws only from streams of its own and pulls what it needs
 * through `use`, so the order in which derivations are first asked for never changes a byte.
 */
export type Derivation<T> = (clinic: GenerationSource) => T;

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
 * One clinic's records, each derivation made on first use and kept. Each record type draws from a
 * seeded stream of its own, so a first `/v3/patients` pays for patients alone (~10 ms, not ~50 ms).
 *
 * Appointments embed the same Patient objects as `patients` (and one shared provider view per
 * provider); treat the records as read-only. Appointments (and so bills, claims and notes) need
 * at least one provider and one facility; with none of either, those lists are empty.
 */
export class ClinicGenerator implements GenerationSource {
  readonly referenceMs: number;
  readonly counts: RecordCounts;
  readonly organizationName: string | undefined;
  readonly #streams: { use(stream: RandomStream): Faker };
  /** Each derivation's result, by derivation: a `T` for a `Derivation<T>`. */
  readonly #made = new Map<Derivation<unknown>, unknown>();

  constructor(options: GenerateClinicOptions) {
    validateCounts(options.counts);
    this.referenceMs = parseTimestamp(options.referenceDate);
    this.#streams = clinicStreams(options.seed, options.organizationId);
    this.counts = options.counts;
    this.organizationName = options.organizationName;
  }

  stream(name: RandomStream): Faker {
    return this.#streams.use(name);
  }

  use<T>(derive: Derivation<T>): T {
    if (!this.#made.has(derive)) this.#made.set(derive, derive(this));
    // Stored under `derive` itself just above: the value is the `T` it made.
    return this.#made.get(derive) as T;
  }
}
