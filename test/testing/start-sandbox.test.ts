/** `startSandbox()` gives the fixture shape the container gives too: base URL, admin, the loaded world's keys and clinics, stop. */
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/testing/start-sandbox.js';
import { APPS, CLINICS, KEYS, PRODUCTION_KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import { writeWorld } from '../support/world-files.js';

const listPatients = (baseUrl: string, key: string, organizationId: string = CLINICS.sunrise.id) =>
  fetch(`${baseUrl}/v3/patients?pageSize=1`, {
    headers: { Authorization: `Bearer ${key}`, 'X-Organization-Id': organizationId },
  });

describe('startSandbox()', () => {
  it("holds the built-in world's well-known keys, clinics and apps, and stops with await using", async () => {
    let baseUrl: string;
    {
      await using sandbox = await startSandbox();
      baseUrl = sandbox.baseUrl;
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sandbox.environment).toBe('production');
      expect(sandbox.keys).toEqual(KEYS);
      expect(sandbox.clinics).toEqual(CLINICS);
      expect(sandbox.apps).toEqual(APPS);
      expect((await listPatients(baseUrl, sandbox.keys.fullAccess.key)).status).toBe(200);
      // The deprecated names still work for one release.
      expect(sandbox.url).toBe(baseUrl);
    }
    await expect(fetch(`${baseUrl}/_sandbox/health`)).rejects.toThrow();
  });

  it('reads the keys of its environment, and the other one as wrongEnvironment', async () => {
    await using sandbox = await startSandbox({ environment: 'staging' });
    expect(sandbox.keys).toEqual({ ...STAGING_KEYS, wrongEnvironment: PRODUCTION_KEYS.fullAccess });
  });

  it('reads the keys and clinics of a world of its own, not the built-in catalogue', async () => {
    const dir = writeWorld((world) => {
      world.organizations[0].name = 'Copied Family Medicine';
      world.organizations[1].id = '11111111-2222-4333-8444-555555555555';
      world.organizations[1].name = 'Lakeside Clinic';
      for (const installation of world.installations) {
        if (installation.organizationId === CLINICS.harbor.id)
          installation.organizationId = '11111111-2222-4333-8444-555555555555';
      }
      const key = world.keys.find((k: { id: string }) => k.id === 'key_prd_full_access');
      key.key = 'max_prd_ak_MyOwnFullAccess000000000000000001';
    });
    const sandbox = await startSandbox({ fixturesDir: dir });
    try {
      expect(sandbox.clinics.sunrise).toEqual({ id: CLINICS.sunrise.id, name: 'Copied Family Medicine' });
      expect(sandbox.clinics.lakesideClinic).toEqual({ id: '11111111-2222-4333-8444-555555555555', name: 'Lakeside Clinic' });
      expect(sandbox.clinics.harbor).toBeUndefined();
      expect(sandbox.keys.fullAccess.key).toBe('max_prd_ak_MyOwnFullAccess000000000000000001');
      expect((await listPatients(sandbox.baseUrl, sandbox.keys.fullAccess.key)).status).toBe(200);
    } finally {
      await sandbox.stop();
    }
  });
});
