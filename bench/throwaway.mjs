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
const START_TIMEOUT_MS = 20_000;

/** Starts the sandbox on a free loopback port; resolves with its URL, pid and a stop function. */
async function startSandbox() {
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=4', CLI, '--port', '0', '--host', '127.0.0.1', '--rate-limit', '1000000000'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
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
    return { fresh, end: memoryOf(sandbox.pid), seconds };
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

console.log(`
| measure | value |
|---|---|
| create + first list, median (p95) | ${first.medianMs.toFixed(1)} ms (${first.p95Ms.toFixed(1)} ms) |
| ${CLINICS} created, used, deleted: RSS fresh -> end | ${mb(deleted.fresh.rssMb)} -> ${mb(deleted.end.rssMb)} (+${mb(deleted.end.rssMb - deleted.fresh.rssMb)}; ${deleted.seconds.toFixed(1)} s) |
| ${CLINICS} created, used, kept: peak RSS | ${mb(kept.end.peakMb)} (RSS at end ${mb(kept.end.rssMb)}; ${kept.seconds.toFixed(1)} s) |

Each clinic: POST /_sandbox/organizations with the world's record counts, then one
GET /v3/<resource>?pageSize=20 of each of ${RESOURCES.length} resources with its own key; node ${process.version}.`);
