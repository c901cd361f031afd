import { describe, expect, it } from 'vitest';
import { SandboxAdminError } from '../../../src/testing/admin-client.js';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

const sandbox = useLiveSandbox();

async function expectAdminError(promise: Promise<unknown>, status: number, message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SandboxAdminError);
  expect((error as SandboxAdminError).status).toBe(status);
  expect((error as SandboxAdminError).message).toMatch(message);
}

describe('POST /_sandbox/keys', () => {
  it('creates a key whose scopes the /v3 side enforces', async () => {
    const { url, admin } = sandbox();
    const key = await admin.createKey({ appId: APPS.sandboxDemo.id, scopes: ['read:patients'], description: 'test' });
    expect(key.key).toMatch(/^max_prd_ak_[A-Za-z0-9]{32}$/);
    expect(key.status).toBe('active');
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: key.key })).status).toBe(200);
    const refused = await callApi(url, '/v3/providers', { key: key.key });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Insufficient scope. Required: read:providers');
    const journal = await admin.requests({ keyId: key.id });
    expect(journal.map((entry) => entry.status)).toEqual([403, 200]);
  });

  it('creates a staging key on demand, refused by a production sandbox', async () => {
    const { url, admin } = sandbox();
    const key = await admin.createKey({ appId: APPS.sandboxDemo.id, scopes: [], environment: 'staging' });
    expect(key.key.startsWith('max_dev_ak_')).toBe(true);
    const { status, headers } = await callApi(url, '/v3/marketplace/me', { key: key.key });
    expect(status).toBe(401);
    expect(headers.get('x-sandbox-reason')).toBe('wrong_environment');
  });

  it('honours notBefore and expiresAt on the virtual clock', async () => {
    const { url, admin } = sandbox();
    const now = Date.parse((await admin.clock()).now);
    const key = await admin.createKey({
      appId: APPS.sandboxDemo.id,
      scopes: ['read:patients'],
      notBefore: new Date(now + 60_000).toISOString(),
      expiresAt: new Date(now + 3_600_000).toISOString(),
    });
    const early = await callApi(url, '/v3/patients?pageSize=1', { key: key.key });
    expect(early.status).toBe(401);
    expect(early.headers.get('x-sandbox-reason')).toBe('key_not_yet_valid');
    await admin.advanceClock(120);
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: key.key })).status).toBe(200);
    await admin.advanceClock(3600);
    const late = await callApi(url, '/v3/patients?pageSize=1', { key: key.key });
    expect(late.status).toBe(401);
    expect(late.headers.get('x-sandbox-reason')).toBe('expired_key');
    expect((await admin.getKey(key.id)).status).toBe('expired');
  });

  it.each([
    [{ appId: APPS.sandboxDemo.id }, /'scopes' is required/],
    [{ appId: APPS.sandboxDemo.id, scopes: ['read:everything'] }, /'scopes\[0\]' must be one of: read:patients/],
    [{ appId: APPS.sandboxDemo.id, scopes: [], expiresAt: 'tomorrow' }, /'expiresAt' must be an ISO 8601 timestamp/],
    [{ appId: 'nope', scopes: [] }, /'appId' must be a valid ID/],
    [{ appId: APPS.sandboxDemo.id, scopes: [], colour: 'blue' }, /'colour' is not a known field/],
  ])('400 naming the field for %j', async (input, message) => {
    await expectAdminError(sandbox().admin.createKey(input as never), 400, message);
  });

  it('404 for an app that does not exist', async () => {
    await expectAdminError(
      sandbox().admin.createKey({ appId: `app_${'0'.repeat(26)}`, scopes: [] }),
      404,
      /App 'app_0+' not found/,
    );
  });
});

describe('revoke, expire, rotate', () => {
  it('revoke: the next call with the key is 401 revoked_key', async () => {
    const { url, admin } = sandbox();
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
    const revoked = await admin.revokeKey(KEYS.fullAccess.id);
    expect(revoked.status).toBe('revoked');
    expect(revoked.revokedAt).not.toBeNull();
    const { status, body, headers } = await callApi(url, '/v3/patients?pageSize=1');
    expect(status).toBe(401);
    expect(body.message).toBe('Invalid or missing API key');
    expect(headers.get('x-sandbox-reason')).toBe('revoked_key');
  });

  it('expire: the next call is 401 expired_key', async () => {
    const { url, admin } = sandbox();
    expect((await admin.expireKey(KEYS.patientsOnly.id)).status).toBe('expired');
    const { status, headers } = await callApi(url, '/v3/patients', { key: KEYS.patientsOnly.key });
    expect(status).toBe(401);
    expect(headers.get('x-sandbox-reason')).toBe('expired_key');
  });

  it('rotate without grace: the old secret stops at once, the new one works', async () => {
    const { url, admin } = sandbox();
    const rotated = await admin.rotateKey(KEYS.fullAccess.id);
    expect(rotated.key).not.toBe(KEYS.fullAccess.key);
    expect(rotated.previousKeyValidUntil).toBeNull();
    const old = await callApi(url, '/v3/patients?pageSize=1');
    expect(old.status).toBe(401);
    expect(old.headers.get('x-sandbox-reason')).toBe('unknown_key');
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: rotated.key })).status).toBe(200);
  });

  it('rotate with a grace period: the old secret works until the clock passes it', async () => {
    const { url, admin } = sandbox();
    const rotated = await admin.rotateKey(KEYS.fullAccess.id, { gracePeriodSeconds: 60 });
    expect(rotated.previousKeyValidUntil).not.toBeNull();
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
    await admin.advanceClock(61);
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(401);
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: rotated.key })).status).toBe(200);
  });

  it.each(['revokeKey', 'expireKey', 'rotateKey', 'getKey'] as const)('%s of an unknown key is 404', async (method) => {
    await expectAdminError(sandbox().admin[method]('key_nope'), 404, /Key 'key_nope' not found/);
  });

  it('rotate refuses a negative grace period', async () => {
    await expectAdminError(
      sandbox().admin.rotateKey(KEYS.fullAccess.id, { gracePeriodSeconds: -1 }),
      400,
      /'gracePeriodSeconds' must be at least 0/,
    );
  });

  it('the well-known keys are back after reset', async () => {
    const { url, admin } = sandbox();
    await admin.revokeKey(KEYS.fullAccess.id);
    await admin.reset();
    expect((await callApi(url, '/v3/patients?pageSize=1', { organizationId: CLINICS.sunrise.id })).status).toBe(200);
  });
});

describe('GET /_sandbox/fixtures', () => {
  it('lists each clinic with its staff users, whose ids POST /v3/emails/send takes', async () => {
    const { url, admin } = sandbox();
    const fixtures = await admin.fixtures();
    const sunrise = fixtures.organizations.find((o) => o.id === CLINICS.sunrise.id)!;
    expect(sunrise.staffUsers.length).toBeGreaterThan(0);
    const [user] = sunrise.staffUsers;
    const sent = await callApi(url, '/v3/emails/send', {
      method: 'POST',
      body: {
        from: 'ops',
        subject: 'Shift change',
        html: '<p>See the rota.</p>',
        emailType: 'general',
        userIds: [user!.id],
      },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.data.sent[0]).toMatchObject({ recipientType: 'user', recipientId: user!.id, recipientEmail: user!.email });
  });
});
