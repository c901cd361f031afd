/**
 * Sign in with Max AI through the real CLI, without a browser: the authorize page over HTTP, its
 * form posted as a browser posts it, the 303 followed to the callback's code and state, the code
 * exchanged, and the id token verified with jose against the CLI's discovery document and JWKS.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, startCli } from '../support/cli.js';
import { DEMO_APP } from './support.js';

describe('Sign in with Max AI through the CLI', () => {
  let cli: RunningCli;
  beforeAll(async () => {
    cli = await startCli();
  });
  afterAll(async () => {
    await cli?.stop();
  });

  it('authorize page -> Allow -> callback with code and state -> token -> verified id token', async () => {
    const redirectUri = 'http://127.0.0.1:43210/callback';
    const authorize = `${cli.url}/oauth/authorize?${new URLSearchParams({ client_id: DEMO_APP, redirect_uri: redirectUri, state: 'cli-state' })}`;
    const html = await (await fetch(authorize)).text();
    const formToken = /name="form_token" value="([^"]+)"/.exec(html)![1]!;
    const userId = /name="user_id" value="([^"]+)"/.exec(html)![1]!;
    const allow = await fetch(`${cli.url}/oauth/authorize`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: cli.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['form_token', formToken],
        ['user_id', userId],
        ['organization_id', CLINICS.sunrise.id],
        ['decision', 'allow'],
      ]),
    });
    expect(allow.status).toBe(303);
    const callback = new URL(allow.headers.get('Location')!);
    expect(callback.searchParams.get('state')).toBe('cli-state');

    const token = await fetch(`${cli.url}/v3/oauth/token`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code'),
        redirect_uri: redirectUri,
      }),
    });
    expect(token.status).toBe(200);
    const body = (await token.json()) as { id_token: string; user: { id: string } };
    const discovery = (await (await fetch(`${cli.url}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
      jwks_uri: string;
    };
    expect(discovery.issuer).toBe(cli.url);
    const { payload } = await jwtVerify(body.id_token, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
      issuer: discovery.issuer,
      audience: DEMO_APP,
    });
    expect(payload.sub).toBe(userId);
    expect(body.user.id).toBe(userId);
  });
});
