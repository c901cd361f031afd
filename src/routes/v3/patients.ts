import { bySearch } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import { clinicOf, type OperationHandler } from './handler.js';

export const patientHandlers: Record<string, OperationHandler> = {
  listPatients(c, sandbox) {
    const { patients } = clinicOf(c, sandbox);
    const records = bySearch(patients.items, c.get('params')!.search, (p) => [
      `${p.firstName} ${p.lastName}`,
      p.mrn,
      p.email,
    ]);
    return listBody(c, 'patients', patients, records);
  },
  getPatient(c, sandbox) {
    const { patients } = clinicOf(c, sandbox);
    return recordBody('Patient', patients, patients.get(c.get('params')!.id as string));
  },
};
