import { apiError } from '../../contract/api-error.js';
import { toIsoTimestamp } from '../../data/time.js';
import { byDateRange, byEquals, byMatch, byStatuses } from '../../http/filters.js';
import { listBody, recordBody } from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import { clinicOf } from './clinic-of.js';

export const taskHandlers = {
  listTasks(request, sandbox) {
    const { params } = request;
    const tasks = clinicOf(request, sandbox).table('tasks');
    let records = byDateRange(tasks.items, params, (t) => t.createdAt);
    records = byStatuses(records, params.status, (t) => t.status);
    records = byEquals(records, params.noteId, (t) => t.noteId);
    records = byEquals(records, params.patientId, (t) => t.patientId);
    records = byMatch(records, params.providerId, (t, id) => t.assignedProviders.some((provider) => provider.id === id));
    return listBody(params, 'tasks', tasks, records);
  },

  getTask(request, sandbox) {
    const tasks = clinicOf(request, sandbox).table('tasks');
    return recordBody('Task', tasks, tasks.get(request.params.id));
  },

  /**
   * Every check before anything is written: the note (404), the provider who writes it to the EHR
   * (404), then each assignee (400 naming the item). The task is kept as a run-time record of the
   * clinic, so `/v3` and `/_sandbox` serve it at once and a reset takes it away.
   */
  createTask(request, sandbox) {
    const { body, organization } = request;
    const data = clinicOf(request, sandbox);
    if (!data.lookup('notes', body.noteId)) throw apiError('record_not_found', 'Note');
    if (!data.lookup('providers', body.providerId)) throw apiError('record_not_found', 'Provider');
    const assigneeIds = body.assigneeIds ?? [];
    assigneeIds.forEach((id, index) => {
      if (!data.lookup('providers', id)) throw apiError('task_assignee_unknown', `assigneeIds[${index}]`);
    });
    const now = toIsoTimestamp(sandbox.clock.now());
    const task = sandbox.records.create(organization, 'tasks', {
      noteId: body.noteId,
      assigneeIds,
      notes: body.notes,
      status: 'not_started',
      // Written to the EHR at once, as the provider given: a task the EHR took is synced.
      syncStatus: 'synced',
      createdAt: now,
      updatedAt: now,
    });
    // Served as `/v3` serves it from now on: from the clinic's records after the change.
    const tasks = clinicOf(request, sandbox).table('tasks');
    return recordBody('Task', tasks, tasks.get(task.id));
  },
} satisfies Pick<V3Handlers, 'listTasks' | 'getTask' | 'createTask'>;
