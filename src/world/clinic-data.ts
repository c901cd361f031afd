import { generateClinicRecords } from '../data/generate-clinic.js';
import type {
  Appointment,
  Bill,
  Claim,
  ClinicRecords,
  Facility,
  Note,
  Patient,
  Provider,
  RecordCounts,
  StaffUser,
} from '../data/types.js';
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
function noteWithSoapToApi({ appointmentId: _appointmentId, ...note }: Note) {
  return note;
}

/** Everything one clinic serves, indexed. Built once per clinic and never mutated. */
export class ClinicData {
  readonly patients: ResourceTable<Patient>;
  readonly appointments: ResourceTable<Appointment>;
  readonly providers: ResourceTable<Provider>;
  readonly facilities: ResourceTable<Facility>;
  readonly bills: ResourceTable<Bill>;
  readonly claims: ResourceTable<Claim>;
  readonly notes: ResourceTable<Note>;
  readonly notesWithSoap: ResourceTable<Note>;
  readonly staffUsers: ResourceTable<StaffUser>;

  constructor(records: ClinicRecords) {
    this.patients = new ResourceTable(records.patients);
    this.appointments = new ResourceTable(records.appointments);
    this.providers = new ResourceTable(records.providers, providerToApi);
    this.facilities = new ResourceTable(records.facilities);
    this.bills = new ResourceTable(records.bills);
    this.claims = new ResourceTable(records.claims);
    this.notes = new ResourceTable(records.notes, noteToApi);
    this.notesWithSoap = new ResourceTable(records.notes, noteWithSoapToApi);
    this.staffUsers = new ResourceTable(records.staffUsers);
  }

  static generate(options: {
    seed: string;
    organizationId: string;
    organizationName?: string;
    referenceDate: string;
    counts: RecordCounts;
  }): ClinicData {
    return new ClinicData(generateClinicRecords(options));
  }
}
