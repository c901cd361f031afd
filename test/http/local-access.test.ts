import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HOST_CHECKED_PATHS } from '../../src/app.js';
import { ConfigError } from '../../src/settings/config-error.js';
import { KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox, type TestSandbox } from '../support/sandbox.js';

const SANDBOX_HOST = 'localhost:3000';
const OWN_ORIGIN = `http://${SANDBOX_HOST}`;
/** Another localhost port: same site, another origin. */
const OTHER_PORT = 'http://localhost:8080';

/** A request as a browser at `origin` sends it to the sandbox at localhost:3000. */
const browser = (origin: string, site: string, headers: Record<string, string> = {}) => ({
  Host: SANDBOX_HOST,
  Origin: origin,
  'Sec-Fetch-Site': site,
  ...headers,
});

/** Nothing a refused request could have changed did change. */
function expectUnchanged(t: TestSandbox) {
  expect(t.sandbox.world.keyStatus(t.sandbox.world.keys.get(KEYS.fullAccess.id)!)).toBe('active');
  expect(t.sandbox.faults.list()).toEqual([]);
  expect(t.sandbox.world.keys.size).toBe(createTestSandbox().sandbox.world.keys.size);
}

describe('the Host allow-list (DNS rebinding)', () => {
  it('checks every route the app serves: each path of HOST_CHECKED_PATHS or /v3, and a foreign Host is refused on each', async () => {
    const t = createTestSandbox();
    const covered = (path: string) =>
      path.startsWith('/v3/') ||
      HOST_CHECKED_PATHS.some((pattern) =>
        pattern.endsWith('/*') ? path === pattern.slice(0, -2) || path.startsWith(pattern.slice(0, -1)) : path === pattern,
      );
    const routes = t.app.routes.filter((route) => route.method !== 'ALL' || route.path !== '/*');
    expect(routes.length).toBeGreaterThan(40);
    const uncovered = routes.map((route) => route.path).filter((path) => !covered(path));
    expect(uncovered).toEqual([]);
    // Each concrete GET route (parameters filled with a plausible value) is refused for a foreign Host.
    for (const route of routes.filter((route) => route.method === 'GET')) {
      const path = route.path.replace(/\/:[^/]+/g, '/x').replace(/\*$/, 'x');
      const response = await t.app.request(path, {
        headers: { Host: 'evil.example', Authorization: `Bearer ${KEYS.fullAccess.key}` },
      });
      expect(response.status, path).toBe(403);
      expect(response.headers.get('X-Sandbox-Reason'), path).toBe('host_not_allowed');
    }
  });

  it.each(['evil.example', 'evil.example:3000', 'localhost.evil.example', '127.0.0.1.nip.io:3000'])(
    'answers Host %s with a JSON 403 host_not_allowed, on /_sandbox and /v3 alike',
    async (host) => {
      const t = createTestSandbox();
      for (const path of ['/_sandbox/fixtures', '/v3/patients', '/openapi.json', '/docs']) {
        const response = await t.app.request(path, {
          headers: { Host: host, Authorization: `Bearer ${KEYS.fullAccess.key}` },
        });
        expect(response.status, path).toBe(403);
        expect(response.headers.get('X-Sandbox-Reason')).toBe('host_not_allowed');
        const body = await response.json();
        expect(body).toMatchObject({ code: 'forbidden', trace_id: expect.any(String) });
        expect(JSON.stringify(body)).not.toContain('evil');
      }
    },
  );

  it.each([
    'localhost',
    'localhost:3000',
    'LOCALHOST.:3000',
    'app.localhost:3000',
    'host.docker.internal:49153',
    '127.0.0.1:49153',
    '[::1]:3000',
    '172.17.0.2:3000',
    'max-sandbox:3000',
    hostname(),
  ])('answers Host %s: loopback names, IP addresses, names without a dot, the machine', async (host) => {
    const response = await createTestSandbox().app.request('/_sandbox/health', { headers: { Host: host } });
    expect(response.status).toBe(200);
  });

  it('answers names listed with allowedHosts, a leading dot for a domain, * for any', async () => {
    const listed = createTestSandbox({ allowedHosts: ['sandbox.test', '.corp.test'] }).app;
    for (const host of ['sandbox.test', 'corp.test:3000', 'a.b.corp.test']) {
      expect((await listed.request('/_sandbox/health', { headers: { Host: host } })).status, host).toBe(200);
    }
    expect((await listed.request('/_sandbox/health', { headers: { Host: 'xcorp.test' } })).status).toBe(403);
    const any = createTestSandbox({ allowedHosts: '*' }).app;
    expect((await any.request('/_sandbox/health', { headers: { Host: 'evil.example' } })).status).toBe(200);
  });

  it('refuses a setting it cannot read', () => {
    expect(() => createTestSandbox({ allowedHosts: 'http://sandbox.test' })).toThrow(ConfigError);
    expect(() => createTestSandbox({ allowedHosts: '*,sandbox.test' })).toThrow(/allowedHosts takes '\*' alone/);
  });
});

describe('/_sandbox from a page of another origin', () => {
  it.each([
    ['another localhost port', OTHER_PORT, 'same-site'],
    ['another site', 'https://evil.example', 'cross-site'],
    ['an opaque origin', 'null', 'cross-site'],
  ])('refuses %s: revoke, fault, clock, key and reset change nothing', async (_label, origin, site) => {
    const t = createTestSandbox();
    const clockBefore = t.sandbox.clock.now();
    const attempts: Array<[string, string | undefined, string | undefined]> = [
      [`/_sandbox/keys/${KEYS.fullAccess.id}/revoke`, undefined, undefined],
      ['/_sandbox/faults', 'text/plain', JSON.stringify({ status: 503 })],
      ['/_sandbox/clock', 'text/plain', JSON.stringify({ advanceSeconds: 315_360_000 })],
      ['/_sandbox/keys', 'application/x-www-form-urlencoded', 'appId=x'],
      ['/_sandbox/reset', undefined, undefined],
    ];
    for (const [path, type, body] of attempts) {
      const response = await t.app.request(path, {
        method: 'POST',
        headers: browser(origin, site, type === undefined ? {} : { 'Content-Type': type }),
        ...(body !== undefined && { body }),
      });
      expect(response.status, path).toBe(403);
      expect(response.headers.get('X-Sandbox-Reason')).toBe('cross_site_request');
      expect(((await response.json()) as { code: string }).code).toBe('forbidden');
    }
    expectUnchanged(t);
    expect(t.sandbox.clock.now()).toBe(clockBefore);
  });

  it('refuses by Origin alone (no Sec-Fetch-Site) and by Sec-Fetch-Site alone (no Origin)', async () => {
    const t = createTestSandbox();
    const revoke = `/_sandbox/keys/${KEYS.fullAccess.id}/revoke`;
    const byOrigin = await t.app.request(revoke, { method: 'POST', headers: { Host: SANDBOX_HOST, Origin: OTHER_PORT } });
    expect(byOrigin.status).toBe(403);
    const bySite = await t.app.request('/_sandbox/fixtures', { headers: { Host: SANDBOX_HOST, 'Sec-Fetch-Site': 'cross-site' } });
    expect(bySite.status).toBe(403);
    expectUnchanged(t);
  });

  it('serves the same origin (the console), a fetch that is no browser, and an origin --cors names', async () => {
    const t = createTestSandbox({ cors: [OTHER_PORT] });
    const revoke = `/_sandbox/keys/${KEYS.patientsOnly.id}/revoke`;
    const own = await t.app.request('/_sandbox/fixtures', { headers: browser(OWN_ORIGIN, 'same-origin') });
    expect(own.status).toBe(200);
    const plain = await t.app.request('/_sandbox/fixtures', { headers: { Host: SANDBOX_HOST } });
    expect(plain.status).toBe(200);
    const listed = await t.app.request(revoke, { method: 'POST', headers: browser(OTHER_PORT, 'same-site') });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('Access-Control-Allow-Origin')).toBe(OTHER_PORT);
  });

  it("with --cors '*', opens /v3 to every origin and /_sandbox to none", async () => {
    const t = createTestSandbox({ cors: '*' });
    const fixtures = await t.app.request('/_sandbox/fixtures', { headers: browser('https://evil.example', 'cross-site') });
    expect(fixtures.status).toBe(403);
    expect(fixtures.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await t.app.request('/_sandbox/keys', {
      method: 'OPTIONS',
      headers: { Host: SANDBOX_HOST, Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const v3 = await t.request('/v3/patients?pageSize=1', { headers: { Origin: 'https://evil.example' } });
    expect(v3.status).toBe(200);
    expect(v3.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});

describe('/_sandbox bodies', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'refuses a body sent as %s with 415, and injects no fault',
    async (type) => {
      const t = createTestSandbox();
      const response = await t.app.request('/_sandbox/faults', {
        method: 'POST',
        headers: { 'Content-Type': type, 'Content-Length': '14' },
        body: '{"status":503}',
      });
      expect(response.status).toBe(415);
      expect(response.headers.get('X-Sandbox-Reason')).toBe('unsupported_media_type');
      expect(((await response.json()) as { code: string }).code).toBe('bad_request');
      expectUnchanged(t);
    },
  );

  it('refuses a body without any Content-Type', async () => {
    const t = createTestSandbox();
    const response = await t.app.request('/_sandbox/faults', {
      method: 'POST',
      headers: { 'Content-Length': '14' },
      body: new Blob(['{"status":503}']),
    });
    expect(response.status).toBe(415);
    expectUnchanged(t);
  });

  it('takes JSON (with a charset, or a +json type) and a POST with no body at all', async () => {
    const t = createTestSandbox();
    for (const type of ['application/json; charset=utf-8', 'application/problem+json']) {
      const response = await t.app.request('/_sandbox/faults', {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: '{"status":503}',
      });
      expect(response.status, type).toBe(201);
    }
    expect((await t.app.request('/_sandbox/reset', { method: 'POST' })).status).toBe(200);
    expect((await t.app.request('/_sandbox/reset', { method: 'POST', headers: { 'Content-Length': '0' } })).status).toBe(200);
  });
});
