import { bySearch } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { clinicOf } from './clinic-of.js';

export const patientHandlers = {
  listPatients(request, sandbox) {
    const patients = clinicOf(request, sandbox).table('patients');
    const records = bySearch(patients.items, request.params.search, (p) => [`${p.firstName} ${p.lastName}`, p.mrn, p.email]);
    return listBody(request.params, 'patients', patients, records);
  },
  getPatient(request, sandbox) {
    const patients = clinicOf(request, sandbox).table('patients');
    return recordBody('Patient', patients, patients.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listPatients' | 'getPatient'>;
