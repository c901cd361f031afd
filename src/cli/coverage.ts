import type { CoverageReport } from '../contract/schemas.js';
import { coverageFailures, formatCoverage } from './coverage-format.js';
import type { CoverageSettings } from './coverage-options.js';

/** Reads the sandbox's coverage report, prints it in the chosen format; the exit code (1 when a threshold fails). */
export async function runCoverage(settings: CoverageSettings): Promise<number> {
  const query = new URLSearchParams();
  if (settings.appId !== undefined) query.set('appId', settings.appId);
  if (settings.organizationId !== undefined) query.set('organizationId', settings.organizationId);
  if (settings.since !== undefined) query.set('since', settings.since);
  const url = `${settings.baseUrl}/_sandbox/coverage${query.size > 0 ? `?${query}` : ''}`;
  const response = await fetch(url, {
    headers: settings.adminToken ? { 'X-Sandbox-Admin-Token': settings.adminToken } : {},
    signal: AbortSignal.timeout(settings.timeoutMs),
  }).catch((error: Error) => {
    throw new Error(`cannot read ${url}: ${error.cause instanceof Error ? error.cause.message : error.message}`);
  });
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // Not the sandbox's JSON error: show what came.
    }
    throw new Error(`GET ${url} answered ${response.status}: ${message}`);
  }
  const report = JSON.parse(text) as CoverageReport;
  const failures = coverageFailures(report, settings);
  console.log(formatCoverage(report, failures, settings.format));
  return failures.length > 0 ? 1 : 0;
}
