import type { CoverageReport } from '../contract/schemas.js';
import type { CoverageFormat } from './coverage-options.js';

/** What a report is held to: the least percentage hit, and outcomes that must have been hit somewhere. */
export interface CoverageThresholds {
  min?: number;
  require: readonly string[];
}

/** Whether a `--require` entry names this outcome: exact, by status alone, or by reason alone. */
function matches(entry: string, outcome: { outcome: string; status: number; reason: string | null }): boolean {
  if (entry.includes(':')) return entry === outcome.outcome;
  if (/^\d+$/.test(entry)) return Number(entry) === outcome.status;
  return entry === outcome.reason;
}

/** Every way the report falls short of the thresholds, in words; none when it holds. */
export function coverageFailures(report: CoverageReport, thresholds: CoverageThresholds): string[] {
  const failures: string[] = [];
  if (thresholds.min !== undefined && report.percent < thresholds.min) {
    failures.push(`${report.percent}% of the documented outcomes were hit, under --min ${thresholds.min}%`);
  }
  for (const entry of thresholds.require) {
    const candidates = report.operations.flatMap((operation) => operation.outcomes.filter((outcome) => matches(entry, outcome)));
    if (candidates.length === 0) failures.push(`--require ${entry}: no operation of the document has that outcome`);
    else if (!candidates.some((outcome) => outcome.hits > 0)) failures.push(`--require ${entry}: never hit`);
  }
  return failures;
}

const missingOf = (operation: CoverageReport['operations'][number]) =>
  operation.outcomes.filter((outcome) => outcome.hits === 0).map((outcome) => outcome.outcome);

function heading(report: CoverageReport): string {
  const since =
    report.since.mark === null ? `the last reset (${report.since.time})` : `mark ${report.since.mark} (${report.since.time})`;
  const filter = [report.appId && `app ${report.appId}`, report.organizationId && `clinic ${report.organizationId}`]
    .filter(Boolean)
    .join(', ');
  return `${report.hit} of ${report.applicable} documented outcomes hit (${report.percent}%) since ${since}${filter ? `, ${filter}` : ''}`;
}

function leastPrivilegeLines(report: CoverageReport): string[] {
  return report.apps.flatMap((app) => [
    `${app.appId} (${app.name}): ${app.requests} requests; holds ${app.heldScopes.join(', ') || 'nothing'}; used ${app.usedScopes.join(', ') || 'nothing'}; unused ${app.unusedScopes.join(', ') || 'nothing'}`,
    ...app.findings.map((finding) => `  - ${finding}`),
  ]);
}

/** A fixed-width table for a terminal. */
function table(report: CoverageReport, failures: string[]): string {
  const rows = report.operations.map((operation) => [
    `${operation.method} ${operation.path}`,
    `${operation.hit}/${operation.applicable}`,
    `${operation.percent}%`,
    missingOf(operation).join(', ') || '-',
  ]);
  const header = ['operation', 'hit', '%', 'not hit'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [
    `max-sandbox coverage: ${heading(report)}`,
    '',
    line(header),
    ...rows.map(line),
    '',
    'Least privilege:',
    ...leastPrivilegeLines(report).map((text) => `  ${text}`),
    ...(failures.length > 0 ? ['', 'FAILED:', ...failures.map((failure) => `  ${failure}`)] : []),
  ].join('\n');
}

/** A GitHub-flavoured Markdown summary (`$GITHUB_STEP_SUMMARY`). */
function markdown(report: CoverageReport, failures: string[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '## max-sandbox coverage',
    '',
    heading(report),
    '',
    '| Operation | Hit | % | Not hit |',
    '| --- | --- | --- | --- |',
    ...report.operations.map(
      (operation) =>
        `| \`${operation.method} ${cell(operation.path)}\` | ${operation.hit}/${operation.applicable} | ${operation.percent}% | ${
          missingOf(operation)
            .map((id) => `\`${id}\``)
            .join(', ') || '-'
        } |`,
    ),
    '',
    '### Least privilege',
    '',
    ...leastPrivilegeLines(report).map((text) => (text.startsWith('  - ') ? `  ${text.trimStart()}` : `- ${text}`)),
    ...(failures.length > 0 ? ['', '### Failed', '', ...failures.map((failure) => `- ${failure}`)] : []),
    '',
  ].join('\n');
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JUnit XML: one test case per operation and outcome, skipped when never hit (a gap to see, not a
 * failure), and one `thresholds` case that fails when --min or --require does not hold.
 */
function junit(report: CoverageReport, failures: string[]): string {
  const cases = report.operations.flatMap((operation) =>
    operation.outcomes.map((outcome) => {
      const open = `    <testcase classname="${xml(`coverage.${operation.operationId}`)}" name="${xml(outcome.outcome)}"`;
      return outcome.hits > 0 ? `${open}/>` : `${open}>\n      <skipped message="not exercised"/>\n    </testcase>`;
    }),
  );
  const thresholds =
    failures.length === 0
      ? '    <testcase classname="coverage" name="thresholds"/>'
      : `    <testcase classname="coverage" name="thresholds">\n      <failure message="${xml(failures.join('; '))}"/>\n    </testcase>`;
  const total = cases.length + 1;
  const skipped = report.applicable - report.hit;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="max-sandbox coverage" tests="${total}" failures="${failures.length > 0 ? 1 : 0}" skipped="${skipped}">`,
    `  <testsuite name="max-sandbox coverage" tests="${total}" failures="${failures.length > 0 ? 1 : 0}" skipped="${skipped}">`,
    ...cases,
    thresholds,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** The report in the chosen format, with the failures of its thresholds. */
export function formatCoverage(report: CoverageReport, failures: string[], format: CoverageFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ ...report, failures }, null, 2);
    case 'markdown':
      return markdown(report, failures);
    case 'junit':
      return junit(report, failures);
    default:
      return table(report, failures);
  }
}
