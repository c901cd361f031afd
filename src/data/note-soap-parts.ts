/**
 * The documented parts of a note's SOAP body besides its narrative sections: one impression per
 * diagnosis of the visit (the bill's diagnoses, in the bill's order), each with the complexity and
 * status of its plan, and the four free-text comment fields the API lets an app edit.
 */
import { ICD10_CODES } from './code-tables.js';
import { chance, type Faker, pick, pickWeighted } from './random.js';
import type { SoapNote } from './types.js';
import type { VisitPlan } from './visits.js';

export type NoteImpression = SoapNote['impressionsPlans'][number];
type Complexity = NoteImpression['complexity'];
type ImpressionStatus = NoteImpression['status'];

/** A problem visit's main diagnosis: new at a first visit, often known at a follow-up. */
const PRIMARY_STATUS: readonly (readonly [ImpressionStatus, number])[] = [
  ['new', 45],
  ['established_stable', 30],
  ['established_worsening', 20],
  ['resolved', 5],
];
/** The further diagnoses: mostly chronic problems carried along. */
const SECONDARY_STATUS: readonly (readonly [ImpressionStatus, number])[] = [
  ['established_stable', 75],
  ['established_worsening', 15],
  ['new', 10],
];

/** The visit's E/M level says how complex its main problem was: level 5 is high, 4 moderate. */
function primaryComplexity(visit: VisitPlan): Complexity {
  if (visit.scenario.kind !== 'problem') return 'low';
  return visit.emLevel >= 5 ? 'high' : visit.emLevel === 4 ? 'moderate' : 'low';
}

export function drawImpressions(faker: Faker, visit: VisitPlan): NoteImpression[] {
  // ModMed numbers impressions across the whole EHR: a note's are consecutive numbers.
  const firstId = faker.number.int({ min: 1_000_000, max: 8_999_999 });
  return visit.diagnoses.map((code, index) => {
    const primary = index === 0;
    const status: ImpressionStatus = primary
      ? visit.scenario.kind === 'problem'
        ? pickWeighted(faker, PRIMARY_STATUS)
        : 'new'
      : pickWeighted(faker, SECONDARY_STATUS);
    const complexity: Complexity = primary ? primaryComplexity(visit) : chance(faker, 0.3) ? 'moderate' : 'low';
    return { impressionId: firstId + index, diagnosis: { code, description: ICD10_CODES[code] }, complexity, status };
  });
}

const HPI_COMMENTS = [
  'Patient reports symptoms are worse in the evening.',
  'Accompanied by a family member, who helped with the history.',
  'Patient brought a written list of questions; all addressed.',
  'Interpreter used for the visit.',
  'Outside records requested.',
];
const EXAM_COMMENTS = [
  'Exam performed with a chaperone present.',
  'Vital signs repeated after rest.',
  'Exam limited by patient discomfort.',
];
const PLAN_COMMENTS = [
  'Risks, benefits and alternatives of the plan discussed; patient agrees.',
  'Medication reconciliation completed.',
  'Plan reviewed with the supervising physician.',
  'Care coordinated with the patient’s pharmacy.',
];
const STICKY_NOTES = [
  'Prefers morning appointments',
  'Prefers text message reminders',
  'Hard of hearing: face the patient when speaking',
  'Needs an interpreter',
  'Latex allergy',
  'Verify insurance card at next visit',
];

/** The editable comment fields: empty (null) on most notes, as providers seldom fill them. */
export function drawComments(
  faker: Faker,
): Pick<SoapNote, 'additionalHpiComments' | 'impressionsPlansComments' | 'otherExamComments' | 'stickyNoteDescription'> {
  return {
    additionalHpiComments: chance(faker, 0.2) ? pick(faker, HPI_COMMENTS) : null,
    impressionsPlansComments: chance(faker, 0.25) ? pick(faker, PLAN_COMMENTS) : null,
    otherExamComments: chance(faker, 0.15) ? pick(faker, EXAM_COMMENTS) : null,
    stickyNoteDescription: chance(faker, 0.1) ? pick(faker, STICKY_NOTES) : null,
  };
}
