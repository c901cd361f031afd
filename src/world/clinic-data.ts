import { ClinicGenerator, type GenerateClinicOptions } from '../data/generate-clinic.js';
import type { Appointment, Bill, Claim, Facility, Note, Patient, Provider, StaffUser } from '../data/types.js';
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

/**
 * Everything one clinic serves, indexed. Each table is generated and indexed on first use (see
 * ClinicGenerator) and never mutated after.
 */
export class ClinicData {
  readonly #records: ClinicGenerator;
  #patients?: ResourceTable<Patient>;
  #appointments?: ResourceTable<Appointment>;
  #providers?: ResourceTable<Provider>;
  #facilities?: ResourceTable<Facility>;
  #bills?: ResourceTable<Bill>;
  #claims?: ResourceTable<Claim>;
  #notes?: ResourceTable<Note>;
  #notesWithSoap?: ResourceTable<Note>;
  #staffUsers?: ResourceTable<StaffUser>;

  constructor(options: GenerateClinicOptions) {
    this.#records = new ClinicGenerator(options);
  }

  get patients(): ResourceTable<Patient> {
    return (this.#patients ??= new ResourceTable(this.#records.patients));
  }

  get appointments(): ResourceTable<Appointment> {
    return (this.#appointments ??= new ResourceTable(this.#records.appointments));
  }

  get providers(): ResourceTable<Provider> {
    return (this.#providers ??= new ResourceTable(this.#records.providers, providerToApi));
  }

  get facilities(): ResourceTable<Facility> {
    return (this.#facilities ??= new ResourceTable(this.#records.facilities));
  }

  get bills(): ResourceTable<Bill> {
    return (this.#bills ??= new ResourceTable(this.#records.bills));
  }

  get claims(): ResourceTable<Claim> {
    return (this.#claims ??= new ResourceTable(this.#records.claims));
  }

  get notes(): ResourceTable<Note> {
    return (this.#notes ??= new ResourceTable(this.#records.notes, noteToApi));
  }

  get notesWithSoap(): ResourceTable<Note> {
    return (this.#notesWithSoap ??= new ResourceTable(this.#records.notes, noteWithSoapToApi));
  }

  get staffUsers(): ResourceTable<StaffUser> {
    return (this.#staffUsers ??= new ResourceTable(this.#records.staffUsers));
  }
}
