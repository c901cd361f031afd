import type { Expectation } from './cases.js';
import type { CaseResult } from './run.js';

/** `401 unauthorized "Invalid or missing API key"`: an expectation in the table's words. */
export function describeExpectation(expected: Expectation): string {
  const message =
    expected.message === undefined
      ? ''
      : 'equals' in expected.message
        ? ` "${expected.message.equals}"`
        : ` (message naming '${expected.message.names}')`;
  return `${expected.status}${expected.code ? ` ${expected.code}` : ''}${message}`;
}

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/**
 * The results as a plain-text table, one row per case in the document's order, each failure
 * followed by what differed and each skip by why, then a one-line tally.
 */
export function formatReport(results: readonly CaseResult[]): string {
  const rows = results.map((result) => [
    LABEL[result.outcome],
    result.case.operation,
    result.case.name,
    describeExpectation(result.case.expected),
    result.got,
  ]);
  const header = ['RESULT', 'OPERATION', 'CASE', 'EXPECTED', 'GOT'];
  // The last column is not padded, so a long message does not widen every row.
  const widths = header.slice(0, -1).map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]!) : cell))
      .join('  ')
      .trimEnd();
  const lines = [line(header)];
  results.forEach((result, index) => {
    lines.push(line(rows[index]!));
    if (result.outcome !== 'pass') for (const note of result.notes) lines.push(`      ${note}`);
  });
  const count = (outcome: CaseResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  lines.push('', `${results.length} cases: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  return lines.join('\n');
}
