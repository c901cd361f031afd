/**
 * How the sandbox serves its demo console, in-process: the page and every file it loads with
 * their content types, no secret in any of them, and the same JSON 404 as every other route for
 * anything else. What the page does is test/browser/console.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { ALL_SCOPES } from '../../src/contract/scopes.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { readOperations } from '../../src/openapi/operations.js';
import { CONSOLE_PATH } from '../../src/pages/console.js';
import { CONSOLE_DIR } from '../../src/pages/console-assets.js';
import { createSandbox } from '../../src/sandbox.js';

const ADMIN_TOKEN = 'serving-test-admin-token';
const openApp = createApp(createSandbox());
const guardedApp = createApp(createSandbox({ config: { adminToken: ADMIN_TOKEN } }));

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/** The URLs the page loads, and every module those modules import, as the browser would follow them. */
async function filesThePageLoads(app: typeof openApp): Promise<string[]> {
  const html = await (await app.request(CONSOLE_PATH)).text();
  const found = [...html.matchAll(/(?:src|href)="(\/_sandbox\/console\/[^"]+)"/g)].map((match) => match[1]!);
  for (let i = 0; i < found.length; i++) {
    if (!found[i]!.endsWith('.js')) continue;
    const source = await (await app.request(found[i]!)).text();
    for (const [, name] of source.matchAll(/^import [^;]*? from '\.\/([a-z-]+\.js)';$/gm)) {
      const url = `${CONSOLE_PATH}/${name}`;
      if (!found.includes(url)) found.push(url);
    }
  }
  return found;
}

const expectJsonError = async (response: Response, status: number, reason: string, what = '') => {
  expect(response.status, what).toBe(status);
  expect(response.headers.get('Content-Type'), what).toBe('application/json');
  expect(response.headers.get('X-Sandbox-Reason'), what).toBe(reason);
  expect(Object.keys((await response.json()) as object)).toEqual(['code', 'message', 'trace_id']);
};

describe('GET /_sandbox/console', () => {
  it('serves the page as HTML that may load only what this sandbox serves', async () => {
    const response = await openApp.request(CONSOLE_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(CONTENT_TYPES.html);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).toContain(`<script type="module" src="${CONSOLE_PATH}/main.js"></script>`);
    expect(html).toContain(`<link rel="stylesheet" href="${CONSOLE_PATH}/console.css">`);
  });

  it('serves every file the page loads, module imports included, with its content type', async () => {
    const files = await filesThePageLoads(openApp);
    // The entry, the style sheet, and the modules main.js reaches.
    expect(files).toEqual(
      expect.arrayContaining([`${CONSOLE_PATH}/main.js`, `${CONSOLE_PATH}/console.css`, `${CONSOLE_PATH}/api.js`]),
    );
    const shipped = readdirSync(CONSOLE_DIR).filter((name) => name !== 'index.html');
    // Nothing shipped is unused, nothing used is missing.
    expect(files.map((url) => url.slice(CONSOLE_PATH.length + 1)).sort()).toEqual(shipped.sort());
    for (const url of files) {
      const response = await openApp.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type'), url).toBe(CONTENT_TYPES[url.slice(url.lastIndexOf('.') + 1)]);
      expect((await response.text()).length, url).toBeGreaterThan(0);
    }
  });

  it('answers HEAD like GET without a body, and a repeated load with 304', async () => {
    const get = await openApp.request(`${CONSOLE_PATH}/main.js`);
    const head = await openApp.request(`${CONSOLE_PATH}/main.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Type')).toBe(CONTENT_TYPES.js);
    expect(await head.text()).toBe('');
    const etag = get.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await openApp.request(`${CONSOLE_PATH}/main.js`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await openApp.request(CONSOLE_PATH, { method: 'HEAD' })).headers.get('Content-Type')).toBe(CONTENT_TYPES.html);
  });

  it('answers another method with the JSON 404 of a known path, never asking for the admin token', async () => {
    for (const app of [openApp, guardedApp]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        await expectJsonError(await app.request(CONSOLE_PATH, { method }), 404, 'method_not_allowed', method);
        await expectJsonError(await app.request(`${CONSOLE_PATH}/main.js`, { method }), 404, 'method_not_allowed', method);
      }
    }
  });

  it('answers a file it does not serve with the JSON 404 of an unknown route', async () => {
    for (const app of [openApp, guardedApp]) {
      for (const path of [
        `${CONSOLE_PATH}/`,
        `${CONSOLE_PATH}/index.html`,
        `${CONSOLE_PATH}/nothing.js`,
        `${CONSOLE_PATH}/main.ts`,
        `${CONSOLE_PATH}/deeper/main.js`,
        `${CONSOLE_PATH}/..%2Fpackage.json`,
        `${CONSOLE_PATH}/%2E%2E%2Fpackage.json`,
      ]) {
        await expectJsonError(await app.request(path), 404, 'route_not_found', path);
      }
    }
  });
});

describe('the console and the admin token', () => {
  it('is open: the page and its files need no token, and none holds it', async () => {
    for (const url of [CONSOLE_PATH, ...(await filesThePageLoads(guardedApp))]) {
      const response = await guardedApp.request(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).not.toContain(ADMIN_TOKEN);
    }
  });

  it('leaves every admin call it makes to the token check', async () => {
    await expectJsonError(await guardedApp.request('/_sandbox/fixtures'), 401, 'admin_token_required');
    const allowed = await guardedApp.request('/_sandbox/fixtures', { headers: { 'X-Sandbox-Admin-Token': ADMIN_TOKEN } });
    expect(allowed.status).toBe(200);
  });
});

describe("the console's files", () => {
  const files = readdirSync(CONSOLE_DIR).map((name) => join(CONSOLE_DIR, name));

  it('stay well under 500 KB together', () => {
    const bytes = files.reduce((total, file) => total + statSync(file).size, 0);
    expect(bytes).toBeLessThan(100 * 1024);
  });

  it('name no other host: nothing is fetched from a CDN or a font service', async () => {
    // The curl lines take this page's own origin at run time; no file spells a URL.
    for (const url of [CONSOLE_PATH, ...(await filesThePageLoads(openApp))]) {
      const text = await (await openApp.request(url)).text();
      expect(text, url).not.toMatch(/https?:\/\/|url\(|@import/);
    }
  });

  it("offer the document's scopes, and browse every record type of the records route", async () => {
    const { SCOPES } = await import(pathToFileURL(join(CONSOLE_DIR, 'scopes.js')).href);
    expect(SCOPES).toEqual(ALL_SCOPES);
    const { RESOURCES } = await import(pathToFileURL(join(CONSOLE_DIR, 'record-columns.js')).href);
    // The tabs keep the order of the /v3 lists (patients, appointments, ...); the types are the route's.
    const lists = readOperations(loadSpec())
      .filter((operation) => operation.method === 'GET' && /^\/v3\/[a-z]+$/.test(operation.routePath))
      .map((operation) => operation.routePath.slice('/v3/'.length))
      // Sent emails have a view of their own (the outbox), not a place in the record browser.
      .filter((resource) => resource !== 'marketplace' && resource !== 'emails');
    expect(RESOURCES.slice(0, lists.length)).toEqual(lists);
    const parameter = loadSpec().components?.parameters?.SandboxRecordResource as { schema: { enum: string[] } };
    const recordTypes = parameter.schema.enum;
    expect([...RESOURCES].sort()).toEqual([...recordTypes].sort());
  });
});
