import { describe, expect, it } from 'vitest';
import { ClinicGenerator, type Derivation } from '../../src/data/generate-clinic.js';
import { noteRecords } from '../../src/data/notes.js';
import { taskRecords } from '../../src/data/tasks.js';
import { TASK_STATUSES, TASK_SYNC_STATUSES } from '../../src/data/types.js';
import { KINDS } from '../../src/records/kinds.js';
import { ISO_TIMESTAMP, OTHER_ORG_ID, options, REFERENCE_MS } from './support.js';

const generate = (overrides: Parameters<typeof options>[0] = {}) => {
  const clinic = new ClinicGenerator(options(overrides));
  return { tasks: clinic.use(taskRecords), notes: clinic.use(noteRecords) };
};

const family = generate({ organizationName: 'Sunrise Family Medicine' });
const dermatology = generate({ organizationId: OTHER_ORG_ID, organizationName: 'Harbor Dermatology' });

describe('generated tasks', () => {
  it('hang off notes of the clinic, about the note patient, in its EHR, after the visit and before now', () => {
    const notes = new Map(family.notes.map((note) => [note.id, note]));
    expect(family.tasks.length).toBeGreaterThan(family.notes.length / 4);
    for (const task of family.tasks) {
      const note = notes.get(task.noteId);
      expect(note, task.id).toBeDefined();
      expect(task.patientId).toBe(note!.patient.id);
      expect(task.ehrType).toBe(note!.ehrType);
      expect(task.createdAt).toMatch(ISO_TIMESTAMP);
      expect(Date.parse(task.createdAt)).toBeGreaterThan(Date.parse(note!.visitDate.replace(' ', 'T').replace('+00', 'Z')));
      expect(Date.parse(task.createdAt)).toBeLessThanOrEqual(REFERENCE_MS);
      expect(task.updatedAt >= task.createdAt).toBe(true);
      expect(Date.parse(task.updatedAt)).toBeLessThanOrEqual(REFERENCE_MS);
      if (task.status === 'not_started') expect(task.updatedAt).toBe(task.createdAt);
      expect(new Set(task.assignedProviders.map((p) => p.id)).size).toBe(task.assignedProviders.length);
    }
  });

  it('are in served order (oldest first) and use every status and sync status', () => {
    const keys = family.tasks.map(KINDS.tasks.orderKey);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(family.tasks.map((task) => task.status))).toEqual(new Set(TASK_STATUSES));
    expect(new Set(family.tasks.map((task) => task.syncStatus))).toEqual(new Set(TASK_SYNC_STATUSES));
    // Old tasks are mostly done; the open ones are recent.
    const old = family.tasks.filter((task) => REFERENCE_MS - Date.parse(task.createdAt) > 30 * 86_400_000);
    expect(old.filter((task) => task.status === 'completed').length / old.length).toBeGreaterThan(0.75);
  });

  it('follow the specialty: dermatology leaves biopsies and prior authorizations, family medicine labs, referrals and refills', () => {
    const text = (tasks: typeof family.tasks) => tasks.map((task) => task.notes).join('\n');
    expect(text(dermatology.tasks)).toMatch(/biopsy|Pathology/);
    expect(text(dermatology.tasks)).toMatch(/Prior authorization/);
    expect(text(dermatology.tasks)).not.toMatch(/lisinopril|A1c/);
    expect(text(family.tasks)).toMatch(/lab results|Review .*(panel|A1c|TSH)/i);
    expect(text(family.tasks)).toMatch(/Referral/);
    expect(text(family.tasks)).toMatch(/Refill request/);
    expect(text(family.tasks)).not.toMatch(/\{\w+\}/);
  });

  it('draw from a stream of their own: generating them first changes no other record, and the same seed repeats them', () => {
    const plain = new ClinicGenerator(options());
    const notesAlone = JSON.stringify(plain.use(noteRecords));
    const tasksFirst = new ClinicGenerator(options());
    const tasks = tasksFirst.use(taskRecords);
    expect(JSON.stringify(tasksFirst.use(noteRecords))).toBe(notesAlone);
    for (const resource of ['patients', 'providers', 'appointments', 'bills', 'claims'] as const) {
      const generate = KINDS[resource].generate as Derivation<unknown>;
      expect(JSON.stringify(tasksFirst.use(generate))).toBe(JSON.stringify(plain.use(generate)));
    }
    expect(JSON.stringify(new ClinicGenerator(options()).use(taskRecords))).toBe(JSON.stringify(tasks));
  });
});
