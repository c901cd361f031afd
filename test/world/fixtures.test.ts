import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APPS, CLINICS, PRODUCTION_KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import { DEFAULT_FIXTURES_DIR, FixtureError, loadFixtures } from '../../src/world/load-fixtures.js';
import { createTestSandbox } from '../support/sandbox.js';

const world = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'world.json'), 'utf8'));

/** Every directory a test made, removed when the file is done. */
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function writeWorld(mutate: (w: any) => void): string {
  const dir = tempDir('max-sandbox-fixtures-');
  const copy = structuredClone(world);
  mutate(copy);
  writeFileSync(join(dir, 'world.json'), JSON.stringify(copy));
  return dir;
}

describe('the built-in world', () => {
  it('loads', () => {
    expect(loadFixtures().organizations.length).toBeGreaterThanOrEqual(3);
  });

  it('matches the typed catalogue of well-known keys, clinics and apps', () => {
    const keys = new Map(world.keys.map((k: any) => [k.id, `${k.key} ${k.appId}`]));
    for (const { id, key, appId } of [...Object.values(PRODUCTION_KEYS), ...Object.values(STAGING_KEYS)])
      expect(keys.get(id)).toBe(`${key} ${appId}`);
    expect(keys.size).toBe(Object.keys(PRODUCTION_KEYS).length + Object.keys(STAGING_KEYS).length);
    for (const clinic of Object.values(CLINICS))
      expect(world.organizations.find((o: any) => o.id === clinic.id)?.name).toBe(clinic.name);
    for (const app of Object.values(APPS)) expect(world.apps.find((a: any) => a.id === app.id)?.slug).toBe(app.slug);
  });

  it('has the paths the issue asks for: two clinics with different grants, one without the app', () => {
    const installsOf = (org: string) =>
      world.installations.filter((i: any) => i.organizationId === org && i.appId === APPS.sandboxDemo.id);
    expect(installsOf(CLINICS.sunrise.id)[0].grantedScopes).not.toEqual(installsOf(CLINICS.harbor.id)[0].grantedScopes);
    expect(installsOf(CLINICS.mesa.id)).toEqual([]);
  });
});

describe('a broken fixture stops the sandbox with the file and field named', () => {
  it.each([
    ['a missing file', null, /world\.json: \(file\): cannot be read/],
    ['invalid JSON', 'not json', /world\.json: \(file\): is not valid JSON/],
    ['a missing field', (w: any) => delete w.seed, /world\.json: seed: is required/],
    ['an unknown field', (w: any) => (w.colour = 'blue'), /world\.json: colour: is not a known field/],
    ['a bad organization id', (w: any) => (w.organizations[1].id = 'harbor'), /organizations\[1\]\.id: must match the pattern/],
    [
      'a key with the wrong prefix',
      (w: any) => (w.keys[0].key = 'max_dev_ak_FullAccess0000000000000000000001X'),
      /keys\[0\]\.key: a production data key must be 'max_prd_ak_'/,
    ],
    [
      'a key of an unknown app',
      (w: any) => (w.keys[2].appId = 'app_nope'),
      /keys\[2\]\.appId: a data key needs the id of an app/,
    ],
    [
      'an unknown scope',
      (w: any) => (w.installations[0].grantedScopes = ['read:everything']),
      /installations\[0\]\.grantedScopes\[0\]: unknown scope 'read:everything'/,
    ],
    [
      'an installation of an unknown clinic',
      (w: any) => (w.installations[0].organizationId = '00000000-0000-4000-8000-000000000000'),
      /installations\[0\]\.organizationId: no organization/,
    ],
    ['a duplicate key id', (w: any) => (w.keys[1].id = w.keys[0].id), /keys\[1\]\.id: duplicate id/],
    ['a bad expiresAt', (w: any) => (w.keys[0].expiresAt = 'soon'), /keys\[0\]\.expiresAt: must be an ISO 8601 timestamp/],
    [
      'two organization ids differing only in case',
      (w: any) => (w.organizations[1].id = w.organizations[0].id.toUpperCase()),
      /organizations\[1\]\.id: duplicate id '7E2C8CFE-B7A9-4DEB-986D-E7012589E72B' \(ids are compared in lower case\)/,
    ],
    [
      'a referenceDate records cannot be placed around',
      (w: any) => (w.referenceDate = '0005-01-01T00:00:00Z'),
      /referenceDate: must lie from 1900-01-01 to before 9999-01-01, not '0005-01-01T00:00:00Z'/,
    ],
  ])('%s', (_what, change, message) => {
    let dir: string;
    if (change === null) dir = tempDir('max-sandbox-empty-');
    else if (typeof change === 'string') {
      dir = tempDir('max-sandbox-fixtures-');
      writeFileSync(join(dir, 'world.json'), change);
    } else dir = writeWorld(change);
    expect(() => loadFixtures(dir)).toThrow(FixtureError);
    expect(() => loadFixtures(dir)).toThrow(message);
  });
});

describe('organization ids and encodings a user writes', () => {
  const sunrise = CLINICS.sunrise.id;

  it('an upper-case organization id is read in lower case, its installations with it, and serves as any other', async () => {
    const dir = writeWorld((w: any) => {
      for (const o of w.organizations) if (o.id === sunrise) o.id = sunrise.toUpperCase();
      // One installation written in upper case, the rest left in lower case: both must find the clinic.
      w.installations.find((i: any) => i.organizationId === sunrise).organizationId = sunrise.toUpperCase();
    });
    const loaded = loadFixtures(dir);
    expect(loaded.organizations.map((o) => o.id)).toContain(sunrise);
    expect(loaded.organizations.map((o) => o.id)).not.toContain(sunrise.toUpperCase());
    expect(loaded.installations.filter((i) => i.organizationId.toLowerCase() === sunrise).map((i) => i.organizationId)).toEqual(
      loaded.installations.filter((i) => i.organizationId.toLowerCase() === sunrise).map(() => sunrise),
    );
    const t = createTestSandbox({ fixturesDir: dir });
    for (const header of [sunrise, sunrise.toUpperCase()]) {
      const response = await t.request('/v3/patients?pageSize=1', { organizationId: header });
      expect(response.status).toBe(200);
    }
    expect((await t.request(`/_sandbox/organizations/${sunrise}/patients?pageSize=1`)).status).toBe(200);
  });

  it('a world.json starting with a UTF-8 byte-order mark loads', () => {
    const dir = tempDir('max-sandbox-bom-');
    writeFileSync(join(dir, 'world.json'), `\uFEFF${JSON.stringify(world, null, 2)}`);
    expect(loadFixtures(dir)).toEqual(loadFixtures());
  });
});
