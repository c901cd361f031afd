/**
 * Max AI's check of a note as the notes API reports it (`aiStatus`, `aiIssueCount`): the check
 * runs once the provider has finished the note and flags what a coder or auditor would query.
 */
import { chance, type Faker, pickWeighted } from './random.js';
import type { Note, NoteStatus } from './types.js';

/** How often the check could not run. */
const FAILED_SHARE = 0.01;
/** How often it finds something: less often on signed notes, since providers fix before they sign. */
const ISSUES_SHARE = { unsigned: 0.35, signed: 0.15 } as const;
/** How many issues a flagged note has. */
const ISSUE_COUNTS: readonly (readonly [number, number])[] = [
  [1, 50],
  [2, 30],
  [3, 15],
  [4, 5],
];

/** The check's outcome for a note in `status`; a draft is not checked yet and draws nothing. */
export function drawAiReview(faker: Faker, status: NoteStatus): Pick<Note, 'aiStatus' | 'aiIssueCount'> {
  if (status === 'draft') return { aiStatus: 'pending', aiIssueCount: 0 };
  if (chance(faker, FAILED_SHARE)) return { aiStatus: 'failed', aiIssueCount: 0 };
  const signed = status === 'signed' || status === 'amended';
  if (!chance(faker, signed ? ISSUES_SHARE.signed : ISSUES_SHARE.unsigned)) return { aiStatus: 'no_issues', aiIssueCount: 0 };
  return { aiStatus: 'issues_found', aiIssueCount: pickWeighted(faker, ISSUE_COUNTS) };
}
