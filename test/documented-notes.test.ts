/**
 * Traceability for api-model A7 "Notes, edit" (and the `nte_` prefix of A1): one case per
 * documented fact, named after it, as test/documented-api.test.ts does for the rest of section A.
 * test/routes/v3/note-edits.test.ts goes further (bad input, reset, the journal, the admin route).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessage } from '../src/contract/reasons.js';
import { CLINICS } from '../src/testing/well-known.js';
import { noteWriterKey } from './support/note-writer.js';
import { createTestSandbox } from './support/sandbox.js';

const t = createTestSandbox({ rateLimit: 1_000_000 });
let key: string;
let providerId: string;
beforeAll(async () => {
  key = await noteWriterKey(t);
  providerId = (await t.request('/v3/providers?pageSize=1')).body.data.providers[0].id;
});

const notes = async (query = '') =>
  (await t.request(`/v3/notes?includeSoapNote=true&pageSize=100${query}`, { key })).body.data.notes as any[];
const patch = (path: string, body: unknown, as = key) => t.request(path, { key: as, method: 'PATCH', body });

describe('A7. Notes, edit', () => {
  it('A1/A7: note ids are nte_ and 32 lowercase hex digits (nte_3cc73cb69c59403ca9108af6c5693b25)', async () => {
    for (const note of await notes()) expect(note.id).toMatch(/^nte_[0-9a-f]{32}$/);
    expect((await t.request('/v3/notes/nte_3cc73cb69c59403ca9108af6c5693b25', { key })).status).toBe(404);
    expect((await t.request('/v3/notes/not_3cc73cb69c59403ca9108af6c5693b25', { key })).status).toBe(400);
  });

  it('A7: the SOAP content sits under soapNote with impressionsPlans[], whose impressionId is a number', async () => {
    for (const note of await notes()) {
      expect(note.soapNote.impressionsPlans.length).toBeGreaterThan(0);
      for (const impression of note.soapNote.impressionsPlans) {
        expect(Number.isInteger(impression.impressionId)).toBe(true);
        expect(impression.diagnosis.code).toMatch(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/);
      }
    }
  });

  it('A7: PATCH /v3/notes/{noteId} edits additionalHpiComments, impressionsPlansComments, otherExamComments, stickyNoteDescription -> 200 the note, a new version', async () => {
    const [note] = await notes('&statuses=draft');
    const fields = {
      additionalHpiComments: 'a',
      impressionsPlansComments: 'b',
      otherExamComments: 'c',
      stickyNoteDescription: 'd',
    };
    const { status, body } = await patch(`/v3/notes/${note.id}`, fields);
    expect(status).toBe(200);
    expect(body.code).toBe('success');
    expect(body.data.version).toBe(note.version + 1);
    expect(body.data.soapNote).toMatchObject(fields);
  });

  it('A7: noteId is the stable root ID or any version ID; A6: only the current version of each note is listed', async () => {
    const [note] = await notes('&statuses=awaiting_sign');
    const v2 = (await patch(`/v3/notes/${note.id}`, { stickyNoteDescription: 'v2' })).body.data;
    const v3 = (await patch(`/v3/notes/${v2.versionId}`, { stickyNoteDescription: 'v3' })).body.data;
    expect(v3.id).toBe(note.id);
    for (const id of [note.id, v2.versionId, v3.versionId]) {
      expect((await t.request(`/v3/notes/${id}`, { key })).body.data.version, id).toBe(note.version + 2);
    }
    const listed = (await notes(`&patientId=${note.patient.id}`)).filter((n) => n.id === note.id);
    expect(listed.map((n) => n.version)).toEqual([note.version + 2]);
  });

  it('A7: PATCH /v3/notes/{noteId}/impressions/{impressionId} updates complexity and/or status on one impression', async () => {
    const [note] = await notes('&statuses=signed');
    const { impressionId } = note.soapNote.impressionsPlans[0];
    const path = `/v3/notes/${note.id}/impressions/${impressionId}?providerId=${providerId}`;
    expect((await patch(path, { complexity: 'high' })).body.data.soapNote.impressionsPlans[0].complexity).toBe('high');
    expect((await patch(path, { status: 'resolved' })).body.data.soapNote.impressionsPlans[0]).toMatchObject({
      complexity: 'high',
      status: 'resolved',
    });
  });

  it("A7: providerId (query) is required: 400 'providerId' is required", async () => {
    const [note] = await notes();
    const { status, body } = await patch(`/v3/notes/${note.id}/impressions/${note.soapNote.impressionsPlans[0].impressionId}`, {
      status: 'resolved',
    });
    expect(status).toBe(400);
    expect(body.message).toBe("'providerId' is required");
  });

  it('A7: impressionId is a number', async () => {
    const [note] = await notes();
    const { status, body } = await patch(`/v3/notes/${note.id}/impressions/first?providerId=${providerId}`, {
      status: 'resolved',
    });
    expect(status).toBe(400);
    expect(body.message).toBe("'impressionId' must be an integer");
  });

  it('A7: impression edits are ModMed only', async () => {
    const [note] = await notes();
    const arranged = await t.request(`/_sandbox/organizations/${CLINICS.sunrise.id}/notes/${note.id}`, {
      method: 'PATCH',
      body: { ehrType: 'athena' },
    });
    expect(arranged.status).toBe(200);
    const path = `/v3/notes/${note.id}/impressions/${note.soapNote.impressionsPlans[0].impressionId}?providerId=${providerId}`;
    const { status, body } = await patch(path, { status: 'resolved' });
    expect(status).toBe(400);
    expect(body.message).toBe(errorMessage('impression_ehr_not_supported', 'athena'));
    expect((await t.request(`/v3/notes/${note.id}`, { key })).body.data.ehrType).toBe('athena');
  });

  it('A7: both edits require write:soap_notes', async () => {
    const [note] = await notes();
    const reader = await noteWriterKey(t, ['read:notes', 'read:soap_notes']);
    const edit = await patch(`/v3/notes/${note.id}`, { stickyNoteDescription: 'x' }, reader);
    const impression = await patch(
      `/v3/notes/${note.id}/impressions/${note.soapNote.impressionsPlans[0].impressionId}?providerId=${providerId}`,
      { status: 'resolved' },
      reader,
    );
    for (const response of [edit, impression]) {
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('Insufficient scope. Required: write:soap_notes');
    }
  });
});
