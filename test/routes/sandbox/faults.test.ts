import { describe, expect, it } from 'vitest';
import type { SandboxAdminError } from '../../../src/testing/admin-client.js';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

const sandbox = useLiveSandbox();

describe('POST /_sandbox/faults', () => {
  it('500 internal_error for the next N matches, then normal answers', async () => {
    const { url, admin } = sandbox();
    const fault = await admin.injectFault({ match: { path: '/v3/patients' }, status: 500, times: 2 });
    for (let i = 0; i < 2; i++) {
      const { status, body, headers } = await callApi(url, '/v3/patients');
      expect(status).toBe(500);
      expect(Object.keys(body).sort()).toEqual(['code', 'message', 'trace_id']);
      expect(body.code).toBe('internal_error');
      expect(headers.get('x-sandbox-reason')).toBe('injected_fault');
    }
    expect((await callApi(url, '/v3/patients')).status).toBe(200);
    expect(await admin.faults()).toEqual([]);
    const journal = await admin.requests({ path: '/v3/patients' });
    expect(journal.map((e) => [e.status, e.faultId])).toEqual([
      [200, null],
      [500, fault.id],
      [500, fault.id],
    ]);
  });

  it('429 with Retry-After and the documented message; 503 with Retry-After', async () => {
    const { url, admin } = sandbox();
    await admin.injectFault({ match: { path: '/v3/appointments' }, status: 429, retryAfterSeconds: 7, times: 1 });
    const limited = await callApi(url, '/v3/appointments');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      code: 'rate_limit_exceeded',
      message: 'Rate limit exceeded. Maximum 1000 requests per 60 seconds.',
    });
    expect(limited.headers.get('retry-after')).toBe('7');
    await admin.injectFault({ match: { path: '/v3/appointments' }, status: 503, times: 1 });
    const down = await callApi(url, '/v3/appointments');
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('service_unavailable');
    expect(down.headers.get('retry-after')).toBe('1');
  });

  it('delays the normal answer by delayMs', async () => {
    const { url, admin } = sandbox();
    await admin.injectFault({ match: { path: '/v3/marketplace/me' }, delayMs: 300, times: 1 });
    const started = performance.now();
    const { status } = await callApi(url, '/v3/marketplace/me');
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    const [entry] = await admin.requests({ limit: 1 });
    expect(entry!.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('drops the connection with abort', async () => {
    const { url, admin } = sandbox();
    await admin.injectFault({ match: { path: '/v3/providers' }, abort: true, times: 1 });
    await expect(callApi(url, '/v3/providers')).rejects.toThrow();
    expect((await callApi(url, '/v3/providers')).status).toBe(200);
    expect((await admin.requests({ path: '/v3/providers' })).map((e) => e.status)).toEqual([200, 0]);
  });

  it('matches by method, path prefix, key id and organization', async () => {
    const { url, admin } = sandbox();
    await admin.injectFault({ match: { method: 'GET', path: '/v3/notes*', keyId: KEYS.patientsOnly.id }, status: 503 });
    expect((await callApi(url, '/v3/notes')).status).toBe(200);
    expect((await callApi(url, '/v3/notes', { key: KEYS.patientsOnly.key })).status).toBe(503);
    expect((await callApi(url, '/v3/notes/not_0', { key: KEYS.patientsOnly.key })).status).toBe(503);
    await admin.clearFaults();
    await admin.injectFault({ match: { organizationId: CLINICS.harbor.id.toUpperCase() }, status: 500 });
    expect((await callApi(url, '/v3/patients', { organizationId: CLINICS.harbor.id })).status).toBe(500);
    expect((await callApi(url, '/v3/patients')).status).toBe(200);
    // Either documented spelling of a clinic id, in the fault or in the request, names the same clinic.
    const harborOrgForm = `org_${CLINICS.harbor.id.replaceAll('-', '')}`;
    expect((await callApi(url, '/v3/patients', { organizationId: harborOrgForm })).status).toBe(500);
    await admin.clearFaults();
    await admin.injectFault({ match: { organizationId: harborOrgForm }, status: 500 });
    expect((await callApi(url, '/v3/patients', { organizationId: CLINICS.harbor.id })).status).toBe(500);
    expect((await callApi(url, '/v3/patients')).status).toBe(200);
  });

  it('applies before the key is checked, so an app can rehearse outages with any key', async () => {
    const { url, admin } = sandbox();
    await admin.injectFault({ status: 503, times: 1 });
    expect((await callApi(url, '/v3/patients', { key: KEYS.revoked.key })).status).toBe(503);
  });

  it('lists, removes one and removes all', async () => {
    const { url, admin } = sandbox();
    const first = await admin.injectFault({ match: { path: '/v3/patients' }, status: 500 });
    await admin.injectFault({ match: { path: '/v3/bills' }, status: 500 });
    expect((await admin.faults()).map((f) => f.id)).toHaveLength(2);
    await admin.removeFault(first.id);
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
    expect((await callApi(url, '/v3/bills?pageSize=1')).status).toBe(500);
    await admin.clearFaults();
    expect((await callApi(url, '/v3/bills?pageSize=1')).status).toBe(200);
    const missing = await admin.removeFault(first.id).catch((e: SandboxAdminError) => e);
    expect((missing as SandboxAdminError).status).toBe(404);
  });

  it.each([
    [{ match: { path: '/v3/patients' } }, /at least one of 'status', 'delayMs' or 'abort'/],
    [{ status: 418 }, /'status' must be one of: 429, 500, 503/],
    [{ abort: true, status: 500 }, /cannot also answer a 'status'/],
    [{ delayMs: 600_000 }, /'delayMs' must be at most 60000/],
    [{ status: 500, match: { path: 'v3' } }, /'match.path' must match the pattern/],
    [{ status: 500, match: { path: '/v3/patients/{id}' } }, /'match.path' '\/v3\/patients\/\{id\}' matches no path/],
    [{ status: 500, match: { path: '/v3/patient' } }, /'\/v3\/patient' matches no path of the API: .*prefix ending in '\*'/],
    [{ status: 500, match: { path: '/v3/patients/x/y' } }, /matches no path/],
    [{ status: 500, match: { path: '/v3/billz*' } }, /matches no path/],
    [{ status: 500, match: { path: '/_sandbox/keys' } }, /matches no path/],
  ])('400 for %j', async (input, message) => {
    const error = await sandbox()
      .admin.injectFault(input as never)
      .catch((e: SandboxAdminError) => e);
    expect((error as SandboxAdminError).status).toBe(400);
    expect((error as SandboxAdminError).message).toMatch(message);
  });

  it.each([
    '/v3/patients/pat_00000000000000000000000000000001',
    '/v3/patients/*',
    '/v3/pat*',
    '/v3/*',
    '/*',
    '/v3/marketplace/me',
  ])('accepts %s, a path some request can have', async (path) => {
    const fault = await sandbox().admin.injectFault({ match: { path }, status: 503 });
    expect(fault.match.path).toBe(path);
  });

  it('never touches /_sandbox itself', async () => {
    const { admin } = sandbox();
    await admin.injectFault({ status: 500 });
    expect((await admin.health()).status).toBe('ok');
    expect(await admin.faults()).toHaveLength(1);
  });
});
