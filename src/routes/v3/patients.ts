import { bySearch } from '../../http/filters.js';
import { listResponse, recordResponse } from '../../http/list-response.js';
import { clinicOf, type OperationHandler } from './handler.js';

export const patientHandlers: Record<string, OperationHandler> = {
  listPatients(c, sandbox) {
    const { patients } = clinicOf(c, sandbox);
    const records = bySearch(patients.items, c.var.params!.search, (p) => [
      `${p.firstName} ${p.lastName}`,
      p.mrn,
      p.email,
    ]);
    return listResponse(c, 'patients', patients, records);
  },
  getPatient(c, sandbox) {
    const { patients } = clinicOf(c, sandbox);
    return recordResponse(c, 'Patient', patients, patients.get(c.var.params!.id as string));
  },
};
