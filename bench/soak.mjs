#!/usr/bin/env node
// Soak: the built CLI at saturation with mixed traffic, to show that memory stays flat whatever
// clients send (issue "Proof under fire", item 4).
//
// Usage
//   npm run soak                       # builds, then runs this script
//   SOAK_SECONDS=30 node bench/soak.mjs
//
// Requires `wrk` on PATH (apt-get install -y wrk) and Linux /proc. Starts dist/cli/main.js with
// package.json's `start` node flags on 127.0.0.1 (free port, --rate-limit 1000000000) and talks to
// nothing else. Bounded: wrk runs for SOAK_SECONDS and is killed 30 s after that at the latest.
//
// Environment overrides
//   SOAK_SECONDS=60          length of the wrk run
//   SOAK_WARMUP_SECONDS=10   RSS "after warm-up" is read this long into the run
//   SOAK_CONNECTIONS=32      keep-alive connections, one per wrk thread: with one connection a
//                            thread's responses come back in the order of its requests, so the
//                            Lua script knows the status each response must have
//   SOAK_LONG_EVERY=100      one request in this many carries a unique 16 to 60 KB query string
//
// Traffic (wrk Lua, each request's expected status known from what it sends): lists of patients,
// appointments, providers, notes, bills, claims over pages 1..80 and page sizes 1..100 (200);
// unique long query strings (200, with a warning); a revoked key and no key (401); a key without
// the scope, and a clinic without the app (403); an unknown patient id and an unknown path (404).
//
// Prints throughput, p99, responses by status, unexpected statuses, and RSS at start, after the
// warm-up and at the end, with the peak (VmHWM). Targets: zero unexpected statuses; RSS growth
// after warm-up under 10 %; peak under 128 MB (MB = 10^6 bytes). Exit code 1 when the soak could
// not run or a status was unexpected; 0 otherwise (missed memory targets are reported, not fatal).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
const TARGETS = { rssGrowthMax: 0.1, peakRssMbMax: 128 };

function envInt(name, fallback, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${JSON.stringify(raw)}: expected an integer from ${min} to ${max}`);
  }
  return value;
}

const SECONDS = envInt('SOAK_SECONDS', 60, 5, 3600);
const WARMUP_SECONDS = envInt('SOAK_WARMUP_SECONDS', 10, 1, SECONDS - 1);
const CONNECTIONS = envInt('SOAK_CONNECTIONS', 32, 1, 256);
const LONG_EVERY = envInt('SOAK_LONG_EVERY', 100, 2, 1_000_000);

/** The wrk script: a deterministic mix per thread, each response checked against what was sent. */
const LUA = String.raw`
local FULL = "Bearer max_prd_ak_FullAccess0000000000000000000001"
local PATIENTS_ONLY = "Bearer max_prd_ak_PatientsOnly00000000000000000001"
local REVOKED = "Bearer max_prd_ak_Revoked0000000000000000000000001"
local SUNRISE = "7e2c8cfe-b7a9-4deb-986d-e7012589e72b"
local MESA = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
local LONG_EVERY = ${LONG_EVERY}
local SIZES = { 1, 2, 5, 10, 20, 25, 50, 100 }
local LISTS = { "patients", "appointments", "providers", "notes", "bills", "claims", "facilities" }

local threads = {}
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local n = 0
local expected = 0
sent = {}
got = {}
unexpected = 0
unexpected_detail = ""

local function list_path(k)
  local resource = LISTS[(k % #LISTS) + 1]
  local page = (math.floor(k / 7) % 80) + 1
  local size = SIZES[(math.floor(k / 560) % #SIZES) + 1]
  local path = "/v3/" .. resource .. "?page=" .. page .. "&pageSize=" .. size
  if resource == "notes" and k % 2 == 0 then path = path .. "&includeSoapNote=true" end
  return path
end

function request()
  n = n + 1
  local k = n * 131 + id * 7919
  local headers = { ["Authorization"] = FULL, ["X-Organization-Id"] = SUNRISE }
  local path
  local kind = n % 20
  if n % LONG_EVERY == 0 then
    -- A query string no other request sends, 16 to 60 KB.
    local length = 16000 + (k % 44000)
    path = "/v3/patients?pageSize=1&note=" .. id .. "-" .. n .. "-" .. string.rep("x", length)
    expected = 200
  elseif kind == 14 then
    headers["Authorization"] = REVOKED
    path = list_path(k)
    expected = 401
  elseif kind == 15 then
    headers["Authorization"] = nil
    path = list_path(k)
    expected = 401
  elseif kind == 16 then
    headers["Authorization"] = PATIENTS_ONLY
    path = "/v3/appointments?page=" .. ((k % 50) + 1)
    expected = 403
  elseif kind == 17 then
    headers["X-Organization-Id"] = MESA
    path = list_path(k)
    expected = 403
  elseif kind == 18 then
    path = string.format("/v3/patients/pat_%032d", k)
    expected = 404
  elseif kind == 19 then
    path = "/v3/no-such-resource/" .. (k % 1000)
    expected = 404
  else
    path = list_path(k)
    expected = 200
  end
  sent[expected] = (sent[expected] or 0) + 1
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  got[status] = (got[status] or 0) + 1
  if status ~= expected then
    unexpected = unexpected + 1
    if #unexpected_detail < 2000 then
      unexpected_detail = unexpected_detail .. expected .. "->" .. status .. " "
    end
  end
end

function done(summary, latency, requests)
  local total_unexpected = 0
  local details = ""
  local by_status = {}
  local by_expected = {}
  for _, thread in ipairs(threads) do
    total_unexpected = total_unexpected + thread:get("unexpected")
    details = details .. thread:get("unexpected_detail")
    for status, count in pairs(thread:get("got")) do by_status[status] = (by_status[status] or 0) + count end
    for status, count in pairs(thread:get("sent")) do by_expected[status] = (by_expected[status] or 0) + count end
  end
  local function encode(t)
    local parts = {}
    for k, v in pairs(t) do table.insert(parts, '"' .. k .. '":' .. v) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  io.write("SOAK_RESULT {")
  io.write('"requests":' .. summary.requests .. ',')
  io.write('"durationUs":' .. summary.duration .. ',')
  io.write('"p50Us":' .. latency:percentile(50) .. ',')
  io.write('"p99Us":' .. latency:percentile(99) .. ',')
  io.write('"maxUs":' .. latency.max .. ',')
  io.write('"socketErrors":' .. (summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout) .. ',')
  io.write('"unexpected":' .. total_unexpected .. ',')
  io.write('"unexpectedDetail":"' .. details .. '",')
  io.write('"byStatus":' .. encode(by_status) .. ',')
  io.write('"sentByExpected":' .. encode(by_expected))
  io.write("}\n")
end
`;

/** The command `npm start` runs, without npm: the same node flags. */
function sandboxCommand() {
  const cli = path.join(ROOT, 'dist', 'cli', 'main.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli/main.js not found: run `npm run build` first (npm run soak does it)');
  const start = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts?.start ?? 'node dist/cli/main.js';
  const words = start.split(/\s+/).filter(Boolean);
  if (words[0] !== 'node') throw new Error(`package.json scripts.start must run node, not '${start}'`);
  return [process.execPath, ...words.slice(1), '--port', '0', '--host', HOST, '--rate-limit', '1000000000'];
}

function procStatus(pid) {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { rssMb: (kb('VmRSS') * 1024) / 1e6, hwmMb: (kb('VmHWM') * 1024) / 1e6 };
}

async function startSandbox(argv) {
  const [command, ...args] = argv;
  // Request lines off (on by default in the CLI): a soak measures memory, not a growing pipe.
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, MAX_SANDBOX_LOG_REQUESTS: 'false' },
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start in 20 s:\n${output}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited with ${code}:\n${output}`));
    });
  });
  child.stdout.resume();
  return { child, url };
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs wrk to its end (or kills it 30 s after it should have ended); resolves with its output. */
function runWrk(url, scriptFile) {
  const args = [
    '-t',
    String(CONNECTIONS),
    '-c',
    String(CONNECTIONS),
    '-d',
    `${SECONDS}s`,
    '--timeout',
    '10s',
    '-s',
    scriptFile,
    url,
  ];
  const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const guard = setTimeout(() => child.kill('SIGKILL'), (SECONDS + 30) * 1000);
  return {
    child,
    done: new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => {
        clearTimeout(guard);
        if (code !== 0) reject(new Error(`wrk exited with ${code}:\n${stdout}\n${stderr}`));
        else resolve(stdout);
      });
    }),
  };
}

async function main() {
  const argv = sandboxCommand();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'max-sandbox-soak-'));
  const scriptFile = path.join(tmp, 'soak.lua');
  fs.writeFileSync(scriptFile, LUA);
  console.log(`[soak] sandbox: ${argv.join(' ')}`);
  console.log(`[soak] wrk: ${CONNECTIONS} threads x 1 connection, ${SECONDS} s; RSS after warm-up at ${WARMUP_SECONDS} s`);
  const { child, url } = await startSandbox(argv);
  try {
    await sleep(500);
    const start = procStatus(child.pid);
    const wrk = runWrk(url, scriptFile);
    let warm = null;
    let maxAfterWarm = 0;
    const samples = [];
    const began = Date.now();
    const sampler = setInterval(() => {
      const { rssMb } = procStatus(child.pid);
      const atS = (Date.now() - began) / 1000;
      samples.push([atS, rssMb]);
      if (atS >= WARMUP_SECONDS) {
        if (warm === null) warm = rssMb;
        maxAfterWarm = Math.max(maxAfterWarm, rssMb);
      }
    }, 250);
    let output;
    try {
      output = await wrk.done;
    } finally {
      clearInterval(sampler);
    }
    const end = procStatus(child.pid);
    const line = /^SOAK_RESULT (.*)$/m.exec(output);
    if (!line) throw new Error(`no result line in wrk's output:\n${output}`);
    const result = JSON.parse(line[1]);
    const seconds = result.durationUs / 1e6;
    const growth = warm === null ? null : (end.rssMb - warm) / warm;
    const checks = {
      unexpectedStatuses: result.unexpected === 0,
      rssGrowthAfterWarmup: growth !== null && growth < TARGETS.rssGrowthMax,
      peakRss: end.hwmMb < TARGETS.peakRssMbMax,
    };
    const mb = (value) => `${value.toFixed(1)} MB`;
    console.log('');
    console.log(
      `requests            ${result.requests} in ${seconds.toFixed(1)} s: ${(result.requests / seconds).toFixed(0)} requests/s`,
    );
    console.log(
      `latency             p50 ${(result.p50Us / 1000).toFixed(2)} ms, p99 ${(result.p99Us / 1000).toFixed(2)} ms, max ${(result.maxUs / 1000).toFixed(1)} ms`,
    );
    console.log(
      `responses by status ${JSON.stringify(result.byStatus)} (sent, by expected status: ${JSON.stringify(result.sentByExpected)})`,
    );
    console.log(
      `unexpected statuses ${result.unexpected}${result.unexpected ? ` (${result.unexpectedDetail.trim()})` : ''} (target 0)`,
    );
    console.log(`socket errors       ${result.socketErrors}`);
    console.log(`RSS at start        ${mb(start.rssMb)}`);
    console.log(`RSS after warm-up   ${warm === null ? 'n/a' : mb(warm)} (at ${WARMUP_SECONDS} s)`);
    console.log(
      `RSS at the end      ${mb(end.rssMb)}, growth after warm-up ${growth === null ? 'n/a' : `${(growth * 100).toFixed(1)} %`} (target < ${TARGETS.rssGrowthMax * 100} %)`,
    );
    console.log(`RSS max after warm-up ${mb(maxAfterWarm)}`);
    console.log(`peak RSS (VmHWM)    ${mb(end.hwmMb)} (target < ${TARGETS.peakRssMbMax} MB)`);
    console.log(
      `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; MB = 10^6 bytes`,
    );
    const missed = Object.entries(checks)
      .filter(([, pass]) => !pass)
      .map(([name]) => name);
    console.log(missed.length === 0 ? 'All targets met.' : `MISSED: ${missed.join(', ')}`);
    const outDir = path.join(ROOT, '.bench');
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(
      path.join(outDir, 'soak.json'),
      `${JSON.stringify({ at: new Date().toISOString(), config: { SECONDS, WARMUP_SECONDS, CONNECTIONS, LONG_EVERY }, result, rss: { start, warm, end, maxAfterWarm, samples }, checks }, null, 2)}\n`,
    );
    return result.unexpected === 0 ? 0 : 1;
  } finally {
    await stop(child);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`[soak] FAILED: ${error.message}`);
  process.exitCode = 1;
}
