/**
 * Editing notes through /v3: PATCH /v3/notes/{id} (the four documented SOAP fields) and
 * PATCH /v3/notes/{id}/impressions/{impressionId} (complexity and/or status), each a new version.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src/contract/reasons.js';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { noteWriterKey } from '../../support/note-writer.js';
import { createTestSandbox, type TestResponse, type TestSandbox } from '../../support/sandbox.js';

let t: TestSandbox;
let key: string;

beforeEach(async () => {
  t = createTestSandbox({ rateLimit: 1_000_000 });
  key = await noteWriterKey(t);
});

const soapOf = async (id: string) => (await t.request(`/v3/notes/${id}?includeSoapNote=true`, { key })).body.data;

/** The first note of Sunrise in the given status, with its SOAP body. */
async function noteWithStatus(status: string) {
  const { body } = await t.request(`/v3/notes?includeSoapNote=true&statuses=${status}&pageSize=1`, { key });
  return body.data.notes[0];
}

const patchNote = (id: string, body: unknown, as = key) => t.request(`/v3/notes/${id}`, { key: as, method: 'PATCH', body });
const patchImpression = (id: string, impressionId: unknown, query: string, body: unknown) =>
  t.request(`/v3/notes/${id}/impressions/${impressionId}${query}`, { key, method: 'PATCH', body });

function expectBadRequest(response: TestResponse, message: string | RegExp) {
  expect(response.status).toBe(400);
  expect(response.body.code).toBe('bad_request');
  if (typeof message === 'string') expect(response.body.message).toBe(message);
  else expect(response.body.message).toMatch(message);
}

describe('PATCH /v3/notes/{id}', () => {
  it('sets the four comment fields, answers the note as a new version, and every later read shows it', async () => {
    const note = await noteWithStatus('signed');
    // Read first, so a stale cached answer would show below.
    await t.request(`/v3/notes/${note.id}?includeSoapNote=true`, { key });
    const changes = {
      additionalHpiComments: 'Symptoms improved since the last visit.',
      impressionsPlansComments: 'Plan discussed; patient agrees.',
      otherExamComments: 'Exam performed with a chaperone present.',
      stickyNoteDescription: 'Prefers morning appointments',
    };
    const { status, body } = await patchNote(note.id, changes);
    expect(status).toBe(200);
    const edited = body.data;
    expect(edited).toMatchObject({ id: note.id, version: note.version + 1, status: 'amended' });
    expect(edited.versionId).not.toBe(note.versionId);
    expect(edited.versionId).toMatch(/^nte_[0-9a-f]{32}$/);
    expect(edited.soapNote).toEqual({ ...note.soapNote, ...changes });

    expect(await soapOf(note.id)).toEqual(edited);
    const listed = await t.request(`/v3/notes?includeSoapNote=true&patientId=${note.patient.id}`, { key });
    const entries = listed.body.data.notes.filter((n: { id: string }) => n.id === note.id);
    // Only the current version is listed.
    expect(entries).toEqual([edited]);
    const plain = await t.request(`/v3/notes/${note.id}`, { key });
    expect(plain.body.data).toMatchObject({ version: note.version + 1, versionId: edited.versionId });
    expect(plain.body.data.soapNote).toBeUndefined();
  });

  it('finds the note by its root id, its current version id and an earlier version id, and answers the current version', async () => {
    const note = await noteWithStatus('draft');
    const first = (await patchNote(note.id, { stickyNoteDescription: 'one' })).body.data;
    const second = (await patchNote(first.versionId, { stickyNoteDescription: 'two' })).body.data;
    expect(second).toMatchObject({ id: note.id, version: note.version + 2, status: 'draft' });
    for (const id of [note.id, first.versionId, second.versionId]) {
      const { status, body } = await t.request(`/v3/notes/${id}?includeSoapNote=true`, { key });
      expect(status, id).toBe(200);
      expect(body.data).toEqual(second);
    }
  });

  it('null clears a field; fields left out keep their value', async () => {
    const note = await noteWithStatus('draft');
    await patchNote(note.id, { additionalHpiComments: 'a', otherExamComments: 'b' });
    const { body } = await patchNote(note.id, { additionalHpiComments: null });
    expect(body.data.soapNote).toMatchObject({ additionalHpiComments: null, otherExamComments: 'b' });
  });

  it('needs write:soap_notes', async () => {
    const note = await noteWithStatus('draft');
    const reader = await noteWriterKey(t, ['read:notes', 'read:soap_notes']);
    const { status, body } = await patchNote(note.id, { stickyNoteDescription: 'x' }, reader);
    expect(status).toBe(403);
    expect(body.message).toBe(errorMessage('insufficient_scope', 'write:soap_notes'));
    expect((await soapOf(note.id)).version).toBe(note.version);
  });

  it('refuses bad input with a 400 naming the field, and changes nothing', async () => {
    const note = await noteWithStatus('signed');
    expectBadRequest(await patchNote(note.id, {}), /at least 1|must not be empty|is invalid|required/);
    expectBadRequest(await patchNote(note.id, { soapNote: {} }), "'soapNote' is not a known field");
    expectBadRequest(await patchNote(note.id, { subjective: 'x' }), "'subjective' is not a known field");
    expectBadRequest(
      await patchNote(note.id, { additionalHpiComments: 'fine', stickyNoteDescription: 5 }),
      "'stickyNoteDescription' must be a string or null",
    );
    expectBadRequest(
      await patchNote(note.id, { stickyNoteDescription: 'x'.repeat(2001) }),
      "'stickyNoteDescription' must be at most 2000 characters",
    );
    expectBadRequest(
      await patchNote(note.id, { otherExamComments: 'x'.repeat(10_001) }),
      "'otherExamComments' must be at most 10000 characters",
    );
    expect((await patchNote(note.id, { otherExamComments: 'x'.repeat(10_000) })).status).toBe(200);
    const noBody = await t.request(`/v3/notes/${note.id}`, { key, method: 'PATCH' });
    expect(noBody.status).toBe(400);
    // Only the one valid edit above made a version.
    expect((await soapOf(note.id)).version).toBe(note.version + 1);
  });

  it('400 for an id that is no note id (the old not_ prefix included), 404 for an unknown or foreign note', async () => {
    expectBadRequest(
      await patchNote('not_7a9e6cde2ba148daa495fd620b90ec93', { stickyNoteDescription: 'x' }),
      "'id' must be a valid ID",
    );
    const unknown = await patchNote('nte_00000000000000000000000000000000', { stickyNoteDescription: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Note not found');
    const harbor = await t.request('/v3/notes?pageSize=1', { organizationId: CLINICS.harbor.id, key: KEYS.fullAccess.key });
    const foreign = harbor.body.data.notes[0].id as string;
    expect((await patchNote(foreign, { stickyNoteDescription: 'x' })).status).toBe(404);
  });

  it('reset restores the seeded note, and the version ids made by the edit no longer find it', async () => {
    const note = await noteWithStatus('signed');
    const edited = (await patchNote(note.id, { stickyNoteDescription: 'temporary' })).body.data;
    expect((await t.request('/_sandbox/reset', { method: 'POST' })).status).toBeLessThan(300);
    key = await noteWriterKey(t);
    expect(await soapOf(note.id)).toEqual(note);
    expect((await t.request(`/v3/notes/${edited.versionId}`, { key })).status).toBe(404);
  });

  it('the request journal keeps the edit', async () => {
    const note = await noteWithStatus('draft');
    await patchNote(note.id, { stickyNoteDescription: 'journaled' });
    const { body } = await t.request('/_sandbox/requests?limit=1');
    expect(body.requests[0]).toMatchObject({ method: 'PATCH', path: `/v3/notes/${note.id}`, status: 200 });
  });
});

describe('PATCH /v3/notes/{id}/impressions/{impressionId}', () => {
  let providerId: string;
  beforeEach(async () => {
    providerId = (await t.request('/v3/providers?pageSize=1')).body.data.providers[0].id;
  });

  it('changes complexity and/or status of one impression, as a new version of the note', async () => {
    const note = await noteWithStatus('awaiting_sign');
    const [impression] = note.soapNote.impressionsPlans;
    const query = `?providerId=${providerId}`;
    const one = await patchImpression(note.id, impression.impressionId, query, { complexity: 'high' });
    expect(one.status).toBe(200);
    expect(one.body.data).toMatchObject({ id: note.id, version: note.version + 1, status: 'awaiting_sign' });
    expect(one.body.data.soapNote.impressionsPlans).toEqual([
      { ...impression, complexity: 'high' },
      ...note.soapNote.impressionsPlans.slice(1),
    ]);
    const both = await patchImpression(note.id, impression.impressionId, query, { complexity: 'low', status: 'resolved' });
    expect(both.body.data.version).toBe(note.version + 2);
    expect(both.body.data.soapNote.impressionsPlans[0]).toEqual({ ...impression, complexity: 'low', status: 'resolved' });
    expect((await soapOf(note.id)).soapNote.impressionsPlans[0]).toMatchObject({ complexity: 'low', status: 'resolved' });
  });

  it('refuses bad input with a 400 naming the field (or a 404 naming the record), and changes nothing', async () => {
    const note = await noteWithStatus('signed');
    const impressionId = note.soapNote.impressionsPlans[0].impressionId as number;
    const query = `?providerId=${providerId}`;
    expectBadRequest(await patchImpression(note.id, impressionId, '', { status: 'resolved' }), "'providerId' is required");
    expectBadRequest(await patchImpression(note.id, 'abc', query, { status: 'resolved' }), "'impressionId' must be an integer");
    expectBadRequest(await patchImpression(note.id, impressionId, query, {}), /.+/);
    expectBadRequest(
      await patchImpression(note.id, impressionId, query, { severity: 'high' }),
      "'severity' is not a known field",
    );
    expectBadRequest(
      await patchImpression(note.id, impressionId, query, { status: 'resolved', complexity: 'extreme' }),
      /^'complexity' must be one of: low, moderate, high$/,
    );
    expectBadRequest(
      await patchImpression(note.id, 1, query, { status: 'resolved' }),
      "'impressionId' names no impression of this note (1)",
    );
    const unknownProvider = await patchImpression(note.id, impressionId, '?providerId=prv_00000000000000000000000000000000', {
      status: 'resolved',
    });
    expect(unknownProvider.status).toBe(404);
    expect(unknownProvider.body.message).toBe('Provider not found');
    const unknownNote = await patchImpression('nte_00000000000000000000000000000000', impressionId, query, {
      status: 'resolved',
    });
    expect(unknownNote.status).toBe(404);
    expect(unknownNote.body.message).toBe('Note not found');
    expect(await soapOf(note.id)).toEqual(note);
  });

  it('is ModMed only: a note of another EHR (arranged through the records route) is 400 and stays as it was', async () => {
    const note = await noteWithStatus('signed');
    const arranged = await t.request(`/_sandbox/organizations/${CLINICS.sunrise.id}/notes/${note.id}`, {
      method: 'PATCH',
      body: { ehrType: 'athena' },
    });
    expect(arranged.status).toBe(200);
    const impressionId = note.soapNote.impressionsPlans[0].impressionId;
    const refused = await patchImpression(note.id, impressionId, `?providerId=${providerId}`, { status: 'resolved' });
    expectBadRequest(refused, errorMessage('impression_ehr_not_supported', 'athena'));
    expect((await soapOf(note.id)).soapNote.impressionsPlans[0].status).toBe(note.soapNote.impressionsPlans[0].status);
    // The comment fields are not ModMed-only.
    expect((await patchNote(note.id, { stickyNoteDescription: 'x' })).status).toBe(200);
  });
});

describe('note versions through /_sandbox', () => {
  it('the records route finds a note by a version id, shows its version, and sets version (versionId follows) or soap fields without a bump', async () => {
    const note = await noteWithStatus('draft');
    const edited = (await patchNote(note.id, { stickyNoteDescription: 'v2' })).body.data;
    const path = `/_sandbox/organizations/${CLINICS.sunrise.id}/notes`;
    const byVersion = await t.request(`${path}/${edited.versionId}`);
    expect(byVersion.status).toBe(200);
    expect(byVersion.body.data).toEqual(edited);

    const arranged = await t.request(`${path}/${note.id}`, {
      method: 'PATCH',
      body: { version: 5, soapNote: { ...edited.soapNote, stickyNoteDescription: 'arranged' } },
    });
    expect(arranged.status).toBe(200);
    expect(arranged.body.data).toMatchObject({ id: note.id, version: 5, soapNote: { stickyNoteDescription: 'arranged' } });
    expect(arranged.body.data.versionId).not.toBe(edited.versionId);
    // Versions 2 to 5 each have an id that finds the note; the admin edit did not bump the version.
    expect((await t.request(`/v3/notes/${edited.versionId}`, { key })).body.data.version).toBe(5);
    expect((await t.request(`/v3/notes/${arranged.body.data.versionId}`, { key })).status).toBe(200);
    expect((await t.request(`${path}/${note.id}`, { method: 'PATCH', body: { versionId: note.id } })).status).toBe(400);
  });
});
