import { describe, expect, it } from 'vitest';
import type { SandboxAdminError } from '../../../src/testing/admin-client.js';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

const sandbox = useLiveSandbox();
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e: SandboxAdminError) => e.status,
  );

describe('PUT /_sandbox/installations', () => {
  it('takes a grant away: the next call is 403 naming the scope; giving it back restores 200', async () => {
    const { url, admin } = sandbox();
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
    const changed = await admin.installApp({
      appId: APPS.sandboxDemo.id,
      organizationId: CLINICS.sunrise.id,
      grantedScopes: ['read:appointments'],
    });
    expect(changed.grantedScopes).toEqual(['read:appointments']);
    const refused = await callApi(url, '/v3/patients?pageSize=1');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Insufficient scope. Required: read:patients');
    expect((await callApi(url, '/v3/marketplace/me')).body.data.scopes).toEqual(['read:appointments']);
    await admin.installApp({ appId: APPS.sandboxDemo.id, organizationId: CLINICS.sunrise.id, grantedScopes: ['read:patients'] });
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
  });

  it('installs an app in a clinic that had not installed it (201)', async () => {
    const { url } = sandbox();
    expect((await callApi(url, '/v3/patients?pageSize=1', { organizationId: CLINICS.mesa.id })).status).toBe(403);
    const response = await fetch(`${url}/_sandbox/installations`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ appId: APPS.sandboxDemo.id, organizationId: CLINICS.mesa.id, grantedScopes: ['read:patients'] }),
    });
    expect(response.status).toBe(201);
    const { status: after, body } = await callApi(url, '/v3/patients?pageSize=1', { organizationId: CLINICS.mesa.id });
    expect(after).toBe(200);
    expect(body.data.pagination.totalCount).toBe(260);
  });

  it('uninstall: the next call is 403 App is not installed; a second uninstall is 404', async () => {
    const { url, admin } = sandbox();
    await admin.uninstallApp(APPS.sandboxDemo.id, CLINICS.harbor.id);
    const refused = await callApi(url, '/v3/patients', { organizationId: CLINICS.harbor.id });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('App is not installed for this organization');
    expect(await status(admin.uninstallApp(APPS.sandboxDemo.id, CLINICS.harbor.id))).toBe(404);
  });

  it('404 for an unknown clinic or app, 400 for a bad body', async () => {
    const { admin } = sandbox();
    expect(
      await status(
        admin.installApp({
          appId: APPS.sandboxDemo.id,
          organizationId: '00000000-0000-4000-8000-000000000000',
          grantedScopes: [],
        }),
      ),
    ).toBe(404);
    expect(
      await status(admin.installApp({ appId: `app_${'1'.repeat(26)}`, organizationId: CLINICS.mesa.id, grantedScopes: [] })),
    ).toBe(404);
    expect(await status(admin.installApp({ appId: APPS.sandboxDemo.id, organizationId: 'mesa', grantedScopes: [] }))).toBe(400);
  });
});

describe('POST /_sandbox/organizations', () => {
  it('makes a throwaway clinic with its own records, installation and key', async () => {
    const { url, admin } = sandbox();
    const created = await admin.createOrganization({ seed: 'clinic-a', name: 'Test Clinic A' });
    expect(created.organization.name).toBe('Test Clinic A');
    expect(created.installations).toEqual([
      { appId: APPS.sandboxDemo.id, organizationId: created.organization.id, grantedScopes: expect.any(Array) },
    ]);
    const [key] = created.keys;
    const { status: code, body } = await callApi(url, '/v3/patients?pageSize=5', {
      key: key!.key,
      organizationId: created.organization.id,
    });
    expect(code).toBe(200);
    expect(body.data.pagination.totalCount).toBeGreaterThanOrEqual(250);
    // Its key is of its own clinic only... and the well-known full key reaches it too, as its app is installed.
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: key!.key })).status).toBe(200);
    expect((await admin.fixtures()).organizations.find((o) => o.id === created.organization.id)?.throwaway).toBe(true);
  });

  it('two clinics used concurrently never see each other’s records', async () => {
    const { url, admin } = sandbox();
    const [a, b] = await Promise.all([
      admin.createOrganization({ seed: 'parallel-a' }),
      admin.createOrganization({ seed: 'parallel-b' }),
    ]);
    const list = (org: typeof a) =>
      callApi(url, '/v3/patients?pageSize=100', { key: org.keys[0]!.key, organizationId: org.organization.id });
    const [listA, listB] = await Promise.all([list(a), list(b)]);
    const idsA = new Set(listA.body.data.patients.map((p: { id: string }) => p.id));
    for (const patient of listB.body.data.patients) expect(idsA.has(patient.id)).toBe(false);
    const crossed = await callApi(url, `/v3/patients/${listA.body.data.patients[0].id}`, {
      key: b.keys[0]!.key,
      organizationId: b.organization.id,
    });
    expect(crossed.status).toBe(404);
    // A fault for clinic A leaves clinic B alone.
    await admin.injectFault({ match: { organizationId: a.organization.id }, status: 503 });
    expect((await list(a)).status).toBe(503);
    expect((await list(b)).status).toBe(200);
  });

  it('installs the apps asked for, with their grants, one key each', async () => {
    const { url, admin } = sandbox();
    const created = await admin.createOrganization({
      apps: [
        { appId: APPS.sandboxDemo.id, grantedScopes: ['read:patients'] },
        { appId: APPS.otherVendor.id, grantedScopes: ['read:appointments'] },
      ],
    });
    expect(created.keys.map((k) => [k.appId, k.scopes])).toEqual([
      [APPS.sandboxDemo.id, ['read:patients']],
      [APPS.otherVendor.id, ['read:appointments']],
    ]);
    const other = await callApi(url, '/v3/patients', { key: created.keys[1]!.key, organizationId: created.organization.id });
    expect(other.status).toBe(403);
    expect(other.body.message).toBe('Insufficient scope. Required: read:patients');
  });

  it('is gone after reset', async () => {
    const { url, admin } = sandbox();
    const created = await admin.createOrganization();
    await admin.reset();
    const { status: code, headers } = await callApi(url, '/v3/patients', { organizationId: created.organization.id });
    expect(code).toBe(403);
    expect(headers.get('x-sandbox-reason')).toBe('unknown_organization');
  });

  it('404 for an unknown app, 400 for a bad body', async () => {
    const { admin } = sandbox();
    expect(await status(admin.createOrganization({ apps: [{ appId: `app_${'2'.repeat(26)}` }] }))).toBe(404);
    expect(await status(admin.createOrganization({ apps: [] }))).toBe(400);
    expect(await status(admin.createOrganization({ seed: '' }))).toBe(400);
  });

  it('a key of a throwaway clinic is an ordinary key: revoke it and it is 401', async () => {
    const { url, admin } = sandbox();
    const created = await admin.createOrganization();
    await admin.revokeKey(created.keys[0]!.id);
    const call = await callApi(url, '/v3/patients', { key: created.keys[0]!.key, organizationId: created.organization.id });
    expect(call.status).toBe(401);
    expect(KEYS.fullAccess.key).not.toBe(created.keys[0]!.key);
  });
});
