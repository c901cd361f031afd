import { ClinicGenerator, type GenerateClinicOptions } from '../data/generate-clinic.js';
import { staffUserRecords } from '../data/staff-users.js';
import type { StaffUser } from '../data/types.js';
import { applyEdits, ClinicEdits } from './edits.js';
import { KINDS, pointersOf, type RecordLookup, type RecordResource, type RecordTypes } from './kinds.js';
import { ResourceTable } from './resource-table.js';

/**
 * Which of a record type's views: `full` is the record as its schema describes it (what the admin
 * routes serve), `default` what `/v3` serves unless asked for more (the same but for notes, whose
 * SOAP body needs `includeSoapNote=true`).
 */
export type RecordView = 'default' | 'full';

type Tables = { [R in RecordResource]?: ResourceTable<RecordTypes[R]> | undefined };

/**
 * The small clinic that records pinned or created with few fields are filled from: its records
 * are realistic and consistent (a bill with coding groups, a claim with insurance), whatever the
 * size of the clinic itself, an empty one included.
 */
const TEMPLATE_COUNTS = { patients: 12, providers: 3, facilities: 2, staffUsers: 0, appointmentsPerPatient: 3 };

/**
 * Everything one clinic serves, indexed: its generated records with its edits (pinned and run-time
 * records) applied. Each table is built on first use (see ClinicGenerator); a change to the
 * clinic's records drops the tables, which the next request rebuilds from the generated records,
 * which never change, and the edits. The tables are kept because they hold the records' JSON:
 * rebuilt per request, a page the response cache does not hold cost +60 % CPU
 * (bench/ab-inprocess.mjs, `varied` mix).
 */
export class ClinicData {
  readonly #options: GenerateClinicOptions;
  readonly #generator: ClinicGenerator;
  #templateGenerator?: ClinicGenerator;
  readonly #edits: ClinicEdits;
  #tables: { default: Tables; full: Tables } = { default: {}, full: {} };
  #staffUsers?: ResourceTable<StaffUser>;
  /**
   * Records rebuilt with fields copied from records a client wrote: their JSON is never cached, so
   * that a write is held once (in the record written) however many records copy it.
   */
  #projected = new WeakSet<object>();
  readonly #cacheJson = (record: object) => !this.#projected.has(record);

  constructor(options: GenerateClinicOptions, edits: ClinicEdits = new ClinicEdits()) {
    this.#options = options;
    this.#generator = new ClinicGenerator(options);
    this.#edits = edits;
  }

  /** Records to fill new ones of `resource` from: never empty, drawn from the clinic's seed. */
  templates<R extends RecordResource>(resource: R): readonly RecordTypes[R][] {
    this.#templateGenerator ??= new ClinicGenerator({
      ...this.#options,
      seed: `${this.#options.seed}/templates`,
      counts: TEMPLATE_COUNTS,
    });
    return this.#templateGenerator.use(KINDS[resource].generate);
  }

  /**
   * The clinic's records of `resource` as served now, in the view asked for (both hold the same
   * records). Each view is a table of its own: notes with their SOAP body built per request cost
   * +85 % CPU (bench/ab-inprocess.mjs, `soap` mix).
   */
  table<R extends RecordResource>(resource: R, view: RecordView = 'default'): ResourceTable<RecordTypes[R]> {
    const tables: { [P in R]?: ResourceTable<RecordTypes[P]> } = this.#tables[view];
    let table = tables[resource];
    if (!table) {
      const kind = KINDS[resource];
      const toApi = view === 'default' ? (kind.toDefaultApi ?? kind.toApi) : kind.toApi;
      const other = view === 'default' ? this.#tables.full[resource] : this.#tables.default[resource];
      table = new ResourceTable(other?.items ?? this.#build(resource), toApi, this.#cacheJson, kind.aliases);
      tables[resource] = table;
    }
    return table;
  }

  /** The records changed: rebuild on next use. */
  recordsChanged(): void {
    this.#tables = { default: {}, full: {} };
  }

  /** The clinic's staff users: not a record type of `/v3`, only recipients of its emails. */
  get staffUsers(): ResourceTable<StaffUser> {
    return (this.#staffUsers ??= new ResourceTable(this.#generator.use(staffUserRecords)));
  }

  readonly lookup: RecordLookup = (resource, id) => this.table(resource).get(id);

  #build<R extends RecordResource>(resource: R): readonly RecordTypes[R][] {
    const kind = KINDS[resource];
    const generated = this.#generator.use(kind.generate);
    if (this.#edits.empty) return generated;
    const records = applyEdits(generated, this.#edits.of(resource), kind.orderKey);
    const pointers = pointersOf(kind);
    if (pointers.length === 0) return records;
    // Copied fields follow the records they copy: recompute them where one of those changed.
    const stale = (record: RecordTypes[R]) =>
      this.#edits.touches(resource, record.id) ||
      pointers.some((pointer) => pointer.ids(record).some((id) => this.#edits.touches(pointer.target, id)));
    return records.map((record) => {
      if (!stale(record)) return record;
      const projected = kind.project(record, this.lookup);
      this.#projected.add(projected);
      return projected;
    });
  }
}
