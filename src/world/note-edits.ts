import { apiError } from '../contract/api-error.js';
import type { NoteImpression } from '../data/note-soap-parts.js';
import type { Note, SoapNote } from '../data/types.js';
import type { RecordEditor } from './record-editor.js';
import type { Organization } from './world.js';

/** What `PATCH /v3/notes/{id}/impressions/{impressionId}` may change: complexity and/or status. */
export type ImpressionChanges = Partial<Pick<NoteImpression, 'complexity' | 'status'>>;

/**
 * Makes the note's next version with `changes` to its SOAP body, through the record editor, so the
 * change is checked against the document before anything is stored, shows in every later read
 * and goes at a reset, as an admin edit does. A signed note becomes amended: a change after the
 * signature is an amendment. Returns the note as stored.
 */
export function editSoapNote(records: RecordEditor, organization: Organization, note: Note, changes: Partial<SoapNote>): Note {
  records.update(organization, 'notes', note.id, {
    soapNote: { ...note.soapNote, ...changes },
    version: note.version + 1,
    status: note.status === 'signed' ? 'amended' : note.status,
  });
  return records.get(organization, 'notes', note.id);
}

/** Changes one impression of the note (a new version, as every edit); 400 when the note has no such impression. */
export function editImpression(
  records: RecordEditor,
  organization: Organization,
  note: Note,
  impressionId: number,
  changes: ImpressionChanges,
): Note {
  const impressions = note.soapNote.impressionsPlans;
  if (!impressions.some((impression) => impression.impressionId === impressionId)) {
    throw apiError('impression_not_on_note', impressionId);
  }
  const impressionsPlans = impressions.map((impression) =>
    impression.impressionId === impressionId ? { ...impression, ...changes } : impression,
  );
  return editSoapNote(records, organization, note, { impressionsPlans });
}
