/**
 * The Docker image as a user gets it: built from the Dockerfile, started with `docker run`,
 * talked to over a published loopback port, stopped with `docker stop`.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICS, KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import {
  BASE_IMAGE,
  BUILD_TIMEOUT_MS,
  buildImage,
  docker,
  IMAGE,
  inCi,
  ROOT,
  requireDocker,
  runDockerSuites,
  waitFor200,
} from './support/docker.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const auth = (key: string) => ({ Authorization: `Bearer ${key}`, 'X-Organization-Id': CLINICS.sunrise.id });

interface Running {
  id: string;
  url: string;
  /** `docker run` to the first 200 of /_sandbox/health. */
  readyMs: number;
}

// Under CI only: a missing engine then counts as a failed test, not only a failed hook.
if (inCi) it('finds a Docker engine, as CI requires', () => requireDocker());

describe.skipIf(!runDockerSuites)('the Docker image', () => {
  const containers: string[] = [];
  const tempDirs: string[] = [];

  /** `docker run -d` on an ephemeral loopback port, then waits for health. */
  async function run(args: string[] = []): Promise<Running> {
    const started = performance.now();
    const id = await docker(['run', '--detach', '--publish', '127.0.0.1::6290', ...args, IMAGE]);
    containers.push(id);
    const binding = await docker(['port', id, '6290/tcp']);
    const port = /127\.0\.0\.1:(\d+)/.exec(binding)?.[1];
    if (!port) throw new Error(`no loopback binding for 6290/tcp: ${binding}`);
    const url = `http://127.0.0.1:${port}`;
    await waitFor200(`${url}/_sandbox/health`);
    return { id, url, readyMs: performance.now() - started };
  }

  beforeAll(async () => {
    requireDocker();
    await buildImage();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (containers.length > 0) await docker(['rm', '--force', '--volumes', ...containers]).catch(() => undefined);
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('is small, non-root, labelled, with port 6290 and a health check that needs no curl', async () => {
    const [image] = JSON.parse(await docker(['image', 'inspect', IMAGE])) as any[];
    expect(image.Size).toBeLessThan(200_000_000);
    expect(image.Config.User).toBe('node');
    expect(Object.keys(image.Config.ExposedPorts)).toEqual(['6290/tcp']);
    expect(image.Config.Env).toContain('HOST=0.0.0.0');
    expect(image.Config.Entrypoint).toEqual(['node', '--max-semi-space-size=4', '--heap-growing-percent=30', 'dist/cli/main.js']);
    expect(image.Config.Healthcheck.Test.slice(0, 2)).toEqual(['CMD', 'node']);
    expect(image.Config.Healthcheck.Test.join(' ')).toContain('/_sandbox/health');
    expect(image.Config.Labels).toMatchObject({
      'org.opencontainers.image.title': 'max-sandbox',
      'org.opencontainers.image.version': VERSION,
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.base.name': BASE_IMAGE,
    });
  });

  describe('docker run max-sandbox', () => {
    let sandbox: Running;
    beforeAll(async () => {
      sandbox = await run();
    });

    it('serves the default world: health, an authorised call, a revoked key', async () => {
      expect(await (await fetch(`${sandbox.url}/_sandbox/health`)).json()).toEqual({ status: 'ok' });

      const ok = await fetch(`${sandbox.url}/v3/patients?pageSize=1`, { headers: auth(KEYS.fullAccess.key) });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { data: { patients: unknown[] } }).data.patients).toHaveLength(1);

      const revoked = await fetch(`${sandbox.url}/v3/patients?pageSize=1`, { headers: auth(KEYS.revoked.key) });
      expect(revoked.status).toBe(401);
      expect(revoked.headers.get('x-sandbox-reason')).toBe('revoked_key');
      await revoked.arrayBuffer();
    });

    it('serves its pages from the image itself: /, /docs with every file it loads, the demo console', async () => {
      const page = async (path: string) => {
        const response = await fetch(`${sandbox.url}${path}`);
        expect(response.status, path).toBe(200);
        return { type: response.headers.get('content-type'), text: await response.text() };
      };
      expect((await page('/')).type).toBe('text/html; charset=utf-8');
      const docs = await page('/docs');
      // What each page loads (data: URLs aside) must come from the sandbox: the image works offline.
      const loadedBy = (html: string) =>
        [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((url) => !url.startsWith('data:'));
      const docsFiles = loadedBy(docs.text);
      expect(docsFiles).toContain('docs/assets/swagger-ui-bundle.js');
      for (const path of docsFiles) await page(new URL(path, `${sandbox.url}/docs`).pathname);
      const consolePage = await page('/_sandbox/console');
      expect(consolePage.type).toBe('text/html; charset=utf-8');
      for (const path of loadedBy(consolePage.text)) await page(new URL(path, `${sandbox.url}/_sandbox/console/`).pathname);
    });

    it('runs node as PID 1 under a non-root user, and its health check passes', async () => {
      const script =
        "const fs=require('fs');console.log(process.getuid(), fs.readFileSync('/proc/1/cmdline','utf8').split('\\0')[0])";
      expect(await docker(['exec', sandbox.id, 'node', '-e', script])).toBe('1000 node');
      const [container] = JSON.parse(await docker(['inspect', sandbox.id])) as any[];
      const [, ...command] = container.Config.Healthcheck.Test as string[];
      await expect(docker(['exec', sandbox.id, ...command])).resolves.toBe('');
    });

    it('stops cleanly on docker stop: SIGTERM, exit code 0, within the 2 s drain deadline', async () => {
      const started = performance.now();
      await docker(['stop', '--time', '10', sandbox.id]);
      const ms = performance.now() - started;
      const state = JSON.parse(await docker(['inspect', '--format', '{{json .State}}', sandbox.id])) as {
        ExitCode: number;
        OOMKilled: boolean;
      };
      expect(state.ExitCode).toBe(0);
      expect(ms).toBeLessThan(3_000);
      expect(await docker(['logs', sandbox.id])).toContain('max-sandbox: SIGTERM, closing');
    });
  });

  it('takes its settings from environment variables and a world from a mounted directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'max-sandbox-world-'));
    tempDirs.push(dir);
    const world = JSON.parse(readFileSync(join(ROOT, 'fixtures/world.json'), 'utf8'));
    world.organizations[0].name = 'Mounted Family Medicine';
    writeFileSync(join(dir, 'world.json'), JSON.stringify(world));
    // The server runs as uid 1000: the mounted world must be readable by it.
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'world.json'), 0o644);

    const token = 'image-test-admin-token';
    const sandbox = await run([
      '--env',
      'MAX_SANDBOX_ENVIRONMENT=staging',
      '--env',
      `MAX_SANDBOX_ADMIN_TOKEN=${token}`,
      '--volume',
      `${dir}:/app/fixtures:ro`,
    ]);
    expect(await docker(['logs', sandbox.id])).toMatch(/max-sandbox \S+ listening on http:\/\/0\.0\.0\.0:6290 \(staging\)/);

    expect((await fetch(`${sandbox.url}/v3/patients?pageSize=1`, { headers: auth(STAGING_KEYS.fullAccess.key) })).status).toBe(
      200,
    );
    const production = await fetch(`${sandbox.url}/v3/patients?pageSize=1`, { headers: auth(KEYS.fullAccess.key) });
    expect(production.status).toBe(401);
    expect(production.headers.get('x-sandbox-reason')).toBe('wrong_environment');

    expect((await fetch(`${sandbox.url}/_sandbox/fixtures`)).status).toBe(401);
    const fixtures = await fetch(`${sandbox.url}/_sandbox/fixtures`, { headers: { 'X-Sandbox-Admin-Token': token } });
    const body = (await fixtures.json()) as { organizations: { id: string; name: string }[] };
    expect(body.organizations.find((org) => org.id === CLINICS.sunrise.id)?.name).toBe('Mounted Family Medicine');
  });
});
