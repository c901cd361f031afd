import type { Appointment, ParamsOf } from '../../contract/schemas.js';
import { byDateRange, byEquals, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { clinicOf } from './clinic-of.js';

type SortBy = ParamsOf<'listAppointments'>['sortBy'];

function sortAppointments(records: readonly Appointment[], sortBy: SortBy, sortOrder: 'asc' | 'desc'): readonly Appointment[] {
  // Stored by scheduledStartDate ascending already: the default needs no work.
  if (sortBy === 'scheduledStartDate' && sortOrder === 'asc') return records;
  const direction = sortOrder === 'asc' ? 1 : -1;
  return [...records].sort((a, b) => {
    const primary = a[sortBy] < b[sortBy] ? -1 : a[sortBy] > b[sortBy] ? 1 : 0;
    // Ties keep a stable, documented order: start time, then id.
    const secondary = a.scheduledStartDate.localeCompare(b.scheduledStartDate) || a.id.localeCompare(b.id);
    return primary * direction || secondary;
  });
}

export const appointmentHandlers = {
  listAppointments(request, sandbox) {
    const appointments = clinicOf(request, sandbox).table('appointments');
    const { params } = request;
    let records = byDateRange(appointments.items, params, (a) => a.scheduledStartDate);
    records = byStatuses(records, params.statuses, (a) => a.status);
    records = byEquals(records, params.facilityId, (a) => a.facilityId);
    records = byEquals(records, params.patientId, (a) => a.patient.id);
    records = sortAppointments(records, params.sortBy, params.sortOrder);
    return listBody(params, 'appointments', appointments, records);
  },
  getAppointment(request, sandbox) {
    const appointments = clinicOf(request, sandbox).table('appointments');
    return recordBody('Appointment', appointments, appointments.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listAppointments' | 'getAppointment'>;
