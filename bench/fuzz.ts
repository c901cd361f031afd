// The long fuzz run (issue "Proof under fire"): FUZZ_REQUESTS requests (100,000 by default) from
// the same generator as test/fuzz.test.ts, in-process against the built app (dist/), so it checks
// what ships. Run with `npm run fuzz`, which builds first; FUZZ_SEED picks another sequence.
//
// Prints a status x X-Sandbox-Reason table, the count of 5xx and of responses that break the
// contract (with the first few requests that did), and fails (exit 1) on either.
//
// It is a vitest file only to load the TypeScript generator; bench/fuzz.config.ts runs it alone.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeRequest, type FuzzOutcome, fold, sendAndCheck } from '../test/support/fuzz-check.js';
import { fuzzRequest } from '../test/support/fuzz-requests.js';
import { gatherWorld } from '../test/support/fuzz-world.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
const SEQUENCES_PER_BATCH = 500;
const SHOWN_VIOLATIONS = 10;

async function loadBuilt<T>(relative: string): Promise<T> {
  return (await import(pathToFileURL(path.join(ROOT, 'dist', relative)).href)) as T;
}

it(`${REQUESTS} fuzzed requests against dist/: no 5xx, every error the documented body`, async () => {
  const { createApp } = await loadBuilt<typeof import('../src/app.js')>('app.js');
  const { createSandbox } = await loadBuilt<typeof import('../src/sandbox.js')>('sandbox.js');
  const { Clock } = await loadBuilt<typeof import('../src/world/clock.js')>('world/clock.js');
  // The same frozen instant and rate limit as the suite's fuzz test, so a failure here replays there.
  const sandbox = createSandbox({
    config: { rateLimit: 1_000_000 },
    clock: new Clock(() => Date.parse('2026-06-01T12:00:00.000Z')),
  });
  const app = createApp(sandbox);
  const world = await gatherWorld(app);
  const sequences = fc.array(fuzzRequest(sandbox.spec, world), { minLength: 1, maxLength: 3 });

  const table = new Map<string, number>();
  const violations: string[] = [];
  let sent = 0;
  let serverErrors = 0;
  const started = performance.now();
  const count = (outcome: FuzzOutcome) => {
    const row = `${outcome.status} ${outcome.reason}`;
    table.set(row, (table.get(row) ?? 0) + 1);
    if (outcome.status >= 500) serverErrors++;
  };
  for (let batch = 0; sent < REQUESTS; batch++) {
    for (const sequence of fc.sample(sequences, { numRuns: SEQUENCES_PER_BATCH, seed: SEED + batch })) {
      // Each sequence starts from the seeded world, as in the suite: no run inherits another's faults or keys.
      sandbox.reset();
      for (const [index, request] of sequence.entries()) {
        if (sent >= REQUESTS) break;
        const outcome = await sendAndCheck(app, sandbox.spec, request);
        sent++;
        count(outcome);
        if (outcome.violation) {
          // The requests before it in its sequence: the state it met came from them.
          const steps = sequence.slice(0, index + 1).map((sent) => describeRequest(sent));
          violations.push(`${fold(outcome.violation).slice(0, 500)}\n${steps.map((step) => `      ${step}`).join('\n')}`);
        }
      }
    }
    if (batch % 20 === 19) process.stderr.write(`fuzz: ${sent} requests\n`);
  }
  const seconds = (performance.now() - started) / 1000;

  const rows = [...table].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const width = Math.max(...rows.map(([row]) => row.length));
  const lines = [
    `fuzz: ${sent} requests in ${seconds.toFixed(1)} s (seed ${SEED})`,
    '',
    `${'status reason'.padEnd(width)}  count`,
    ...rows.map(([row, n]) => `${row.padEnd(width)}  ${String(n).padStart(6)}`),
    '',
    `5xx: ${serverErrors}`,
    `contract violations: ${violations.length}`,
    ...violations.slice(0, SHOWN_VIOLATIONS).map((violation) => `  - ${violation}`),
  ];
  console.log(lines.join('\n'));
  expect(serverErrors, '5xx').toBe(0);
  expect(violations.length, 'contract violations').toBe(0);
}, 3_600_000);
