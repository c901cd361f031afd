/** The `max-sandbox/testcontainers` fixture, used as a suite would use it, against the built image. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxAdmin, SandboxAdminError } from '../../src/testing/admin-client.js';
import { MAX_SANDBOX_IMAGE, MaxSandboxContainer } from '../../src/testing/testcontainers.js';
import { APPS, CLINICS, KEYS, PRODUCTION_KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import {
  BUILD_TIMEOUT_MS,
  buildImage,
  docker,
  IMAGE,
  PACKAGE_IMAGE,
  ROOT,
  requireDocker,
  runDockerSuites,
  warnIfReaperCannotStart,
} from './support/docker.js';

const auth = (key: string) => ({ Authorization: `Bearer ${key}`, 'X-Organization-Id': CLINICS.sunrise.id });

describe.skipIf(!runDockerSuites)('MaxSandboxContainer', () => {
  const tempDirs: string[] = [];

  beforeAll(async () => {
    requireDocker();
    await Promise.all([buildImage(), warnIfReaperCannotStart()]);
  }, BUILD_TIMEOUT_MS);

  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('starts, serves the well-known keys, and refuses a key once revoked through its admin client', async () => {
    await using sandbox = await new MaxSandboxContainer(IMAGE).withSeed('fixture-test').start();
    expect(sandbox.getBaseUrl()).toMatch(/^http:\/\/[^/]+:\d+$/);
    expect(sandbox.keys).toMatchObject(PRODUCTION_KEYS);
    expect(sandbox.keys.wrongEnvironment).toEqual(STAGING_KEYS.fullAccess);
    expect(await sandbox.admin.health()).toEqual({ status: 'ok' });

    const patients = () =>
      fetch(`${sandbox.getBaseUrl()}/v3/patients?pageSize=1`, { headers: auth(sandbox.keys.fullAccess.key) });
    expect((await patients()).status).toBe(200);

    const revoked = await sandbox.admin.revokeKey(sandbox.keys.fullAccess.id);
    expect(revoked.status).toBe('revoked');
    const refused = await patients();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-sandbox-reason')).toBe('revoked_key');

    await sandbox.admin.reset();
    expect((await patients()).status).toBe(200);
  });

  it("runs the image of the installed package's own version when given none, in the shape startSandbox() has", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(MAX_SANDBOX_IMAGE).toBe(`max-sandbox:${version}`);
    expect(MAX_SANDBOX_IMAGE).toBe(PACKAGE_IMAGE);
    let baseUrl: string;
    {
      await using sandbox = await new MaxSandboxContainer().start();
      baseUrl = sandbox.baseUrl;
      // The client and the server it started agree on the version: the image's label and its banner.
      const [image] = JSON.parse(await docker(['image', 'inspect', MAX_SANDBOX_IMAGE])) as any[];
      expect(image.Config.Labels['org.opencontainers.image.version']).toBe(version);
      expect(await docker(['logs', sandbox.getId()])).toContain(`max-sandbox ${version} listening on`);
      // The members startSandbox() has.
      expect(sandbox.baseUrl).toBe(sandbox.getBaseUrl());
      expect(sandbox.environment).toBe('production');
      expect(sandbox.keys).toEqual(KEYS);
      expect(sandbox.clinics).toEqual(CLINICS);
      expect(sandbox.apps).toEqual(APPS);
      expect(await sandbox.admin.health()).toEqual({ status: 'ok' });
    }
    await expect(fetch(`${baseUrl}/_sandbox/health`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });

  it('signs a user in end to end: consent through its admin client, the token exchange, an id token verified against its JWKS', async () => {
    await using sandbox = await new MaxSandboxContainer(IMAGE).start();
    const base = sandbox.getBaseUrl();
    const sunrise = (await sandbox.admin.fixtures()).organizations.find((organization) => organization.id === CLINICS.sunrise.id);
    const user = sunrise?.staffUsers[0];
    expect(user).toBeDefined();
    const redirectUri = 'http://127.0.0.1:8080/callback';
    const { code } = await sandbox.admin.consent({
      clientId: APPS.sandboxDemo.slug,
      redirectUri,
      state: 'docker',
      userId: user?.id ?? '',
      organizationIds: [CLINICS.sunrise.id],
    });
    const exchange = () =>
      fetch(`${base}/v3/oauth/token`, {
        method: 'POST',
        headers: { ...auth(sandbox.keys.fullAccess.key), 'Content-Type': 'application/json' },
        body: JSON.stringify({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
      });
    const response = await exchange();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id_token: string; user: { id: string } };
    expect(body.user.id).toBe(user?.id);
    // The issuer is the base URL the container was reached at: the mapped port, as a backend calls it.
    const { payload } = await jwtVerify(body.id_token, createRemoteJWKSet(new URL('/.well-known/jwks.json', base)), {
      issuer: base,
      audience: APPS.sandboxDemo.slug,
    });
    expect(payload.sub).toBe(user?.id);
    // Single use: the same code again is invalid_grant.
    const again = await exchange();
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('revokes a key it created, and stops', async () => {
    const sandbox = await new MaxSandboxContainer(IMAGE).start();
    try {
      const created = await sandbox.admin.createKey({ appId: sandbox.apps.sandboxDemo.id, scopes: ['read:patients'] });
      const patients = () => fetch(`${sandbox.getBaseUrl()}/v3/patients?pageSize=1`, { headers: auth(created.key) });
      expect((await patients()).status).toBe(200);
      await sandbox.admin.revokeKey(created.id);
      expect((await patients()).status).toBe(401);
    } finally {
      const stopped = await sandbox.stop();
      expect(stopped.getId()).toBe(sandbox.getId());
    }
  });

  it('withEnvironment, withAdminToken and withFixtures reach the sandbox', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'max-sandbox-fixture-'));
    tempDirs.push(dir);
    const world = JSON.parse(readFileSync(join(ROOT, 'fixtures/world.json'), 'utf8'));
    world.organizations[0].name = 'Copied Family Medicine';
    writeFileSync(join(dir, 'world.json'), JSON.stringify(world));
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'world.json'), 0o644);

    await using sandbox = await new MaxSandboxContainer(IMAGE)
      .withEnvironment('staging')
      .withAdminToken()
      .withFixtures(dir)
      .start();
    expect(sandbox.getEnvironment()).toBe('staging');
    expect(sandbox.keys.fullAccess).toEqual(STAGING_KEYS.fullAccess);
    expect(sandbox.getAdminToken()).toMatch(/^[0-9a-f]{32}$/);

    expect(
      (await fetch(`${sandbox.getBaseUrl()}/v3/patients?pageSize=1`, { headers: auth(sandbox.keys.fullAccess.key) })).status,
    ).toBe(200);
    const wrong = await fetch(`${sandbox.getBaseUrl()}/v3/patients?pageSize=1`, {
      headers: auth(sandbox.keys.wrongEnvironment.key),
    });
    expect(wrong.headers.get('x-sandbox-reason')).toBe('wrong_environment');

    const fixtures = await sandbox.admin.fixtures();
    expect(fixtures.organizations.find((org) => org.id === CLINICS.sunrise.id)?.name).toBe('Copied Family Medicine');
    // Its clinics are those of the world it loaded, not the built-in catalogue.
    expect(sandbox.clinics.sunrise).toEqual({ id: CLINICS.sunrise.id, name: 'Copied Family Medicine' });
    const withoutToken = new SandboxAdmin(sandbox.getBaseUrl()).fixtures();
    await expect(withoutToken).rejects.toBeInstanceOf(SandboxAdminError);
    await expect(withoutToken).rejects.toMatchObject({ status: 401 });
  });

  it('refuses builder arguments the sandbox would refuse', () => {
    const container = new MaxSandboxContainer(IMAGE);
    expect(() => container.withEnvironment('prod' as 'production')).toThrow(
      /^withEnvironment: must be production or staging, not 'prod'$/,
    );
    expect(() => container.withFixtures(join(ROOT, 'src'))).toThrow(/world\.json does not exist/);
    expect(() => container.withSeed('')).toThrow(/must not be empty/);
    expect(() => container.withReferenceDate('2026-06-30T23:59:60Z')).toThrow(/^withReferenceDate: must be an ISO date/);
    expect(() => container.withCors('localhost:5173')).toThrow(/^withCors: must be '\*' or comma-separated origins/);
    expect(() => container.withCors([])).toThrow(/^withCors: must be '\*'/);
  });

  it('withCors lets a browser page at that origin read a 401 and its reason', async () => {
    await using sandbox = await new MaxSandboxContainer(IMAGE).withCors(['http://localhost:5173']).start();
    const response = await fetch(`${sandbox.getBaseUrl()}/v3/patients`, {
      headers: { ...auth(sandbox.keys.revoked.key), Origin: 'http://localhost:5173' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Sandbox-Reason');
  });

  it('withReferenceDate moves the schedule', async () => {
    await using sandbox = await new MaxSandboxContainer(IMAGE).withReferenceDate('2026-12-01').start();
    const response = await fetch(`${sandbox.getBaseUrl()}/v3/appointments?dateFrom=2026-12-01&dateTo=2026-12-01`, {
      headers: auth(sandbox.keys.fullAccess.key),
    });
    const appointments = ((await response.json()) as any).data.appointments as { scheduledStartDate: string }[];
    expect(appointments.length).toBeGreaterThan(0);
    for (const { scheduledStartDate } of appointments) expect(scheduledStartDate.slice(0, 10)).toBe('2026-12-01');
  });

  it('arranges records through its admin client, and the image carries the demo world', async () => {
    await using sandbox = await new MaxSandboxContainer(IMAGE).withCommand(['--fixtures', 'examples/demo-world']).start();
    const ada = await fetch(`${sandbox.getBaseUrl()}/v3/patients/pat_00000000000000000000000000000ada`, {
      headers: auth(sandbox.keys.fullAccess.key),
    });
    expect(((await ada.json()) as any).data).toMatchObject({ firstName: 'Ada', lastName: 'Demo', email: null });

    const grace = await sandbox.admin.createRecord(CLINICS.sunrise, 'patients', { firstName: 'Grace', email: null });
    const visit = await sandbox.admin.createRecord(CLINICS.sunrise, 'appointments', { patientId: grace.id });
    const listed = await fetch(`${sandbox.getBaseUrl()}/v3/appointments?patientId=${grace.id}`, {
      headers: auth(sandbox.keys.fullAccess.key),
    });
    expect(((await listed.json()) as any).data.appointments.map((a: { id: string }) => a.id)).toEqual([visit.id]);
  });
});
