import type { Context } from 'hono';
import { requireScope } from '../../auth/require-scope.js';
import type { SandboxEnv } from '../../http/env.js';
import { byDateRange, byEquals, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { Sandbox } from '../../sandbox.js';
import { clinicOf, type OperationHandler } from './handler.js';

const SOAP_SCOPE = 'read:soap_notes';

/** The notes table to serve from: with SOAP bodies only when asked for and allowed. */
function notesTable(c: Context<SandboxEnv>, sandbox: Sandbox) {
  const data = clinicOf(c, sandbox);
  if (c.get('params')!.includeSoapNote !== true) return data.notes;
  requireScope(c.get('effectiveScopes')!, SOAP_SCOPE);
  return data.notesWithSoap;
}

export const noteHandlers: Record<string, OperationHandler> = {
  listNotes(c, sandbox) {
    const notes = notesTable(c, sandbox);
    const params = c.get('params')!;
    let records = byDateRange(notes.items, params, (n) => n.visitDate);
    records = byStatuses(records, params.statuses, (n) => n.status);
    records = byEquals(records, params.patientId, (n) => n.patient.id);
    return listBody(c, 'notes', notes, records);
  },
  getNote(c, sandbox) {
    const notes = notesTable(c, sandbox);
    return recordBody('Note', notes, notes.get(c.get('params')!.id as string));
  },
};
