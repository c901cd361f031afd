/**
 * `/oauth/authorize`: api-model A7's consent flow (cited "A7: ...") and the sandbox's decisions
 * about a request it cannot redirect for, the form's CSRF guard and the page's security headers.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createSandbox } from '../../src/sandbox.js';
import { CLINICS } from '../../src/testing/well-known.js';
import { DEMO_APP, REDIRECT_URI, staffUser } from '../oauth/support.js';

const sandbox = createSandbox({ config: { rateLimit: 1_000_000 } });
const app = createApp(sandbox);
const BASE = 'http://127.0.0.1:3000';

const authorize = (query: string) => app.request(`${BASE}/oauth/authorize?${query}`);
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const valid = { client_id: DEMO_APP, redirect_uri: REDIRECT_URI, state: 'st-123' };

/** Opens the page and returns its form token. */
async function openPage(params: Record<string, string> = valid): Promise<{ html: string; formToken: string }> {
  const response = await authorize(query(params));
  const html = await response.text();
  expect(response.status, html).toBe(200);
  return { html, formToken: /name="form_token" value="([^"]+)"/.exec(html)![1]! };
}

function post(fields: [string, string][], headers: Record<string, string> = { Origin: BASE }) {
  return app.request(`${BASE}/oauth/authorize`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
  });
}

describe('A7. Sign in: the authorize page', () => {
  it("A7: the user signs in and sees a consent screen with the app's permissions and the organizations to authorize", async () => {
    const { html } = await openPage();
    expect(html).toContain('Sign in to Sandbox Demo App');
    expect(html).toContain(staffUser(sandbox).email);
    expect(html).toContain(CLINICS.sunrise.name);
    expect(html).toContain(CLINICS.harbor.name);
    // Harbor granted fewer scopes: each clinic's own list is shown.
    expect(html).toContain('<code>read:soap_notes</code>');
    // Mesa did not install the app: neither it nor its staff are offered.
    expect(html).not.toContain(CLINICS.mesa.name);
  });

  it('A7: Allow redirects to redirect_uri with a short-lived code and the original state', async () => {
    const { formToken } = await openPage();
    const response = await post([
      ['form_token', formToken],
      ['user_id', staffUser(sandbox).id],
      ['organization_id', CLINICS.sunrise.id],
      ['decision', 'allow'],
    ]);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('Location')!);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('st-123');
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('A7: redirect URIs are registered: an unregistered one is an error page, never a redirect (RFC 6749 4.1.2.1)', async () => {
    const response = await authorize(query({ ...valid, redirect_uri: 'https://attacker.example/callback' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(response.headers.get('X-Sandbox-Reason')).toBe('oauth_redirect_uri_not_registered');
    expect(await response.text()).toContain('is not a redirect URI of sandbox-demo-app');
  });
});

describe('B. Sign in: the authorize page decisions', () => {
  it.each([
    ['an unknown client_id', { ...valid, client_id: 'nope' }, 'oauth_unknown_client'],
    ['no client_id', { redirect_uri: REDIRECT_URI }, 'oauth_invalid_authorize_request'],
    ['no redirect_uri', { client_id: DEMO_APP }, 'oauth_redirect_uri_not_registered'],
    ['a redirect_uri with a fragment', { ...valid, redirect_uri: `${REDIRECT_URI}#x` }, 'oauth_redirect_uri_not_registered'],
    ['a redirect_uri that is no URL', { ...valid, redirect_uri: 'callback' }, 'oauth_redirect_uri_not_registered'],
    ['a state over 2048 characters', { ...valid, state: 's'.repeat(2049) }, 'oauth_invalid_authorize_request'],
    ['response_type token', { ...valid, response_type: 'token' }, 'oauth_invalid_authorize_request'],
  ])('B: %s is a 400 error page with its reason, never a redirect', async (_name, params, reason) => {
    const response = await authorize(query(params as Record<string, string>));
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(response.headers.get('X-Sandbox-Reason')).toBe(reason);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
  });

  it('B: a repeated parameter is an error page', async () => {
    const response = await authorize(`${query(valid)}&state=again`);
    expect([response.status, response.headers.get('X-Sandbox-Reason')]).toEqual([400, 'oauth_invalid_authorize_request']);
    expect(await response.text()).toContain('&#39;state&#39; must be given once');
  });

  it('B: state may be left out; the page warns, and the redirect carries no state', async () => {
    const { html, formToken } = await openPage({ client_id: DEMO_APP, redirect_uri: REDIRECT_URI });
    expect(html).toContain('has no <code>state</code>');
    const response = await post([
      ['form_token', formToken],
      ['user_id', staffUser(sandbox).id],
      ['organization_id', CLINICS.sunrise.id],
      ['decision', 'allow'],
    ]);
    expect(new URL(response.headers.get('Location')!).searchParams.has('state')).toBe(false);
  });

  it('B: Deny redirects with error=access_denied and the state', async () => {
    const { formToken } = await openPage();
    const response = await post([
      ['form_token', formToken],
      ['decision', 'deny'],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${REDIRECT_URI}?error=access_denied&state=st-123`);
  });

  it('B: the form token is single-use, and a POST from another site is refused (CSRF)', async () => {
    const { formToken } = await openPage();
    const fields: [string, string][] = [
      ['form_token', formToken],
      ['user_id', staffUser(sandbox).id],
      ['organization_id', CLINICS.sunrise.id],
      ['decision', 'allow'],
    ];
    const crossSite = await post(fields, { Origin: 'http://localhost:5173' });
    expect([crossSite.status, crossSite.headers.get('X-Sandbox-Reason')]).toEqual([403, 'oauth_form_token_invalid']);
    const fetchSite = await post(fields, { 'Sec-Fetch-Site': 'cross-site' });
    expect(fetchSite.status).toBe(403);
    expect((await post(fields)).status).toBe(303);
    const replay = await post(fields);
    expect([replay.status, replay.headers.get('X-Sandbox-Reason')]).toEqual([403, 'oauth_form_token_invalid']);
    const forged = await post([
      ['form_token', 'made-up'],
      ['decision', 'allow'],
    ]);
    expect(forged.status).toBe(403);
  });

  it('B: a consent form over 64 KiB is refused before it is read', async () => {
    const big = 'x'.repeat(65 * 1024);
    const response = await post([['form_token', big]], { Origin: BASE, 'Content-Length': String(big.length + 11) });
    expect([response.status, response.headers.get('X-Sandbox-Reason')]).toEqual([400, 'oauth_invalid_authorize_request']);
  });

  it('B: the form token expires after 10 minutes on the virtual clock', async () => {
    const { formToken } = await openPage();
    sandbox.clock.advance(10 * 60_000 + 1);
    const response = await post([
      ['form_token', formToken],
      ['decision', 'deny'],
    ]);
    expect(response.status).toBe(403);
  });

  it('B: a user may authorize only their own clinic; another is refused on a fresh page naming it', async () => {
    const { formToken } = await openPage();
    const response = await post([
      ['form_token', formToken],
      ['user_id', staffUser(sandbox, CLINICS.harbor.id).id],
      ['organization_id', CLINICS.sunrise.id],
      ['decision', 'allow'],
    ]);
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('oauth_consent_invalid');
    const html = await response.text();
    expect(html).toContain('cannot authorize organization');
    // A fresh form token: the one just sent is used up.
    expect(html).toMatch(/name="form_token" value="[A-Za-z0-9_-]{32}"/);
    expect(html).not.toContain(formToken);
    expect(sandbox.journal.list({ limit: 1 })[0]).toMatchObject({ method: 'POST', status: 400, reason: 'oauth_consent_invalid' });
  });

  it('B: the page is script-free under the strict CSP, never cached, and the journal records each call', async () => {
    const response = await authorize(query(valid));
    const html = await response.text();
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(html).not.toContain('<script');
    await authorize(query({ ...valid, client_id: 'nope' }));
    const [last] = sandbox.journal.list({ limit: 1 });
    expect(last).toMatchObject({ path: '/oauth/authorize', reason: 'oauth_unknown_client' });
  });

  it('B: a Host outside the allow-list reads nothing (DNS rebinding)', async () => {
    const response = await app.request(`http://attacker.example/oauth/authorize?${query(valid)}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('host_not_allowed');
  });
});
