/**
 * The record types a clinic serves under `/v3` and what the sandbox must know to change them at
 * run time: how each is ordered, which records it points at, and which of its fields copy another
 * record's (those are recomputed, never written, so they always agree with what they copy).
 */
import { publicProvider } from '../../data/appointments.js';
import { ID_PREFIXES, type IdPrefix } from '../../data/ids.js';
import { notePatient } from '../../data/notes.js';
import { billingName } from '../../data/providers.js';
import type { Appointment, Bill, Claim, Facility, Note, NoteProvider, Patient, Provider } from '../../data/types.js';

/** In dependency order: a record only points at records of the types before it. */
export const RECORD_RESOURCES = ['patients', 'providers', 'facilities', 'appointments', 'bills', 'claims', 'notes'] as const;
export type RecordResource = (typeof RECORD_RESOURCES)[number];

/** Each resource's record as the sandbox holds it. */
export interface RecordTypes {
  patients: Patient;
  providers: Provider;
  facilities: Facility;
  appointments: Appointment;
  bills: Bill;
  claims: Claim;
  notes: Note;
}
export type AnyRecord = RecordTypes[RecordResource];

export function isRecordResource(value: string): value is RecordResource {
  return (RECORD_RESOURCES as readonly string[]).includes(value);
}

/** Finds a current record of the clinic, for references and copied fields. */
export type RecordLookup = <R extends RecordResource>(resource: R, id: string) => RecordTypes[R] | undefined;

/** A field of the write shape that names another record. */
export interface ReferenceField<T> {
  field: string;
  target: RecordResource;
  /** May be null (a note without a cosigner). */
  nullable?: true;
  get(record: T): string | null;
  /** Points the record at `id`; copied fields are filled in afterwards by `project`. */
  set(record: T, id: string | null): void;
}

interface Kind<T> {
  /** Singular, as messages name it: `Patient`. */
  label: string;
  /** The document's schema of the served record. */
  schema: string;
  /** The document's schema of the write shape (`POST`/`PATCH` bodies, pinned records). */
  fieldsSchema: string;
  idPrefix: IdPrefix;
  /** The served default order: records are kept sorted by it (ties keep their order). */
  orderKey(record: T): string;
  references: readonly ReferenceField<T>[];
  /** The record with every copied field taken from the records it points at now. */
  project(record: T, lookup: RecordLookup): T;
  /**
   * Makes a filled record agree with the fields given, where a field left out depends on one given
   * (an appointment moved to tomorrow is `scheduled`, not the template's `completed`).
   */
  complete?(record: T, given: Readonly<Record<string, unknown>>, referenceMs: number): void;
}

/** A reference held in a top-level id field of the record, such as a bill's `patientId`. */
function idField<T, K extends keyof T & string>(field: K, target: RecordResource): ReferenceField<T> {
  return {
    field,
    target,
    get: (record) => record[field] as string,
    set: (record, id) => {
      (record as Record<string, unknown>)[field] = id;
    },
  };
}

/** A reference held in the `id` of a nested object, such as an appointment's `patient.id`. */
function nestedIdField<T, K extends keyof T & string>(field: string, target: RecordResource, holder: K): ReferenceField<T> {
  return {
    field,
    target,
    get: (record) => (record[holder] as { id: string }).id,
    set: (record, id) => {
      record[holder] = { ...record[holder], id } as T[K];
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

function noteProvider(lookup: RecordLookup, id: string, roleType: NoteProvider['roleType']): NoteProvider {
  const provider = lookup('providers', id);
  // Only reached for ids already checked to exist; the fallback keeps the type honest.
  if (!provider) return { id, roleType } as NoteProvider;
  return { ...publicProvider(provider), hidden: provider.hidden, roleType };
}

const none = <T>(record: T) => record;

export const KINDS: { readonly [R in RecordResource]: Kind<RecordTypes[R]> } = {
  patients: {
    label: 'Patient',
    schema: 'Patient',
    fieldsSchema: 'SandboxPatientFields',
    idPrefix: ID_PREFIXES.patient,
    orderKey: (record) => record.createdAt,
    references: [],
    project: none,
  },
  providers: {
    label: 'Provider',
    schema: 'Provider',
    fieldsSchema: 'SandboxProviderFields',
    idPrefix: ID_PREFIXES.provider,
    orderKey: (record) => record.createdAt,
    references: [],
    project: none,
  },
  facilities: {
    label: 'Facility',
    schema: 'Facility',
    fieldsSchema: 'SandboxFacilityFields',
    idPrefix: ID_PREFIXES.facility,
    orderKey: (record) => record.createdAt,
    references: [],
    project: none,
  },
  appointments: {
    label: 'Appointment',
    schema: 'Appointment',
    fieldsSchema: 'SandboxAppointmentFields',
    idPrefix: ID_PREFIXES.appointment,
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
          const others = record.assignedProviders.filter((p) => p.roleType !== 'PRIMARY_PROVIDER');
          record.assignedProviders = [{ id, roleType: 'PRIMARY_PROVIDER' } as NoteProvider, ...others];
        },
      },
      {
        field: 'cosignerId',
        target: 'providers',
        nullable: true,
        get: (record) => record.assignedProviders.find((p) => p.roleType === 'COSIGNER')?.id ?? null,
        set: (record, id) => {
          const rendering = record.assignedProviders.filter((p) => p.roleType !== 'COSIGNER');
          record.assignedProviders = id === null ? rendering : [...rendering, { id, roleType: 'COSIGNER' } as NoteProvider];
        },
      },
    ],
    project(record, lookup) {
      const patient = patientOf(lookup, record.patient.id);
      const facility = lookup('facilities', record.facility.id);
      return {
        ...record,
        patient: patient ? notePatient(patient) : record.patient,
        facility: facility ? { id: facility.id, name: facility.name } : record.facility,
        assignedProviders: record.assignedProviders.map((p) => noteProvider(lookup, p.id, p.roleType)),
      };
    },
  },
};

/** The write-shape reference fields filled from another record when left out (a claim from its bill). */
export const DERIVED_REFERENCES: {
  readonly [R in RecordResource]?: { from: string; target: RecordResource; copy: Record<string, string> };
} = {
  // A claim bills one bill: its patient and facility are the bill's.
  claims: { from: 'billId', target: 'bills', copy: { patientId: 'patientId', facilityId: 'facilityId' } },
  // A note documents one appointment: its patient, facility and provider are the appointment's.
  notes: {
    from: 'appointmentId',
    target: 'appointments',
    copy: { patientId: 'patientId', facilityId: 'facilityId', providerId: 'providerId' },
  },
};

/** Every [resource, reference field] that points at records of `target`: what a delete must check. */
export function referencesTo(target: RecordResource): [RecordResource, ReferenceField<AnyRecord>][] {
  const found: [RecordResource, ReferenceField<AnyRecord>][] = [];
  for (const resource of RECORD_RESOURCES) {
    for (const reference of KINDS[resource].references as readonly ReferenceField<AnyRecord>[]) {
      if (reference.target === target) found.push([resource, reference]);
    }
  }
  return found;
}
