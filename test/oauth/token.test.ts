/**
 * Sign in with Max AI, the token side: one case per documented fact of api-model A7's Sign in
 * paragraph (cited "A7: ..."), then the sandbox's own decisions (cited "B: ...").
 */
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';
import { consentCode, DEMO_APP, REDIRECT_URI, staffUser, tokenBody } from './support.js';

const testSandbox = createTestSandbox({ rateLimit: 1_000_000 });
const { request, sandbox } = testSandbox;
const ISSUER = 'http://localhost';

/** The exchange as a backend sends it: the app's key, JSON, no X-Organization-Id. */
const exchange = (
  body: unknown,
  options: { key?: string; organizationId?: string | null; rawBody?: string; headers?: Record<string, string> } = {},
) => request('/v3/oauth/token', { method: 'POST', organizationId: null, body, ...options });

const jwks = async () => createLocalJWKSet((await request('/.well-known/jwks.json')).body);

describe('A7. Sign in: the token exchange', () => {
  it('A7: the backend calls POST /v3/oauth/token with the API key and JSON {grant_type, code, redirect_uri}; 200 with no success envelope', async () => {
    const response = await exchange(tokenBody(await consentCode(testSandbox)));
    expect(response.status, response.text).toBe(200);
    expect(Object.keys(response.body)).toEqual(['id_token', 'user', 'authorizedOrganizations']);
    expect(response.body.code).toBeUndefined();
  });

  it('A7: user is {id: "usr_...", email, firstName, lastName, imageUrl}', async () => {
    const user = staffUser(sandbox);
    const { body } = await exchange(tokenBody(await consentCode(testSandbox)));
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      imageUrl: null,
    });
    expect(body.user.id).toMatch(/^usr_[0-9a-f]{32}$/);
  });

  it('A7: authorizedOrganizations are [{id: "org_...", name, facilities: [{id: "fac_...", name, address}], role}]', async () => {
    const { body } = await exchange(tokenBody(await consentCode(testSandbox)));
    const [organization] = body.authorizedOrganizations;
    expect(organization.id).toBe(`org_${CLINICS.sunrise.id.replaceAll('-', '')}`);
    expect(organization.name).toBe(CLINICS.sunrise.name);
    expect(organization.facilities.length).toBe(3);
    for (const facility of organization.facilities) {
      expect(facility.id).toMatch(/^fac_[0-9a-f]{32}$/);
      expect(facility.address).toMatch(/^\d+ [A-Za-z ]+, [A-Za-z ]+, TX \d{5}$/);
    }
    expect(['admin', 'member']).toContain(organization.role);
  });

  it('A7: the id_token is an OIDC ID token signed ES256 (verified with jose against the published JWKS)', async () => {
    const { body } = await exchange(tokenBody(await consentCode(testSandbox)));
    expect(body.id_token).toMatch(/^eyJhbGciOiJFUzI1NiIs/);
    expect(decodeProtectedHeader(body.id_token).alg).toBe('ES256');
    // The test sandbox's clock stands at its fixed reference instant: jose checks exp against it.
    const currentDate = new Date(sandbox.clock.now());
    const { payload } = await jwtVerify(body.id_token, await jwks(), {
      issuer: ISSUER,
      audience: DEMO_APP,
      algorithms: ['ES256'],
      currentDate,
    });
    expect(payload.sub).toBe(body.user.id);
  });

  it('A7: redirect_uri must match the authorize request (else invalid_grant)', async () => {
    const response = await exchange(tokenBody(await consentCode(testSandbox), 'http://localhost:5174/callback'));
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_grant',
      error_description: "'redirect_uri' does not match the authorization request",
    });
    expect(response.headers.get('X-Sandbox-Reason')).toBe('oauth_redirect_uri_mismatch');
  });

  it('A7: "No X-Organization-Id header required"; one sent is accepted in either form', async () => {
    expect((await exchange(tokenBody(await consentCode(testSandbox)))).status).toBe(200);
    expect((await exchange(tokenBody(await consentCode(testSandbox)), { organizationId: CLINICS.sunrise.id })).status).toBe(200);
    const orgForm = `org_${CLINICS.harbor.id.replaceAll('-', '')}`;
    expect((await exchange(tokenBody(await consentCode(testSandbox)), { organizationId: orgForm })).status).toBe(200);
    const bad = await exchange(tokenBody('x'), { organizationId: 'sunrise' });
    expect([bad.status, bad.body.code, bad.headers.get('X-Sandbox-Reason')]).toEqual([
      400,
      'bad_request',
      'invalid_organization_id',
    ]);
  });

  it('A7: errors follow RFC 6749 (400 OAuthErrorDto {error, error_description}); 401 for a bad key', async () => {
    const missing = await exchange({ grant_type: 'authorization_code' });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: 'invalid_request', error_description: expect.stringContaining("'code'") });
    const grant = await exchange({ grant_type: 'client_credentials', code: 'x', redirect_uri: REDIRECT_URI });
    expect(grant.body).toEqual({ error: 'unsupported_grant_type', error_description: "'grant_type' must be authorization_code" });
    const unknown = await exchange(tokenBody('never-issued'));
    expect([unknown.status, unknown.body.error, unknown.headers.get('X-Sandbox-Reason')]).toEqual([
      400,
      'invalid_grant',
      'oauth_code_unknown',
    ]);
    const badKey = await exchange(tokenBody(await consentCode(testSandbox)), {
      key: 'max_prd_ak_Unknown0000000000000000000000001',
    });
    expect(badKey.status).toBe(401);
    expect(badKey.body).toMatchObject({ code: 'unauthorized', message: 'Invalid or missing API key' });
  });
});

describe('B. Sign in: the sandbox decisions on the token exchange', () => {
  it('B: a code is single-use: the second exchange is invalid_grant (oauth_code_reused)', async () => {
    const code = await consentCode(testSandbox);
    expect((await exchange(tokenBody(code))).status).toBe(200);
    const again = await exchange(tokenBody(code));
    expect([again.status, again.body.error, again.headers.get('X-Sandbox-Reason')]).toEqual([
      400,
      'invalid_grant',
      'oauth_code_reused',
    ]);
  });

  it('B: a code lives 60 s on the virtual clock; codeLifetimeSeconds makes one expire early', async () => {
    const code = await consentCode(testSandbox);
    const early = await consentCode(testSandbox, { codeLifetimeSeconds: 5 });
    sandbox.clock.advance(6_000);
    expect((await exchange(tokenBody(early))).headers.get('X-Sandbox-Reason')).toBe('oauth_code_expired');
    expect((await exchange(tokenBody(code))).status).toBe(200);
    const late = await consentCode(testSandbox);
    sandbox.clock.advance(60_000);
    const expired = await exchange(tokenBody(late));
    expect([expired.status, expired.body.error, expired.headers.get('X-Sandbox-Reason')]).toEqual([
      400,
      'invalid_grant',
      'oauth_code_expired',
    ]);
  });

  it("B: a code shown with another app's key is invalid_grant and stays usable by its own app", async () => {
    const code = await consentCode(testSandbox);
    const foreign = await exchange(tokenBody(code), { key: KEYS.otherApp.key });
    expect([foreign.status, foreign.body.error, foreign.headers.get('X-Sandbox-Reason')]).toEqual([
      400,
      'invalid_grant',
      'oauth_code_other_client',
    ]);
    expect((await exchange(tokenBody(code))).status).toBe(200);
  });

  it('B: an Account API key is 403, as on data endpoints', async () => {
    const response = await exchange(tokenBody('x'), { key: KEYS.account.key });
    expect([response.status, response.headers.get('X-Sandbox-Reason')]).toEqual([403, 'account_key_on_data_endpoint']);
  });

  it('B: JSON only, as documented: a form-encoded body is invalid_request saying so', async () => {
    const response = await exchange(undefined, {
      rawBody: new URLSearchParams(tokenBody('x')).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
    expect(response.body.error_description).toMatch(/JSON.*form encoding is not accepted/);
  });

  it('B: the claims are iss (base URL), aud (slug), sub (user id), iat, exp = iat + 3600, email, names, org_ids', async () => {
    const user = staffUser(sandbox);
    const { body } = await exchange(tokenBody(await consentCode(testSandbox)));
    const claims = decodeJwt(body.id_token);
    expect(claims).toEqual({
      iss: ISSUER,
      aud: DEMO_APP,
      sub: user.id,
      iat: Math.floor(sandbox.clock.now() / 1000),
      exp: Math.floor(sandbox.clock.now() / 1000) + 3600,
      email: user.email,
      given_name: user.firstName,
      family_name: user.lastName,
      name: `${user.firstName} ${user.lastName}`,
      org_ids: [`org_${CLINICS.sunrise.id.replaceAll('-', '')}`],
    });
    const discovery = (await request('/.well-known/openid-configuration')).body;
    expect(discovery.issuer).toBe(claims.iss);
    expect(discovery.jwks_uri).toBe(`${ISSUER}/.well-known/jwks.json`);
    expect(discovery.id_token_signing_alg_values_supported).toEqual(['ES256']);
  });

  it('B: role is admin for an office manager, member otherwise', async () => {
    const manager = staffUser(sandbox, CLINICS.sunrise.id, 'office_manager');
    const clerk = staffUser(sandbox, CLINICS.sunrise.id, 'front_desk');
    const roleOf = async (userId: string) =>
      (await exchange(tokenBody(await consentCode(testSandbox, { userId })))).body.authorizedOrganizations[0].role;
    expect(await roleOf(manager.id)).toBe('admin');
    expect(await roleOf(clerk.id)).toBe('member');
  });

  it('B: faults make a backend check fail: expired token, wrong audience, a key the JWKS does not publish', async () => {
    const keys = await jwks();
    const token = async (idTokenFaults: object) =>
      (await exchange(tokenBody(await consentCode(testSandbox, { idTokenFaults })))).body.id_token as string;
    const options = { issuer: ISSUER, audience: DEMO_APP, currentDate: new Date(sandbox.clock.now()) };
    await expect(jwtVerify(await token({ expired: true }), keys, options)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
    await expect(jwtVerify(await token({ audience: 'someone-else' }), keys, options)).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'aud',
    });
    await expect(jwtVerify(await token({ unpublishedKey: true }), keys, options)).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
  });

  it('B: a rotated signing key stays published for its grace period, then only the new one verifies', async () => {
    const before = (await exchange(tokenBody(await consentCode(testSandbox)))).body.id_token as string;
    const rotated = await request('/_sandbox/oauth/signing-keys/rotate', { method: 'POST', body: { graceSeconds: 600 } });
    expect(rotated.body.previousKid).toBe(decodeProtectedHeader(before).kid);
    const after = (await exchange(tokenBody(await consentCode(testSandbox)))).body.id_token as string;
    expect(decodeProtectedHeader(after).kid).toBe(rotated.body.kid);
    const options = { issuer: ISSUER, audience: DEMO_APP, currentDate: new Date(sandbox.clock.now()) };
    const published = (await request('/.well-known/jwks.json')).body.keys.map((key: { kid: string }) => key.kid);
    expect(published).toEqual([rotated.body.kid, rotated.body.previousKid]);
    await jwtVerify(before, await jwks(), options);
    sandbox.clock.advance(601_000);
    expect((await request('/.well-known/jwks.json')).body.keys.map((key: { kid: string }) => key.kid)).toEqual([
      rotated.body.kid,
    ]);
    await expect(
      jwtVerify(before, await jwks(), { ...options, currentDate: new Date(sandbox.clock.now()) }),
    ).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
    sandbox.reset();
    expect((await request('/.well-known/jwks.json')).body.keys[0].kid).toBe(rotated.body.previousKid);
  });

  it('B: the consent checks the user and the organizations (400 oauth_consent_invalid naming the problem)', async () => {
    const consent = (extra: object) =>
      request('/_sandbox/oauth/consent', {
        method: 'POST',
        body: {
          clientId: DEMO_APP,
          redirectUri: REDIRECT_URI,
          userId: staffUser(sandbox).id,
          organizationIds: [CLINICS.sunrise.id],
          ...extra,
        },
      });
    const harborUser = staffUser(sandbox, CLINICS.harbor.id);
    const cases: [object, RegExp][] = [
      [{ userId: `usr_${'0'.repeat(32)}` }, /No staff user/],
      [{ userId: harborUser.id }, /cannot authorize organization/],
      [{ clientId: 'nope' }, /No app has the client_id 'nope'/],
      [{ redirectUri: 'https://attacker.example/callback' }, /not a redirect URI/],
      [{ redirectUri: `${REDIRECT_URI}#x` }, /not a redirect URI/],
    ];
    for (const [extra, message] of cases) {
      const response = await consent(extra);
      expect(response.status, JSON.stringify(extra)).toBe(400);
      expect(response.body.message).toMatch(message);
      expect(response.headers.get('X-Sandbox-Reason')).toBe('oauth_consent_invalid');
    }
    const mesaUser = staffUser(sandbox, CLINICS.mesa.id);
    // Mesa did not install the demo app: its staff can authorize nothing for it.
    expect((await consent({ userId: mesaUser.id, organizationIds: [CLINICS.mesa.id] })).status).toBe(400);
  });

  it('B: a reset forgets every code; the journal and the sign-ins show each exchange with its reason', async () => {
    const code = await consentCode(testSandbox);
    await exchange(tokenBody('never-issued'));
    const journal = (await request('/_sandbox/requests?path=/v3/oauth/token')).body.requests;
    expect(journal[0]).toMatchObject({ method: 'POST', path: '/v3/oauth/token', status: 400, reason: 'oauth_code_unknown' });
    const signIns = (await request('/_sandbox/oauth/sign-ins')).body.signIns;
    expect(signIns[0]).toMatchObject({ clientId: DEMO_APP, outcome: 'token_refused', reason: 'oauth_code_unknown' });
    sandbox.reset();
    expect((await exchange(tokenBody(code))).headers.get('X-Sandbox-Reason')).toBe('oauth_code_unknown');
  });
});
