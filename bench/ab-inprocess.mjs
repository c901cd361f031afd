#!/usr/bin/env node
// A/B in one process: two builds' apps loaded side by side, answering the same requests through
// `app.request()` in alternating batches, with the CPU time of each batch. For effects too small
// for bench/ab.mjs to see on a shared machine: batches of a few milliseconds interleave the two
// builds so finely that the machine's drift falls on both, where wrk's rounds of seconds do not.
// It measures the sandbox's own code without the HTTP server, whose cost is the same in both: a
// difference here in µs per request is what the same change adds to bench/ab.mjs's figure.
//
// Usage
//   node bench/ab-inprocess.mjs <dir A> <dir B>    # each a checkout with dist/ built; A is the baseline
//
// Environment overrides
//   AB_BATCHES=60      batches per build, alternating (A B, then B A, ...)
//   AB_BATCH=500       requests per batch
//   AB_MIX=default     bench | default | varied | soap: the targets cycled through (as in bench/ab.mjs)

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEY, median, mixFromEnv, ORG } from './common.mjs';

const BATCHES = Number(process.env.AB_BATCHES ?? 60);
const BATCH = Number(process.env.AB_BATCH ?? 500);
const { name: MIX, targets } = mixFromEnv();

const dirs = process.argv.slice(2).map((dir) => path.resolve(dir));
if (dirs.length !== 2) {
  console.error('usage: node bench/ab-inprocess.mjs <baseline dir> <candidate dir>');
  process.exit(2);
}

async function load(dir) {
  const lib = await import(pathToFileURL(path.join(dir, 'dist/index.js')).href);
  const sandbox = lib.createSandbox({ config: { rateLimit: 1_000_000_000 } });
  return { app: lib.createApp(sandbox), next: 0 };
}

const headers = { Authorization: `Bearer ${KEY}`, 'X-Organization-Id': ORG };

/** CPU µs per request over one batch; every answer read to the end, as a client would. */
async function batch(server) {
  const before = process.cpuUsage();
  for (let i = 0; i < BATCH; i++) {
    const target = targets[server.next++ % targets.length];
    const response = await server.app.request(`http://127.0.0.1${target}`, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${target}: ${response.status}`);
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / BATCH;
}

const servers = { A: await load(dirs[0]), B: await load(dirs[1]) };
// Warm-up: every target answered once by each, and the JIT settled.
for (let i = 0; i < 4; i++) for (const server of Object.values(servers)) await batch(server);
const samples = { A: [], B: [] };
for (let round = 0; round < BATCHES; round++) {
  for (const label of round % 2 ? ['B', 'A'] : ['A', 'B']) samples[label].push(await batch(servers[label]));
}
// Pairs taken in the same round: their ratio cancels what the machine did meanwhile.
const ratios = samples.B.map((b, i) => b / samples.A[i]);
console.log(
  JSON.stringify({
    mix: MIX,
    batches: BATCHES,
    batch: BATCH,
    cpuUsA: Number(median(samples.A).toFixed(2)),
    cpuUsB: Number(median(samples.B).toFixed(2)),
    cpuRatioBA: Number(median(ratios).toFixed(3)),
    cpuRatioQuartiles: [0.25, 0.75].map((q) =>
      Number([...ratios].sort((a, b) => a - b)[Math.floor(q * ratios.length)].toFixed(3)),
    ),
  }),
);
