#!/usr/bin/env node
// Benchmark of throwaway clinics (issue 9): what a suite that makes one clinic per test costs.
//
// Usage
//   npm run bench:throwaway            # builds, then runs this script
//
// Starts the built CLI (dist/cli/main.js) on 127.0.0.1 and talks to nothing else. Bounded: a
// fixed number of clinics per phase, each request awaited before the next.
//
// Environment overrides
//   BENCH_CLINICS=1000      clinics per phase (phases 2 and 3)
//   BENCH_FIRST_LISTS=200   clinics timed for "create + first list" (phase 1)
//
// What it measures (each phase in a fresh sandbox process; RSS from /proc, MB = 10^6 bytes)
//   1. Creating a throwaway clinic plus its first list request (GET /v3/patients?pageSize=20
//      with the clinic's own key): median and p95.
//   2. BENCH_CLINICS clinics, each created, used for one list of every resource and deleted:
//      RSS at the end against the same process's RSS right after start.
//   3. BENCH_CLINICS clinics created and used the same way but kept: peak RSS (VmHWM).
//   After phases 2 and 3 the process is left idle until its RSS stops falling (V8 hands freed
//   pages back on idle), at most BENCH_SETTLE_MS=30000: both RSS values are printed.
//   4. BENCH_RECORDS records created at run time in a fixture clinic (patients with their
//      appointments), then POST /_sandbox/reset: its time, and the first list after it.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const RESOURCES = ['patients', 'appointments', 'providers', 'facilities', 'bills', 'claims', 'notes'];
const CLINICS = Number(process.env.BENCH_CLINICS ?? 1000);
const FIRST_LISTS = Number(process.env.BENCH_FIRST_LISTS ?? 200);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 1000);
const SUNRISE = '7e2c8cfe-b7a9-4deb-986d-e7012589e72b';
const FULL_ACCESS = { Authorization: 'Bearer max_prd_ak_FullAccess0000000000000000000001', 'X-Organization-Id': SUNRISE };
const START_TIMEOUT_MS = 20_000;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 30_000);

/** Starts the sandbox on a free loopback port; resolves with its URL, pid and a stop function. */
async function startSandbox() {
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=4',
      '--heap-growing-percent=30',
      CLI,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--rate-limit',
      '1000000000',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      // Request lines off (on by default in the CLI): the bench measures clinics, not the log.
      env: { ...process.env, MAX_SANDBOX_LOG_REQUESTS: 'false' },
    },
  );
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start in time:\n${output}`)), START_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}:\n${output}`)));
  });
  child.stdout.resume();
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** VmRSS and VmHWM of a process, in MB. */
function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: (kb('VmRSS') * 1024) / 1e6, peakMb: (kb('VmHWM') * 1024) / 1e6 };
}

async function call(url, init = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : undefined;
}

async function createClinic(base) {
  const clinic = await call(`${base}/_sandbox/organizations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  const headers = { Authorization: `Bearer ${clinic.keys[0].key}`, 'X-Organization-Id': clinic.organization.id };
  return { id: clinic.organization.id, headers };
}

async function useEveryList(base, clinic) {
  for (const resource of RESOURCES) await call(`${base}/v3/${resource}?pageSize=20`, { headers: clinic.headers });
}

/**
 * RSS once the process has been idle long enough for V8's memory reducer to hand freed pages
 * back (it starts 8 s into idleness): sampled each second until 12 s pass without a fall, at most
 * SETTLE_MS.
 */
async function settledMemory(pid) {
  const deadline = performance.now() + SETTLE_MS;
  let last = memoryOf(pid);
  let steady = 0;
  while (performance.now() < deadline && steady < 12) {
    await sleep(1000);
    const now = memoryOf(pid);
    steady = last.rssMb - now.rssMb < 0.5 ? steady + 1 : 0;
    last = now;
  }
  return last;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function phaseFirstList() {
  const sandbox = await startSandbox();
  try {
    const times = [];
    for (let i = 0; i < FIRST_LISTS; i++) {
      const started = performance.now();
      const clinic = await createClinic(sandbox.url);
      await call(`${sandbox.url}/v3/patients?pageSize=20`, { headers: clinic.headers });
      times.push(performance.now() - started);
      await call(`${sandbox.url}/_sandbox/organizations/${clinic.id}`, { method: 'DELETE' });
    }
    return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
  } finally {
    await sandbox.stop();
  }
}

async function phaseClinics({ remove }) {
  const sandbox = await startSandbox();
  try {
    await sleep(300);
    const fresh = memoryOf(sandbox.pid);
    const started = performance.now();
    for (let i = 0; i < CLINICS; i++) {
      const clinic = await createClinic(sandbox.url);
      await useEveryList(sandbox.url, clinic);
      if (remove) await call(`${sandbox.url}/_sandbox/organizations/${clinic.id}`, { method: 'DELETE' });
    }
    const seconds = (performance.now() - started) / 1000;
    await sleep(300);
    const end = memoryOf(sandbox.pid);
    // V8's memory reducer starts 8 s after the process goes idle.
    return { fresh, end, settled: await settledMemory(sandbox.pid), seconds };
  } finally {
    await sandbox.stop();
  }
}

async function phaseReset() {
  const sandbox = await startSandbox();
  try {
    const json = { method: 'POST', headers: { 'Content-Type': 'application/json' } };
    const base = `${sandbox.url}/_sandbox/organizations/${SUNRISE}`;
    const started = performance.now();
    // Half patients, half appointments of those patients: the appointments copy their patient.
    for (let i = 0; i < RECORDS / 2; i++) {
      const patient = await call(`${base}/patients`, { ...json, body: JSON.stringify({ lastName: `Bench${i}` }) });
      await call(`${base}/appointments`, { ...json, body: JSON.stringify({ patientId: patient.data.id }) });
    }
    const createSeconds = (performance.now() - started) / 1000;
    await call(`${sandbox.url}/v3/appointments?pageSize=20`, { headers: FULL_ACCESS });
    const resetStarted = performance.now();
    await call(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
    const resetMs = performance.now() - resetStarted;
    const listStarted = performance.now();
    await call(`${sandbox.url}/v3/appointments?pageSize=20`, { headers: FULL_ACCESS });
    return { createSeconds, resetMs, firstListMs: performance.now() - listStarted };
  } finally {
    await sandbox.stop();
  }
}

if (!fs.existsSync(CLI)) {
  console.error(`${CLI} is missing: run npm run build first (npm run bench:throwaway does)`);
  process.exit(1);
}
const mb = (value) => `${value.toFixed(1)} MB`;
console.log(`[bench] phase 1: create + first list, ${FIRST_LISTS} clinics`);
const first = await phaseFirstList();
console.log(`[bench] phase 2: ${CLINICS} clinics created, used and deleted`);
const deleted = await phaseClinics({ remove: true });
console.log(`[bench] phase 3: ${CLINICS} clinics created, used and kept`);
const kept = await phaseClinics({ remove: false });
console.log(`[bench] phase 4: ${RECORDS} records created at run time, then reset`);
const reset = await phaseReset();

console.log(`
| measure | value |
|---|---|
| create + first list, median (p95) | ${first.medianMs.toFixed(1)} ms (${first.p95Ms.toFixed(1)} ms) |
| ${CLINICS} created, used, deleted: RSS fresh -> end | ${mb(deleted.fresh.rssMb)} -> ${mb(deleted.end.rssMb)} (+${mb(deleted.end.rssMb - deleted.fresh.rssMb)}; ${deleted.seconds.toFixed(1)} s) |
| ... the same, settled (idle until RSS stops falling) | ${mb(deleted.settled.rssMb)} (+${mb(deleted.settled.rssMb - deleted.fresh.rssMb)}) |
| ${CLINICS} created, used, kept: peak RSS | ${mb(kept.end.peakMb)} (RSS at end ${mb(kept.end.rssMb)}, settled ${mb(kept.settled.rssMb)}; ${kept.seconds.toFixed(1)} s) |
| reset after ${RECORDS} run-time records | ${reset.resetMs.toFixed(1)} ms (then first list ${reset.firstListMs.toFixed(1)} ms; creating them took ${reset.createSeconds.toFixed(1)} s) |

Each clinic: POST /_sandbox/organizations with the world's record counts, then one
GET /v3/<resource>?pageSize=20 of each of ${RESOURCES.length} resources with its own key; node ${process.version}.`);
