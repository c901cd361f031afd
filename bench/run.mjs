#!/usr/bin/env node
// Benchmark: the sandbox (dist/cli/main.js) against a bare node:http server that
// sends the same bytes (bench/bare-server.mjs).
//
// Usage
//   npm run bench                      # builds, then runs this script
//   node bench/run.mjs                 # if dist/ is already built
//
// Requires `wrk` on PATH (Debian/Ubuntu: apt-get install -y wrk) and Linux
// /proc for RSS figures. Everything binds to and talks to 127.0.0.1 only.
//
// Environment overrides
//   BENCH_DURATION=10        measured wrk time per server, seconds ("10" or "10s"),
//                            split into BENCH_ROUNDS runs
//   BENCH_ROUNDS=5           alternating sandbox/bare wrk runs per server
//   BENCH_CONNECTIONS=50     wrk connections (one wrk thread)
//   BENCH_WARMUP=2           warm-up wrk run per server before the rounds, seconds (0 = none)
//   BENCH_STARTUP_RUNS=5     fresh processes per server for the start-up measurement
//   BENCH_STARTUP_TIMEOUT_MS=20000  give up on a server that is not serving 200 by then
//   BENCH_SANDBOX_CMD="node /path/to/dist/cli/main.js"
//                            command that starts the sandbox instead of
//                            package.json's `start` script; the script appends
//                            `--port 0 --host 127.0.0.1 --rate-limit 1000000000`.
//
// What it measures
//   1. Start-up: spawn -> first 200 of the authorized GET /v3/patients?pageSize=20
//      (polled every 5 ms once the `http://127.0.0.1:<port>` line is printed),
//      BENCH_STARTUP_RUNS fresh processes per server; median and min.
//   2. Throughput: both servers run at once; after a warm-up of each, wrk loads
//      them in BENCH_ROUNDS alternating rounds (sandbox, bare, then bare, sandbox,
//      ...), each round D/ROUNDS seconds. The ratio is the median of the rounds'
//      ratios, each from two runs seconds apart: on a shared machine whose speed
//      drifts by a third within a minute, two 10 s runs one after the other
//      measured the drift as much as the servers (0.49-0.81 for one build).
//      Requests/sec and p99 are medians over rounds; non-2xx counts are summed.
//      Server CPU time per request (utime + stime from /proc) is reported too.
//   3. Memory: VmRSS a moment after start-up (idle) and peak RSS (VmHWM, with
//      VmRSS sampled every 100 ms during the measured rounds) per server process.
//
// Targets (from the issue): sandbox requests/s >= 0.6x bare; sandbox start-up to
// first 200 < 300 ms (median); sandbox peak RSS < 100 MB (MB = 10^6 bytes).
// The table marks each PASS or MISSED; results also go to .bench/results.json.
// Exit code: 0 when the report was produced (even with MISSED targets), 1 when
// the benchmark itself could not run or the sandbox answered non-2xx under load.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The sandbox with its request lines off (on by default in the CLI): the bench measures the request flow, not the log. */
const QUIET_ENV = { ...process.env, MAX_SANDBOX_LOG_REQUESTS: 'false' };
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const API_KEY = 'max_prd_ak_FullAccess0000000000000000000001';
const ORG_ID = '7e2c8cfe-b7a9-4deb-986d-e7012589e72b';
const REQUEST_PATH = '/v3/patients?pageSize=20';
const AUTH_HEADERS = { Authorization: `Bearer ${API_KEY}`, 'X-Organization-Id': ORG_ID };
const URL_RE = /http:\/\/127\.0\.0\.1:(\d+)/g;
const SERVER_ARGS = ['--port', '0', '--host', HOST, '--rate-limit', '1000000000'];

const TARGETS = { rpsRatioMin: 0.6, startupMsMax: 300, peakRssMbMax: 100, resetMsMax: 50 };

const STARTUP_POLL_MS = 5;
const STARTUP_TIMEOUT_MS = Number(process.env.BENCH_STARTUP_TIMEOUT_MS ?? 20_000);
const STOP_GRACE_MS = 3_000;
const IDLE_SETTLE_MS = 500;
const RSS_SAMPLE_MS = 100;

// ---------------------------------------------------------------- config

class BenchError extends Error {}

function envSeconds(name, fallback, { allowZero = false } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const m = /^\s*(\d+)\s*(s|m)?\s*$/.exec(raw);
  if (!m) throw new BenchError(`${name}=${JSON.stringify(raw)}: expected whole seconds, e.g. 10 or 10s (or 1m)`);
  const seconds = Number(m[1]) * (m[2] === 'm' ? 60 : 1);
  if (seconds === 0 && !allowZero) throw new BenchError(`${name} must be at least 1 second`);
  return seconds;
}

function envInt(name, fallback, min) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < min) {
    throw new BenchError(`${name}=${JSON.stringify(raw)}: expected an integer >= ${min}`);
  }
  return Number(raw);
}

/** Minimal shell-like split: whitespace separated, '...' and "..." quoting. */
function splitCommand(text) {
  const out = [];
  let current = '';
  let quote = null;
  let has = false;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has) out.push(current);
      current = '';
      has = false;
    } else {
      current += ch;
      has = true;
    }
  }
  if (quote) throw new BenchError(`BENCH_SANDBOX_CMD has an unclosed ${quote} quote`);
  if (has) out.push(current);
  return out;
}

function readConfig() {
  const durationS = envSeconds('BENCH_DURATION', 10);
  const rounds = envInt('BENCH_ROUNDS', 5, 1);
  if (durationS < rounds)
    throw new BenchError(`BENCH_DURATION=${durationS} gives less than 1 s per round for BENCH_ROUNDS=${rounds}`);
  const warmupS = envSeconds('BENCH_WARMUP', 2, { allowZero: true });
  const connections = envInt('BENCH_CONNECTIONS', 50, 1);
  const startupRuns = envInt('BENCH_STARTUP_RUNS', 5, 1);

  let sandboxCmd;
  const override = process.env.BENCH_SANDBOX_CMD;
  if (override && override.trim() !== '') {
    sandboxCmd = splitCommand(override);
    if (sandboxCmd.length === 0) throw new BenchError('BENCH_SANDBOX_CMD is empty');
  } else {
    const cli = path.join(ROOT, 'dist', 'cli', 'main.js');
    if (!fs.existsSync(cli)) {
      throw new BenchError(
        `${path.relative(process.cwd(), cli) || cli} not found: run \`npm run build\` first (npm run bench does it)`,
      );
    }
    // Measure the sandbox as `npm start` runs it (same node flags), without npm's own start-up.
    const start = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts?.start ?? 'node dist/cli/main.js';
    const words = splitCommand(start);
    if (words[0] !== 'node') throw new BenchError(`package.json scripts.start must run node, not '${start}'`);
    sandboxCmd = [process.execPath, ...words.slice(1)];
  }
  return { durationS, rounds, roundS: Math.round(durationS / rounds), warmupS, connections, startupRuns, sandboxCmd };
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

// ------------------------------------------------------- child processes

const children = new Set();
let tmpDir = null;
let interrupted = false;

function isAlive(child) {
  return child.exitCode === null && child.signalCode === null;
}

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.once('error', () => children.delete(child));
  return child;
}

/** SIGTERM, wait up to STOP_GRACE_MS, then SIGKILL. Resolves with how it ended. */
async function stopChild(child) {
  if (!isAlive(child)) return { code: child.exitCode, signal: child.signalCode, forced: false };
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  const result = await Promise.race([exited, sleep(STOP_GRACE_MS).then(() => null)]);
  if (result) return { ...result, forced: false };
  child.kill('SIGKILL');
  const killed = await exited;
  return { ...killed, forced: true };
}

async function stopAll() {
  await Promise.all([...children].map((child) => stopChild(child).catch(() => {})));
}

function removeTmpDir() {
  if (tmpDir) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    tmpDir = null;
  }
}

// Last resort: never leave a child behind, whatever path the process exits by.
process.on('exit', () => {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  removeTmpDir();
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n[bench] ${signal}: stopping ${children.size} child process(es)`);
    const hardExit = setTimeout(() => process.exit(130), STOP_GRACE_MS + 1_000);
    hardExit.unref();
    stopAll().finally(() => {
      removeTmpDir();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  });
}

/** Keeps only the last `max` characters of a stream (for error messages), draining it. */
function tail(stream, max = 8_192) {
  const state = { text: '' };
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    state.text = (state.text + chunk).slice(-max);
  });
  return state;
}

// ------------------------------------------------------------------ http

function httpGet(port, requestPath, headers, timeoutMs = 2_000) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, path: requestPath, method: 'GET', headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`GET ${requestPath} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

// ---------------------------------------------------------- server start

/**
 * Spawns a server, waits for its `http://127.0.0.1:<port>` line, then polls the
 * authorized GET every STARTUP_POLL_MS until it answers 200.
 * Times are measured from just before spawn().
 */
async function startServer(label, argv) {
  const [command, ...args] = argv;
  const t0 = performance.now();
  const child = track(spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: QUIET_ENV }));
  const stderr = tail(child.stderr);
  const stdout = { text: '' };
  let port = null;
  let urlMs = null;
  let exitInfo = null;
  let spawnError = null;

  child.on('error', (err) => {
    spawnError = err;
  });
  // 'close' (not 'exit') so that stdout/stderr are fully read before we report.
  child.once('close', (code, signal) => {
    exitInfo = { code, signal };
  });

  const describe = () =>
    `${label} (${argv.join(' ')})` +
    (stdout.text.trim() ? `\n--- stdout (tail) ---\n${stdout.text.trim()}` : '') +
    (stderr.text.trim() ? `\n--- stderr (tail) ---\n${stderr.text.trim()}` : '');

  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    stdout.text = (stdout.text + chunk).slice(-8_192);
    if (port === null) {
      for (const m of stdout.text.matchAll(URL_RE)) {
        const p = Number(m[1]);
        if (p > 0 && p < 65_536) {
          port = p;
          urlMs = performance.now() - t0;
          break;
        }
      }
    }
  });

  // Wait for the URL line.
  while (port === null) {
    if (spawnError) throw new BenchError(`could not spawn ${describe()}: ${spawnError.message}`);
    if (exitInfo)
      throw new BenchError(
        `${label} exited (code ${exitInfo.code}, signal ${exitInfo.signal}) before printing its URL: ${describe()}`,
      );
    if (performance.now() - t0 > STARTUP_TIMEOUT_MS) {
      throw new BenchError(`${label} printed no http://127.0.0.1:<port> line within ${STARTUP_TIMEOUT_MS} ms: ${describe()}`);
    }
    await sleep(1);
  }

  // Poll until the first 200.
  let last = 'no attempt';
  for (;;) {
    if (exitInfo)
      throw new BenchError(
        `${label} exited (code ${exitInfo.code}, signal ${exitInfo.signal}) before its first 200 (last: ${last}): ${describe()}`,
      );
    try {
      const res = await httpGet(port, REQUEST_PATH, AUTH_HEADERS);
      if (res.status === 200) {
        const firstOkMs = performance.now() - t0;
        return { child, port, urlMs, firstOkMs, response: res, stderr, stdout };
      }
      last = `HTTP ${res.status} ${res.body.toString('utf8').slice(0, 200)}`;
    } catch (err) {
      last = err.code ?? err.message;
    }
    if (performance.now() - t0 > STARTUP_TIMEOUT_MS) {
      throw new BenchError(
        `${label} gave no 200 for GET ${REQUEST_PATH} within ${STARTUP_TIMEOUT_MS} ms (last: ${last}): ${describe()}`,
      );
    }
    await sleep(STARTUP_POLL_MS);
  }
}

// ------------------------------------------------------------------- RSS

function readProcStatus(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => {
      const m = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
      return m ? Number(m[1]) : null;
    };
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null; // no /proc (not Linux) or process gone
  }
}

/** CPU time a process has used, user and system, in ms (Linux reports it in USER_HZ = 100 ticks/s). */
function readCpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const kbToMb = (kb) => (kb === null || kb === undefined ? null : (kb * 1024) / 1e6);

class RssSampler {
  constructor(pid) {
    this.pid = pid;
    this.maxRssKb = null;
    this.samples = 0;
    this.timer = setInterval(() => this.sample(), RSS_SAMPLE_MS);
  }
  sample() {
    const s = readProcStatus(this.pid);
    if (!s || s.rssKb === null) return s;
    this.samples += 1;
    this.maxRssKb = Math.max(this.maxRssKb ?? 0, s.rssKb);
    return s;
  }
  reset() {
    this.maxRssKb = null;
    this.samples = 0;
    this.sample();
  }
  stop() {
    clearInterval(this.timer);
    return this.sample();
  }
}

// ------------------------------------------------------------------- wrk

const TIME_UNITS_MS = { us: 0.001, ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

function toMs(value, unit) {
  const factor = TIME_UNITS_MS[unit];
  if (factor === undefined) throw new BenchError(`unknown wrk time unit ${JSON.stringify(unit)}`);
  return Number(value) * factor;
}

function parseWrk(text) {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
  const p99 = /^\s*99(?:\.0+)?%\s+([\d.]+)\s*(us|ms|s|m|h)\b/m.exec(text);
  const p50 = /^\s*50(?:\.0+)?%\s+([\d.]+)\s*(us|ms|s|m|h)\b/m.exec(text);
  const latency = /^\s*Latency\s+([\d.]+)(us|ms|s|m|h)\s+([\d.]+)(us|ms|s|m|h)\s+([\d.]+)(us|ms|s|m|h)/m.exec(text);
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m|h), ([\d.]+)(\w+) read/.exec(text);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  if (!rps || !p99 || !total) {
    throw new BenchError(`could not parse wrk output:\n${text}`);
  }
  return {
    requestsPerSec: Number(rps[1]),
    requests: Number(total[1]),
    elapsedMs: toMs(total[2], total[3]),
    read: `${total[4]}${total[5]}`,
    latencyMs: {
      avg: latency ? toMs(latency[1], latency[2]) : null,
      stdev: latency ? toMs(latency[3], latency[4]) : null,
      max: latency ? toMs(latency[5], latency[6]) : null,
      p50: p50 ? toMs(p50[1], p50[2]) : null,
      p99: toMs(p99[1], p99[2]),
    },
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: sock
      ? { connect: Number(sock[1]), read: Number(sock[2]), write: Number(sock[3]), timeout: Number(sock[4]) }
      : { connect: 0, read: 0, write: 0, timeout: 0 },
  };
}

async function runWrk(wrkPath, port, durationS, connections) {
  const args = [
    '-t1',
    `-c${connections}`,
    `-d${durationS}s`,
    '--latency',
    '-H',
    `Authorization: Bearer ${API_KEY}`,
    '-H',
    `X-Organization-Id: ${ORG_ID}`,
    `http://${HOST}:${port}${REQUEST_PATH}`,
  ];
  const child = track(spawn(wrkPath, args, { stdio: ['ignore', 'pipe', 'pipe'] }));
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  const err = tail(child.stderr);
  // wrk bounds itself with -d; this is a guard in case it hangs anyway.
  const guard = setTimeout(() => child.kill('SIGKILL'), (durationS + 30) * 1_000);
  const { code, signal } = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve({ code: c, signal: s }));
  });
  clearTimeout(guard);
  if (code !== 0) {
    throw new BenchError(`wrk exited with code ${code} signal ${signal}\n${out}${err.text}`);
  }
  return { ...parseWrk(out), raw: out };
}

async function wrkVersion(wrkPath) {
  return new Promise((resolve) => {
    const child = spawn(wrkPath, ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    child.on('error', () => resolve(null));
    child.on('exit', () => resolve(text.split('\n')[0].trim() || null));
  });
}

// ------------------------------------------------------------- phases

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function measureStartup(label, argv, runs, onFirstResponse) {
  const samples = [];
  for (let i = 1; i <= runs; i++) {
    const s = await startServer(label, argv);
    if (i === 1 && onFirstResponse) onFirstResponse(s.response);
    const stop = await stopChild(s.child);
    samples.push({ urlMs: s.urlMs, firstOkMs: s.firstOkMs, stop });
    const note = stop.forced ? '  (did not exit within 3 s of SIGTERM: SIGKILLed)' : '';
    console.log(
      `[bench] start-up ${label} ${i}/${runs}: URL line ${s.urlMs.toFixed(1)} ms, first 200 ${s.firstOkMs.toFixed(1)} ms${note}`,
    );
    await sleep(50);
  }
  const first200 = samples.map((s) => s.firstOkMs);
  return {
    runs,
    medianMs: median(first200),
    minMs: Math.min(...first200),
    maxMs: Math.max(...first200),
    urlLineMedianMs: median(samples.map((s) => s.urlMs)),
    samples,
  };
}

/**
 * Throughput and memory of every server, in alternating rounds: each round loads each server once,
 * in the order of the round before reversed, so that a server never always goes first.
 */
async function measureLoad(servers, wrkPath, config) {
  const started = [];
  try {
    for (const { label, argv } of servers) started.push({ label, s: await startServer(label, argv) });
    await sleep(IDLE_SETTLE_MS);
    for (const entry of started) {
      entry.idle = readProcStatus(entry.s.child.pid);
      entry.sampler = new RssSampler(entry.s.child.pid);
      entry.rounds = [];
    }
    for (const entry of started) {
      entry.warmup = null;
      if (config.warmupS === 0) continue;
      console.log(`[bench] load ${entry.label}: warm-up ${config.warmupS} s`);
      entry.warmup = await runWrk(wrkPath, entry.s.port, config.warmupS, config.connections);
    }
    for (const entry of started) entry.sampler.reset();
    console.log(`[bench] load: ${config.rounds} rounds of ${config.roundS} s per server, ${config.connections} connections`);
    for (let round = 0; round < config.rounds; round++) {
      const order = round % 2 === 0 ? started : [...started].reverse();
      const line = [];
      for (const entry of order) {
        const cpuBefore = readCpuMs(entry.s.child.pid);
        const run = await runWrk(wrkPath, entry.s.port, config.roundS, config.connections);
        const cpuAfter = readCpuMs(entry.s.child.pid);
        const cpuUsPerRequest =
          cpuBefore === null || cpuAfter === null || run.requests === 0 ? null : ((cpuAfter - cpuBefore) * 1_000) / run.requests;
        entry.rounds.push({ ...run, cpuUsPerRequest });
        line.push(`${entry.label} ${run.requestsPerSec.toFixed(0)} req/s`);
      }
      console.log(`[bench] round ${round + 1}/${config.rounds}: ${line.join(', ')}`);
    }
    const results = {};
    for (const entry of started) {
      const end = entry.sampler.stop();
      const pid = entry.s.child.pid;
      const processAlive = isAlive(entry.s.child);
      const reset = entry.label === 'sandbox' ? await measureReset(entry.s.port) : null;
      const stop = await stopChild(entry.s.child);
      const run = summariseRounds(entry.rounds);
      console.log(
        `[bench] load ${entry.label}: median ${run.requestsPerSec.toFixed(0)} req/s, p99 ${run.latencyMs.p99.toFixed(2)} ms, ` +
          `non-2xx ${run.non2xx}, peak RSS ${fmtMb(kbToMb(end?.hwmKb))}`,
      );
      results[entry.label] = {
        pid,
        port: entry.s.port,
        warmup: entry.warmup && {
          requestsPerSec: entry.warmup.requestsPerSec,
          non2xx: entry.warmup.non2xx,
          socketErrors: entry.warmup.socketErrors,
        },
        run,
        rounds: entry.rounds.map(({ raw, ...round }) => round),
        wrkOutput: entry.rounds.map((round) => round.raw),
        processAliveAfterLoad: processAlive,
        reset,
        stop,
        rss: {
          idleMb: kbToMb(entry.idle?.rssKb),
          peakMb: kbToMb(end?.hwmKb), // VmHWM: high-water mark over the process lifetime
          maxSampledDuringLoadMb: kbToMb(entry.sampler.maxRssKb),
          samplesDuringLoad: entry.sampler.samples,
        },
      };
    }
    return results;
  } finally {
    for (const entry of started) {
      entry.sampler?.stop();
      if (isAlive(entry.s.child)) await stopChild(entry.s.child);
    }
  }
}

/** One figure per measure over the rounds: medians of rates and latency, sums of counts. */
function summariseRounds(rounds) {
  const sum = (pick) => rounds.reduce((total, round) => total + pick(round), 0);
  const cpu = rounds.map((round) => round.cpuUsPerRequest).filter((value) => value !== null);
  return {
    requestsPerSec: median(rounds.map((round) => round.requestsPerSec)),
    requests: sum((round) => round.requests),
    latencyMs: { p99: median(rounds.map((round) => round.latencyMs.p99)) },
    non2xx: sum((round) => round.non2xx),
    socketErrors: {
      connect: sum((round) => round.socketErrors.connect),
      read: sum((round) => round.socketErrors.read),
      write: sum((round) => round.socketErrors.write),
      timeout: sum((round) => round.socketErrors.timeout),
    },
    cpuUsPerRequest: cpu.length === 0 ? null : median(cpu),
  };
}

/**
 * POST /_sandbox/reset after the world was changed (a throwaway clinic with generated records,
 * a revoked key, a fault, the clock moved): the time a test suite pays to reset before each test.
 */
async function measureReset(port, runs = 20) {
  const base = `http://${HOST}:${port}/_sandbox`;
  const post = (route, body) =>
    fetch(`${base}${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body && JSON.stringify(body),
    });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const created = await (await post('/organizations', {})).json();
    await fetch(`http://${HOST}:${port}${REQUEST_PATH}`, {
      headers: { Authorization: `Bearer ${created.keys[0].key}`, 'X-Organization-Id': created.organization.id },
    }).then((r) => r.arrayBuffer());
    await post('/keys/key_prd_full_access/revoke');
    await post('/faults', { status: 500, match: { path: '/v3/bills' } });
    await post('/clock', { advanceSeconds: 3600 });
    const started = performance.now();
    const response = await post('/reset');
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new BenchError(`POST /_sandbox/reset answered ${response.status}`);
  }
  return { medianMs: median(times), maxMs: Math.max(...times), runs };
}

// ------------------------------------------------------------- report

function fmtMs(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return 'n/a';
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

function fmtUs(us) {
  return us === null ? 'n/a' : `${us.toFixed(1)} us`;
}

function fmtMb(mb) {
  return mb === null || mb === undefined ? 'n/a' : `${mb.toFixed(1)} MB`;
}

function fmtRps(v) {
  return `${Math.round(v).toLocaleString('en-US')} req/s`;
}

function renderTable(rows) {
  const header = ['metric', 'sandbox', 'bare node:http', 'ratio / target', 'result'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const sep = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), sep, ...rows.map(line)].join('\n');
}

const verdict = (pass) => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISSED');

// ---------------------------------------------------------------- main

async function main() {
  const wrkPath = findOnPath('wrk');
  if (!wrkPath) {
    console.error('wrk is not installed: apt-get install -y wrk');
    return 1;
  }
  const config = readConfig();
  const startedAt = new Date();
  const sandboxArgv = [...config.sandboxCmd, ...SERVER_ARGS];

  console.log(`[bench] sandbox: ${sandboxArgv.join(' ')}`);
  console.log(
    `[bench] wrk: -t1 -c${config.connections} -d${config.durationS}s (warm-up ${config.warmupS} s); ` +
      `start-up runs: ${config.startupRuns}`,
  );

  // 1. Start-up of the sandbox; the first run also captures the reference response.
  let reference = null;
  const sandboxStartup = await measureStartup('sandbox', sandboxArgv, config.startupRuns, (res) => {
    reference = res;
  });

  const contentType = reference.headers['content-type'];
  try {
    JSON.parse(reference.body.toString('utf8'));
  } catch {
    console.warn(`[bench] WARNING: sandbox body for GET ${REQUEST_PATH} is not valid JSON`);
  }

  // 2. The bare server sends the same status, content-type and body bytes.
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'max-sandbox-bench-'));
  const bodyFile = path.join(tmpDir, 'body');
  fs.writeFileSync(bodyFile, reference.body);
  const bareArgv = [
    process.execPath,
    path.join(ROOT, 'bench', 'bare-server.mjs'),
    '--port',
    '0',
    '--host',
    HOST,
    '--body-file',
    bodyFile,
    '--status',
    String(reference.status),
    ...(contentType ? ['--content-type', contentType] : []),
  ];
  console.log(
    `[bench] reference response: ${reference.status}, ${contentType ?? 'no content-type'}, ${reference.body.length} body bytes`,
  );
  const bareStartup = await measureStartup('bare', bareArgv, config.startupRuns);

  // 3 + 4. Throughput and memory, both servers in alternating rounds.
  const { sandbox: sandboxLoad, bare: bareLoad } = await measureLoad(
    [
      { label: 'sandbox', argv: sandboxArgv },
      { label: 'bare', argv: bareArgv },
    ],
    wrkPath,
    config,
  );
  const sandboxBad = sandboxLoad.run.non2xx + (sandboxLoad.warmup?.non2xx ?? 0);
  if (sandboxBad > 0) {
    throw new BenchError(
      `sandbox answered ${sandboxBad} non-2xx responses under load (warm-up ${sandboxLoad.warmup?.non2xx ?? 0}, ` +
        `measured ${sandboxLoad.run.non2xx}); the throughput figure would be meaningless.\n${sandboxLoad.wrkOutput.join('\n')}`,
    );
  }

  // 5. Report.
  const roundRatios = sandboxLoad.rounds.map((round, i) => round.requestsPerSec / bareLoad.rounds[i].requestsPerSec);
  const rpsRatio = median(roundRatios);
  const p99Ratio = sandboxLoad.run.latencyMs.p99 / bareLoad.run.latencyMs.p99;
  const sandboxCpu = sandboxLoad.run.cpuUsPerRequest;
  const bareCpu = bareLoad.run.cpuUsPerRequest;
  const cpuRatio = sandboxCpu === null || bareCpu === null ? null : bareCpu / sandboxCpu;
  const startupRatio = sandboxStartup.medianMs / bareStartup.medianMs;
  const peak = sandboxLoad.rss.peakMb;

  const checks = {
    requestsPerSecRatio: { value: rpsRatio, target: `>= ${TARGETS.rpsRatioMin}`, pass: rpsRatio >= TARGETS.rpsRatioMin },
    startupMedianMs: {
      value: sandboxStartup.medianMs,
      target: `< ${TARGETS.startupMsMax}`,
      pass: sandboxStartup.medianMs < TARGETS.startupMsMax,
    },
    peakRssMb: { value: peak, target: `< ${TARGETS.peakRssMbMax}`, pass: peak === null ? null : peak < TARGETS.peakRssMbMax },
    resetMedianMs: {
      value: sandboxLoad.reset.medianMs,
      target: `< ${TARGETS.resetMsMax}`,
      pass: sandboxLoad.reset.medianMs < TARGETS.resetMsMax,
    },
    sandboxNon2xx: { value: sandboxLoad.run.non2xx, target: '0', pass: sandboxLoad.run.non2xx === 0 },
  };

  const sockErr = (e) => e.connect + e.read + e.write + e.timeout;
  const rows = [
    [
      `requests/s, median of ${config.rounds} rounds`,
      fmtRps(sandboxLoad.run.requestsPerSec),
      fmtRps(bareLoad.run.requestsPerSec),
      `${rpsRatio.toFixed(2)}x (target >= ${TARGETS.rpsRatioMin}x)`,
      verdict(checks.requestsPerSecRatio.pass),
    ],
    [
      'server CPU per request, median',
      fmtUs(sandboxCpu),
      fmtUs(bareCpu),
      cpuRatio === null ? '-' : `${cpuRatio.toFixed(2)}x of bare's speed (no target)`,
      'info',
    ],
    [
      'p99 latency',
      fmtMs(sandboxLoad.run.latencyMs.p99),
      fmtMs(bareLoad.run.latencyMs.p99),
      `${p99Ratio.toFixed(2)}x (no target)`,
      'info',
    ],
    [
      'non-2xx responses',
      String(sandboxLoad.run.non2xx),
      String(bareLoad.run.non2xx),
      'target 0',
      verdict(checks.sandboxNon2xx.pass),
    ],
    [
      'socket errors',
      String(sockErr(sandboxLoad.run.socketErrors)),
      String(sockErr(bareLoad.run.socketErrors)),
      '(no target)',
      'info',
    ],
    [
      `start-up to first 200, median of ${config.startupRuns}`,
      fmtMs(sandboxStartup.medianMs),
      fmtMs(bareStartup.medianMs),
      `${startupRatio.toFixed(2)}x (target < ${TARGETS.startupMsMax} ms)`,
      verdict(checks.startupMedianMs.pass),
    ],
    [
      `start-up to first 200, min of ${config.startupRuns}`,
      fmtMs(sandboxStartup.minMs),
      fmtMs(bareStartup.minMs),
      '(no target)',
      'info',
    ],
    ['idle RSS after start-up', fmtMb(sandboxLoad.rss.idleMb), fmtMb(bareLoad.rss.idleMb), '(no target)', 'info'],
    [
      'peak RSS (VmHWM)',
      fmtMb(peak),
      fmtMb(bareLoad.rss.peakMb),
      `target < ${TARGETS.peakRssMbMax} MB`,
      verdict(checks.peakRssMb.pass),
    ],
    [
      `POST /_sandbox/reset, median of ${sandboxLoad.reset.runs} (max)`,
      `${fmtMs(sandboxLoad.reset.medianMs)} (${fmtMs(sandboxLoad.reset.maxMs)})`,
      '-',
      `target < ${TARGETS.resetMsMax} ms`,
      verdict(checks.resetMedianMs.pass),
    ],
  ];

  console.log('');
  console.log(renderTable(rows));
  console.log('');
  console.log(
    `wrk -t1 -c${config.connections}, ${config.rounds} alternating rounds of ${config.roundS} s per server after a ${config.warmupS} s warm-up; ` +
      `GET ${REQUEST_PATH} (${reference.body.length} body bytes); MB = 10^6 bytes; ` +
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'})`,
  );
  console.log(`rounds' ratios (sandbox / bare req/s): ${roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')}`);
  for (const [label, load] of [
    ['sandbox', sandboxLoad],
    ['bare', bareLoad],
  ]) {
    if (sockErr(load.run.socketErrors) > 0) {
      console.log(`WARNING: ${label} had socket errors under load: ${JSON.stringify(load.run.socketErrors)}`);
    }
  }
  if (sandboxStartup.samples.some((s) => s.stop.forced) || sandboxLoad.stop.forced) {
    console.log('WARNING: the sandbox did not exit within 3 s of SIGTERM at least once (it was SIGKILLed)');
  }
  if (peak === null) console.log('NOTE: RSS figures need Linux /proc; peak RSS not checked.');

  const missed = Object.entries(checks)
    .filter(([, c]) => c.pass === false)
    .map(([k]) => k);
  console.log('');
  if (missed.length === 0) console.log('All targets met.');
  else console.log(`MISSED: ${missed.join(', ')}`);

  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform} ${os.release()} ${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      wrk: await wrkVersion(wrkPath),
    },
    config: {
      durationS: config.durationS,
      rounds: config.rounds,
      roundS: config.roundS,
      warmupS: config.warmupS,
      connections: config.connections,
      wrkThreads: 1,
      startupRuns: config.startupRuns,
      startupPollMs: STARTUP_POLL_MS,
      rssSampleMs: RSS_SAMPLE_MS,
      request: { method: 'GET', path: REQUEST_PATH },
      sandboxCommand: sandboxArgv,
      bareCommand: bareArgv.map((a) => (a === bodyFile ? '<tmp body file>' : a)),
      mbIs: 1e6,
    },
    reference: {
      status: reference.status,
      contentType: contentType ?? null,
      bodyBytes: reference.body.length,
      sandboxHeaders: reference.headers,
    },
    targets: TARGETS,
    checks,
    missed,
    sandbox: {
      startup: sandboxStartup,
      load: sandboxLoad,
      roundRatios,
    },
    bare: {
      startup: bareStartup,
      load: bareLoad,
    },
  };
  const outDir = path.join(ROOT, '.bench');
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, 'results.json');
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Results written to ${path.relative(process.cwd(), outFile) || outFile}`);
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  // After Ctrl-C the children die under us; their errors are just noise.
  if (!interrupted) console.error(`\n[bench] FAILED: ${err instanceof BenchError ? err.message : (err?.stack ?? err)}`);
  exitCode = 1;
} finally {
  await stopAll();
  removeTmpDir();
}
process.exitCode = exitCode;
