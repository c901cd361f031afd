import { describe, expect, it } from 'vitest';
import type { SandboxAdminError } from '../../../src/testing/admin-client.js';
import type { ThrowawayOrganization } from '../../../src/testing/admin-types.js';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

const sandbox = useLiveSandbox();
const LISTS = ['patients', 'appointments', 'providers', 'facilities', 'bills', 'claims', 'notes'] as const;
const EMPTY = { patients: 0, providers: 0, facilities: 0, staffUsers: 0, appointmentsPerPatient: 0 };

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: SandboxAdminError) => ({ status: e.status, code: e.code, message: e.message }),
  );
const listOf = (url: string, clinic: ThrowawayOrganization, resource: string) =>
  callApi(url, `/v3/${resource}?pageSize=100`, { key: clinic.keys[0]!.key, organizationId: clinic.organization.id });

describe('POST /_sandbox/organizations with recordCounts', () => {
  it('all zero: an empty clinic whose every list is 200 with totalCount 0 and totalPages 0', async () => {
    const { url, admin } = sandbox();
    const clinic = await admin.createOrganization({ recordCounts: EMPTY });
    expect(clinic.organization.recordCounts).toEqual(EMPTY);
    for (const resource of LISTS) {
      const { status, body } = await listOf(url, clinic, resource);
      expect(status, resource).toBe(200);
      expect(body.data[resource], resource).toEqual([]);
      expect(body.data.pagination, resource).toMatchObject({ totalCount: 0, totalPages: 0 });
    }
  });

  it('serves exactly the patients, providers and facilities asked for; the rest are the world’s', async () => {
    const { url, admin } = sandbox();
    const world = (await admin.createOrganization()).organization.recordCounts;
    const clinic = await admin.createOrganization({ recordCounts: { patients: 7, providers: 3, facilities: 2 } });
    expect(clinic.organization.recordCounts).toEqual({
      ...world,
      patients: 7,
      providers: 3,
      facilities: 2,
    });
    for (const [resource, count] of [
      ['patients', 7],
      ['providers', 3],
      ['facilities', 2],
    ] as const) {
      const { body } = await listOf(url, clinic, resource);
      expect(body.data.pagination.totalCount, resource).toBe(count);
      expect(body.data[resource], resource).toHaveLength(count);
    }
  });

  it('400 naming the field for a count out of the fixture’s bounds', async () => {
    const { admin } = sandbox();
    for (const recordCounts of [{ patients: -1 }, { providers: 501 }, { facilities: 1.5 }, { staffUsers: 'many' }]) {
      const refused = await refusal(admin.createOrganization({ recordCounts } as never));
      expect(refused?.status, JSON.stringify(recordCounts)).toBe(400);
      expect(refused?.message).toContain(`'recordCounts.${Object.keys(recordCounts)[0]}'`);
    }
    expect((await refusal(admin.createOrganization({ recordCounts: { doctors: 1 } } as never)))?.status).toBe(400);
  });
});

describe('DELETE /_sandbox/organizations/{id}', () => {
  it('frees the clinic: its key is 401 unknown_key, /v3 naming it is 403, fixtures no longer list it', async () => {
    const { url, admin } = sandbox();
    const clinic = await admin.createOrganization({ recordCounts: { patients: 3 } });
    const [key] = clinic.keys;
    expect((await listOf(url, clinic, 'patients')).status).toBe(200);

    await admin.deleteOrganization(clinic.organization.id);

    const withItsKey = await listOf(url, clinic, 'patients');
    expect(withItsKey.status).toBe(401);
    expect(withItsKey.headers.get('x-sandbox-reason')).toBe('unknown_key');
    const withAnotherKey = await callApi(url, '/v3/patients', { organizationId: clinic.organization.id });
    expect(withAnotherKey.status).toBe(403);
    expect(withAnotherKey.headers.get('x-sandbox-reason')).toBe('unknown_organization');
    const fixtures = await admin.fixtures();
    expect(fixtures.organizations.map((o) => o.id)).not.toContain(clinic.organization.id);
    expect(fixtures.keys.map((k) => k.id)).not.toContain(key!.id);
    expect(fixtures.installations.map((i) => i.organizationId)).not.toContain(clinic.organization.id);
    await expect(admin.getKey(key!.id)).rejects.toMatchObject({ status: 404 });
  });

  it('frees a rotated-out secret still in its grace period too', async () => {
    const { url, admin } = sandbox();
    const clinic = await admin.createOrganization({ recordCounts: EMPTY });
    const oldSecret = clinic.keys[0]!.key;
    const rotated = await admin.rotateKey(clinic.keys[0]!.id, { gracePeriodSeconds: 3600 });
    await admin.deleteOrganization(clinic.organization.id);
    for (const secret of [oldSecret, rotated.key]) {
      const call = await callApi(url, '/v3/patients', { key: secret, organizationId: clinic.organization.id });
      expect(call.headers.get('x-sandbox-reason')).toBe('unknown_key');
    }
  });

  it('leaves the other clinics alone', async () => {
    const { url, admin } = sandbox();
    const [gone, kept] = await Promise.all([
      admin.createOrganization({ recordCounts: { patients: 2 } }),
      admin.createOrganization({ recordCounts: { patients: 4 } }),
    ]);
    await admin.deleteOrganization(gone.organization.id);
    expect((await listOf(url, kept, 'patients')).body.data.pagination.totalCount).toBe(4);
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
  });

  it('refuses a fixture clinic with 400 organization_not_throwaway and changes nothing', async () => {
    const { url, admin } = sandbox();
    const before = await admin.fixtures();
    const response = await fetch(`${url}/_sandbox/organizations/${CLINICS.sunrise.id}`, { method: 'DELETE' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-sandbox-reason')).toBe('organization_not_throwaway');
    expect(await response.json()).toMatchObject({
      code: 'bad_request',
      message: `Organization '${CLINICS.sunrise.id}' is a fixture clinic: only clinics made by POST /_sandbox/organizations can be deleted`,
    });
    expect(await admin.fixtures()).toEqual(before);
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: KEYS.fullAccess.key })).status).toBe(200);
  });

  it('a second delete, or an unknown id, is 404 admin_resource_not_found', async () => {
    const { admin } = sandbox();
    const clinic = await admin.createOrganization({ recordCounts: EMPTY });
    await admin.deleteOrganization(clinic.organization.id);
    expect(await refusal(admin.deleteOrganization(clinic.organization.id))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await refusal(admin.deleteOrganization('00000000-0000-4000-8000-000000000000')))?.status).toBe(404);
  });
});
