import { describe, expect, it } from 'vitest';
import type { SandboxAdminError } from '../../../src/testing/admin-client.js';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

describe('/_sandbox/clock', () => {
  const sandbox = useLiveSandbox({ rateLimit: 2 });

  it('starts at real time, can be set, frozen and advanced', async () => {
    const { admin } = sandbox();
    const start = await admin.clock();
    expect(Math.abs(Date.parse(start.now) - Date.now())).toBeLessThan(5_000);
    expect(start.frozen).toBe(false);
    const frozen = await admin.setClock('2030-01-01T00:00:00.000Z', { freeze: true });
    expect(frozen).toEqual({ now: '2030-01-01T00:00:00.000Z', frozen: true });
    expect(await admin.advanceClock(90)).toEqual({ now: '2030-01-01T00:01:30.000Z', frozen: true });
    await admin.reset();
    expect((await admin.clock()).frozen).toBe(false);
  });

  it('moves expiry: past a key’s expiresAt the next call is 401', async () => {
    const { url, admin } = sandbox();
    await admin.setClock('2025-12-31T23:59:00.000Z', { freeze: true });
    expect((await callApi(url, '/v3/patients?pageSize=1', { key: KEYS.expired.key })).status).toBe(200);
    await admin.advanceClock(120);
    const { status, headers } = await callApi(url, '/v3/patients?pageSize=1', { key: KEYS.expired.key });
    expect(status).toBe(401);
    expect(headers.get('x-sandbox-reason')).toBe('expired_key');
  });

  it('moves the rate-limit window: a 429 clears once the clock passes the window', async () => {
    const { url, admin } = sandbox();
    await admin.setClock('2030-01-01T00:00:00.000Z', { freeze: true });
    await callApi(url, '/v3/patients?pageSize=1');
    await callApi(url, '/v3/patients?pageSize=1');
    const limited = await callApi(url, '/v3/patients?pageSize=1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('x-ratelimit-reset')).toBe(String(Date.parse('2030-01-01T00:01:00Z') / 1000));
    await admin.advanceClock(61);
    expect((await callApi(url, '/v3/patients?pageSize=1')).status).toBe(200);
  });

  it.each([[{}], [{ advanceSeconds: 1, now: '2030-01-01T00:00:00Z' }]])(
    '400 unless exactly one of advanceSeconds and now: %j',
    async (body) => {
      const response = await fetch(`${sandbox().url}/_sandbox/clock`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toBe("Give exactly one of 'advanceSeconds' and 'now'");
    },
  );

  it('400 for a now that is no timestamp', async () => {
    const error = await sandbox()
      .admin.setClock('soon')
      .catch((e: SandboxAdminError) => e);
    expect((error as SandboxAdminError).status).toBe(400);
  });
});

describe('/_sandbox/requests, the journal', () => {
  const sandbox = useLiveSandbox({ journalSize: 5 });

  it('records each /v3 request newest first, with the reason, key id and clinic, never the secret', async () => {
    const { url, admin } = sandbox();
    await callApi(url, '/v3/patients?pageSize=2');
    await callApi(url, '/v3/patients', { key: KEYS.revoked.key });
    await callApi(url, '/v3/bills', { organizationId: CLINICS.harbor.id });
    const [bills, revoked, patients] = await admin.requests();
    expect(patients).toMatchObject({
      method: 'GET',
      path: '/v3/patients',
      query: 'pageSize=2',
      status: 200,
      reason: null,
      keyId: KEYS.fullAccess.id,
      organizationId: CLINICS.sunrise.id,
      faultId: null,
    });
    expect(revoked).toMatchObject({ status: 401, reason: 'revoked_key', keyId: KEYS.revoked.id });
    expect(bills).toMatchObject({ status: 403, reason: 'insufficient_scope', organizationId: CLINICS.harbor.id });
    expect(Date.parse(patients!.time)).toBeGreaterThan(0);
    expect(JSON.stringify(await admin.requests())).not.toContain('max_prd_ak_');
  });

  it('filters by key, clinic, status and path, and limits', async () => {
    const { url, admin } = sandbox();
    await callApi(url, '/v3/patients?pageSize=1');
    await callApi(url, '/v3/patients', { key: KEYS.noScopes.key });
    await callApi(url, '/v3/providers?pageSize=1', { organizationId: CLINICS.harbor.id });
    expect((await admin.requests({ keyId: KEYS.noScopes.id })).map((e) => e.status)).toEqual([403]);
    expect((await admin.requests({ organizationId: CLINICS.harbor.id })).map((e) => e.path)).toEqual(['/v3/providers']);
    expect((await admin.requests({ status: 200 })).map((e) => e.path)).toEqual(['/v3/providers', '/v3/patients']);
    expect((await admin.requests({ path: '/v3/pat*' })).length).toBe(2);
    expect((await admin.requests({ limit: 1 })).map((e) => e.path)).toEqual(['/v3/providers']);
  });

  it('keeps only the last --journal-size requests', async () => {
    const { url, admin } = sandbox();
    for (let page = 1; page <= 8; page++) await callApi(url, `/v3/patients?page=${page}`);
    const entries = await admin.requests();
    expect(entries.map((e) => e.query)).toEqual(['page=8', 'page=7', 'page=6', 'page=5', 'page=4']);
  });

  it('records unknown paths, and empties on DELETE', async () => {
    const { url, admin } = sandbox();
    await callApi(url, '/v3/unicorns');
    expect((await admin.requests())[0]).toMatchObject({ path: '/v3/unicorns', status: 404, reason: 'route_not_found' });
    await admin.clearRequests();
    expect(await admin.requests()).toEqual([]);
  });

  it('400 for a bad filter, in the words of the document', async () => {
    const response = await fetch(`${sandbox().url}/_sandbox/requests?limit=0`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe("'limit' must be at least 1");
  });

  it('a limit above --journal-size lists the whole journal', async () => {
    const { url, admin } = sandbox();
    for (let page = 1; page <= 6; page++) await callApi(url, `/v3/patients?page=${page}`);
    expect(await admin.requests({ limit: 50 })).toHaveLength(5);
  });
});

describe('/_sandbox/emails, the outbox', () => {
  const sandbox = useLiveSandbox();

  it('shows what POST /v3/emails/send sent, newest first, by clinic', async () => {
    const { url, admin } = sandbox();
    const { body: patients } = await callApi(url, '/v3/patients?pageSize=50');
    const withEmail = patients.data.patients.filter((p: { email: string | null }) => p.email).slice(0, 2);
    const sent = await callApi(url, '/v3/emails/send', {
      method: 'POST',
      body: {
        from: 'reminders',
        subject: 'Hello',
        html: '<p>Hi</p>',
        emailType: 'general',
        patientIds: withEmail.map((p: { id: string }) => p.id),
      },
    });
    expect(sent.status).toBe(200);
    const outbox = await admin.emails({ organizationId: CLINICS.sunrise.id });
    expect(outbox.map((e) => e.recipientId)).toEqual(withEmail.map((p: { id: string }) => p.id).reverse());
    expect(outbox[0]).toMatchObject({
      subject: 'Hello',
      html: '<p>Hi</p>',
      fromAddress: 'reminders@accounts.maxcare.ai',
      keyId: KEYS.fullAccess.id,
    });
    expect(await admin.emails({ organizationId: CLINICS.harbor.id })).toEqual([]);
    await admin.reset();
    expect(await admin.emails()).toEqual([]);
  });

  it('arranges an email as if an app sent it: its GET /v3/emails lists it, with the arranged outcome on the clock', async () => {
    const { url, admin } = sandbox();
    await admin.setClock('2026-03-25T10:00:00.000Z', { freeze: true });
    const arranged = await admin.arrangeEmail({
      organizationId: CLINICS.sunrise.id,
      appId: APPS.sandboxDemo.id,
      recipientType: 'patient',
      recipientId: `pat_${'1'.repeat(32)}`,
      recipientEmail: 'ada@example.com',
      from: 'billing',
      subject: 'Your statement',
      html: '<p>Balance due</p>',
      emailType: 'billing',
      createdAt: '2026-03-25T09:00:00Z',
      outcome: 'bounced',
    });
    expect(arranged).toMatchObject({
      id: expect.stringMatching(/^eml_[0-9a-f]{32}$/),
      organizationId: CLINICS.sunrise.id,
      appId: APPS.sandboxDemo.id,
      keyId: null,
      fromAddress: 'billing@accounts.maxcare.ai',
      status: 'bounced',
      sentAt: '2026-03-25 09:00:00+00',
      deliveredAt: null,
      html: '<p>Balance due</p>',
    });
    const listed = await callApi(url, '/v3/emails');
    expect(listed.body.data.emails.map((e: { id: string }) => e.id)).toEqual([arranged.id]);
    const { organizationId: _o, appId: _a, keyId: _k, html: _h, ...record } = arranged;
    expect((await callApi(url, `/v3/emails/${arranged.id}`)).body.data).toEqual(record);
    // Another app's arranged email is not this app's to see.
    const other = await admin.arrangeEmail({ ...arrangedBase, appId: APPS.otherVendor.id });
    expect((await callApi(url, `/v3/emails/${other.id}`)).status).toBe(404);
    await admin.reset();
  });

  it.each([
    [
      'a scheduledAt before createdAt',
      { createdAt: '2026-03-25T09:00:00Z', scheduledAt: '2026-03-25T08:00:00Z' },
      "'scheduledAt' must not be before 'createdAt'",
    ],
    ['no html', { html: undefined }, "'html' is required"],
    ['an unknown outcome', { outcome: 'lost' }, "'outcome' must be one of: delivered, opened, bounced"],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_what, change, message) => {
    const { admin } = sandbox();
    const refusal = await admin.arrangeEmail({ ...arrangedBase, ...change } as never).catch((error: SandboxAdminError) => error);
    expect(refusal).toMatchObject({ status: 400, message: `400 bad_request: ${message}` });
    expect(await admin.emails()).toEqual([]);
  });

  it('404 for a clinic of no sandbox', async () => {
    const { admin } = sandbox();
    const refusal = await admin
      .arrangeEmail({ ...arrangedBase, organizationId: '00000000-0000-4000-8000-000000000000' })
      .catch((error: SandboxAdminError) => error);
    expect(refusal).toMatchObject({ status: 404 });
  });
});

const arrangedBase = {
  organizationId: CLINICS.sunrise.id,
  appId: APPS.sandboxDemo.id,
  recipientType: 'patient' as const,
  recipientId: `pat_${'1'.repeat(32)}`,
  recipientEmail: 'ada@example.com',
  subject: 'Hello',
  html: '<p>Hi</p>',
};
