import { requireScope } from '../../auth/require-scope.js';
import { apiError } from '../../contract/api-error.js';
import type { Scope } from '../../contract/scopes.js';
import { EHR_TYPE, type Note } from '../../data/types.js';
import { byDateRange, byEquals, byMatch, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { editImpression, editSoapNote } from '../../world/note-edits.js';
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

/** The note an edit names by its root ID or any version ID, or 404 `Note not found`. */
function noteToEdit(request: { organization: Organization; params: { id: string } }, sandbox: Sandbox): Note {
  const note = clinicOf(request, sandbox).table('notes').get(request.params.id);
  if (!note) throw apiError('record_not_found', 'Note');
  return note;
}

/** An edited note as answered: with its SOAP body, which the caller may write, so may read back. */
function editedBody(request: { organization: Organization }, sandbox: Sandbox, note: Note): string {
  const notes = clinicOf(request, sandbox).table('notes', 'full');
  return recordBody('Note', notes, notes.get(note.id));
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
    // `get` finds a note by its root ID and by the ID of any of its versions.
    return recordBody('Note', notes, notes.get(request.params.id));
  },
  editNote(request, sandbox) {
    const note = noteToEdit(request, sandbox);
    return editedBody(request, sandbox, editSoapNote(sandbox.records, request.organization, note, request.body));
  },
  updateImpression(request, sandbox) {
    const { params } = request;
    const note = noteToEdit(request, sandbox);
    if (!clinicOf(request, sandbox).table('providers').get(params.providerId)) throw apiError('record_not_found', 'Provider');
    if (note.ehrType !== EHR_TYPE) throw apiError('impression_ehr_not_supported', note.ehrType);
    const edited = editImpression(sandbox.records, request.organization, note, params.impressionId, request.body);
    return editedBody(request, sandbox, edited);
  },
} satisfies Pick<V3Handlers, 'listNotes' | 'getNote' | 'editNote' | 'updateImpression'>;
