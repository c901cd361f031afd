import { beforeEach, describe, expect, it } from 'vitest';
import { NOTE_ROLE_TYPES } from '../../../src/data/types.js';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox, FIXED_NOW } from '../../support/sandbox.js';

const test = createTestSandbox({ rateLimit: 1_000_000 });
const { request, sandbox } = test;
beforeEach(() => sandbox.reset());

const SUNRISE_ADMIN = `/_sandbox/organizations/${CLINICS.sunrise.id}`;
const admin = (method: string, path: string, body?: unknown) => request(path, { method, body, key: null, organizationId: null });

async function everyTask(query = ''): Promise<any[]> {
  const tasks: any[] = [];
  for (let page = 1; ; page++) {
    const { body } = await request(`/v3/tasks?pageSize=100&page=${page}${query}`);
    tasks.push(...body.data.tasks);
    if (page >= body.data.pagination.totalPages) return tasks;
  }
}

/** A note of Sunrise and the provider who wrote it: what a valid POST names. */
async function sunriseNote(): Promise<{ noteId: string; providerId: string }> {
  const note = (await request('/v3/notes?pageSize=1')).body.data.notes[0];
  return { noteId: note.id, providerId: note.assignedProviders[0].id };
}

const post = (body: unknown, options: { key?: string; organizationId?: string } = {}) =>
  request('/v3/tasks', { method: 'POST', body, ...options });

describe('GET /v3/tasks', () => {
  it('lists oldest first by createdAt, paginated, each task on a note of the clinic', async () => {
    const tasks = await everyTask();
    expect(tasks.length).toBeGreaterThan(50);
    const created = tasks.map((task) => task.createdAt);
    expect([...created].sort()).toEqual(created);
    const noteIds = new Set<string>();
    const all: string[] = [];
    for (let page = 1; ; page++) {
      const { body } = await request(`/v3/notes?pageSize=100&page=${page}`);
      all.push(...body.data.notes.map((n: any) => n.id));
      if (page >= body.data.pagination.totalPages) break;
    }
    for (const id of all) noteIds.add(id);
    for (const task of tasks) expect(noteIds.has(task.noteId), task.id).toBe(true);
  });

  it('filters by several statuses, noteId, providerId (an assignee), patientId (the note patient) and createdAt dates', async () => {
    const tasks = await everyTask();
    const open = await everyTask('&status=not_started,in_progress');
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBe(tasks.filter((t) => ['not_started', 'in_progress'].includes(t.status)).length);

    const sample = tasks.find((task) => task.assignedProviders.length > 0)!;
    expect((await everyTask(`&noteId=${sample.noteId}`)).map((t) => t.id)).toEqual(
      tasks.filter((t) => t.noteId === sample.noteId).map((t) => t.id),
    );
    const provider = sample.assignedProviders[0].id;
    expect((await everyTask(`&providerId=${provider}`)).length).toBe(
      tasks.filter((t) => t.assignedProviders.some((p: any) => p.id === provider)).length,
    );
    const note = (await request(`/v3/notes/${sample.noteId}`)).body.data;
    const ofPatient = await everyTask(`&patientId=${note.patient.id}`);
    expect(ofPatient.map((t) => t.id)).toContain(sample.id);
    for (const task of ofPatient) {
      expect((await request(`/v3/notes/${task.noteId}`)).body.data.patient.id).toBe(note.patient.id);
    }
    const day = sample.createdAt.slice(0, 10);
    const sameDay = await everyTask(`&dateFrom=${day}&dateTo=${day}`);
    expect(sameDay.map((t) => t.id)).toEqual(tasks.filter((t) => t.createdAt.startsWith(day)).map((t) => t.id));
  });

  it('refuses an unknown status, a malformed id filter and dates out of order, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['status=done', "'status"],
      ['status=not_started,', "'status"],
      ['noteId=tsk_123', "'noteId' must be a valid ID"],
      ['providerId=pat_00000000000000000000000000000000', "'providerId' must be a valid ID"],
      ['patientId=nope', "'patientId' must be a valid ID"],
      ['dateFrom=2026-05-02&dateTo=2026-05-01', "'dateFrom' must not be after 'dateTo'"],
    ];
    for (const [query, message] of cases) {
      const { status, body, headers } = await request(`/v3/tasks?${query}`);
      expect(status, query).toBe(400);
      expect(body.message, query).toContain(message);
      expect(headers.get('X-Sandbox-Reason'), query).toBe('invalid_parameter');
    }
  });

  it('a well-formed id matching nothing is 200 and empty', async () => {
    const { status, body } = await request(`/v3/tasks?noteId=${(await sunriseNote()).noteId.slice(0, 4)}${'0'.repeat(32)}`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ tasks: [], pagination: { page: 1, pageSize: 100, totalCount: 0, totalPages: 0 } });
  });
});

describe('GET /v3/tasks/{id}', () => {
  it("returns the task, 404 'Task not found' for another clinic's or an unknown id, 400 for a malformed one", async () => {
    const task = (await request('/v3/tasks?pageSize=1')).body.data.tasks[0];
    expect((await request(`/v3/tasks/${task.id}`)).body.data).toEqual(task);
    const harbor = (await admin('GET', `/_sandbox/organizations/${CLINICS.harbor.id}/tasks?pageSize=1`)).body.data.tasks[0];
    for (const id of [harbor.id, `tsk_${'0'.repeat(32)}`]) {
      const { status, body } = await request(`/v3/tasks/${id}`);
      expect(status).toBe(404);
      expect(body).toMatchObject({ code: 'not_found', message: 'Task not found' });
    }
    const malformed = await request(`/v3/tasks/${task.noteId}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe("'id' must be a valid ID");
  });
});

describe('POST /v3/tasks', () => {
  it('creates a not_started, synced task on the note, with its ehrType, served by the list and by id at once', async () => {
    const { noteId, providerId } = await sunriseNote();
    const providers = (await request('/v3/providers?pageSize=3')).body.data.providers.map((p: any) => p.id);
    const before = (await request('/v3/tasks?pageSize=1')).body.data.pagination.totalCount;
    const { status, body } = await post({
      noteId,
      providerId,
      notes: 'Call the patient with lab results.',
      assigneeIds: providers.slice(1, 3),
    });
    expect(status).toBe(200);
    const now = new Date(FIXED_NOW).toISOString();
    expect(body).toEqual({
      code: 'success',
      data: {
        id: expect.stringMatching(/^tsk_[0-9a-f]{32}$/),
        status: 'not_started',
        syncStatus: 'synced',
        notes: 'Call the patient with lab results.',
        noteId,
        ehrType: (await request(`/v3/notes/${noteId}`)).body.data.ehrType,
        assignedProviders: [
          expect.objectContaining({ id: providers[1], roleType: NOTE_ROLE_TYPES[0] }),
          expect.objectContaining({ id: providers[2], roleType: NOTE_ROLE_TYPES[1] }),
        ],
        createdAt: now,
        updatedAt: now,
      },
    });
    expect((await request(`/v3/tasks/${body.data.id}`)).body.data).toEqual(body.data);
    const list = (await request('/v3/tasks?pageSize=1')).body.data.pagination;
    expect(list.totalCount).toBe(before + 1);
    // Newest last: the task made now is the last of the last page.
    const last = (await request(`/v3/tasks?pageSize=1&page=${list.totalPages}`)).body.data.tasks[0];
    expect(last.id).toBe(body.data.id);
    expect((await everyTask(`&noteId=${noteId}`)).map((t) => t.id)).toContain(body.data.id);
  });

  it('without assigneeIds the task is assigned to nobody; a reset takes it away', async () => {
    const { body } = await post({ ...(await sunriseNote()), notes: 'Refill request.' });
    expect(body.data.assignedProviders).toEqual([]);
    sandbox.reset();
    expect((await request(`/v3/tasks/${body.data.id}`)).status).toBe(404);
  });

  it("'providerId' is required, as documented; each missing or bad field is 400 naming it, and nothing is written", async () => {
    const { noteId, providerId } = await sunriseNote();
    const otherNote = (await admin('GET', `/_sandbox/organizations/${CLINICS.harbor.id}/notes?pageSize=1`)).body.data.notes[0];
    const otherProvider = otherNote.assignedProviders[0].id;
    const before = (await request('/v3/tasks?pageSize=1')).body.data.pagination.totalCount;
    const cases: [unknown, number, string][] = [
      [{ noteId, notes: 'x' }, 400, "'providerId' is required"],
      [{ providerId, notes: 'x' }, 400, "'noteId' is required"],
      [{ noteId, providerId }, 400, "'notes' is required"],
      [{ noteId, providerId, notes: '' }, 400, "'notes' must not be empty"],
      [{ noteId, providerId, notes: 'x'.repeat(5001) }, 400, "'notes' must be at most 5000 characters"],
      [{ noteId: 'note-1', providerId, notes: 'x' }, 400, "'noteId' must be a valid ID"],
      [{ noteId, providerId: noteId, notes: 'x' }, 400, "'providerId' must be a valid ID"],
      [{ noteId, providerId, notes: 'x', assigneeIds: ['prv_1'] }, 400, "'assigneeIds[0]' must be a valid ID"],
      [{ noteId, providerId, notes: 'x', assigneeIds: [providerId, providerId] }, 400, "'assigneeIds' must not repeat an item"],
      [
        {
          noteId,
          providerId,
          notes: 'x',
          assigneeIds: Array.from({ length: 21 }, (_, i) => `prv_${String(i).padStart(32, '0')}`),
        },
        400,
        "'assigneeIds' must hold at most 20 items",
      ],
      [
        { noteId, providerId, notes: 'x', assigneeIds: [providerId, otherProvider] },
        400,
        "'assigneeIds[1]' must be the ID of a provider of this organization",
      ],
      [
        { noteId, providerId, notes: 'x', assigneeIds: [`prv_${'0'.repeat(32)}`] },
        400,
        "'assigneeIds[0]' must be the ID of a provider of this organization",
      ],
      [{ noteId: otherNote.id, providerId, notes: 'x' }, 404, 'Note not found'],
      [{ noteId: `${noteId.slice(0, 4)}${'0'.repeat(32)}`, providerId, notes: 'x' }, 404, 'Note not found'],
      [{ noteId, providerId: otherProvider, notes: 'x' }, 404, 'Provider not found'],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(body);
      expect(response.status, message).toBe(status);
      expect(response.body.message, message).toBe(message);
      expect(response.headers.get('X-Sandbox-Reason'), message).toBe(status === 404 ? 'record_not_found' : 'invalid_body');
    }
    expect((await request('/v3/tasks?pageSize=1')).body.data.pagination.totalCount).toBe(before);
  });

  it('needs write:tasks by default; --task-create-scope read:tasks asks for read:tasks, and the served document says so', async () => {
    const body = { ...(await sunriseNote()), notes: 'Referral to dermatology.' };
    const { key } = (await admin('POST', '/_sandbox/keys', { appId: KEYS.fullAccess.appId, scopes: ['read:tasks'] })).body;
    const refused = await post(body, { key });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Insufficient scope. Required: write:tasks');

    const switched = createTestSandbox({ taskCreateScope: 'read:tasks' });
    const readKey = (
      await switched.request('/_sandbox/keys', {
        method: 'POST',
        body: { appId: KEYS.fullAccess.appId, scopes: ['read:tasks'] },
        key: null,
        organizationId: null,
      })
    ).body.key;
    expect((await switched.request('/v3/tasks', { method: 'POST', body, key: readKey })).status).toBe(200);
    const writeOnly = (
      await switched.request('/_sandbox/keys', {
        method: 'POST',
        body: { appId: KEYS.fullAccess.appId, scopes: ['write:tasks'] },
        key: null,
        organizationId: null,
      })
    ).body.key;
    const missing = await switched.request('/v3/tasks', { method: 'POST', body, key: writeOnly });
    expect(missing.body.message).toBe('Insufficient scope. Required: read:tasks');
    const served = (await switched.app.request('/openapi.json')).json() as Promise<any>;
    expect((await served).paths['/v3/tasks'].post.security[0].bearerAuth).toEqual(['read:tasks']);
  });
});

describe('tasks through /_sandbox', () => {
  it('creates, changes and lists a task with SandboxTaskFields; /v3 serves it; its note and assignees cannot be deleted under it', async () => {
    const { noteId, providerId } = await sunriseNote();
    const created = await admin('POST', `${SUNRISE_ADMIN}/tasks`, {
      noteId,
      assigneeIds: [providerId],
      status: 'in_progress',
      notes: 'Prior authorization for adalimumab.',
      createdAt: '2026-05-30T10:00:00.000Z',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ noteId, status: 'in_progress', updatedAt: '2026-05-30T10:00:00.000Z' });
    expect(created.body.data).not.toHaveProperty('patientId');
    const id = created.body.data.id;
    expect((await request(`/v3/tasks/${id}`)).body.data).toEqual(created.body.data);

    const changed = await admin('PATCH', `${SUNRISE_ADMIN}/tasks/${id}`, { status: 'completed', assigneeIds: [] });
    expect(changed.body.data).toMatchObject({ status: 'completed', assignedProviders: [] });

    await admin('PATCH', `${SUNRISE_ADMIN}/tasks/${id}`, { assigneeIds: [providerId] });
    const deleteProvider = await admin('DELETE', `${SUNRISE_ADMIN}/providers/${providerId}`);
    expect(deleteProvider.status).toBe(400);
    expect(deleteProvider.body.message).toMatch(/task/);
    const deleteNote = await admin('DELETE', `${SUNRISE_ADMIN}/notes/${noteId}`);
    expect(deleteNote.status).toBe(400);
    expect(deleteNote.body.message).toMatch(/task/);

    const unknown = await admin('PATCH', `${SUNRISE_ADMIN}/tasks/${id}`, { assigneeIds: [providerId, `prv_${'0'.repeat(32)}`] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain("'assigneeIds[1]'");
    expect((await request(`/v3/tasks/${id}`)).body.data.assignedProviders.map((p: any) => p.id)).toEqual([providerId]);
    expect((await admin('DELETE', `${SUNRISE_ADMIN}/tasks/${id}`)).status).toBe(204);
    expect((await request(`/v3/tasks/${id}`)).status).toBe(404);
  });

  it("a task follows its note's patient and its assignees' names when they change", async () => {
    const task = (await request('/v3/tasks?pageSize=100')).body.data.tasks.find((t: any) => t.assignedProviders.length > 0);
    const provider = task.assignedProviders[0].id;
    await admin('PATCH', `${SUNRISE_ADMIN}/providers/${provider}`, { firstName: 'Renamed' });
    const after = (await request(`/v3/tasks/${task.id}`)).body.data;
    expect(after.assignedProviders[0]).toMatchObject({ id: provider, firstName: 'Renamed' });
    const patient = (await request('/v3/patients?pageSize=1')).body.data.patients[0].id;
    await admin('PATCH', `${SUNRISE_ADMIN}/notes/${task.noteId}`, { patientId: patient });
    expect((await everyTask(`&patientId=${patient}`)).map((t) => t.id)).toContain(task.id);
  });
});
