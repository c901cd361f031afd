import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swaggerUiAssets } from '../../src/pages/assets.js';
import { sandboxOnlyTags, tryItAuthorizations } from '../../src/pages/docs-page.js';
import { APPS, CLINICS, KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

/** The settings the page hands its script, as the script reads them. */
function pageConfig(html: string): { documentUrl: string; authorizations: Record<string, string> } {
  const json = /<script id="docs-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json!);
}

/** Every script and stylesheet the page loads, as written in it. */
const pageAssets = (html: string) =>
  [...html.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)].map((m) => m[1]!);

describe('the API reference at /docs', () => {
  it('is an HTML page that allows nothing from another origin', async () => {
    const { app } = createTestSandbox();
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/https?:|\*/);
    expect(await response.text()).toContain('<div id="swagger-ui"></div>');
  });

  it('loads only files the sandbox serves, each with its type', async () => {
    const { app } = createTestSandbox();
    const assets = pageAssets(await (await app.request('/docs')).text());
    expect(assets).toEqual(['docs/assets/swagger-ui.css', 'docs/assets/swagger-ui-bundle.js', 'docs/assets/docs.js']);
    for (const asset of assets) {
      const response = await app.request(`/${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('Content-Type')).toBe(
        asset.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    const document = await app.request(`/${pageConfig(await (await app.request('/docs')).text()).documentUrl}`);
    expect(document.status).toBe(200);
  });

  it('pre-fills the full-access key at Sunrise, under the schemes the document names', async () => {
    const { app } = createTestSandbox();
    const html = await (await app.request('/docs')).text();
    expect(pageConfig(html).authorizations).toEqual({ bearerAuth: KEYS.fullAccess.key, organizationId: CLINICS.sunrise.id });
    expect(html).toContain(`<code>${KEYS.fullAccess.id}</code> at <strong>${CLINICS.sunrise.name}</strong>`);
  });

  it('pre-fills the staging key on a staging sandbox', async () => {
    const { app } = createTestSandbox({ environment: 'staging' });
    const { authorizations } = pageConfig(await (await app.request('/docs')).text());
    expect(authorizations.bearerAuth).toBe(STAGING_KEYS.fullAccess.key);
  });

  it('follows the world as it is now: a revoked key is no longer offered', async () => {
    const { app, sandbox } = createTestSandbox();
    sandbox.world.keys.get(KEYS.fullAccess.id)!.revokedAt = 0;
    const { authorizations } = pageConfig(await (await app.request('/docs')).text());
    // read:patients and read:bills, both granted at Sunrise: the widest left.
    expect(authorizations).toEqual({ bearerAuth: KEYS.ungrantedScope.key, organizationId: CLINICS.sunrise.id });
  });

  it('says so when no key can reach a clinic, and fills nothing', async () => {
    const { app, sandbox } = createTestSandbox();
    for (const key of sandbox.world.keys.values()) key.revokedAt = 0;
    const html = await (await app.request('/docs')).text();
    expect(pageConfig(html).authorizations).toEqual({});
    expect(html).toContain('nothing is pre-filled');
  });

  it('never shows the admin token, only that one is needed', async () => {
    const { app } = createTestSandbox({ adminToken: 'secret-admin-token-1' });
    const html = await (await app.request('/docs')).text();
    expect(html).not.toContain('secret-admin-token-1');
    expect(html).toContain('This sandbox has an admin token');
    expect(Object.values(pageConfig(html).authorizations)).not.toContain('secret-admin-token-1');
  });

  it('with an admin token, offers only published well-known keys: never one made with the token, nor a throwaway clinic', async () => {
    const token = 'secret-admin-token-1';
    const t = createTestSandbox({ adminToken: token });
    const admin = { 'X-Sandbox-Admin-Token': token };
    const made = await t.request('/_sandbox/keys', {
      method: 'POST',
      headers: admin,
      body: { appId: APPS.sandboxDemo.id, scopes: ['read:patients', 'read:appointments', 'read:providers'] },
    });
    expect(made.status).toBe(201);
    const clinic = await t.request('/_sandbox/organizations', { method: 'POST', headers: admin, body: { name: 'Throwaway' } });
    expect(clinic.status).toBe(201);
    const throwawayKeys = new Set([...t.sandbox.world.keys.keys()].filter((id) => id !== made.body.key.id));
    // Every published data key revoked: the one made with the token (and any of the throwaway
    // clinic) would be the widest left, and reads Sunrise.
    for (const key of Object.values(KEYS)) t.sandbox.world.keys.get(key.id)!.revokedAt = 0;
    const html = await (await t.app.request('/docs')).text();
    expect(pageConfig(html).authorizations).toEqual({});
    expect(html).not.toContain(made.body.key.key);
    expect(html).toContain("None of the world's published well-known data keys is active");
    expect(throwawayKeys.size).toBeGreaterThan(0);
  });

  it('with an admin token, does not offer a published key whose secret was rotated', async () => {
    const token = 'secret-admin-token-1';
    const t = createTestSandbox({ adminToken: token });
    const rotated = await t.request(`/_sandbox/keys/${KEYS.fullAccess.id}/rotate`, {
      method: 'POST',
      headers: { 'X-Sandbox-Admin-Token': token },
      body: {},
    });
    expect(rotated.status).toBe(200);
    const html = await (await t.app.request('/docs')).text();
    expect(JSON.stringify(rotated.body)).toMatch(/max_prd_ak_/);
    expect(pageConfig(html).authorizations.bearerAuth).not.toBe(t.sandbox.world.keys.get(KEYS.fullAccess.id)!.secret);
    expect(pageConfig(html).authorizations).toEqual({ bearerAuth: KEYS.ungrantedScope.key, organizationId: CLINICS.sunrise.id });
  });

  it('escapes what the world holds: a clinic name cannot end the script or inject markup', async () => {
    const { app, sandbox } = createTestSandbox();
    sandbox.world.organizations.get(CLINICS.sunrise.id)!.name = '</script><img src=x onerror=alert(1)>';
    const html = await (await app.request('/docs')).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it('sets the Sandbox section apart by its tag, read from the document', async () => {
    const { app, sandbox } = createTestSandbox();
    expect(sandboxOnlyTags(sandbox.spec)).toEqual(['Sandbox']);
    expect(await (await app.request('/docs')).text()).toContain('.opblock-tag-section:has(> #operations-tag-Sandbox)');
  });

  it('fills a renamed bearer scheme too, and no scheme it has no value for', () => {
    const { sandbox } = createTestSandbox();
    const document = structuredClone(sandbox.spec);
    const schemes = document.components!.securitySchemes!;
    schemes.maxKey = schemes.bearerAuth!;
    delete schemes.bearerAuth;
    const defaults = { keyId: 'k', key: 'max_prd_ak_x', organizationId: 'org', organizationName: 'Org' };
    expect(tryItAuthorizations(document, defaults)).toEqual({ maxKey: 'max_prd_ak_x', organizationId: 'org' });
  });

  it('redirects /docs/ to /docs, where its relative links resolve', async () => {
    const { app } = createTestSandbox();
    const response = await app.request('/docs/');
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('Location')!, 'http://sandbox.test/docs/').pathname).toBe('/docs');
  });
});

describe('the files of /docs/assets', () => {
  it('answers 304 to a browser that holds the same version', async () => {
    const { app } = createTestSandbox();
    const first = await app.request('/docs/assets/swagger-ui.css');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]{22}"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await app.request('/docs/assets/swagger-ui.css', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await app.request('/docs/assets/swagger-ui.css', { headers: { 'If-None-Match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it.each(['swagger-ui.js.map', 'constructor', '__proto__', '..%2F..%2Fpackage.json', 'LICENSE'])(
    'answers %s with the JSON 404 of an unknown route',
    async (name) => {
      const { app } = createTestSandbox();
      const response = await app.request(`/docs/assets/${name}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('X-Sandbox-Reason')).toBe('route_not_found');
      expect(await response.json()).toMatchObject({ code: 'not_found', message: 'Route not found' });
    },
  );

  it('names the missing file and the build step when swagger-ui was not copied', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-swagger-ui-'));
    try {
      const asset = swaggerUiAssets(empty);
      expect(() => asset('swagger-ui.css')).toThrow(
        /swagger-ui\.css cannot be read .*npm run build copies it from swagger-ui-dist/,
      );
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});
