/**
 * Generates visit notes for completed appointments: a SOAP note assembled from the visit's
 * scenario templates and generic phrase pools, signed (or not yet) according to its age.
 */
import { drawAiReview } from './ai-review.js';
import { publicProvider } from './appointments.js';
import { CREDENTIALS, SOAP_PHRASES } from './code-tables.js';
import type { Derivation } from './generate-clinic.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { drawComments, drawImpressions } from './note-soap-parts.js';
import { noteVersionId } from './note-versions.js';
import { providerCredential, providerRecords } from './providers.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import { DAY_MS, toSqlUtcTimestamp } from './time.js';
import {
  EHR_TYPE,
  type Note,
  type NotePatient,
  type NoteProvider,
  type NoteRoleType,
  type NoteStatus,
  type Patient,
  type Provider,
  type SoapNote,
} from './types.js';
import { plannedVisits, type VisitPlan } from './visits.js';

export interface NoteOptions {
  visits: readonly VisitPlan[];
  providers: readonly Provider[];
  referenceMs: number;
}

/**
 * A note is drafted, finished (then it awaits the signature: `awaiting_sign`), sometimes
 * reviewed, signed and now and then amended. Most are signed within days; a few wait for the
 * signature or a review for weeks, as in any practice's backlog of unsigned notes.
 */
const FRESH: readonly (readonly [NoteStatus, number])[] = [
  ['draft', 35],
  ['awaiting_sign', 25],
  ['in_review', 15],
  ['signed', 25],
];
const RECENT: readonly (readonly [NoteStatus, number])[] = [
  ['awaiting_sign', 6],
  ['in_review', 6],
  ['signed', 83],
  ['amended', 5],
];
const OLD: readonly (readonly [NoteStatus, number])[] = [
  ['signed', 85],
  ['amended', 12],
  ['awaiting_sign', 2],
  ['in_review', 1],
];

/**
 * A note's embedded patient (A6: it also has `avatar`, a URL or null). Most patients have no photo
 * on file; about one in five has one, at an example.com address that can be nobody's real picture.
 * Which ones follows from the id (its last hex digit), not a draw, so every note of a patient agrees.
 */
export function notePatient(patient: Patient): NotePatient {
  const { id, firstName, lastName, dateOfBirth } = patient;
  const avatar = '012'.includes(id.slice(-1)) ? `https://example.com/avatars/${id}.png` : null;
  return { id, firstName, lastName, dateOfBirth, avatar };
}

/** "54-year-old woman", "8-month-old infant", "adult patient". */
export function describePatient(patient: Patient, visitMs: number): string {
  if (patient.dateOfBirth === null) return 'adult patient';
  const dobMs = Date.parse(patient.dateOfBirth);
  const months = Math.floor((visitMs - dobMs) / (30.4375 * DAY_MS));
  const years = Math.floor(months / 12);
  if (months < 12) return months <= 0 ? 'newborn' : `${months}-month-old infant`;
  const noun =
    years < 18
      ? patient.gender === 'Female'
        ? 'girl'
        : patient.gender === 'Male'
          ? 'boy'
          : 'child'
      : patient.gender === 'Female'
        ? 'woman'
        : patient.gender === 'Male'
          ? 'man'
          : 'patient';
  return `${years}-year-old ${noun}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills a template's placeholders, drawing a value only for those it uses. */
function fill(faker: Faker, template: string, patientText: string): string {
  const text = template.replace(/\{(\w+)\}/g, (placeholder: string, name: string) => {
    switch (name) {
      case 'patient':
        return patientText;
      case 'days':
        return String(faker.number.int({ min: 2, max: 10 }));
      case 'weeks':
        return String(faker.number.int({ min: 2, max: 8 }));
      case 'bp':
        return `${faker.number.int({ min: 112, max: 148 })}/${faker.number.int({ min: 68, max: 92 })}`;
      case 'bpHigh':
        return `${faker.number.int({ min: 142, max: 164 })}/${faker.number.int({ min: 88, max: 100 })}`;
      case 'bpNormal':
        return `${faker.number.int({ min: 112, max: 132 })}/${faker.number.int({ min: 68, max: 82 })}`;
      case 'hr':
        return String(faker.number.int({ min: 58, max: 96 }));
      case 'temp':
        return (faker.number.int({ min: 982, max: 1018 }) / 10).toFixed(1);
      default:
        throw new Error(`Unknown SOAP template placeholder ${placeholder}`);
    }
  });
  return capitalize(text);
}

/** One section: the scenario's sentence for the chosen variant, sometimes followed by a generic one. */
function section(
  faker: Faker,
  templates: readonly string[],
  variant: number,
  generic: readonly string[],
  extraChance: number,
  patientText: string,
): string {
  const template = templates[Math.min(variant, templates.length - 1)] ?? '';
  const main = fill(faker, template, patientText);
  return chance(faker, extraChance) ? `${main} ${pick(faker, generic)}` : main;
}

function soapNote(faker: Faker, visit: VisitPlan): SoapNote {
  const patientText = describePatient(visit.scheduled.patient, visit.scheduled.startMs);
  const { soap } = visit.scenario;
  const generic = visit.ageYears !== null && visit.ageYears < 18 ? SOAP_PHRASES.child : SOAP_PHRASES.adult;
  const variants = Math.max(soap.subjective.length, soap.objective.length, soap.assessment.length, soap.plan.length);
  const variant = faker.number.int(variants - 1);
  return {
    subjective: section(faker, soap.subjective, variant, generic.subjective, 0.4, patientText),
    objective: section(faker, soap.objective, variant, generic.objective, 0.5, patientText),
    assessment: section(faker, soap.assessment, variant, generic.assessment, 0.2, patientText),
    plan: section(faker, soap.plan, variant, generic.plan, 0.5, patientText),
    // The visit's diagnoses, as its bill codes them.
    impressionsPlans: drawImpressions(faker, visit),
    ...drawComments(faker),
  };
}

function toNoteProvider(provider: Provider, roleType: NoteRoleType): NoteProvider {
  return { ...publicProvider(provider), hidden: provider.hidden, roleType };
}

/** One note per completed appointment, in visit order. */
export function generateNotes(faker: Faker, { visits, providers, referenceMs }: NoteOptions): Note[] {
  // One shared view per provider and role, as appointments share one per provider.
  const views = new Map<string, NoteProvider>();
  const noteProvider = (provider: Provider, roleType: NoteRoleType) => {
    const key = `${roleType}:${provider.id}`;
    let view = views.get(key);
    if (!view) views.set(key, (view = toNoteProvider(provider, roleType)));
    return view;
  };
  const cosigners = providers.filter((provider) => provider.canCosign && !provider.hidden);

  return visits.map((visit) => {
    const { appointment, patient, facility, provider, startMs, endMs } = visit.scheduled;
    const ageDays = (referenceMs - endMs) / DAY_MS;
    const status = pickWeighted(faker, ageDays < 3 ? FRESH : ageDays < 15 ? RECENT : OLD);
    const version = status === 'amended' ? (chance(faker, 0.7) ? 2 : 3) : status === 'signed' && chance(faker, 0.1) ? 2 : 1;

    // Notes by NPs and PAs, and notes waiting for review, often carry a supervising cosigner.
    const midLevel = !CREDENTIALS[providerCredential(provider)].doctor;
    const wantsCosigner = chance(faker, midLevel ? 0.7 : status === 'in_review' ? 0.5 : 0.05);
    const others = cosigners.filter((candidate) => candidate.id !== provider.id);
    const assignedProviders = [noteProvider(provider, 'PRIMARY_PROVIDER')];
    if (wantsCosigner && others.length > 0) assignedProviders.push(noteProvider(pick(faker, others), 'COSIGNER'));

    const id = prefixedId(faker, ID_PREFIXES.note);
    const soap = soapNote(faker, visit);
    const { aiStatus, aiIssueCount } = drawAiReview(faker, status);
    return {
      id,
      version,
      versionId: noteVersionId(id, version),
      visitDate: toSqlUtcTimestamp(startMs),
      status,
      aiStatus,
      aiIssueCount,
      appointmentId: appointment.id,
      patient: notePatient(patient),
      facility: { id: facility.id, name: facility.name },
      ehrType: EHR_TYPE,
      assignedProviders,
      soapNote: soap,
    };
  });
}

/** The clinic's notes, in served order (by visit). */
export const noteRecords: Derivation<Note[]> = (clinic) =>
  generateNotes(clinic.stream('notes'), {
    visits: clinic.use(plannedVisits),
    providers: clinic.use(providerRecords),
    referenceMs: clinic.referenceMs,
  });
