/**
 * Sign in with Max AI through the in-process helper, as a backend's test suite would run it: the
 * typed SandboxAdmin consents (no browser), the backend exchanges the code over HTTP and verifies
 * the token with jose's remote JWKS, and the admin's faults and key rotation trip its checks.
 */
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { useLiveSandbox, validatingFetch } from '../support/live-sandbox.js';
import { DEMO_APP } from './support.js';

const live = useLiveSandbox();

async function signIn(extra: { idTokenFaults?: { expired?: boolean; audience?: string; unpublishedKey?: boolean } } = {}) {
  const { url, admin } = live();
  const fixtures = await admin.fixtures();
  const sunrise = fixtures.organizations.find((organization) => organization.id === CLINICS.sunrise.id)!;
  const redirectUri = 'http://127.0.0.1:8080/callback';
  const { code, redirectUrl } = await admin.consent({
    clientId: DEMO_APP,
    redirectUri,
    state: 'abc',
    userId: sunrise.staffUsers[0]!.id,
    organizationIds: [sunrise.id],
    ...extra,
  });
  expect(redirectUrl).toBe(`${redirectUri}?code=${code}&state=abc`);
  const response = await validatingFetch(`${url}/v3/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id_token: string; user: { id: string } };
}

const verify = (token: string) => {
  const { url } = live();
  return jwtVerify(token, createRemoteJWKSet(new URL('/.well-known/jwks.json', url)), { issuer: url, audience: DEMO_APP });
};

describe('Sign in with startSandbox and SandboxAdmin', () => {
  it('consents headlessly, exchanges over HTTP and verifies against the remote JWKS with issuer = the helper URL', async () => {
    const { id_token, user } = await signIn();
    const { payload } = await verify(id_token);
    expect(payload.sub).toBe(user.id);
    const signIns = await live().admin.signIns();
    expect(signIns.map((event) => event.outcome)).toEqual(['token_issued', 'code_issued']);
  });

  it('each fault trips the check it is meant to trip', async () => {
    await expect(verify((await signIn({ idTokenFaults: { expired: true } })).id_token)).rejects.toMatchObject({
      code: 'ERR_JWT_EXPIRED',
    });
    await expect(verify((await signIn({ idTokenFaults: { audience: 'x' } })).id_token)).rejects.toMatchObject({ claim: 'aud' });
    await expect(verify((await signIn({ idTokenFaults: { unpublishedKey: true } })).id_token)).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
  });

  it('a rotated key signs new tokens while the old ones still verify during the grace period', async () => {
    const before = (await signIn()).id_token;
    const { kid, previousKid } = await live().admin.rotateSigningKey(300);
    expect(decodeProtectedHeader(before).kid).toBe(previousKid);
    const after = (await signIn()).id_token;
    expect(decodeProtectedHeader(after).kid).toBe(kid);
    await verify(before);
    await verify(after);
  });
});
