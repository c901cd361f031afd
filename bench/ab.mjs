#!/usr/bin/env node
// A/B benchmark: two builds of the sandbox side by side on the same machine, to tell whether a
// change (say, a cache removed) costs throughput, CPU per request or start-up.
//
// Usage
//   node bench/ab.mjs <dir A> <dir B>     # each a checkout with dist/ built; A is the baseline
//
// Environment overrides
//   AB_ROUNDS=8        alternating rounds (A B, then B A, ...), each AB_ROUND_S seconds per build
//   AB_ROUND_S=3
//   AB_CONNECTIONS=20  wrk connections (one wrk thread)
//   AB_STARTS=6        fresh processes per build for start-up, alternating
//   AB_MIX=default     bench | default | soap | varied: which request mix wrk sends (see MIXES in bench/common.mjs)
//
// Both builds run at once and wrk loads them in alternating rounds, so that the drift of a shared
// machine falls on both; every figure is a median over rounds, and the B/A ratio is the median of
// the rounds' ratios. CPU per request is the server's utime + stime (/proc) over its requests.
// Start-up is spawn -> first 200 of GET /v3/patients?pageSize=20, alternating A and B.
// Everything binds to and talks to 127.0.0.1 only; wrk bounds every run with -d.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { FIRST, KEY, median, mixFromEnv, ORG } from './common.mjs';

const HOST = '127.0.0.1';
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const ROUNDS = env('AB_ROUNDS', 8);
const ROUND_S = env('AB_ROUND_S', 3);
const CONNECTIONS = env('AB_CONNECTIONS', 20);
const STARTS = env('AB_STARTS', 6);
const { name: MIX, targets } = mixFromEnv();

const [dirA, dirB] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!dirA || !dirB) {
  console.error('usage: node bench/ab.mjs <baseline dir> <candidate dir>');
  process.exit(2);
}

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function start(dir) {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=4',
      '--heap-growing-percent=30',
      path.join(dir, 'dist/cli/main.js'),
      '--port',
      '0',
      '--host',
      HOST,
      '--rate-limit',
      '1000000000',
    ],
    // Request lines off in both builds (on by default in the CLI since 0.1): the log is not what is measured.
    { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, MAX_SANDBOX_LOG_REQUESTS: 'false' } },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  child.stdout.setEncoding('utf8');
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`${dir} exited ${code} before its URL`)));
  });
  for (;;) {
    try {
      const res = await fetch(`http://${HOST}:${port}${FIRST}`, {
        headers: { Authorization: `Bearer ${KEY}`, 'X-Organization-Id': ORG },
      });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  return { child, port, firstOkMs: performance.now() - t0 };
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(3_000).then(() => child.kill('SIGKILL'))]);
}

function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function hwmMb(pid) {
  const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? (Number(m[1]) * 1024) / 1e6 : null;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ab-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const script = path.join(tmp, 'mix.lua');
fs.writeFileSync(
  script,
  `local paths = {${targets.map((target) => JSON.stringify(target)).join(',')}}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
`,
);

async function wrk(port, seconds) {
  const args = [
    '-t1',
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    '-s',
    script,
    '-H',
    `Authorization: Bearer ${KEY}`,
    '-H',
    `X-Organization-Id: ${ORG}`,
    `http://${HOST}:${port}/`,
  ];
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve) => child.once('exit', resolve));
  children.delete(child);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (non2xx > 0 || !requests) throw new Error(`wrk: ${non2xx} non-2xx\n${out}`);
  return { rps, requests };
}

// Start-up, alternating.
const startup = { A: [], B: [] };
for (let i = 0; i < STARTS; i++) {
  for (const [label, dir] of i % 2
    ? [
        ['B', dirB],
        ['A', dirA],
      ]
    : [
        ['A', dirA],
        ['B', dirB],
      ]) {
    const s = await start(dir);
    startup[label].push(s.firstOkMs);
    await stop(s.child);
  }
}

// Load, both running, alternating rounds.
const servers = { A: await start(dirA), B: await start(dirB) };
for (const s of Object.values(servers)) await wrk(s.port, 2);
const rounds = { A: [], B: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const label of round % 2 ? ['B', 'A'] : ['A', 'B']) {
    const { child, port } = servers[label];
    const before = cpuMs(child.pid);
    const run = await wrk(port, ROUND_S);
    rounds[label].push({ ...run, cpuUs: ((cpuMs(child.pid) - before) * 1_000) / run.requests });
  }
}
const peak = { A: hwmMb(servers.A.child.pid), B: hwmMb(servers.B.child.pid) };
for (const s of Object.values(servers)) await stop(s.child);

const ratios = rounds.B.map((b, i) => b.rps / rounds.A[i].rps);
const summary = {
  mix: MIX,
  rounds: ROUNDS,
  roundS: ROUND_S,
  connections: CONNECTIONS,
  rpsA: median(rounds.A.map((r) => r.rps)),
  rpsB: median(rounds.B.map((r) => r.rps)),
  rpsRatioBA: median(ratios),
  roundRatios: ratios.map((r) => Number(r.toFixed(3))),
  cpuUsA: median(rounds.A.map((r) => r.cpuUs)),
  cpuUsB: median(rounds.B.map((r) => r.cpuUs)),
  startupMsA: median(startup.A),
  startupMsB: median(startup.B),
  peakRssMbA: peak.A,
  peakRssMbB: peak.B,
};
console.log(JSON.stringify(summary));
