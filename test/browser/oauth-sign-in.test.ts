/**
 * Sign in with Max AI in a real browser, end to end through the real CLI: a tiny external app (a
 * node:http server on another 127.0.0.1 port) sends Chromium to /oauth/authorize, the person
 * picks a staff user and allows, the browser comes back to the app's callback with the code and
 * the state, and the app's backend exchanges the code and verifies the id token with jose against
 * the sandbox's JWKS, as a real backend would.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OAuthTokenResponse } from '../../src/testing/admin-types.js';
import { KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, startCli } from '../support/cli.js';
import { launchChromium, runBrowserSuites, saveScreenshot } from './support/chromium.js';

const CLIENT_ID = 'sandbox-demo-app';

/** What the app's callback saw and did, for the test to check. */
interface CallbackOutcome {
  stateMatched: boolean;
  status?: number;
  email?: string;
  organizations?: string[];
  claims?: Record<string, unknown>;
  error?: string;
}

/** The external app: /login starts the flow with a fresh state, /callback finishes it. */
function startApp(sandboxUrl: () => string) {
  const states = new Set<string>();
  const outcomes: CallbackOutcome[] = [];
  let origin = '';
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const redirectUri = `${origin}/callback`;
    if (url.pathname === '/login') {
      const state = randomBytes(16).toString('hex');
      states.add(state);
      const authorize = new URL('/oauth/authorize', sandboxUrl());
      authorize.search = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: redirectUri, state }).toString();
      response.writeHead(302, { Location: authorize.href }).end();
      return;
    }
    if (url.pathname === '/callback') {
      const state = url.searchParams.get('state') ?? '';
      const outcome: CallbackOutcome = { stateMatched: states.delete(state) };
      try {
        if (!outcome.stateMatched) throw new Error('state mismatch');
        const refused = url.searchParams.get('error');
        if (refused !== null) throw new Error(refused);
        const exchange = await fetch(`${sandboxUrl()}/v3/oauth/token`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            grant_type: 'authorization_code',
            code: url.searchParams.get('code'),
            redirect_uri: redirectUri,
          }),
        });
        outcome.status = exchange.status;
        const body = (await exchange.json()) as OAuthTokenResponse;
        const jwks = createRemoteJWKSet(new URL('/.well-known/jwks.json', sandboxUrl()));
        const { payload } = await jwtVerify(body.id_token, jwks, { issuer: sandboxUrl(), audience: CLIENT_ID });
        outcome.claims = payload;
        outcome.email = body.user.email;
        outcome.organizations = body.authorizedOrganizations.map((organization) => organization.name);
      } catch (error) {
        outcome.error = (error as Error).message;
      }
      outcomes.push(outcome);
      const text = outcome.error === undefined ? `Signed in as ${outcome.email}` : `Sign-in failed: ${outcome.error}`;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><title>App</title><link rel="icon" href="data:,"></head><body><h1 id="result">${text.replace(/</g, '&lt;')}</h1></body></html>`,
      );
      return;
    }
    response.writeHead(404).end();
  });
  return {
    server,
    outcomes,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return origin;
    },
  };
}

describe.skipIf(!runBrowserSuites)('Sign in with Max AI in Chromium, through the CLI', () => {
  let sandbox: RunningCli;
  let browser: Browser;
  let app: ReturnType<typeof startApp>;
  let appOrigin: string;

  beforeAll(async () => {
    app = startApp(() => sandbox.url);
    [sandbox, browser, appOrigin] = await Promise.all([startCli(), launchChromium(), app.listen()]);
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await new Promise((resolve) => app?.server.close(resolve));
  });

  it('redirects, consents as an office manager, comes back with code and state, and the backend verifies the id token', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
    try {
      await page.goto(`${appOrigin}/login`);
      await page.getByRole('heading', { name: 'Sign in to Sandbox Demo App' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/oauth/authorize');
      const manager = page.locator('label', { hasText: 'office_manager' }).first();
      const email = /\(office_manager, ([^)]+)\)/.exec((await manager.textContent()) ?? '')![1];
      await manager.locator('input').check();
      await saveScreenshot(page, 'oauth-consent');
      await page.getByRole('button', { name: 'Allow' }).click();
      await page.locator('#result').waitFor();
      expect(new URL(page.url()).origin).toBe(appOrigin);
      expect(await page.locator('#result').textContent()).toBe(`Signed in as ${email}`);
      const [outcome] = app.outcomes;
      expect(outcome).toMatchObject({ stateMatched: true, status: 200, email });
      expect(outcome!.claims).toMatchObject({ iss: sandbox.url, aud: CLIENT_ID, email });
      expect(outcome!.organizations).toEqual(['Sunrise Family Medicine']);
      // The console's panel lists the consent and the exchange.
      await page.goto(`${sandbox.url}/_sandbox/console`);
      const rows = page.locator('#sign-in-rows tr');
      await rows.filter({ hasText: 'id token issued' }).first().waitFor();
      expect(await rows.allTextContents()).toEqual([
        expect.stringContaining('code exchanged: id token issued'),
        expect.stringContaining('allowed: code issued'),
      ]);
    } finally {
      await page.close();
    }
  });

  it('Deny comes back with error=access_denied and the state; nothing is exchanged', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${appOrigin}/login`);
      await page.getByRole('button', { name: 'Deny' }).click();
      await page.locator('#result').waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.get('error')).toBe('access_denied');
      expect(app.outcomes.at(-1)).toEqual({ stateMatched: true, error: 'access_denied' });
      const journal = (await (await fetch(`${sandbox.url}/_sandbox/requests?path=/oauth/authorize`)).json()) as {
        requests: { status: number }[];
      };
      expect(journal.requests.map((entry) => entry.status)).toContain(303);
    } finally {
      await page.close();
    }
  });
});
