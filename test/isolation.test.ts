import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOperations } from '../src/openapi/operations.js';
import type { NotInstalledStatus } from '../src/settings/schema.js';
import { APPS, CLINICS } from '../src/testing/well-known.js';
import { clinicIds, RESOURCES, type Resource } from './support/fuzz-world.js';
import { createTestSandbox, type TestSandbox } from './support/sandbox.js';

// Isolation as a property (issue "Proof under fire", item 3): over random keys, clinics and record
// ids, a 200 never carries a record of another clinic, and a key never reaches a clinic its app
// has not installed. The world holds the fixture clinics, throwaway clinics and records created at
// run time, so that isolation is checked where it is easiest to get wrong: in what was added later.

const RUNS = 600;
/** Which resource a record id's prefix names, to pick ids for `GET /v3/<resource>/{id}`. */
const PREFIX: Readonly<Record<Resource, string>> = {
  patients: 'pat',
  appointments: 'apt',
  providers: 'prv',
  facilities: 'fac',
  bills: 'bil',
  claims: 'clm',
  notes: 'not',
  tasks: 'tsk',
  products: 'prd',
  inventoryChanges: 'chg',
};

/** A record's id or a staff user's: app and key ids name no clinic's record. */
const ID = new RegExp(`^(${[...Object.values(PREFIX), 'usr'].join('|')})_[0-9a-f]{32}$`);
/** The resource each list filter takes an id of. */
const FILTER: Readonly<Record<string, Resource>> = {
  patientId: 'patients',
  facilityId: 'facilities',
  providerId: 'providers',
  billId: 'bills',
  noteId: 'notes',
};

interface Key {
  id: string;
  secret: string;
  appId: string | null;
  status: string;
  type: string;
  environment: string;
}

interface World {
  clinics: string[];
  keys: Key[];
  /** `appId organizationId` of every installation. */
  installed: Set<string>;
  /** Every record id (and staff user id) to the one clinic that owns it. */
  owner: Map<string, string>;
  idsOf: Record<Resource, string[]>;
}

async function post(sandbox: TestSandbox, path: string, body: unknown): Promise<any> {
  const response = await sandbox.request(path, { method: 'POST', body, key: null, organizationId: null });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

/** Two throwaway clinics (one with the other vendor's app only) and a record of each kind created at run time. */
async function buildWorld(sandbox: TestSandbox): Promise<World> {
  const small = { patients: 12, providers: 3, facilities: 2, staffUsers: 2, appointmentsPerPatient: 1 };
  const first = await post(sandbox, '/_sandbox/organizations', { seed: 'isolation-1', recordCounts: small });
  const second = await post(sandbox, '/_sandbox/organizations', {
    seed: 'isolation-2',
    recordCounts: small,
    apps: [{ appId: APPS.otherVendor.id }],
  });
  const throwaways = [first.organization.id as string, second.organization.id as string];
  for (const clinic of [CLINICS.sunrise.id, CLINICS.harbor.id, CLINICS.mesa.id, ...throwaways]) {
    // Created in dependency order, so that each record's references are filled from its own clinic.
    for (const resource of [
      'patients',
      'providers',
      'facilities',
      'appointments',
      'bills',
      'claims',
      'notes',
      'products',
      'inventoryChanges',
    ] as const) {
      await post(sandbox, `/_sandbox/organizations/${clinic}/${resource}`, {});
    }
  }

  const fixtures = (await sandbox.request('/_sandbox/fixtures', { key: null, organizationId: null })).body;
  const clinics = (fixtures.organizations as { id: string }[]).map((organization) => organization.id);
  expect(clinics).toEqual(expect.arrayContaining(throwaways));
  const owner = new Map<string, string>();
  const idsOf = Object.fromEntries(RESOURCES.map((resource) => [resource, [] as string[]])) as Record<Resource, string[]>;
  for (const clinic of clinics) {
    const ids = await clinicIds(sandbox.app, clinic);
    for (const resource of RESOURCES) idsOf[resource].push(...ids.records[resource]);
    for (const id of [...Object.values(ids.records).flat(), ...ids.staffUsers]) {
      // An id two clinics share would make a leak of it invisible below: refuse such a world.
      expect(owner.get(id) ?? clinic, `${id} is a record of two clinics`).toBe(clinic);
      owner.set(id, clinic);
    }
  }
  return {
    clinics,
    keys: (fixtures.keys as (Omit<Key, 'secret'> & { key: string })[]).map(({ key, ...rest }) => ({ ...rest, secret: key })),
    installed: new Set(
      (fixtures.installations as { appId: string; organizationId: string }[]).map((i) => `${i.appId} ${i.organizationId}`),
    ),
    owner,
    idsOf,
  };
}

/** Every record id in a body, wherever it sits: the records themselves and every reference they hold. */
function idsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (ID.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) idsIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) idsIn(item, found);
  }
  return found;
}

describe.each([403, 404] as NotInstalledStatus[])('isolation as a property (not installed: %i)', (notInstalledStatus) => {
  // Nothing here moves the clock or resets: the throwaway clinics and created records must stay.
  const sandbox = createTestSandbox({ rateLimit: 1_000_000, notInstalledStatus });
  let world: World;
  const reads = readOperations(sandbox.sandbox.spec).filter((operation) => operation.method === 'GET');

  beforeAll(async () => {
    world = await buildWorld(sandbox);
  }, 120_000);

  function requests() {
    const anyId = (resource: Resource) => fc.constantFrom(...world.idsOf[resource]);
    const operation = fc.constantFrom(...reads);
    // A third of the draws pair a usable key with a clinic its app installed (the 200s that could
    // leak), a third with one it did not (the refusals), a third anything with anything: both cases
    // the property is about come up often whatever the seed.
    const usable = world.keys.filter((key) => key.status === 'active' && key.type === 'data' && key.environment === 'production');
    const pairs = (installed: boolean) =>
      usable.flatMap((key) =>
        world.clinics
          .filter((clinic) => world.installed.has(`${key.appId} ${clinic}`) === installed)
          .map((clinic) => ({ key, clinic })),
      );
    const anyPair = fc.record({ key: fc.constantFrom(...world.keys), clinic: fc.constantFrom(...world.clinics) });
    return fc.record({
      pair: fc.oneof(fc.constantFrom(...pairs(true)), fc.constantFrom(...pairs(false)), anyPair),
      url: operation.chain((op) => {
        // The record type of `{id}` by its prefix (`/v3/inventory/changes/{id}` holds `chg_`).
        const idPattern = String(op.parameters.find((p) => p.in === 'path' && p.name === 'id')?.schema.pattern ?? '');
        const resource = idPattern
          ? RESOURCES.find((r) => idPattern.startsWith(`^${PREFIX[r]}_`))
          : RESOURCES.find((r) => op.path.startsWith(`/v3/${r}`));
        // A required filter (the inventory's facilityId) is always sent, by a record of any clinic.
        const required = op.parameters
          .filter((p) => p.in === 'query' && p.required && FILTER[p.name] !== undefined)
          .map((p) => anyId(FILTER[p.name]!).map((id) => `${p.name}=${id}`));
        const requiredQuery = required.length > 0 ? fc.tuple(...required).map((parts) => parts.join('&')) : fc.constant('');
        if (op.path.includes('{id}') && resource)
          return fc
            .tuple(anyId(resource), requiredQuery)
            .map(([id, query]) => `${op.path.replace('{id}', id)}${query ? `?${query}` : ''}`);
        if (!resource && required.length === 0) return fc.constant(op.path);
        // Lists, filtered now and then by a record of any clinic: a filter must not open a door either.
        const filters = op.parameters
          .filter((p) => p.in === 'query' && !p.required && FILTER[p.name] !== undefined)
          .map((p) => anyId(FILTER[p.name]!).map((id) => `${p.name}=${id}`));
        const page = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 100 }));
        return fc
          .tuple(page, filters.length > 0 ? fc.option(fc.oneof(...filters)) : fc.constant(null), requiredQuery)
          .map(
            ([[p, size], filter, query]) =>
              `${op.path}?page=${p}&pageSize=${size}${filter ? `&${filter}` : ''}${query ? `&${query}` : ''}`,
          );
      }),
    });
  }

  it('no 200 carries a record of another clinic; no key reaches a clinic its app has not installed', async () => {
    const seen = { ok: 0, notInstalled: 0 };
    await fc.assert(
      fc.asyncProperty(requests(), async ({ pair: { key, clinic }, url }) => {
        const response = await sandbox.request(url, { key: key.secret, organizationId: clinic });
        const where = `${key.id} at ${clinic}: GET ${url} -> ${response.status} ${response.headers.get('X-Sandbox-Reason')}`;
        const installed = key.appId !== null && world.installed.has(`${key.appId} ${clinic}`);
        if (!installed) {
          expect(response.status, where).not.toBe(200);
          // A key the sandbox refuses for itself (revoked, expired, of staging) is 401 before the clinic is looked at.
          if (key.status === 'active' && key.type === 'data' && key.environment === 'production') {
            expect(response.status, where).toBe(notInstalledStatus);
            seen.notInstalled++;
          }
        }
        if (response.status === 200) {
          seen.ok++;
          for (const id of idsIn(response.body)) expect(world.owner.get(id), `${where}: ${id}`).toBe(clinic);
        }
      }),
      { numRuns: RUNS },
    );
    // A property that never met a 200 or a refused installation proves nothing: both must have come up.
    expect(seen.ok).toBeGreaterThan(20);
    expect(seen.notInstalled).toBeGreaterThan(20);
  }, 60_000);
});
