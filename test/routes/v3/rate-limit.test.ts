import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox, FIXED_NOW } from '../../support/sandbox.js';

describe('rate limit per app', () => {
  it('answers 429 with Retry-After and the documented message past the limit', async () => {
    const { request } = createTestSandbox({ rateLimit: 3 });
    for (let i = 0; i < 3; i++) {
      const { status, headers } = await request('/v3/patients?pageSize=1');
      expect(status).toBe(200);
      expect(headers.get('X-RateLimit-Remaining')).toBe(String(2 - i));
    }
    const { status, body, headers } = await request('/v3/patients?pageSize=1');
    expect(status).toBe(429);
    expect(body.code).toBe('rate_limit_exceeded');
    expect(body.message).toBe('Rate limit exceeded. Maximum 3 requests per 60 seconds.');
    expect(headers.get('Retry-After')).toBe('60');
    expect(headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(headers.get('X-RateLimit-Reset')).toBe(String(FIXED_NOW / 1000 + 60));
    expect(headers.get('X-Sandbox-Reason')).toBe('rate_limited');
  });

  it('counts every key of the same app together, and other apps apart', async () => {
    const { request } = createTestSandbox({ rateLimit: 2 });
    await request('/v3/patients', { key: KEYS.fullAccess.key });
    await request('/v3/patients', { key: KEYS.patientsOnly.key });
    expect((await request('/v3/patients', { key: KEYS.noScopes.key })).status).toBe(429);
    expect((await request('/v3/patients', { key: KEYS.otherApp.key, organizationId: CLINICS.mesa.id })).status).toBe(200);
  });

  it('defaults to the documented 1000 requests', async () => {
    const { request } = createTestSandbox();
    const { headers } = await request('/v3/patients?pageSize=1');
    expect(headers.get('X-RateLimit-Limit')).toBe('1000');
  });
});

describe('rate-limit headers wherever the app is known', () => {
  const remaining = (headers: Headers) => headers.get('X-RateLimit-Remaining');

  it.each([
    ['an unknown path', 'GET', '/v3/unicorns', 'route_not_found'],
    ['an unknown method on a known path', 'DELETE', '/v3/patients', 'method_not_allowed'],
  ])('%s: 404 with the headers, counted like any request of the app', async (_what, method, path, reason) => {
    const { request, sandbox } = createTestSandbox({ rateLimit: 5 });
    const { status, headers } = await request(path, { method });
    expect(status).toBe(404);
    expect(headers.get('X-Sandbox-Reason')).toBe(reason);
    expect(headers.get('X-RateLimit-Limit')).toBe('5');
    expect(remaining(headers)).toBe('4');
    expect(headers.get('X-RateLimit-Reset')).toBe(String(FIXED_NOW / 1000 + 60));
    expect(remaining((await request('/v3/patients?pageSize=1', { key: KEYS.patientsOnly.key })).headers)).toBe('3');
    expect(sandbox.journal.list()[1]).toMatchObject({ path, status: 404, reason, keyId: KEYS.fullAccess.id });
  });

  it('an unknown path is 429 once the window is full: the limiter sits in front of routing', async () => {
    const { request } = createTestSandbox({ rateLimit: 1 });
    expect((await request('/v3/patients?pageSize=1')).status).toBe(200);
    const { status, headers, body } = await request('/v3/unicorns');
    expect(status).toBe(429);
    expect(body.message).toBe('Rate limit exceeded. Maximum 1 requests per 60 seconds.');
    expect(headers.get('X-Sandbox-Reason')).toBe('rate_limited');
    expect(headers.get('Retry-After')).toBe('60');
    expect(remaining(headers)).toBe('0');
    // A request that names no live key is not the app's: still 404, and no headers.
    const anonymous = await request('/v3/unicorns', { key: null });
    expect(anonymous.status).toBe(404);
    expect(anonymous.headers.get('X-RateLimit-Limit')).toBeNull();
  });

  it.each([
    ['no key', null],
    ['a revoked key', KEYS.revoked.key],
    ['a key of the other environment', 'max_dev_ak_FullAccess0000000000000000000001'],
    ['an unknown key', 'max_prd_ak_Unknown0000000000000000000000001'],
  ])('an unknown path with %s: 404 without rate-limit headers, nothing counted', async (_what, key) => {
    const { request } = createTestSandbox({ rateLimit: 5 });
    const { status, headers } = await request('/v3/unicorns', { key });
    expect(status).toBe(404);
    expect(headers.get('X-RateLimit-Limit')).toBeNull();
    expect(remaining((await request('/v3/patients?pageSize=1')).headers)).toBe('4');
  });

  it('an account key is counted on a window of its own, as on the operations', async () => {
    const { request } = createTestSandbox({ rateLimit: 5 });
    expect(remaining((await request('/v3/unicorns', { key: KEYS.account.key })).headers)).toBe('4');
    expect(remaining((await request('/v3/patients', { key: KEYS.account.key })).headers)).toBe('3');
    expect(remaining((await request('/v3/patients?pageSize=1')).headers)).toBe('4');
  });

  it.each([500, 503] as const)('an injected %i carries the headers and counts', async (faultStatus) => {
    const { request, sandbox } = createTestSandbox({ rateLimit: 5 });
    const fault = sandbox.faults.add({ match: { path: '/v3/patients' }, status: faultStatus, times: 1 });
    const { status, headers } = await request('/v3/patients');
    expect(status).toBe(faultStatus);
    expect(headers.get('X-Sandbox-Reason')).toBe('injected_fault');
    expect(headers.get('X-RateLimit-Limit')).toBe('5');
    expect(remaining(headers)).toBe('4');
    expect(remaining((await request('/v3/patients?pageSize=1')).headers)).toBe('3');
    expect(sandbox.journal.list()[1]).toMatchObject({ status: faultStatus, faultId: fault.id, keyId: KEYS.fullAccess.id });
  });

  it('an injected 429 says what a refusal says, nothing left until Retry-After, and is not counted', async () => {
    const { request, sandbox } = createTestSandbox({ rateLimit: 5 });
    sandbox.faults.add({ match: { path: '/v3/patients' }, status: 429, retryAfterSeconds: 7, times: 1 });
    const { status, headers } = await request('/v3/patients');
    expect(status).toBe(429);
    expect(headers.get('Retry-After')).toBe('7');
    expect(headers.get('X-RateLimit-Limit')).toBe('5');
    expect(remaining(headers)).toBe('0');
    expect(headers.get('X-RateLimit-Reset')).toBe(String(FIXED_NOW / 1000 + 7));
    expect(remaining((await request('/v3/patients?pageSize=1')).headers)).toBe('4');
  });

  it('a fault on an unknown path carries the headers too; a delay alone counts once', async () => {
    const { request, sandbox } = createTestSandbox({ rateLimit: 5 });
    sandbox.faults.add({ match: { path: '/v3/unicorns' }, status: 503, times: 1 });
    const down = await request('/v3/unicorns');
    expect(down.status).toBe(503);
    expect(remaining(down.headers)).toBe('4');
    sandbox.faults.add({ match: { path: '/v3/patients' }, delayMs: 1, times: 1 });
    expect(remaining((await request('/v3/patients?pageSize=1')).headers)).toBe('3');
  });

  it('a fault answered to a request without a live key carries no rate-limit headers', async () => {
    const { request, sandbox } = createTestSandbox({ rateLimit: 5 });
    sandbox.faults.add({ status: 500, times: 2 });
    for (const key of [null, KEYS.revoked.key]) {
      const { status, headers } = await request('/v3/patients', { key });
      expect(status).toBe(500);
      expect(headers.get('X-RateLimit-Limit')).toBeNull();
    }
  });

  it('a fault answers first even when the window is full, with the window as it stands', async () => {
    const { request, sandbox } = createTestSandbox({ rateLimit: 1 });
    await request('/v3/patients?pageSize=1');
    sandbox.faults.add({ status: 500, times: 1 });
    const { status, headers } = await request('/v3/patients');
    expect(status).toBe(500);
    expect(remaining(headers)).toBe('0');
  });

  it('a 401 still carries none', async () => {
    const { request } = createTestSandbox({ rateLimit: 5 });
    const { status, headers } = await request('/v3/patients', { key: KEYS.revoked.key });
    expect(status).toBe(401);
    expect(headers.get('X-RateLimit-Limit')).toBeNull();
  });
});
