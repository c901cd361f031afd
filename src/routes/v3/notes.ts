import type { Context } from 'hono';
import { hasScope, insufficientScope } from '../../auth/require-scope.js';
import type { SandboxEnv } from '../../http/env.js';
import { byDateRange, byEquals, byStatuses } from '../../http/filters.js';
import { listResponse, recordResponse } from '../../http/list-response.js';
import type { Sandbox } from '../../sandbox.js';
import { clinicOf, type OperationHandler } from './handler.js';

const SOAP_SCOPE = 'read:soap_notes';

/** The notes table to serve from: with SOAP bodies only when asked for and allowed. */
function notesTable(c: Context<SandboxEnv>, sandbox: Sandbox) {
  const data = clinicOf(c, sandbox);
  if (c.var.params!.includeSoapNote !== true) return data.notes;
  if (!hasScope(c, SOAP_SCOPE)) throw insufficientScope(SOAP_SCOPE);
  return data.notesWithSoap;
}

export const noteHandlers: Record<string, OperationHandler> = {
  listNotes(c, sandbox) {
    const notes = notesTable(c, sandbox);
    const params = c.var.params!;
    let records = byDateRange(notes.items, params, (n) => n.visitDate);
    records = byStatuses(records, params.statuses, (n) => n.status);
    records = byEquals(records, params.patientId, (n) => n.patient.id);
    return listResponse(c, 'notes', notes, records);
  },
  getNote(c, sandbox) {
    const notes = notesTable(c, sandbox);
    return recordResponse(c, 'Note', notes, notes.get(c.var.params!.id as string));
  },
};
