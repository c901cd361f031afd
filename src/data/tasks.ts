/**
 * Generates the tasks staff write on notes: results to review, prior authorizations, referrals,
 * refill requests, follow-ups, worded after the visit the note documents (see task-templates.ts),
 * assigned mostly to the provider who saw the patient, and further along the older they are.
 */
import { publicProvider } from './appointments.js';
import { type ClinicProfile, clinicProfile } from './clinic-profile.js';
import type { Specialty } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { noteRecords } from './notes.js';
import { providerRecords } from './providers.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import { SCENARIO_TASKS, SPECIALTY_TASKS } from './task-templates.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, toIsoTimestamp } from './time.js';
import {
  NOTE_ROLE_TYPES,
  type Note,
  type NoteProvider,
  type Provider,
  type Task,
  type TaskStatus,
  type TaskSyncStatus,
} from './types.js';
import { plannedVisits, type VisitPlan } from './visits.js';

export interface TaskOptions {
  /** The clinic's notes and the visits they document, in the same order (one note per visit). */
  notes: readonly Note[];
  visits: readonly VisitPlan[];
  providers: readonly Provider[];
  profile: ClinicProfile;
  referenceMs: number;
}

/** How many notes leave a task, and how many of those a second one. */
const TASK_SHARE = 0.4;
const SECOND_TASK_SHARE = 0.15;

/** A task is worked on within days; a few stay open for weeks, as in any practice's task list. */
const FRESH: readonly (readonly [TaskStatus, number])[] = [
  ['not_started', 55],
  ['in_progress', 30],
  ['completed', 15],
];
const RECENT: readonly (readonly [TaskStatus, number])[] = [
  ['not_started', 12],
  ['in_progress', 18],
  ['completed', 64],
  ['cancelled', 6],
];
const OLD: readonly (readonly [TaskStatus, number])[] = [
  ['completed', 88],
  ['cancelled', 8],
  ['not_started', 2],
  ['in_progress', 2],
];
const SYNC: readonly (readonly [TaskSyncStatus, number])[] = [
  ['synced', 92],
  ['failed', 5],
  ['pending', 3],
];

/**
 * A task assignee's `roleType` by its place in the list: the first owns the task, shown as a
 * note's rendering provider; the others help, shown as its cosigner. Generated and written tasks alike.
 */
export const taskRole = (index: number): NoteProvider['roleType'] => (index === 0 ? NOTE_ROLE_TYPES[0] : NOTE_ROLE_TYPES[1]);

/** The tasks a visit of this scenario and specialty may leave. */
function templatesFor(visit: VisitPlan, profile: ClinicProfile): readonly string[] {
  const key = visit.scenario.key;
  for (const [prefix, templates] of Object.entries(SCENARIO_TASKS)) if (key.startsWith(prefix)) return templates;
  const specialty = (visit.scheduled.facility.specialty as Specialty | null) ?? profile.specialty;
  return SPECIALTY_TASKS[specialty];
}

function fill(faker: Faker, template: string, visit: VisitPlan): string {
  return template
    .replaceAll('{patient}', visit.scheduled.patient.lastName)
    .replaceAll('{weeks}', () => String(faker.number.int({ min: 2, max: 8 })));
}

function assignee(provider: Provider, roleType: NoteProvider['roleType']): NoteProvider {
  return { ...publicProvider(provider), hidden: provider.hidden, roleType };
}

/** The task's providers: most often the note's rendering provider, sometimes another, now and then nobody. */
function assigneesOf(faker: Faker, note: Note, staff: readonly Provider[], byId: ReadonlyMap<string, Provider>): NoteProvider[] {
  if (chance(faker, 0.03) || staff.length === 0) return [];
  const rendering = byId.get(note.assignedProviders[0]?.id ?? '');
  const owner = rendering && chance(faker, 0.8) ? rendering : pick(faker, staff);
  const assigned = [assignee(owner, taskRole(0))];
  const others = staff.filter((provider) => provider.id !== owner.id);
  if (others.length > 0 && chance(faker, 0.2)) assigned.push(assignee(pick(faker, others), taskRole(1)));
  return assigned;
}

/** Tasks on about two notes in five, oldest first (by `createdAt`). */
export function generateTasks(faker: Faker, { notes, visits, providers, profile, referenceMs }: TaskOptions): Task[] {
  const staff = providers.filter((provider) => !provider.hidden);
  const byId = new Map(providers.map((provider) => [provider.id, provider]));
  const tasks: Task[] = [];
  notes.forEach((note, index) => {
    const visit = visits[index];
    if (!visit || !chance(faker, TASK_SHARE)) return;
    const count = chance(faker, SECOND_TASK_SHARE) ? 2 : 1;
    const templates = templatesFor(visit, profile);
    for (let i = 0; i < count; i++) {
      // Written after the visit, within two days, never after the clinic's "now".
      const createdMs = Math.min(
        visit.scheduled.endMs + faker.number.int({ min: 5 * MINUTE_MS, max: 2 * DAY_MS }),
        referenceMs - faker.number.int({ min: 1, max: 60 }) * MINUTE_MS,
      );
      if (createdMs < visit.scheduled.endMs) continue;
      const ageDays = (referenceMs - createdMs) / DAY_MS;
      const status = pickWeighted(faker, ageDays < 3 ? FRESH : ageDays < 30 ? RECENT : OLD);
      const changedMs =
        status === 'not_started'
          ? createdMs
          : Math.min(referenceMs, createdMs + faker.number.int({ min: 1, max: 10 * 24 }) * HOUR_MS);
      tasks.push({
        id: prefixedId(faker, ID_PREFIXES.task),
        status,
        syncStatus: pickWeighted(faker, SYNC),
        notes: fill(faker, pick(faker, templates), visit),
        noteId: note.id,
        ehrType: note.ehrType,
        assignedProviders: assigneesOf(faker, note, staff, byId),
        createdAt: toIsoTimestamp(createdMs),
        updatedAt: toIsoTimestamp(changedMs),
        patientId: note.patient.id,
      });
    }
  });
  // Stable: tasks made at the same instant keep the order of their notes.
  return tasks.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** The clinic's tasks, in served order (by `createdAt`), drawn from a stream of their own. */
export const taskRecords: Derivation<Task[]> = (clinic) =>
  generateTasks(clinic.stream('tasks'), {
    notes: clinic.use(noteRecords),
    visits: clinic.use(plannedVisits),
    providers: clinic.use(providerRecords),
    profile: clinic.use(clinicProfile),
    referenceMs: clinic.referenceMs,
  });
