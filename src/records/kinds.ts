/**
 * The record types a clinic serves under `/v3`, one entry each: how the type is generated, served
 * and ordered, which document schemas describe it, which records it points at, and which of its
 * fields copy another record's (those are recomputed, never written, so they always agree with
 * what they copy). Adding a record type is its generator, its entry here and its route handlers.
 */
import { apiError } from '../contract/api-error.js';
import type { SchemaName } from '../contract/schemas.js';
import { appointmentRecords, publicProvider } from '../data/appointments.js';
import { billRecords } from '../data/bills.js';
import { claimRecords } from '../data/claims.js';
import { facilityRecords } from '../data/facilities.js';
import type { Derivation } from '../data/generate-clinic.js';
import { isValidGtin14 } from '../data/gs1.js';
import { ID_PREFIXES, type IdPrefix } from '../data/ids.js';
import { inventoryChangeRecords } from '../data/inventory-changes.js';
import { inventoryItemsOf, servedItem } from '../data/inventory-items.js';
import { noteVersionId, noteVersionIds } from '../data/note-versions.js';
import { notePatient, noteRecords } from '../data/notes.js';
import { patientRecords } from '../data/patients.js';
import { productRecords } from '../data/products.js';
import { billingName, providerRecords } from '../data/providers.js';
import { taskRecords, taskRole } from '../data/tasks.js';
import type {
  Appointment,
  Bill,
  Claim,
  Facility,
  InventoryChange,
  Note,
  NoteProvider,
  Patient,
  Product,
  Provider,
  Task,
} from '../data/types.js';

/** Each resource's record as the sandbox holds it (KINDS below says how it is served). */
export interface RecordTypes {
  patients: Patient;
  providers: Provider;
  facilities: Facility;
  appointments: Appointment;
  bills: Bill;
  claims: Claim;
  notes: Note;
  tasks: Task;
  products: Product;
  inventoryChanges: InventoryChange;
}
export type RecordResource = keyof RecordTypes;
export type AnyRecord = RecordTypes[RecordResource];

/** Finds a current record of the clinic, for references and copied fields. */
export type RecordLookup = <R extends RecordResource>(resource: R, id: string) => RecordTypes[R] | undefined;

/** A field of the write shape that names one other record, such as a bill's `patientId`. */
export interface SingleReference<T> {
  field: string;
  target: RecordResource;
  many?: undefined;
  /** May be null (a note without a cosigner). */
  nullable?: true;
  get(record: T): string | null;
  /** Points the record at `id`; copied fields are filled in afterwards by `project`. */
  set(record: T, id: string | null): void;
}

/** A field of the write shape that names a list of other records, such as a task's `assigneeIds`. */
export interface ListReference<T> {
  field: string;
  target: RecordResource;
  many: true;
  get(record: T): readonly string[];
  /** Points the record at `ids`, in order; copied fields are filled in afterwards by `project`. */
  set(record: T, ids: readonly string[]): void;
}

/** A field of the write shape that names other records. */
export type ReferenceField<T> = SingleReference<T> | ListReference<T>;

/** Every id `record` points at through `reference`: none, one, or a list's. */
function referencedIds<T>(reference: ReferenceField<T>, record: T): readonly string[] {
  if (reference.many) return reference.get(record);
  const id = reference.get(record);
  return id === null ? [] : [id];
}

/** One way a record type names records of `target`, whatever field or list holds the ids. */
export interface Pointer<T> {
  target: RecordResource;
  ids(record: T): readonly string[];
}

/**
 * Records named from inside a list of the record, such as the products an inventory change's
 * items scanned: each must exist when the record is written, and a record they name cannot be
 * deleted while named.
 */
export interface ItemReference<T> extends Pointer<T> {
  /** How messages name the field: `items[].productId`. */
  field: string;
}

/** What the write shape of a record type names another record by, and what it then copies from it. */
export interface DerivedReferences {
  /** The reference field of the write shape the others are filled from. */
  from: string;
  target: RecordResource;
  /** Field of this write shape -> reference field of the target's write shape. */
  copy: Readonly<Record<string, string>>;
}

export interface Kind<T> {
  /** Singular, as messages name it: `Patient`. */
  label: string;
  /** The document's schema of the served record. */
  schema: SchemaName;
  /** The document's schema of the write shape (`POST`/`PATCH` bodies, pinned records). */
  fieldsSchema: SchemaName;
  idPrefix: IdPrefix;
  /** Makes the clinic's generated records, in served order. */
  generate: Derivation<T[]>;
  /**
   * The record as the document's schema describes it, what the admin routes serve: fields the
   * sandbox holds but never serves taken off (a provider's `hidden`, a note's `appointmentId`).
   */
  toApi?(record: T): unknown;
  /**
   * What `/v3` serves unless asked for more, where that is less than `toApi` (a note without its
   * SOAP body, which needs `includeSoapNote=true` and `read:soap_notes`).
   */
  toDefaultApi?(record: T): unknown;
  /** IDs besides `id` that find the record (a note's version IDs): lookups by them give the record. */
  aliases?(record: T): readonly string[];
  /** The served default order: records are kept sorted by it (ties keep their order). */
  orderKey(record: T): string;
  references: readonly ReferenceField<T>[];
  /** References held in a list of the record (a change's items' products). */
  listReferences?: readonly ItemReference<T>[];
  /**
   * Clears what a record created from a template must not keep, because it names records of the
   * template clinic that no reference field re-points (a change's items).
   */
  fromTemplate?(record: T): void;
  /** The record with every copied field taken from the records it points at now. */
  project(record: T, lookup: RecordLookup): T;
  /**
   * Makes a filled record agree with the fields given, where a field left out depends on one given
   * (an appointment moved to tomorrow is `scheduled`, not the template's `completed`).
   */
  complete?(record: T, given: Readonly<Record<string, unknown>>, referenceMs: number): void;
  /** Write-shape references filled from another record when left out (a claim's patient from its bill). */
  derived?: DerivedReferences;
}

/** A reference held in a top-level id field of the record, such as a bill's `patientId`. */
function idField<T extends Record<K, string>, K extends string>(field: K, target: RecordResource): SingleReference<T> {
  return {
    field,
    target,
    get: (record) => record[field],
    set: (record, id) => {
      Object.assign(record, { [field]: id });
    },
  };
}

/** A reference held in the `id` of a nested object, such as an appointment's `patient.id`. */
function nestedIdField<T extends Record<K, { id: string }>, K extends string>(
  field: string,
  target: RecordResource,
  holder: K,
): SingleReference<T> {
  return {
    field,
    target,
    get: (record) => record[holder].id,
    set: (record, id) => {
      Object.assign(record, { [holder]: { ...record[holder], id } });
    },
  };
}

const patientOf = (lookup: RecordLookup, id: string) => lookup('patients', id);

/** The patient fields bills and claims copy. */
function copiedPatient(lookup: RecordLookup, id: string) {
  const patient = patientOf(lookup, id);
  return patient
    ? { patientFirstName: patient.firstName, patientLastName: patient.lastName, patientDob: patient.dateOfBirth }
    : {};
}

function copiedFacilityName(lookup: RecordLookup, id: string) {
  const facility = lookup('facilities', id);
  return facility ? { facilityName: facility.name } : {};
}

/** A note's provider by id alone, until `project` fills in the provider's fields. */
function providerPlaceholder(id: string, roleType: NoteProvider['roleType']): NoteProvider {
  // Never served: `project` replaces it with the whole provider before the record is checked or stored.
  return { id, roleType } as NoteProvider;
}

function noteProvider(lookup: RecordLookup, id: string, roleType: NoteProvider['roleType']): NoteProvider {
  const provider = lookup('providers', id);
  // Only reached for ids already checked to exist; the fallback keeps the type honest.
  if (!provider) return providerPlaceholder(id, roleType);
  return { ...publicProvider(provider), hidden: provider.hidden, roleType };
}

const none = <T>(record: T) => record;

const BAD_GTIN = 'must be a valid GTIN-14 (14 digits, the last the GS1 check digit of the others)';

/** Kept with its literal schema names, from which the typed admin client's types are derived. */
const ENTRIES = {
  patients: {
    label: 'Patient',
    schema: 'Patient',
    fieldsSchema: 'SandboxPatientFields',
    idPrefix: ID_PREFIXES.patient,
    generate: patientRecords,
    orderKey: (record) => record.createdAt,
    references: [],
    project: none,
  },
  providers: {
    label: 'Provider',
    schema: 'Provider',
    fieldsSchema: 'SandboxProviderFields',
    idPrefix: ID_PREFIXES.provider,
    generate: providerRecords,
    toApi: ({ hidden: _hidden, ...served }) => served,
    orderKey: (record) => record.createdAt,
    references: [],
    project: none,
  },
  facilities: {
    label: 'Facility',
    schema: 'Facility',
    fieldsSchema: 'SandboxFacilityFields',
    idPrefix: ID_PREFIXES.facility,
    generate: facilityRecords,
    orderKey: (record) => record.createdAt,
    references: [],
    project: none,
  },
  appointments: {
    label: 'Appointment',
    schema: 'Appointment',
    fieldsSchema: 'SandboxAppointmentFields',
    idPrefix: ID_PREFIXES.appointment,
    generate: appointmentRecords,
    orderKey: (record) => record.scheduledStartDate,
    references: [
      nestedIdField('patientId', 'patients', 'patient'),
      nestedIdField('providerId', 'providers', 'provider'),
      idField('facilityId', 'facilities'),
    ],
    complete(record, given, referenceMs) {
      if (typeof given.scheduledStartDate !== 'string') return;
      const start = Date.parse(given.scheduledStartDate);
      if (given.scheduledEndDate === undefined) {
        // The template's length of visit, moved to the start given.
        const length = Date.parse(record.scheduledEndDate) - Date.parse(record.scheduledStartDate);
        record.scheduledEndDate = new Date(start + length).toISOString();
      }
      if (given.status === undefined) record.status = start > referenceMs ? 'scheduled' : 'completed';
    },
    project(record, lookup) {
      const patient = patientOf(lookup, record.patient.id) ?? record.patient;
      const provider = lookup('providers', record.provider.id);
      return { ...record, patient, provider: provider ? publicProvider(provider) : record.provider };
    },
  },
  bills: {
    label: 'Bill',
    schema: 'Bill',
    fieldsSchema: 'SandboxBillFields',
    idPrefix: ID_PREFIXES.bill,
    generate: billRecords,
    orderKey: (record) => record.dateOfService,
    references: [idField('patientId', 'patients'), idField('facilityId', 'facilities')],
    project: (record, lookup) => ({
      ...record,
      ...copiedPatient(lookup, record.patientId),
      ...copiedFacilityName(lookup, record.facilityId),
    }),
  },
  claims: {
    label: 'Claim',
    schema: 'Claim',
    fieldsSchema: 'SandboxClaimFields',
    idPrefix: ID_PREFIXES.claim,
    generate: claimRecords,
    // A claim bills one bill: its patient and facility are the bill's.
    derived: { from: 'billId', target: 'bills', copy: { patientId: 'patientId', facilityId: 'facilityId' } },
    orderKey: (record) => record.dateOfService,
    references: [
      idField('billId', 'bills'),
      idField('patientId', 'patients'),
      idField('facilityId', 'facilities'),
      idField('primaryProviderId', 'providers'),
      idField('billUnderId', 'providers'),
    ],
    project(record, lookup) {
      const primary = lookup('providers', record.primaryProviderId);
      const under = lookup('providers', record.billUnderId);
      return {
        ...record,
        ...copiedPatient(lookup, record.patientId),
        ...copiedFacilityName(lookup, record.facilityId),
        ...(primary ? { primaryProviderName: billingName(primary) } : {}),
        ...(under ? { billUnderName: billingName(under) } : {}),
      };
    },
  },
  notes: {
    label: 'Note',
    schema: 'Note',
    fieldsSchema: 'SandboxNoteFields',
    idPrefix: ID_PREFIXES.note,
    generate: noteRecords,
    toApi: ({ appointmentId: _appointmentId, ...served }) => served,
    toDefaultApi: ({ appointmentId: _appointmentId, soapNote: _soapNote, ...served }) => served,
    // A note documents one appointment: its patient, facility and provider are the appointment's.
    derived: {
      from: 'appointmentId',
      target: 'appointments',
      copy: { patientId: 'patientId', facilityId: 'facilityId', providerId: 'providerId' },
    },
    // "stable root ID or any version ID" (api-model A7): every version's ID finds the note.
    aliases: (record) => (record.version > 1 ? noteVersionIds(record.id, record.version).slice(1) : []),
    orderKey: (record) => record.visitDate,
    references: [
      idField('appointmentId', 'appointments'),
      nestedIdField('patientId', 'patients', 'patient'),
      nestedIdField('facilityId', 'facilities', 'facility'),
      {
        field: 'providerId',
        target: 'providers',
        get: (record) => record.assignedProviders.find((p) => p.roleType === 'PRIMARY_PROVIDER')?.id ?? null,
        set: (record, id) => {
          // Not nullable: the write shape refuses a null providerId before a reference is set.
          if (id === null) throw new Error('a note needs a rendering provider');
          const others = record.assignedProviders.filter((p) => p.roleType !== 'PRIMARY_PROVIDER');
          record.assignedProviders = [providerPlaceholder(id, 'PRIMARY_PROVIDER'), ...others];
        },
      },
      {
        field: 'cosignerId',
        target: 'providers',
        nullable: true,
        get: (record) => record.assignedProviders.find((p) => p.roleType === 'COSIGNER')?.id ?? null,
        set: (record, id) => {
          const rendering = record.assignedProviders.filter((p) => p.roleType !== 'COSIGNER');
          record.assignedProviders = id === null ? rendering : [...rendering, providerPlaceholder(id, 'COSIGNER')];
        },
      },
    ],
    project(record, lookup) {
      const patient = patientOf(lookup, record.patient.id);
      const facility = lookup('facilities', record.facility.id);
      return {
        ...record,
        // Derived, never written: the version set (or bumped by an edit) decides it.
        versionId: noteVersionId(record.id, record.version),
        patient: patient ? notePatient(patient) : record.patient,
        facility: facility ? { id: facility.id, name: facility.name } : record.facility,
        assignedProviders: record.assignedProviders.map((p) => noteProvider(lookup, p.id, p.roleType)),
      };
    },
  },
  tasks: {
    label: 'Task',
    schema: 'Task',
    fieldsSchema: 'SandboxTaskFields',
    idPrefix: ID_PREFIXES.task,
    generate: taskRecords,
    toApi: ({ patientId: _patientId, ...served }) => served,
    // Oldest first: a task made now lands on the last page, so paging through never skips one.
    orderKey: (record) => record.createdAt,
    references: [
      idField('noteId', 'notes'),
      {
        field: 'assigneeIds',
        target: 'providers',
        many: true,
        get: (record) => record.assignedProviders.map((provider) => provider.id),
        set: (record, ids) => {
          // The first assignee owns the task (shown as a note's rendering provider), the others help.
          record.assignedProviders = ids.map((id, index) => providerPlaceholder(id, taskRole(index)));
        },
      },
    ],
    complete(record, given) {
      // Made at another time and changed since at no other: updatedAt follows createdAt.
      if (typeof given.createdAt === 'string' && given.updatedAt === undefined) record.updatedAt = given.createdAt;
    },
    project(record, lookup) {
      const note = lookup('notes', record.noteId);
      return {
        ...record,
        // A task is kept in its note's EHR, about its note's patient.
        ...(note ? { ehrType: note.ehrType, patientId: note.patient.id } : {}),
        assignedProviders: record.assignedProviders.map((p, index) => noteProvider(lookup, p.id, taskRole(index))),
      };
    },
  },
  products: {
    label: 'Product',
    schema: 'Product',
    fieldsSchema: 'SandboxProductFields',
    idPrefix: ID_PREFIXES.product,
    generate: productRecords,
    orderKey: (record) => record.name,
    references: [],
    complete(_record, given) {
      // The schema checks 14 digits; the check digit is GS1's rule, which no pattern states.
      if (typeof given.gtin === 'string' && !isValidGtin14(given.gtin)) throw apiError('body_breaks_schema', 'gtin', BAD_GTIN);
      if (Array.isArray(given.additionalGtins)) {
        given.additionalGtins.forEach((gtin: unknown, index) => {
          if (typeof gtin === 'string' && !isValidGtin14(gtin))
            throw apiError('body_breaks_schema', `additionalGtins[${index}]`, BAD_GTIN);
        });
      }
    },
    project: none,
  },
  inventoryChanges: {
    label: 'Inventory change',
    schema: 'SandboxInventoryChange',
    fieldsSchema: 'SandboxInventoryChangeFields',
    idPrefix: ID_PREFIXES.inventoryChange,
    generate: inventoryChangeRecords,
    toApi: (record) => ({ ...record, items: record.items.map(servedItem) }),
    toDefaultApi: ({ items: _items, ...served }) => served,
    orderKey: (record) => record.createdAt,
    references: [idField('facilityId', 'facilities')],
    listReferences: [
      { field: 'items[].productId', target: 'products', ids: (record) => record.items.map((item) => item.productId) },
    ],
    fromTemplate(record) {
      record.items = [];
    },
    complete(record, given) {
      // A status given alone keeps `closedAt` in step: set only while closed.
      if (typeof given.status !== 'string' || given.closedAt !== undefined) return;
      record.closedAt = given.status === 'closed' ? (record.closedAt ?? record.updatedAt) : null;
    },
    project(record, lookup) {
      const items = inventoryItemsOf(record, (id) => lookup('products', id));
      return { ...record, items, itemCount: items.length };
    },
  },
} satisfies { readonly [R in RecordResource]: Kind<RecordTypes[R]> };

/** Every record type's entry, in dependency order: a record only points at records of the types before it. */
export const KINDS: { readonly [R in RecordResource]: Kind<RecordTypes[R]> } = ENTRIES;

/** The record types in dependency order (KINDS' order). */
// Object.keys gives string[]; KINDS' keys are exactly RecordResource, as its type says.
export const RECORD_RESOURCES = Object.keys(KINDS) as readonly RecordResource[];

/** The entry of `resource` for code that handles every type alike (the record editor). */
export function anyKind(resource: RecordResource): Kind<AnyRecord> {
  // Each entry's functions take records of its own type only; such code passes it no other.
  return KINDS[resource] as unknown as Kind<AnyRecord>;
}

/** Each record type's write shape, as the document's schemas name it. */
export type RecordFieldsSchemas = { [R in RecordResource]: (typeof ENTRIES)[R]['fieldsSchema'] };
/** Each record type's served schema (notes with their SOAP body). */
export type RecordSchemas = { [R in RecordResource]: (typeof ENTRIES)[R]['schema'] };

/**
 * Every way records of `kind` name other records: its reference fields, then its list references.
 * What deletes and re-projection follow, so both kinds of reference are followed alike.
 */
export function pointersOf<T>(kind: Kind<T>): Pointer<T>[] {
  return [
    ...kind.references.map((reference) => ({
      target: reference.target,
      ids: (record: T) => referencedIds(reference, record),
    })),
    ...(kind.listReferences ?? []),
  ];
}

/** Every [resource, pointer] that names records of `target`: what a delete must check. */
export function pointersTo(target: RecordResource): [RecordResource, Pointer<AnyRecord>][] {
  const found: [RecordResource, Pointer<AnyRecord>][] = [];
  for (const resource of RECORD_RESOURCES) {
    for (const pointer of pointersOf(anyKind(resource))) {
      if (pointer.target === target) found.push([resource, pointer]);
    }
  }
  return found;
}
