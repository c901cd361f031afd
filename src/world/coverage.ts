import { COVERAGE_BUCKETS, COVERAGE_MARKS } from './budgets.js';
import type { CoveragePlan } from './coverage-plan.js';

/** The bucket key of requests no app or no clinic can be named for (no key the sandbox holds, no such clinic). */
const NONE = '';
/** The bucket key of an app's clinics past COVERAGE_BUCKETS, and of deleted clinics: kept in the app's totals. */
export const OTHER_CLINICS = '*';

/** Counters by app, then by clinic: each a row of operation x outcome. */
type Buckets = Map<string, Map<string, Uint32Array>>;

/** A copy of the counters at one moment, which a report can count from. */
export interface CoverageMark {
  id: string;
  atMs: number;
  buckets: Buckets;
}

/** Which requests a report counts: an app's (with those no app can be named for), a clinic's, since a mark. */
export interface CoverageSelection {
  appId?: string;
  organizationId?: string;
  since?: CoverageMark;
}

const MAX_COUNT = 0xffff_ffff;

/**
 * How often each `/v3` operation produced each documented outcome, per app and clinic, since the
 * last reset: counters, not a second journal. A request costs two map look-ups and one increment,
 * and allocates nothing once its app and clinic have a bucket. Memory is a fixed row per bucket,
 * COVERAGE_BUCKETS of them at most (apps are the world's; clinics past the limit share their
 * app's OTHER_CLINICS bucket), and COVERAGE_MARKS copies of them for marks.
 */
export class Coverage {
  readonly #buckets: Buckets = new Map();
  #bucketCount = 0;
  /** Clinics that got no bucket of their own since the last reset: a clinic's report may be short. */
  #overflowed = false;
  readonly #marks: CoverageMark[] = [];
  #markSequence = 0;
  #startedAtMs: number;

  constructor(
    readonly plan: CoveragePlan,
    private readonly now: () => number,
    /** Whether a clinic still exists: a deleted one's bucket is folded into its app's OTHER_CLINICS when room is needed. */
    private readonly clinicExists: (organizationId: string) => boolean,
    readonly maxBuckets: number = COVERAGE_BUCKETS,
  ) {
    this.#startedAtMs = now();
  }

  /** Counts one answered request of operation `operation` (its index in the plan) with outcome `outcome`. */
  count(appId: string | null, organizationId: string | null, operation: number, outcome: number): void {
    const row = this.#row(appId ?? NONE, organizationId ?? NONE);
    const cell = operation * this.plan.width + outcome;
    // Saturates rather than wraps: coverage asks "hit or not", and 4 billion is plenty of "hit".
    if (row[cell]! < MAX_COUNT) row[cell]! += 1;
  }

  #row(appKey: string, clinicKey: string): Uint32Array {
    let clinics = this.#buckets.get(appKey);
    if (clinics === undefined) {
      clinics = new Map();
      this.#buckets.set(appKey, clinics);
    }
    const row = clinics.get(clinicKey);
    if (row !== undefined) return row;
    if (this.#bucketCount >= this.maxBuckets) this.#foldDeletedClinics();
    let key = clinicKey;
    if (this.#bucketCount >= this.maxBuckets && clinicKey !== OTHER_CLINICS) {
      this.#overflowed = true;
      key = OTHER_CLINICS;
      const other = clinics.get(key);
      if (other !== undefined) return other;
    }
    const fresh = new Uint32Array(this.plan.operations.length * this.plan.width);
    clinics.set(key, fresh);
    this.#bucketCount += 1;
    return fresh;
  }

  /** Frees the buckets of clinics deleted since, adding their counts to their apps' OTHER_CLINICS. */
  #foldDeletedClinics(): void {
    for (const clinics of this.#buckets.values()) {
      for (const [clinicKey, row] of clinics) {
        if (clinicKey === NONE || clinicKey === OTHER_CLINICS || this.clinicExists(clinicKey)) continue;
        clinics.delete(clinicKey);
        this.#bucketCount -= 1;
        let other = clinics.get(OTHER_CLINICS);
        if (other === undefined) {
          other = new Uint32Array(row.length);
          clinics.set(OTHER_CLINICS, other);
          this.#bucketCount += 1;
        }
        for (let i = 0; i < row.length; i++) other[i] = Math.min(MAX_COUNT, other[i]! + row[i]!);
      }
    }
  }

  /** How many buckets exist: at most `maxBuckets` (plus one per app for OTHER_CLINICS at worst). */
  get bucketCount(): number {
    return this.#bucketCount;
  }

  /** The bytes its counters take, marks included: what a test of its bound measures. */
  get bytes(): number {
    let bytes = 0;
    for (const buckets of [this.#buckets, ...this.#marks.map((mark) => mark.buckets)]) {
      for (const clinics of buckets.values()) for (const row of clinics.values()) bytes += row.byteLength;
    }
    return bytes;
  }

  /** When counting started: the last reset. */
  get startedAtMs(): number {
    return this.#startedAtMs;
  }

  /** Whether some clinic shared a bucket: a report of one clinic may then miss some of its requests. */
  get overflowed(): boolean {
    return this.#overflowed;
  }

  /** Remembers the counters now, so that a report can count only what came after. */
  mark(): CoverageMark {
    this.#markSequence += 1;
    const buckets: Buckets = new Map();
    for (const [appKey, clinics] of this.#buckets) {
      buckets.set(appKey, new Map([...clinics].map(([clinicKey, row]) => [clinicKey, row.slice()])));
    }
    const mark = { id: `mrk_${this.#markSequence}`, atMs: this.now(), buckets };
    this.#marks.push(mark);
    if (this.#marks.length > COVERAGE_MARKS) this.#marks.shift();
    return mark;
  }

  /** A mark by id, if it is still kept. */
  findMark(id: string): CoverageMark | undefined {
    return this.#marks.find((mark) => mark.id === id);
  }

  /**
   * Every counter of the selection summed into one row of operation x outcome: requests of the app
   * and those no app can be named for (a missing or unknown key names none), at the clinic and
   * those naming no clinic, minus what the mark had counted.
   */
  totals(selection: CoverageSelection, onlyApp = false): Float64Array {
    const sum = new Float64Array(this.plan.operations.length * this.plan.width);
    const add = (buckets: Buckets, sign: number) => {
      for (const [appKey, clinics] of buckets) {
        if (selection.appId !== undefined && appKey !== selection.appId && (onlyApp || appKey !== NONE)) continue;
        for (const [clinicKey, row] of clinics) {
          if (selection.organizationId !== undefined && clinicKey !== selection.organizationId && clinicKey !== NONE) {
            continue;
          }
          for (let i = 0; i < row.length; i++) sum[i]! += sign * row[i]!;
        }
      }
    };
    add(this.#buckets, 1);
    if (selection.since) add(selection.since.buckets, -1);
    // A clinic folded into OTHER_CLINICS after the mark leaves its own cells below the mark's.
    for (let i = 0; i < sum.length; i++) if (sum[i]! < 0) sum[i] = 0;
    return sum;
  }

  /** Back to no counts and no marks; mark ids start again at `mrk_1`, like every id after a reset. */
  clear(): void {
    this.#buckets.clear();
    this.#bucketCount = 0;
    this.#overflowed = false;
    this.#marks.length = 0;
    this.#markSequence = 0;
    this.#startedAtMs = this.now();
  }
}
