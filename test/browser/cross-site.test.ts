/**
 * Issue 19, finding 1, as a browser does it: a page on another origin that the developer has
 * open (another port of 127.0.0.1: same site, another origin) fires the cross-site "simple"
 * requests a page may send without asking (no-cors fetches with text bodies, a form post) at the
 * real CLI's /_sandbox. Each is refused, and nothing changed: the key is still active, no fault,
 * the clock unmoved, no key made. With `--cors '*'` the page still cannot read /_sandbox/fixtures.
 * A page whose name re-points at 127.0.0.1 (DNS rebinding, mapped in Chromium) reads nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, startCli } from '../support/cli.js';
import { launchChromium, runBrowserSuites, saveScreenshot } from './support/chromium.js';

/** Ten years, the move the probe made. */
const TEN_YEARS_SECONDS = 315_360_000;
/** A name that only Chromium's resolver rules map, to 127.0.0.1: nothing leaves the machine. */
const REBOUND_NAME = 'rebind.test';

/** The hostile page: fires every write a page can send without a preflight, then tries to read. */
function attackerPage(): string {
  const writes = [
    { name: 'revoke', path: `/_sandbox/keys/${KEYS.fullAccess.id}/revoke`, body: null, type: null },
    { name: 'fault', path: '/_sandbox/faults', body: JSON.stringify({ status: 503 }), type: 'text/plain' },
    { name: 'clock', path: '/_sandbox/clock', body: JSON.stringify({ advanceSeconds: TEN_YEARS_SECONDS }), type: null },
    {
      name: 'key',
      path: '/_sandbox/keys',
      body: JSON.stringify({ appId: APPS.sandboxDemo.id, scopes: ['read:patients'] }),
      type: 'blob',
    },
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A page on another origin</title><link rel="icon" href="data:,"></head>
<body><h1>Another origin: <span id="origin"></span></h1><pre id="log"></pre>
<iframe name="sink" title="sink"></iframe>
<script>
(async () => {
  const sandbox = new URLSearchParams(location.search).get('sandbox');
  document.getElementById('origin').textContent = location.origin;
  const results = {};
  const log = (name, value) => { results[name] = value; document.getElementById('log').textContent += name + ': ' + JSON.stringify(value) + '\\n'; };
  for (const write of ${JSON.stringify(writes)}) {
    const init = { method: 'POST', mode: 'no-cors' };
    if (write.body !== null) init.body = write.type === 'blob' ? new Blob([write.body]) : write.body;
    if (write.type === 'text/plain') init.headers = { 'Content-Type': 'text/plain' };
    try { const response = await fetch(sandbox + write.path, init); log(write.name, response.type); }
    catch (error) { log(write.name, String(error)); }
  }
  // A form post: no script needed at all. Revokes another well-known key on a server that lets it.
  await new Promise((resolve) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.enctype = 'text/plain';
    form.target = 'sink';
    form.action = sandbox + '/_sandbox/keys/${KEYS.patientsOnly.id}/revoke';
    document.body.append(form);
    document.querySelector('iframe').addEventListener('load', resolve, { once: true });
    form.submit();
  });
  log('form', 'sent');
  try {
    const response = await fetch(sandbox + '/_sandbox/fixtures');
    const body = await response.json();
    log('read', { status: response.status, keys: Array.isArray(body.keys) ? body.keys.length : null });
  } catch (error) { log('read', String(error)); }
  window.results = results;
  document.body.dataset.done = 'true';
})();
</script></body></html>`;
}

/** The state a cross-site write would change, read as a test (no Origin) reads it. */
async function stateOf(sandbox: RunningCli) {
  const read = async (path: string) => (await fetch(sandbox.url + path)).json() as Promise<Record<string, unknown>>;
  const fixtures = await read('/_sandbox/fixtures');
  const key = async (id: string) => (await read(`/_sandbox/keys/${id}`)).status;
  return {
    fullAccess: await key(KEYS.fullAccess.id),
    patientsOnly: await key(KEYS.patientsOnly.id),
    faults: await read('/_sandbox/faults'),
    year: new Date(((await read('/_sandbox/clock')) as { now: string }).now).getUTCFullYear(),
    keys: (fixtures.keys as unknown[]).length,
  };
}

describe.skipIf(!runBrowserSuites)('cross-site requests in Chromium: a page on another origin and /_sandbox', () => {
  let server: Server;
  let pageOrigin: string;
  let browser: Browser;
  let plain: RunningCli;
  let anyOrigin: RunningCli;

  beforeAll(async () => {
    const html = attackerPage();
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    pageOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    [plain, anyOrigin, browser] = await Promise.all([
      startCli(),
      startCli(['--cors', '*']),
      launchChromium([`--host-resolver-rules=MAP ${REBOUND_NAME} 127.0.0.1`]),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([plain?.stop(), anyOrigin?.stop()]);
    await new Promise((resolve) => server?.close(resolve));
  });

  async function runPage(sandbox: RunningCli, screenshot: string): Promise<Record<string, unknown>> {
    const page: Page = await browser.newPage({ viewport: { width: 1000, height: 500 } });
    try {
      await page.goto(`${pageOrigin}/?sandbox=${encodeURIComponent(sandbox.url)}`);
      await page.locator('body[data-done="true"]').waitFor();
      await saveScreenshot(page, screenshot);
      return await page.evaluate(() => (globalThis as unknown as { results: Record<string, unknown> }).results);
    } finally {
      await page.close();
    }
  }

  it('default setup: revoke, fault, clock, key and a form post change nothing, and nothing is read', async () => {
    const before = await stateOf(plain);
    expect(new URL(pageOrigin).origin).not.toBe(new URL(plain.url).origin);
    const results = await runPage(plain, 'cross-site-default');
    expect(results.revoke).toBe('opaque');
    expect(results.read).toBe('TypeError: Failed to fetch');
    expect(await stateOf(plain)).toEqual(before);
    expect(before).toMatchObject({ fullAccess: 'active', patientsOnly: 'active', faults: { faults: [] } });
  });

  it("with --cors '*' (which opens /v3 to every page): still no write, and /_sandbox/fixtures unread", async () => {
    const before = await stateOf(anyOrigin);
    const results = await runPage(anyOrigin, 'cross-site-cors-any');
    expect(results.read).toBe('TypeError: Failed to fetch');
    expect(await stateOf(anyOrigin)).toEqual(before);
  });

  it('DNS rebinding: a name re-pointed at 127.0.0.1 is answered 403 host_not_allowed, with nothing to read', async () => {
    const page: Page = await browser.newPage();
    try {
      const port = new URL(plain.url).port;
      const response = await page.goto(`http://${REBOUND_NAME}:${port}/_sandbox/fixtures`);
      expect(response?.status()).toBe(403);
      expect(response?.headers()['x-sandbox-reason']).toBe('host_not_allowed');
      const body = (await response?.json()) as Record<string, unknown>;
      expect(body.code).toBe('forbidden');
      expect(JSON.stringify(body)).not.toContain('max_prd_ak_');
    } finally {
      await page.close();
    }
  });
});
