import { apiError } from '../contract/api-error.js';
import { prefixedId } from '../data/ids.js';
import { namedFaker, pick } from '../data/random.js';
import { deref } from '../openapi/deref.js';
import { compileSchema, type JsonSchema, type SchemaViolation } from '../openapi/json-schema.js';
import type { OpenApiDocument } from '../openapi/load-spec.js';
import { describeViolation } from '../openapi/validation-messages.js';
import type { ClinicData } from '../records/clinic-data.js';
import {
  type AnyRecord,
  anyKind,
  KINDS,
  type Kind,
  pointersTo,
  type RecordResource,
  type RecordTypes,
  type ReferenceField,
} from '../records/kinds.js';
import type { ResourceTable } from '../records/resource-table.js';
import type { Organization, World } from './world.js';

/** The write shape of a record: the fields of `Sandbox<Type>Fields`, checked before use. */
export type RecordFields = Record<string, unknown>;

/** A reference field's value as given: an id, null (no record), a list of ids, or undefined (left out). */
function referenceValue(fields: RecordFields, field: string): string | null | readonly string[] | undefined {
  const value = fields[field];
  // The fields were checked against the write shape, which types every reference field so.
  if (Array.isArray(value)) return value.filter((id): id is string => typeof id === 'string');
  return typeof value === 'string' || value === null ? value : undefined;
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
    return this.world.clinicData(organization).table(resource, 'full');
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
  create(organization: Organization, resource: RecordResource, fields: RecordFields, drawName?: string): AnyRecord {
    const kind = anyKind(resource);
    this.#checkFields(kind.fieldsSchema, fields);
    const data = this.world.clinicData(organization);
    const edits = this.world.editsOf(organization.id);
    const faker = namedFaker(organization.seed, organization.id, drawName ?? `created:${resource}:${edits.creations(resource)}`);
    const record: AnyRecord = structuredClone(pick(faker, data.templates(resource)));
    kind.fromTemplate?.(record);
    record.id = typeof fields.id === 'string' ? fields.id : prefixedId(faker, kind.idPrefix);
    if (data.table(resource).get(record.id)) throw apiError('record_id_taken', kind.label.toLowerCase(), record.id);

    const given = this.#withDerivedReferences(data, resource, fields);
    for (const reference of kind.references) {
      let value = referenceValue(given, reference.field);
      if (value === undefined) {
        const candidates = data.table(reference.target).items;
        // A list left out names one record drawn from the seed, or none when there is none to name.
        if (reference.many) value = candidates.length === 0 ? [] : [pick(faker, candidates).id];
        else if (reference.nullable) value = null;
        else if (candidates.length === 0) throw apiError('record_reference_unavailable', reference.field, reference.target);
        else value = pick(faker, candidates).id;
      }
      this.#setReference(data, record, reference, value);
    }
    // Before the fields are set: what depends on them is derived from the record as it was.
    this.#complete(kind, record, fields);
    this.#assignFields(record, kind, fields);
    const stored = this.#store(organization, data, resource, record);
    // Counted only once stored: a refused create leaves the next one's draw where it was.
    if (drawName === undefined) edits.countCreation(resource);
    return stored;
  }

  /** Sets `fields` on a record (generated, pinned or created); its id cannot change. */
  update(organization: Organization, resource: RecordResource, id: string, fields: RecordFields): AnyRecord {
    const kind = anyKind(resource);
    const current = this.get(organization, resource, id);
    this.#checkFields(kind.fieldsSchema, fields);
    if (fields.id !== undefined && fields.id !== current.id) throw apiError('record_id_changed');
    const data = this.world.clinicData(organization);
    const record = structuredClone(current);
    for (const reference of kind.references) {
      const given = referenceValue(fields, reference.field);
      if (given !== undefined) this.#setReference(data, record, reference, given);
    }
    // Before the fields are set: what depends on them is derived from the record as it was.
    this.#complete(kind, record, fields);
    this.#assignFields(record, kind, fields);
    return this.#store(organization, data, resource, record);
  }

  /** Deletes a record no other record points at; otherwise refuses, naming what points at it. */
  delete(organization: Organization, resource: RecordResource, id: string): void {
    const kind = KINDS[resource];
    // By the record's own id: `id` may be another id that finds it (a note's version ID).
    id = this.get(organization, resource, id).id;
    const data = this.world.clinicData(organization);
    const users: string[] = [];
    const counts = new Map<RecordResource, number>();
    for (const [user, pointer] of pointersTo(resource)) {
      for (const record of data.table(user).items) {
        if (pointer.ids(record).includes(id)) counts.set(user, (counts.get(user) ?? 0) + 1);
      }
    }
    for (const [user, count] of counts) users.push(noun(count, user));
    if (users.length > 0) throw apiError('record_referenced', kind.label, id, users.join(', '));
    this.world.editsOf(organization.id).delete(resource, id);
    this.#changed(organization);
  }

  /** The fields the write shape references from another record, filled in when left out (a claim's patient from its bill). */
  #withDerivedReferences(data: ClinicData, resource: RecordResource, fields: RecordFields): RecordFields {
    const derived = KINDS[resource].derived;
    const sourceId = derived && fields[derived.from];
    if (!derived || typeof sourceId !== 'string') return fields;
    const source = data.lookup(derived.target, sourceId);
    if (!source) throw apiError('record_reference_missing', derived.from, KINDS[derived.target].label.toLowerCase(), sourceId);
    const sourceReferences = anyKind(derived.target).references;
    const given = { ...fields };
    for (const [field, sourceField] of Object.entries(derived.copy)) {
      const reference = sourceReferences.find((candidate) => candidate.field === sourceField);
      if (given[field] === undefined && reference && !reference.many) given[field] = reference.get(source);
    }
    return given;
  }

  #setReference(
    data: ClinicData,
    record: AnyRecord,
    reference: ReferenceField<AnyRecord>,
    value: string | null | readonly string[],
  ): void {
    const ids = value === null ? [] : typeof value === 'string' ? [value] : value;
    ids.forEach((id, index) => {
      if (data.lookup(reference.target, id)) return;
      const field = reference.many ? `${reference.field}[${index}]` : reference.field;
      throw apiError('record_reference_missing', field, KINDS[reference.target].label.toLowerCase(), id);
    });
    // The write shape types a list field as a list and a single one as an id or null.
    if (reference.many) reference.set(record, ids);
    else reference.set(record, typeof value === 'string' ? value : null);
  }

  /** Sets the plain fields given on the record (references are set apart, copied fields by projection). */
  #assignFields(record: AnyRecord, kind: Kind<AnyRecord>, fields: RecordFields): void {
    const referenceFields = new Set(kind.references.map((reference) => reference.field));
    for (const [name, value] of Object.entries(fields)) {
      // The fields were checked against the write shape, whose plain fields are the record's.
      if (name !== 'id' && !referenceFields.has(name)) Reflect.set(record, name, structuredClone(value));
    }
  }

  /** Fields left out that depend on one given (a rescheduled visit keeps its length). */
  #complete(kind: Kind<AnyRecord>, record: AnyRecord, fields: RecordFields): void {
    kind.complete?.(record, fields, Date.parse(this.world.fixture.referenceDate));
  }

  /** Projects, checks against the document, then stores: nothing is stored unless it is valid. */
  #store(organization: Organization, data: ClinicData, resource: RecordResource, record: AnyRecord): AnyRecord {
    const kind = anyKind(resource);
    for (const reference of kind.listReferences ?? []) {
      for (const id of reference.ids(record)) {
        if (!data.lookup(reference.target, id))
          throw apiError('record_reference_missing', reference.field, KINDS[reference.target].label.toLowerCase(), id);
      }
    }
    const final = kind.project(record, data.lookup);
    // Checked as served: what the sandbox holds but never serves is taken off first.
    const violation = this.#validator(kind.schema)(kind.toApi ? kind.toApi(final) : final);
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
