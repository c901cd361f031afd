import { describe, expect, it } from 'vitest';
import { SandboxAdmin, type SandboxAdminError } from '../../../src/testing/admin-client.js';
import { startSandbox } from '../../../src/testing/start-sandbox.js';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

const PATHS = [
  '/v3/patients?pageSize=30&page=2',
  '/v3/appointments?pageSize=10',
  '/v3/marketplace/me',
  '/v3/notes?pageSize=3&includeSoapNote=true',
];

async function snapshot(url: string): Promise<string[]> {
  const texts: string[] = [];
  for (const organizationId of [CLINICS.sunrise.id, CLINICS.harbor.id]) {
    for (const path of PATHS) {
      const response = await fetch(`${url}${path}`, {
        headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'X-Organization-Id': organizationId },
      });
      texts.push(`${response.status} ${(await response.text()).replace(/"trace_id":"[^"]+"/, '')}`);
    }
  }
  return texts;
}

describe('POST /_sandbox/reset', () => {
  const sandbox = useLiveSandbox({ rateLimit: 5 });

  it('after every kind of change, answers byte for byte like a fresh start', async () => {
    const { url, admin } = sandbox();
    const fresh = await startSandbox({ seed: 'control-tests', rateLimit: 5 });
    try {
      await admin.revokeKey(KEYS.fullAccess.id);
      await admin.installApp({ appId: APPS.sandboxDemo.id, organizationId: CLINICS.harbor.id, grantedScopes: [] });
      await admin.createOrganization();
      await admin.injectFault({ status: 500 });
      await admin.setClock('2031-01-01T00:00:00Z', { freeze: true });
      for (let i = 0; i < 6; i++) await callApi(url, '/v3/patients', { key: KEYS.patientsOnly.key });
      await admin.reset();
      expect(await admin.requests()).toEqual([]);
      expect(await admin.faults()).toEqual([]);
      expect((await admin.fixtures()).organizations).toHaveLength(3);
      expect(await snapshot(url)).toEqual(await snapshot(fresh.url));
    } finally {
      await fresh.close();
    }
  });

  it('clears the rate-limit counters', async () => {
    const { url, admin } = sandbox();
    for (let i = 0; i < 5; i++) await callApi(url, '/v3/marketplace/me');
    expect((await callApi(url, '/v3/marketplace/me')).status).toBe(429);
    await admin.reset();
    expect((await callApi(url, '/v3/marketplace/me')).status).toBe(200);
  });
});

describe('--admin-token', () => {
  const sandbox = useLiveSandbox({ adminToken: 's3cret-token' });

  it('every /_sandbox call but health needs X-Sandbox-Admin-Token', async () => {
    const { url, admin } = sandbox();
    expect((await fetch(`${url}/_sandbox/health`)).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/fixtures'],
      ['POST', '/reset'],
      ['GET', '/requests'],
      ['POST', `/keys/${KEYS.fullAccess.id}/revoke`],
    ]) {
      const response = await fetch(`${url}/_sandbox${path}`, { method });
      expect(response.status, path).toBe(401);
      const body = (await response.json()) as Record<string, string>;
      expect(Object.keys(body).sort()).toEqual(['code', 'message', 'trace_id']);
      expect(body.message).toBe("A valid 'X-Sandbox-Admin-Token' header is required");
    }
    const wrong = new SandboxAdmin(url, { adminToken: 's3cret-tokeN' });
    expect(await wrong.fixtures().catch((e: SandboxAdminError) => e.status)).toBe(401);
    expect((await admin.fixtures()).keys.length).toBeGreaterThan(0);
    // The key was not revoked by the refused calls above.
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
  });

  it('leaves /v3 alone', async () => {
    expect((await callApi(sandbox().url, '/v3/marketplace/me')).status).toBe(200);
  });
});
