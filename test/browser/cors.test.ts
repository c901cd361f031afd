/**
 * CORS as a browser enforces it: a page on another origin (another port of 127.0.0.1) calls the
 * real CLI's /v3/patients with the well-known keys. With --cors naming the page's origin the call
 * answers and the page reads X-Sandbox-Reason on a 401; without CORS, or for another origin,
 * the browser refuses the response.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, startCli } from '../support/cli.js';
import { launchChromium, runBrowserSuites, saveScreenshot } from './support/chromium.js';

/** What the page's script saw of one call: the status and headers it could read, or the fetch error. */
type CallResult =
  | { status: number; reason: string | null; remaining: string | null; patients: number | null }
  | { error: string };

/**
 * The web app: calls the sandbox named in `?sandbox=` as a browser app would, then shows and
 * keeps what it could read.
 */
function appPage(): string {
  const calls = { fullAccess: KEYS.fullAccess.key, revoked: KEYS.revoked.key };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A web app on another origin</title><link rel="icon" href="data:,">
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem}td,th{border:1px solid #ccc;padding:.4rem .8rem;text-align:left}
table{border-collapse:collapse}.ok{color:#116329}.refused{color:#a40e26}</style></head>
<body><h1>A web app at <span id="origin"></span></h1><p>Calling <code id="sandbox"></code><code>/v3/patients?pageSize=2</code></p>
<table><thead><tr><th>key</th><th>what the page can read</th></tr></thead><tbody id="rows"></tbody></table>
<script>
(async () => {
  const sandbox = new URLSearchParams(location.search).get('sandbox');
  document.getElementById('origin').textContent = location.origin;
  document.getElementById('sandbox').textContent = sandbox;
  const results = {};
  for (const [name, key] of Object.entries(${JSON.stringify(calls)})) {
    let result;
    try {
      const response = await fetch(sandbox + '/v3/patients?pageSize=2', {
        headers: { Authorization: 'Bearer ' + key, 'X-Organization-Id': ${JSON.stringify(CLINICS.sunrise.id)} },
      });
      const body = await response.json();
      result = {
        status: response.status,
        reason: response.headers.get('X-Sandbox-Reason'),
        remaining: response.headers.get('X-RateLimit-Remaining'),
        patients: response.ok ? body.data.patients.length : null,
      };
    } catch (error) {
      result = { error: String(error) };
    }
    results[name] = result;
    const row = document.createElement('tr');
    const text = 'error' in result
      ? 'fetch failed: ' + result.error + ' (the browser refused the response)'
      : result.status + (result.patients !== null ? ', ' + result.patients + ' patients' : '') +
        (result.reason ? ', X-Sandbox-Reason: ' + result.reason : '') +
        (result.remaining ? ', X-RateLimit-Remaining: ' + result.remaining : '');
    row.innerHTML = '<td></td><td class="' + ('error' in result ? 'refused' : 'ok') + '"></td>';
    row.cells[0].textContent = name;
    row.cells[1].textContent = text;
    document.getElementById('rows').append(row);
  }
  window.results = results;
  document.body.dataset.done = 'true';
})();
</script></body></html>`;
}

describe.skipIf(!runBrowserSuites)('CORS in Chromium: a page on another origin calls the sandbox', () => {
  let server: Server;
  let appOrigin: string;
  let browser: Browser;
  let allowed: RunningCli;
  let off: RunningCli;
  let otherOrigin: RunningCli;
  const requested: string[] = [];

  beforeAll(async () => {
    const html = appPage();
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    appOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    [allowed, off, otherOrigin, browser] = await Promise.all([
      startCli(['--cors', appOrigin]),
      startCli(),
      startCli(['--cors', 'http://127.0.0.1:1']),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([allowed?.stop(), off?.stop(), otherOrigin?.stop()]);
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens the app against a sandbox, waits for its calls, screenshots it, returns what it read. */
  async function runApp(sandbox: RunningCli, screenshot: string): Promise<Record<'fullAccess' | 'revoked', CallResult>> {
    const page: Page = await browser.newPage({ viewport: { width: 1100, height: 420 } });
    try {
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${appOrigin}/?sandbox=${encodeURIComponent(sandbox.url)}`);
      await page.locator('body[data-done="true"]').waitFor();
      await saveScreenshot(page, screenshot);
      return await page.evaluate(
        () => (globalThis as unknown as { results: Record<'fullAccess' | 'revoked', CallResult> }).results,
      );
    } finally {
      await page.close();
    }
  }

  it("with --cors naming the page's origin: a 200 with its data, and a 401 whose reason the page reads", async () => {
    expect(new URL(appOrigin).origin).not.toBe(new URL(allowed.url).origin);
    const results = await runApp(allowed, 'cors-allowed');
    expect(results.fullAccess).toEqual({ status: 200, reason: null, remaining: '999', patients: 2 });
    expect(results.revoked).toEqual({ status: 401, reason: 'revoked_key', remaining: null, patients: null });
  });

  it('without --cors: the browser refuses both responses', async () => {
    const results = await runApp(off, 'cors-off');
    expect(results.fullAccess).toEqual({ error: 'TypeError: Failed to fetch' });
    expect(results.revoked).toEqual({ error: 'TypeError: Failed to fetch' });
  });

  it('with --cors naming another origin: refused too', async () => {
    const results = await runApp(otherOrigin, 'cors-other-origin');
    expect(results.fullAccess).toEqual({ error: 'TypeError: Failed to fetch' });
  });

  it('talked to 127.0.0.1 only', () => {
    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) expect(new URL(url).hostname).toBe('127.0.0.1');
  });
});
