/**
 * Which of a coding group's diagnoses each line item is billed against (a claim's diagnosis
 * pointers), by the rules a coder follows for an office visit. Draws nothing.
 */
import type { ProcedureKind } from './code-tables.js';
import type { Diagnosis } from './types.js';

/** The vaccination encounter: it justifies the vaccine lines, not the visit itself. */
const VACCINATION = 'Z23';

/** What decides a line's pointers: its kind, and whether it is the visit's own code. */
export interface PointedLine {
  kind: ProcedureKind;
  isVisitCode: boolean;
}

/**
 * The diagnoses a line is billed against, most important first, each one of `diagnoses`: the
 * visit's own code (office visit, preventive or wellness) points at every diagnosis addressed
 * at the visit, a vaccine line at Z23, any other line (procedure, lab, imaging, therapy) at the
 * group's first diagnosis.
 */
export function linkedDiagnoses(line: PointedLine, diagnoses: readonly Diagnosis[]): Diagnosis[] {
  const [first] = diagnoses;
  if (!first) throw new RangeError('A coding group needs at least one diagnosis');
  const vaccination = diagnoses.filter((diagnosis) => diagnosis.code === VACCINATION);
  if (line.kind === 'vaccine') return vaccination.length > 0 ? vaccination : [first];
  if (line.isVisitCode) {
    const addressed = diagnoses.filter((diagnosis) => diagnosis.code !== VACCINATION);
    return addressed.length > 0 ? addressed : [...diagnoses];
  }
  return [first];
}
