import { ClinicGenerator, type GenerateClinicOptions } from '../data/generate-clinic.js';
import type { Note, Provider, StaffUser } from '../data/types.js';
import { applyEdits, ClinicEdits } from './records/edits.js';
import { type AnyRecord, KINDS, type RecordLookup, type RecordResource, type RecordTypes } from './records/kinds.js';
import { ResourceTable } from './resource-table.js';

/** The provider as served: `hidden` only drives the filter. */
function providerToApi({ hidden: _hidden, ...provider }: Provider) {
  return provider;
}

/** The note as served without the SOAP body. */
function noteToApi({ appointmentId: _appointmentId, soapNote: _soapNote, ...note }: Note) {
  return note;
}

/** The note as served with `includeSoapNote=true` and `read:soap_notes`. */
export function noteWithSoapToApi({ appointmentId: _appointmentId, ...note }: Note) {
  return note;
}

const TO_API: { readonly [R in RecordResource]?: (record: RecordTypes[R]) => unknown } = {
  providers: providerToApi,
  notes: noteToApi,
};

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
  #tables = new Map<RecordResource, ResourceTable<AnyRecord>>();
  #notesWithSoap?: ResourceTable<Note>;
  #staffUsers?: ResourceTable<StaffUser>;

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
    return this.#templateGenerator[resource] as RecordTypes[R][];
  }

  /** The clinic's records of `resource` as served now. */
  table<R extends RecordResource>(resource: R): ResourceTable<RecordTypes[R]> {
    let table = this.#tables.get(resource) as ResourceTable<RecordTypes[R]> | undefined;
    if (!table) {
      table = new ResourceTable(this.#build(resource), TO_API[resource] as (record: RecordTypes[R]) => unknown);
      this.#tables.set(resource, table as unknown as ResourceTable<AnyRecord>);
    }
    return table;
  }

  /** The records changed: rebuild on next use. */
  recordsChanged(): void {
    this.#tables.clear();
    this.#notesWithSoap = undefined;
  }

  get patients() {
    return this.table('patients');
  }

  get appointments() {
    return this.table('appointments');
  }

  get providers() {
    return this.table('providers');
  }

  get facilities() {
    return this.table('facilities');
  }

  get bills() {
    return this.table('bills');
  }

  get claims() {
    return this.table('claims');
  }

  get notes() {
    return this.table('notes');
  }

  /** Kept like the other tables: built per request, it cost +85 % CPU on notes with SOAP bodies (bench/ab-inprocess.mjs, `soap` mix). */
  get notesWithSoap(): ResourceTable<Note> {
    return (this.#notesWithSoap ??= new ResourceTable(this.notes.items, noteWithSoapToApi));
  }

  get staffUsers(): ResourceTable<StaffUser> {
    return (this.#staffUsers ??= new ResourceTable(this.#generator.staffUsers));
  }

  readonly lookup: RecordLookup = (resource, id) => this.table(resource).get(id);

  #build<R extends RecordResource>(resource: R): readonly RecordTypes[R][] {
    const generated = this.#generator[resource] as RecordTypes[R][];
    if (this.#edits.empty) return generated;
    const kind = KINDS[resource] as unknown as (typeof KINDS)[R];
    const edits = this.#edits.of(resource) as ReadonlyMap<string, RecordTypes[R] | null> | undefined;
    const records = applyEdits(generated, edits, kind.orderKey as (record: RecordTypes[R]) => string);
    if (kind.references.length === 0) return records;
    // Copied fields follow the records they copy: recompute them where one of those changed.
    const stale = (record: AnyRecord) =>
      this.#edits.touches(resource, record.id) ||
      kind.references.some((reference) => {
        const id = (reference.get as (record: AnyRecord) => string | null)(record);
        return id !== null && this.#edits.touches(reference.target, id);
      });
    const project = kind.project as (record: AnyRecord, lookup: RecordLookup) => RecordTypes[R];
    return records.map((record) => (stale(record) ? project(record, this.lookup) : record));
  }
}
