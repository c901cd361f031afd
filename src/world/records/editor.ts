import { apiError } from '../../contract/api-error.js';
import { prefixedId } from '../../data/ids.js';
import { namedFaker, pick } from '../../data/random.js';
import { deref } from '../../spec/deref.js';
import { compileSchema, type JsonSchema, type SchemaViolation } from '../../spec/json-schema.js';
import type { OpenApiDocument } from '../../spec/load-spec.js';
import { describeViolation } from '../../spec/validation-messages.js';
import type { ClinicData } from '../clinic-data.js';
import type { ResourceTable } from '../resource-table.js';
import type { Organization, World } from '../world.js';
import {
  type AnyRecord,
  DERIVED_REFERENCES,
  KINDS,
  type RecordResource,
  type RecordTypes,
  type ReferenceField,
  referencesTo,
} from './kinds.js';

/** The write shape of a record: the fields of `Sandbox<Type>Fields`, checked before use. */
export type RecordFields = Record<string, unknown>;

type Kind = (typeof KINDS)[RecordResource];
type AnyReference = ReferenceField<AnyRecord>;

/** The record as `/v3` serves it, for checking against the document: what generation adds is taken off. */
function servedShape(resource: RecordResource, record: AnyRecord): unknown {
  if (resource === 'providers') {
    const { hidden: _hidden, ...served } = record as RecordTypes['providers'];
    return served;
  }
  if (resource === 'notes') {
    const { appointmentId: _appointmentId, ...served } = record as RecordTypes['notes'];
    return served;
  }
  return record;
}

const noun = (count: number, resource: RecordResource) =>
  `${count} ${count === 1 ? KINDS[resource].label.toLowerCase() : resource}`;

/**
 * Creates, changes and deletes the records of a clinic, for the admin routes and the fixture's
 * pinned records alike: fields left out are filled from the seed, references must name records
 * of the same clinic, and the result must match the document's schema of its type. Nothing is
 * changed unless every check passed. `/v3` sees a change at its next request.
 */
export class RecordEditor {
  readonly #validators = new Map<string, (value: unknown) => SchemaViolation | null>();

  constructor(
    private readonly world: World,
    private readonly spec: OpenApiDocument,
    /** Called after every change: what was answered from the old records must not be answered again. */
    private readonly onChange: () => void,
  ) {}

  /** The records as the admin routes serve them: notes with their SOAP body. */
  table<R extends RecordResource>(organization: Organization, resource: R): ResourceTable<RecordTypes[R]> {
    const data = this.world.clinicData(organization);
    return (resource === 'notes' ? data.notesWithSoap : data.table(resource)) as ResourceTable<RecordTypes[R]>;
  }

  get<R extends RecordResource>(organization: Organization, resource: R, id: string): RecordTypes[R] {
    const record = this.world.clinicData(organization).table(resource).get(id);
    if (!record) throw apiError('admin_resource_not_found', KINDS[resource].label, id);
    return record;
  }

  /**
   * A new record with `fields`; the rest is filled from the draw named `drawName` of the clinic's
   * seed (by default the next run-time creation of this type), so the same calls after a reset
   * give the same records.
   */
  create<R extends RecordResource>(
    organization: Organization,
    resource: R,
    fields: RecordFields,
    drawName?: string,
  ): RecordTypes[R] {
    const kind: Kind = KINDS[resource];
    this.#checkFields(kind.fieldsSchema, fields);
    const data = this.world.clinicData(organization);
    const edits = this.world.editsOf(organization.id);
    const faker = namedFaker(organization.seed, organization.id, drawName ?? `created:${resource}:${edits.creations(resource)}`);
    const record = structuredClone(pick(faker, data.templates(resource))) as AnyRecord;
    record.id = typeof fields.id === 'string' ? fields.id : prefixedId(faker, kind.idPrefix);
    if (data.table(resource).get(record.id)) throw apiError('record_id_taken', kind.label.toLowerCase(), record.id);

    const given = this.#withDerivedReferences(data, resource, fields);
    for (const reference of kind.references as readonly AnyReference[]) {
      let id = given[reference.field] as string | null | undefined;
      if (id === undefined) {
        const candidates = data.table(reference.target).items;
        if (reference.nullable) id = null;
        else if (candidates.length === 0) throw apiError('record_reference_unavailable', reference.field, reference.target);
        else id = pick(faker, candidates).id;
      }
      this.#setReference(data, record, reference, id);
    }
    // Before the fields are set: what depends on them is derived from the record as it was.
    this.#complete(kind, record, fields);
    this.#assignFields(record, kind, fields);
    const stored = this.#store(organization, data, resource, record);
    // Counted only once stored: a refused create leaves the next one's draw where it was.
    if (drawName === undefined) edits.countCreation(resource);
    return stored as RecordTypes[R];
  }

  /** Sets `fields` on a record (generated, pinned or created); its id cannot change. */
  update<R extends RecordResource>(organization: Organization, resource: R, id: string, fields: RecordFields): RecordTypes[R] {
    const kind: Kind = KINDS[resource];
    const current = this.get(organization, resource, id);
    this.#checkFields(kind.fieldsSchema, fields);
    if (fields.id !== undefined && fields.id !== id) throw apiError('record_id_changed');
    const data = this.world.clinicData(organization);
    const record = structuredClone(current) as AnyRecord;
    for (const reference of kind.references as readonly AnyReference[]) {
      const given = fields[reference.field] as string | null | undefined;
      if (given !== undefined) this.#setReference(data, record, reference, given);
    }
    // Before the fields are set: what depends on them is derived from the record as it was.
    this.#complete(kind, record, fields);
    this.#assignFields(record, kind, fields);
    return this.#store(organization, data, resource, record) as RecordTypes[R];
  }

  /** Deletes a record no other record points at; otherwise refuses, naming what points at it. */
  delete(organization: Organization, resource: RecordResource, id: string): void {
    const kind: Kind = KINDS[resource];
    this.get(organization, resource, id);
    const data = this.world.clinicData(organization);
    const users: string[] = [];
    const counts = new Map<RecordResource, number>();
    for (const [user, reference] of referencesTo(resource)) {
      for (const record of data.table(user).items) {
        if (reference.get(record as AnyRecord) === id) counts.set(user, (counts.get(user) ?? 0) + 1);
      }
    }
    for (const [user, count] of counts) users.push(noun(count, user));
    if (users.length > 0) throw apiError('record_referenced', kind.label, id, users.join(', '));
    this.world.editsOf(organization.id).delete(resource, id);
    this.#changed(organization);
  }

  /** The fields the write shape references from another record, filled in when left out (a claim's patient from its bill). */
  #withDerivedReferences(data: ClinicData, resource: RecordResource, fields: RecordFields): RecordFields {
    const derived = DERIVED_REFERENCES[resource];
    const sourceId = derived && fields[derived.from];
    if (!derived || typeof sourceId !== 'string') return fields;
    const source = data.lookup(derived.target, sourceId);
    if (!source) throw apiError('record_reference_missing', derived.from, KINDS[derived.target].label.toLowerCase(), sourceId);
    const sourceReferences = KINDS[derived.target].references as readonly AnyReference[];
    const given = { ...fields };
    for (const [field, sourceField] of Object.entries(derived.copy)) {
      const reference = sourceReferences.find((candidate) => candidate.field === sourceField);
      if (given[field] === undefined && reference) given[field] = reference.get(source);
    }
    return given;
  }

  #setReference(data: ClinicData, record: AnyRecord, reference: AnyReference, id: string | null): void {
    if (id !== null && !data.lookup(reference.target, id)) {
      throw apiError('record_reference_missing', reference.field, KINDS[reference.target].label.toLowerCase(), id);
    }
    reference.set(record, id);
  }

  /** Sets the plain fields given on the record (references are set apart, copied fields by projection). */
  #assignFields(record: AnyRecord, kind: Kind, fields: RecordFields): void {
    const referenceFields = new Set(kind.references.map((reference) => reference.field));
    const target = record as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      if (name !== 'id' && !referenceFields.has(name)) target[name] = structuredClone(value);
    }
  }

  /** Fields left out that depend on one given (a rescheduled visit keeps its length). */
  #complete(kind: Kind, record: AnyRecord, fields: RecordFields): void {
    const complete = kind.complete as ((record: AnyRecord, given: RecordFields, referenceMs: number) => void) | undefined;
    complete?.(record, fields, Date.parse(this.world.fixture.referenceDate));
  }

  /** Projects, checks against the document, then stores: nothing is stored unless it is valid. */
  #store(organization: Organization, data: ClinicData, resource: RecordResource, record: AnyRecord): AnyRecord {
    const project = KINDS[resource].project as (record: AnyRecord, lookup: ClinicData['lookup']) => AnyRecord;
    const final = project(record, data.lookup);
    const violation = this.#validator(KINDS[resource].schema)(servedShape(resource, final));
    if (violation) throw apiError('body_breaks_schema', ...describeViolation('', violation));
    this.world.editsOf(organization.id).put(resource, final);
    this.#changed(organization);
    return final;
  }

  #changed(organization: Organization): void {
    this.world.recordsChanged(organization.id);
    this.onChange();
  }

  #checkFields(schemaName: string, fields: RecordFields): void {
    const violation = this.#validator(schemaName)(fields);
    if (violation) throw apiError('body_breaks_schema', ...describeViolation('', violation));
  }

  #validator(schemaName: string): (value: unknown) => SchemaViolation | null {
    let validate = this.#validators.get(schemaName);
    if (!validate) {
      const schema = this.spec.components?.schemas?.[schemaName];
      if (!schema) throw new Error(`the document has no schema ${schemaName}`);
      validate = compileSchema(deref(schema, this.spec) as JsonSchema);
      this.#validators.set(schemaName, validate);
    }
    return validate;
  }
}
