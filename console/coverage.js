// @ts-check
/**
 * Coverage: which documented outcomes of every /v3 operation the requests since the last reset
 * hit, and the scopes each app's keys hold that no successful request used.
 */
import { byId, fill, h } from './dom.js';
import { pollPanel } from './poll.js';

/** @typedef {import('../src/contract/schemas.js').CoverageReport} CoverageReport */

const COVERAGE_POLL_MS = 3000;

export function startCoverage() {
  pollPanel(
    COVERAGE_POLL_MS,
    '/_sandbox/coverage',
    (/** @type {CoverageReport} */ report) =>
      JSON.stringify([report.operations.map((o) => o.outcomes.map((x) => x.hits > 0)), report.apps]),
    draw,
  );
}

/** @param {CoverageReport} report */
function draw(report) {
  byId('coverage-summary', HTMLElement).textContent =
    `${report.hit} of ${report.applicable} documented outcomes hit (${report.percent}%) since ${report.since.time.slice(0, 19)}Z`;
  fill(
    byId('coverage-rows', HTMLTableSectionElement),
    report.operations.map((operation) =>
      h(
        'tr',
        { 'data-operation-id': operation.operationId },
        h('th', { scope: 'row' }, `${operation.method} ${operation.path}`),
        h('td', {}, `${operation.hit}/${operation.applicable}`),
        h(
          'td',
          { class: 'outcomes' },
          operation.outcomes.map((outcome) =>
            h(
              'span',
              {
                class: outcome.hits > 0 ? 'outcome hit' : 'outcome',
                title: `${outcome.outcome}: ${outcome.hits > 0 ? `hit ${outcome.hits} times` : 'not hit'}`,
                'data-outcome': outcome.outcome,
                'data-hit': String(outcome.hits > 0),
              },
              outcome.outcome,
            ),
          ),
        ),
      ),
    ),
  );
  fill(
    byId('coverage-scopes', HTMLElement),
    report.apps.map((app) =>
      h(
        'li',
        { 'data-app-id': app.appId },
        h('strong', {}, app.name),
        ` (${app.requests} requests): `,
        app.unusedScopes.length === 0
          ? 'every scope its keys hold was used'
          : `holds ${app.unusedScopes.join(', ')}, which no request used`,
      ),
    ),
  );
}
