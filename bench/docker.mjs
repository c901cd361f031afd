#!/usr/bin/env node
// Benchmark: the Docker image and the testcontainers fixture.
//
// Usage
//   npm run bench:docker              # builds dist/ (the fixture is imported from it), then this
//   node bench/docker.mjs             # if dist/ is already built
//
// Needs a Docker engine. Without a registry (these machines), first:
//   NODE_BASE_TAGS="node:24-slim node:24-alpine" bash ../shared/docker/engine.sh start
//   eval "$(bash ../shared/docker/engine.sh env)"   # testcontainers: no Ryuk, ports on 127.0.0.1
//
// Environment overrides
//   BENCH_DOCKER_RUNS=5       fresh containers per measurement; median and min are reported
//   BENCH_DOCKER_IMAGE=max-sandbox-bench   the tag to build and measure
//   BENCH_DOCKER_BUILD=1      0: measure an image already built under that tag
//
// What it measures
//   1. The image: `docker build --network host` of the Dockerfile (time) and its size.
//   2. `docker run` to first 200: from spawning `docker run -d -p 127.0.0.1::6290` to the first
//      200 of the authorised GET /v3/patients?pageSize=1 (polled every 5 ms), then how long
//      `docker stop` takes.
//   3. The fixture: `new MaxSandboxContainer(image).start()` to resolved (health answered 200),
//      then the first authorised 200 through getBaseUrl().
//
// Targets (from the issue): image < 200 MB (MB = 10^6 bytes; on the real node:24-alpine base,
// this machine's stand-in base is smaller), docker run to first 200 < 1 s, fixture start < 1.5 s
// (medians). Results also go to .bench/docker.json. Exit code 0 when the report was produced
// (even with MISSED targets), 1 when the benchmark could not run.

import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { median } from './common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMAGE = process.env.BENCH_DOCKER_IMAGE ?? 'max-sandbox-bench';
const RUNS = Number(process.env.BENCH_DOCKER_RUNS ?? 5);
const BUILD = process.env.BENCH_DOCKER_BUILD !== '0';
const HEADERS = {
  Authorization: 'Bearer max_prd_ak_FullAccess0000000000000000000001',
  'X-Organization-Id': '7e2c8cfe-b7a9-4deb-986d-e7012589e72b',
};
const DATA_PATH = '/v3/patients?pageSize=1';
const POLL_MS = 5;
const TIMEOUT_MS = 30_000;
const TARGETS = { imageMb: 200, runToFirst200Ms: 1000, fixtureStartMs: 1500 };

class BenchError extends Error {}

function docker(args, { timeout = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { cwd: ROOT, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new BenchError(`docker ${args.join(' ')}: ${stderr.trim() || error.message}`));
      else resolve(stdout.trim());
    });
  });
}

async function first200(url, started) {
  while (performance.now() - started < TIMEOUT_MS) {
    try {
      const response = await fetch(url, { headers: HEADERS, signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not up yet
    }
    await sleep(POLL_MS);
  }
  throw new BenchError(`${url} gave no 200 within ${TIMEOUT_MS} ms`);
}

const ms = (value) => `${Math.round(value)} ms`;

async function buildImage() {
  const started = performance.now();
  // Streams the build log, so a cold `npm ci` inside it is visibly progressing.
  await new Promise((resolve, reject) => {
    const child = spawn('docker', ['build', '--network', 'host', '--tag', IMAGE, '.'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BenchError(`docker build exited with ${code}`))));
  });
  return performance.now() - started;
}

async function dockerRunOnce() {
  const started = performance.now();
  const id = await docker(['run', '--detach', '--publish', '127.0.0.1::6290', IMAGE]);
  try {
    const port = /127\.0\.0\.1:(\d+)/.exec(await docker(['port', id, '6290/tcp']))?.[1];
    if (!port) throw new BenchError(`container ${id} has no loopback port for 6290/tcp`);
    const ready = await first200(`http://127.0.0.1:${port}${DATA_PATH}`, started);
    const stopping = performance.now();
    await docker(['stop', '--time', '10', id]);
    const stop = performance.now() - stopping;
    const exitCode = Number(await docker(['inspect', '--format', '{{.State.ExitCode}}', id]));
    return { ready, stop, exitCode };
  } finally {
    await docker(['rm', '--force', id]).catch(() => undefined);
  }
}

async function fixtureStartOnce(MaxSandboxContainer) {
  const started = performance.now();
  const sandbox = await new MaxSandboxContainer(IMAGE).start();
  try {
    const ready = performance.now() - started;
    const firstData = await first200(`${sandbox.getBaseUrl()}${DATA_PATH}`, performance.now());
    return { ready, firstData };
  } finally {
    await sandbox.stop();
  }
}

async function main() {
  if (!Number.isInteger(RUNS) || RUNS < 1)
    throw new BenchError(`BENCH_DOCKER_RUNS must be a positive integer, not ${process.env.BENCH_DOCKER_RUNS}`);
  await docker(['version', '--format', '{{.Server.Version}}']).catch((error) => {
    throw new BenchError(`no Docker engine (${error.message}); on these machines: bash ../shared/docker/engine.sh start`);
  });
  const fixtureModule = path.join(ROOT, 'dist/testing/testcontainers.js');
  if (!fs.existsSync(fixtureModule))
    throw new BenchError(`${fixtureModule} is missing: npm run build first (npm run bench:docker does)`);
  const { MaxSandboxContainer } = await import(fixtureModule);

  const buildMs = BUILD ? await buildImage() : null;
  const size = Number(await docker(['image', 'inspect', '--format', '{{.Size}}', IMAGE]));
  const base = /^ARG NODE_IMAGE=(\S+)$/m.exec(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8'))?.[1];
  const baseSize = base ? Number(await docker(['image', 'inspect', '--format', '{{.Size}}', base]).catch(() => NaN)) : NaN;

  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await dockerRunOnce());
  const starts = [];
  for (let i = 0; i < RUNS; i++) starts.push(await fixtureStartOnce(MaxSandboxContainer));

  const result = {
    image: IMAGE,
    runs: RUNS,
    buildMs,
    imageBytes: size,
    baseImage: base,
    baseImageBytes: baseSize,
    dockerRun: {
      firstOkMs: runs.map((r) => r.ready),
      stopMs: runs.map((r) => r.stop),
      exitCodes: runs.map((r) => r.exitCode),
    },
    fixture: { startMs: starts.map((s) => s.ready), firstOkAfterStartMs: starts.map((s) => s.firstData) },
  };
  const imageMb = size / 1e6;
  const runMedian = median(result.dockerRun.firstOkMs);
  const startMedian = median(result.fixture.startMs);
  const verdict = (ok) => (ok ? 'PASS' : 'MISSED');
  const rows = [
    [
      'image size',
      `${imageMb.toFixed(1)} MB (base ${base}: ${(baseSize / 1e6).toFixed(1)} MB, app ${((size - baseSize) / 1e6).toFixed(1)} MB)`,
      `< ${TARGETS.imageMb} MB`,
      verdict(imageMb < TARGETS.imageMb),
    ],
    [
      'docker run -> first 200',
      `median ${ms(runMedian)}, min ${ms(Math.min(...result.dockerRun.firstOkMs))}`,
      `< ${TARGETS.runToFirst200Ms} ms`,
      verdict(runMedian < TARGETS.runToFirst200Ms),
    ],
    [
      'docker stop',
      `median ${ms(median(result.dockerRun.stopMs))}, exit codes ${[...new Set(result.dockerRun.exitCodes)].join(',')}`,
      '',
      '',
    ],
    [
      'fixture start() -> ready',
      `median ${ms(startMedian)}, min ${ms(Math.min(...result.fixture.startMs))}`,
      `< ${TARGETS.fixtureStartMs} ms`,
      verdict(startMedian < TARGETS.fixtureStartMs),
    ],
    ['ready -> first data 200', `median ${ms(median(result.fixture.firstOkAfterStartMs))}`, '', ''],
  ];
  if (buildMs !== null) rows.unshift(['docker build', ms(buildMs), '', '']);
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nmax-sandbox Docker benchmark (${RUNS} runs each; image ${IMAGE})\n`);
  for (const row of rows)
    console.log(`  ${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padEnd(widths[2])}  ${row[3]}`);
  console.log('\n  (size: the stand-in base on machines without a registry differs from the real node image)');
  fs.mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, '.bench/docker.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error) => {
  console.error(`bench:docker: ${error instanceof BenchError ? error.message : error.stack}`);
  if (/registry|pull|proxyconnect/i.test(String(error?.message)) && process.env.TESTCONTAINERS_RYUK_DISABLED !== 'true') {
    console.error(
      'bench:docker: testcontainers could not pull its Ryuk reaper image. Where no registry is reachable, run\n' +
        '  eval "$(bash ../shared/docker/engine.sh env)"   (or export TESTCONTAINERS_RYUK_DISABLED=true)',
    );
  }
  process.exit(1);
});
