import { requireScope } from '../../auth/require-scope.js';
import type { Scope } from '../../contract/scopes.js';
import { byDateRange, byEquals, byMatch, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import type { Sandbox } from '../../world/sandbox.js';
import type { Organization } from '../../world/world.js';
import { clinicOf } from './clinic-of.js';

const SOAP_SCOPE = 'read:soap_notes';

/** The notes table to serve from: with SOAP bodies only when asked for and allowed. */
function notesTable(
  request: { organization: Organization; effectiveScopes: readonly Scope[]; params: { includeSoapNote: boolean } },
  sandbox: Sandbox,
) {
  const data = clinicOf(request, sandbox);
  if (!request.params.includeSoapNote) return data.table('notes');
  requireScope(request.effectiveScopes, SOAP_SCOPE);
  return data.table('notes', 'full');
}

export const noteHandlers = {
  listNotes(request, sandbox) {
    const { params } = request;
    const notes = notesTable(request, sandbox);
    let records = byDateRange(notes.items, params, (n) => n.visitDate);
    records = byStatuses(records, params.statuses, (n) => n.status);
    records = byEquals(records, params.patientId, (n) => n.patient.id);
    records = byEquals(records, params.facilityId, (n) => n.facility.id);
    records = byMatch(records, params.providerId, (n, id) => n.assignedProviders.some((provider) => provider.id === id));
    return listBody(params, 'notes', notes, records);
  },
  getNote(request, sandbox) {
    const notes = notesTable(request, sandbox);
    return recordBody('Note', notes, notes.get(request.params.id));
  },
} satisfies Pick<V3Handlers, 'listNotes' | 'getNote'>;
