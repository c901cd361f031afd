import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createSandbox } from '../../src/sandbox.js';
import { ConfigError } from '../../src/settings/config-error.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox, type RequestOptions } from '../support/sandbox.js';

const APP_ORIGIN = 'http://localhost:5173';
const OTHER_ORIGIN = 'http://localhost:8080';

/** A browser's preflight for a call with a key and a clinic (and a JSON body). */
const preflight = (origin: string, method = 'GET') => ({
  method: 'OPTIONS',
  headers: {
    Origin: origin,
    'Access-Control-Request-Method': method,
    'Access-Control-Request-Headers': 'authorization,content-type,x-organization-id',
  },
});

const fromOrigin = (origin: string, options: RequestOptions = {}): RequestOptions => ({
  ...options,
  headers: { Origin: origin, ...options.headers },
});

const listOf = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase());

describe('CORS, off by default', () => {
  it('answers a preflight as before: the 404 of a method /v3/patients does not serve, no CORS header', async () => {
    const { app } = createTestSandbox();
    const response = await app.request('/v3/patients', preflight(APP_ORIGIN));
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('method_not_allowed');
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it.each([
    ['a 200', '/v3/patients?pageSize=1', {}],
    ['a 401', '/v3/patients', { key: KEYS.revoked.key }],
    ['the document', '/openapi.json', {}],
    ['a /_sandbox route', '/_sandbox/health', {}],
  ] as const)('sends no CORS header on %s, whatever the Origin', async (_label, path, options) => {
    const { request } = createTestSandbox();
    const response = await request(path, fromOrigin(APP_ORIGIN, options));
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-') || name === 'vary')).toEqual([]);
  });
});

describe('CORS with --cors set to one origin', () => {
  const sandboxFor = () => createTestSandbox({ cors: [APP_ORIGIN] });

  it('answers its preflight 204 with the methods and headers the API takes, no key needed', async () => {
    const { app, sandbox } = sandboxFor();
    const response = await app.request('/v3/patients', preflight(APP_ORIGIN));
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    // Every method the document uses, so a page can call every operation.
    const documented = new Set(
      Object.values(sandbox.spec.paths ?? {}).flatMap((item) =>
        Object.keys(item ?? {}).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key)),
      ),
    );
    expect(listOf(response.headers.get('Access-Control-Allow-Methods')).sort()).toEqual([...documented].sort());
    expect(documented).toContain('patch');
    expect(listOf(response.headers.get('Access-Control-Allow-Headers'))).toEqual(
      expect.arrayContaining(['authorization', 'x-organization-id', 'content-type', 'x-sandbox-admin-token']),
    );
    expect(response.headers.get('Access-Control-Max-Age')).toBe('600');
    expect(listOf(response.headers.get('Vary'))).toContain('origin');
    // A preflight is the browser asking, not the app calling: not journaled, not counted.
    expect(sandbox.journal.list()).toEqual([]);
    expect(response.headers.get('X-RateLimit-Remaining')).toBeNull();
  });

  it('answers a preflight for /_sandbox before its admin token check', async () => {
    const { app } = createTestSandbox({ cors: [APP_ORIGIN], adminToken: 'admin-secret' });
    const response = await app.request('/_sandbox/keys', preflight(APP_ORIGIN, 'POST'));
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
  });

  it("gives another origin's preflight nothing it asks for, so its browser refuses the call", async () => {
    const { app } = sandboxFor();
    const response = await app.request('/v3/patients', preflight(OTHER_ORIGIN));
    expect(response.status).toBe(204);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(response.headers.get('Vary')).toBe('Origin');
  });

  it('routes an OPTIONS that is no preflight as before, its 404 readable by the page', async () => {
    const { request } = sandboxFor();
    const response = await request('/v3/patients', fromOrigin(APP_ORIGIN, { method: 'OPTIONS' }));
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('method_not_allowed');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
  });

  it('lets the page read a 200 and every header the document declares', async () => {
    const { request } = sandboxFor();
    const response = await request('/v3/patients?pageSize=2', fromOrigin(APP_ORIGIN));
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    expect(listOf(response.headers.get('Access-Control-Expose-Headers')).sort()).toEqual([
      'retry-after',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-sandbox-reason',
      'x-sandbox-warning',
    ]);
    expect(listOf(response.headers.get('Vary'))).toContain('origin');
    expect(response.headers.get('X-RateLimit-Limit')).toBe('1000');
  });

  it('changes no byte of the body', async () => {
    const plain = await createTestSandbox().request('/v3/patients?pageSize=5', fromOrigin(APP_ORIGIN));
    const withCors = await sandboxFor().request('/v3/patients?pageSize=5', fromOrigin(APP_ORIGIN));
    expect(withCors.text).toBe(plain.text);
  });

  it.each([
    ['401 revoked_key', '/v3/patients', { key: KEYS.revoked.key }, 401, 'revoked_key'],
    ['400 missing_organization_id', '/v3/patients', { organizationId: null }, 400, 'missing_organization_id'],
    ['403 insufficient_scope', '/v3/appointments', { key: KEYS.patientsOnly.key }, 403, 'insufficient_scope'],
    ['403 app_not_installed', '/v3/patients', { organizationId: CLINICS.mesa.id }, 403, 'app_not_installed'],
    ['404 record_not_found', `/v3/patients/pat_${'0'.repeat(32)}`, {}, 404, 'record_not_found'],
    ['404 route_not_found', '/v3/nothing-here', {}, 404, 'route_not_found'],
  ] as const)('lets the page read an error and its reason: %s', async (_label, path, options, status, reason) => {
    const { request } = sandboxFor();
    const response = await request(path, fromOrigin(APP_ORIGIN, options));
    expect(response.status).toBe(status);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('X-Sandbox-Reason')).toBe(reason);
    expect(listOf(response.headers.get('Access-Control-Expose-Headers'))).toContain('x-sandbox-reason');
  });

  it('lets the page read a 429 and its Retry-After', async () => {
    const { request } = createTestSandbox({ cors: [APP_ORIGIN], rateLimit: 1 });
    await request('/v3/patients', fromOrigin(APP_ORIGIN));
    const response = await request('/v3/patients', fromOrigin(APP_ORIGIN));
    expect(response.status).toBe(429);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('Retry-After')).not.toBeNull();
  });

  it('covers the document and the /_sandbox surface, its 401 included', async () => {
    const { request } = createTestSandbox({ cors: [APP_ORIGIN], adminToken: 'admin-secret' });
    for (const path of ['/openapi.json', '/_sandbox/health', '/_sandbox/fixtures']) {
      const response = await request(path, fromOrigin(APP_ORIGIN));
      expect(response.headers.get('Access-Control-Allow-Origin'), path).toBe(APP_ORIGIN);
    }
    const refused = await request('/_sandbox/fixtures', fromOrigin(APP_ORIGIN));
    expect(refused.status).toBe(401);
    expect(refused.headers.get('X-Sandbox-Reason')).toBe('admin_token_required');
  });

  it('answers another origin as usual but without Allow-Origin: its browser hides the response', async () => {
    const { request } = sandboxFor();
    const response = await request('/v3/patients?pageSize=1', fromOrigin(OTHER_ORIGIN));
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('CORS with --cors *', () => {
  it('allows any origin, with no Vary', async () => {
    const { app, request } = createTestSandbox({ cors: '*' });
    const preflightResponse = await app.request('/v3/patients', preflight(OTHER_ORIGIN));
    expect(preflightResponse.status).toBe(204);
    expect(preflightResponse.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const response = await request('/v3/patients?pageSize=1', fromOrigin('https://anything.example'));
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Vary')).toBeNull();
  });
});

describe('config.cors from code', () => {
  it('is normalized like the CLI normalizes it', async () => {
    const sandbox = createSandbox({ config: { cors: ['HTTP://LocalHost:5173/'] } });
    const response = await createApp(sandbox).request('/openapi.json', { headers: { Origin: APP_ORIGIN } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
  });

  it("takes the command line's form too: origins separated by commas", async () => {
    const sandbox = createSandbox({ config: { cors: 'http://localhost:8080, http://localhost:5173/' } });
    const response = await createApp(sandbox).request('/openapi.json', { headers: { Origin: APP_ORIGIN } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP_ORIGIN);
  });

  it('is refused by createSandbox with a ConfigError naming it when the CLI would refuse it', () => {
    const bad = () => createSandbox({ config: { cors: ['localhost:5173'] } });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/^config\.cors must be '\*' or comma-separated origins/);
    const notAList = () => createSandbox({ config: { cors: { origin: APP_ORIGIN } as never } });
    expect(notAList).toThrow(/^config\.cors must be '\*' or comma-separated origins .*, or a list of origins$/);
  });
});
