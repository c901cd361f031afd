/**
 * What the Docker suites share: whether an engine is there, the skip/fail rule, and building the
 * image once for all of them.
 *
 * Rule: with an engine, the suites run. Without one they are skipped with a message on a
 * developer machine, and fail under `CI=true` (CI must exercise the image).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The tag the README tells users to build, so its example runs unchanged. */
export const IMAGE = 'max-sandbox';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The tag `new MaxSandboxContainer()` runs when given no image. Built here with the docker CLI, so
 * the container module finds it and builds nothing: testcontainers' own build has no network
 * option, and engines whose containers have no route out cannot run its `npm install`.
 */
export const PACKAGE_IMAGE = `max-sandbox:${VERSION}`;

/** `docker build` and the first `npm ci` inside it can take a while on a cold cache. */
export const BUILD_TIMEOUT_MS = 600_000;

export const DOCKER_SKIP_MESSAGE = 'Docker suites skipped: no Docker engine. Start one (or install Docker) to enable them.';

/** `CI=true`: the Docker suites must run. */
export const inCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());

const probe = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8', timeout: 20_000 });
/** Why there is no engine, or null when there is one. */
const noEngine: string | null =
  probe.status === 0 ? null : (probe.error?.message ?? probe.stderr.trim().split('\n').pop() ?? `exit ${probe.status}`);

/** Run the Docker suites: an engine is there, or CI is, where they must fail without one. */
export const runDockerSuites = noEngine === null || inCi;

if (!runDockerSuites) console.warn(DOCKER_SKIP_MESSAGE);

/** Throws when there is no engine: under `CI=true` that is a failure, not a reason to skip. */
export function requireDocker(): void {
  if (noEngine !== null) {
    throw new Error(
      `CI=true and no Docker engine (${noEngine}). The Docker suites must run in CI: start an engine before the tests.`,
    );
  }
}

/** Runs the docker CLI; rejects with its stderr. */
export function docker(args: string[], options: { timeout?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'docker',
      args,
      { cwd: ROOT, timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`docker ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout.trim());
      },
    );
  });
}

/** The official base the Dockerfile starts from (its `ARG NODE_IMAGE` default). */
export const BASE_IMAGE = /^ARG NODE_IMAGE=(\S+)$/m.exec(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))?.[1] ?? 'unknown';

/**
 * Builds the image from the Dockerfile, as a user would (`--network host` lets `npm ci` reach
 * the registry on engines whose containers have no route out). The test files run in parallel
 * workers: a lock directory lets one build while the others wait, then their own build is all
 * cache hits.
 */
export async function buildImage(): Promise<void> {
  const lock = join(tmpdir(), 'max-sandbox-docker-build.lock');
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!tryLock(lock)) {
    if (Date.now() > deadline) throw new Error(`another docker build held ${lock} too long`);
    await sleep(250);
  }
  try {
    await docker(['build', '--network', 'host', '--quiet', '--tag', IMAGE, '--tag', PACKAGE_IMAGE, '.'], {
      timeout: BUILD_TIMEOUT_MS,
    });
  } catch (error) {
    const missingBase = await docker(['image', 'inspect', BASE_IMAGE]).then(
      () => false,
      () => true,
    );
    if (!missingBase) throw error;
    throw new Error(
      `${(error as Error).message}\nThe base image ${BASE_IMAGE} is missing and could not be pulled. Without a ` +
        `registry, load it or tag a local Node image as ${BASE_IMAGE} (docker tag <image> ${BASE_IMAGE}).`,
    );
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Takes the lock directory, clearing one left by a process that is gone. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let pid = NaN;
    try {
      pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // The holder has made the directory but not written its pid yet, or died in between.
      const made = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - made > 10_000) rmSync(lock, { recursive: true, force: true });
      return false;
    }
    if (pid && !isAlive(pid)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Polls `url` until it answers 200; resolves with how long that took. */
export async function waitFor200(url: string, timeoutMs = 30_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/**
 * testcontainers first starts its Ryuk reaper from an image on Docker Hub. Where no registry is
 * reachable that fails obscurely (a proxy error), so say what to do first.
 */
export async function warnIfReaperCannotStart(): Promise<void> {
  if (['true', '1'].includes(process.env.TESTCONTAINERS_RYUK_DISABLED ?? '')) return;
  if ((await docker(['images', '--quiet', 'testcontainers/ryuk']).catch(() => '')) !== '') return;
  console.warn(
    'testcontainers will pull testcontainers/ryuk first. With no registry reachable, run ' +
      'export TESTCONTAINERS_RYUK_DISABLED=true (and stop containers yourself) before the tests.',
  );
}
