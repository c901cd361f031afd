import { deriveCases } from '../conformance/cases.js';
import { formatReport } from '../conformance/report.js';
import { runCases } from '../conformance/run.js';
import { loadSpec } from '../openapi/load-spec.js';
import type { ConformanceSettings } from './conformance-options.js';

/** Derives the cases from the shipped document, runs them, prints the table; the exit code. */
export async function runConformance(settings: ConformanceSettings): Promise<number> {
  const cases = deriveCases(loadSpec(), settings);
  console.log(`max-sandbox conformance: ${cases.length} cases against ${settings.baseUrl}\n`);
  const results = await runCases(cases, settings);
  console.log(formatReport(results));
  return results.some((result) => result.outcome === 'fail') ? 1 : 0;
}
