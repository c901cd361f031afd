/**
 * `POST /v3/emails/send`, `GET /v3/emails`, `GET /v3/emails/{id}` (api-model A7, decisions in B):
 * sending, per-recipient errors, refusals that store nothing, the calling app's view only, and
 * the lifecycle on the sandbox clock, never served stale from the response cache.
 */
import { describe, expect, it } from 'vitest';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,3})?\+00$/;

function emailSandbox() {
  const t = createTestSandbox({ rateLimit: 1_000_000 });
  const organization = t.sandbox.world.organizations.get(CLINICS.sunrise.id)!;
  const clinic = t.sandbox.world.clinicData(organization);
  const withEmail = clinic.table('patients').items.filter((p) => p.email !== null);
  const staff = clinic.staffUsers.items[0]!;
  const valid = {
    from: 'front-desk',
    subject: 'Appointment reminder',
    html: '<p>See you tomorrow at 9:00.</p>',
    emailType: 'appointment_reminder',
    patientIds: [withEmail[0]!.id, withEmail[1]!.id],
    userIds: [staff.id],
  };
  const send = (body: unknown) => t.request('/v3/emails/send', { method: 'POST', body });
  const advance = (seconds: number) =>
    t.app.request('/_sandbox/clock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advanceSeconds: seconds }),
    });
  return { ...t, organization, withEmail, staff, valid, send, advance };
}

describe('POST /v3/emails/send', () => {
  const { sandbox, withEmail, staff, valid, send, request } = emailSandbox();

  it('sends to every recipient and records the emails in the outbox', async () => {
    const { status, body } = await send(valid);
    expect(status).toBe(200);
    expect(body.data.errors).toEqual([]);
    expect(body.data.sent.map((e: any) => [e.recipientType, e.recipientId, e.recipientEmail, e.status])).toEqual([
      ['patient', withEmail[0]!.id, withEmail[0]!.email, 'sent'],
      ['patient', withEmail[1]!.id, withEmail[1]!.email, 'sent'],
      ['user', staff.id, staff.email, 'sent'],
    ]);
    expect(body.data.sent[0]).toMatchObject({
      fromAddress: 'front-desk@accounts.maxcare.ai',
      sentAt: '2026-06-01 12:00:00+00',
      createdAt: '2026-06-01 12:00:00+00',
    });
    const outbox = sandbox.outbox.list(CLINICS.sunrise.id);
    expect(
      outbox
        .slice(0, 3)
        .map((e) => e.id)
        .reverse(),
    ).toEqual(body.data.sent.map((e: any) => e.id));
    expect(outbox[0]!.html).toBe(valid.html);
  });

  it('takes emailType as optional: general', async () => {
    const { emailType: _type, ...withoutType } = valid;
    const { body } = await send(withoutType);
    expect(body.data.sent[0].emailType).toBe('general');
  });

  it('reports unknown recipients, other clinics’ and those without email in errors, not as a 400', async () => {
    const unknown = `pat_${'0'.repeat(32)}`;
    const harbor = sandbox.world.clinicData(sandbox.world.organizations.get(CLINICS.harbor.id)!);
    const harborPatient = harbor.table('patients').items[0]!.id;
    const noEmail = sandbox.records.create(sandbox.world.organizations.get(CLINICS.sunrise.id)!, 'patients', { email: null });
    const noEmailUser = `usr_${'0'.repeat(32)}`;
    const { status, body } = await send({ ...valid, patientIds: [unknown, harborPatient, noEmail.id], userIds: [noEmailUser] });
    expect(status).toBe(200);
    expect(body.data.sent).toEqual([]);
    expect(body.data.errors).toEqual([
      { recipientType: 'patient', recipientId: unknown, error: 'Patient not found' },
      { recipientType: 'patient', recipientId: harborPatient, error: 'Patient not found' },
      { recipientType: 'patient', recipientId: noEmail.id, error: 'Patient has no email address on file' },
      { recipientType: 'user', recipientId: noEmailUser, error: 'User not found' },
    ]);
  });

  it('schedules with a future scheduledAt', async () => {
    const { body } = await send({ ...valid, scheduledAt: '2026-06-02T09:00:00Z' });
    expect(body.data.sent[0]).toMatchObject({ status: 'scheduled', scheduledAt: '2026-06-02 09:00:00+00', sentAt: null });
  });

  const tooMany = (prefix: string) => Array.from({ length: 101 }, (_, i) => `${prefix}_${i.toString(16).padStart(32, '0')}`);
  it.each([
    ['no from', { ...valid, from: undefined }, "'from' is required"],
    ['the old senderPrefix instead of from', { ...valid, from: undefined, senderPrefix: 'front-desk' }, "'from' is required"],
    ['a from that is no local part', { ...valid, from: 'Front Desk@' }, /^'from' must match the pattern/],
    ['a from over 64 characters', { ...valid, from: 'a'.repeat(65) }, "'from' must be at most 64 characters"],
    ['no subject', { ...valid, subject: undefined }, "'subject' is required"],
    ['an empty subject', { ...valid, subject: '' }, "'subject' must not be empty"],
    ['a subject over 998 characters', { ...valid, subject: 's'.repeat(999) }, "'subject' must be at most 998 characters"],
    ['no html', { ...valid, html: undefined }, "'html' is required"],
    [
      'an unknown emailType',
      { ...valid, emailType: 'spam' },
      "'emailType' must be one of: appointment_reminder, appointment_confirmation, follow_up, billing, general",
    ],
    ['a malformed patient id', { ...valid, patientIds: ['pat_1'] }, "'patientIds[0]' must be a valid ID"],
    [
      'the same patient twice',
      { ...valid, patientIds: [valid.patientIds[0], valid.patientIds[0]] },
      "'patientIds' must not repeat an item",
    ],
    ['patientIds not an array', { ...valid, patientIds: 'pat_1' }, "'patientIds' must be an array"],
    ['101 patientIds', { ...valid, patientIds: tooMany('pat') }, "'patientIds' must hold at most 100 items"],
    ['101 userIds', { ...valid, userIds: tooMany('usr') }, "'userIds' must hold at most 100 items"],
    ['empty recipient lists', { ...valid, patientIds: [], userIds: [] }, "'patientIds' or 'userIds' must hold at least one ID"],
    [
      'no recipient lists',
      { ...valid, patientIds: undefined, userIds: undefined },
      "'patientIds' or 'userIds' must hold at least one ID",
    ],
    ['a past scheduledAt', { ...valid, scheduledAt: '2020-01-01T00:00:00Z' }, "'scheduledAt' must be in the future"],
    ['a scheduledAt of now', { ...valid, scheduledAt: '2026-06-01T12:00:00Z' }, "'scheduledAt' must be in the future"],
    ['a scheduledAt that is no timestamp', { ...valid, scheduledAt: 'tomorrow' }, "'scheduledAt' must be an ISO 8601 timestamp"],
  ])('400 for %s, nothing stored', async (_what, body, message) => {
    const before = sandbox.outbox.list().length;
    const response = await send(body);
    expect(response.status).toBe(400);
    if (typeof message === 'string') expect(response.body.message).toBe(message);
    else expect(response.body.message).toMatch(message);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(sandbox.outbox.list()).toHaveLength(before);
  });

  it.each([
    ['invalid JSON', '{"subject": ', 'Request body must be valid JSON', 'invalid_json'],
    ['an empty body', '', 'Request body is required', 'invalid_json'],
    ['a JSON array', '[1,2]', 'Request body must be a JSON object', 'invalid_body'],
    ['JSON null', 'null', 'Request body must be a JSON object', 'invalid_body'],
  ])('400 for %s', async (_what, rawBody, message, reason) => {
    const response = await request('/v3/emails/send', {
      method: 'POST',
      rawBody,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(message);
    expect(response.headers.get('X-Sandbox-Reason')).toBe(reason);
  });

  it('400 for a body over 1 MiB', async () => {
    const response = await request('/v3/emails/send', { method: 'POST', rawBody: `{"subject":"${'x'.repeat(1024 * 1024)}"}` });
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('body_too_large');
  });

  it('needs write:emails, which Harbor did not grant', async () => {
    const { status, body } = await request('/v3/emails/send', { method: 'POST', body: valid, organizationId: CLINICS.harbor.id });
    expect(status).toBe(403);
    expect(body.message).toBe('Insufficient scope. Required: write:emails');
  });

  it('POST /v3/emails, the route before the documented one, is gone', async () => {
    const { status, headers } = await request('/v3/emails', { method: 'POST', body: valid });
    expect(status).toBe(404);
    expect(headers.get('X-Sandbox-Reason')).toBe('method_not_allowed');
  });
});

describe('GET /v3/emails and GET /v3/emails/{id}', () => {
  it('lists only the calling app’s emails at this clinic, newest first, paginated and filtered', async () => {
    const { sandbox, valid, send, request } = emailSandbox();
    const first = await send({ ...valid, emailType: 'billing', userIds: [] });
    sandbox.clock.advance(1000);
    const second = await send({ ...valid, patientIds: [] });
    const newest = [...second.body.data.sent, ...first.body.data.sent.slice().reverse()].map((e: any) => e.id);
    // Emails of the same send share createdAt: the later add comes first, so the last recipient leads.
    const expected = [second.body.data.sent[0].id, first.body.data.sent[1].id, first.body.data.sent[0].id];
    expect(newest).toEqual(expected);

    const all = await request('/v3/emails');
    expect(all.status).toBe(200);
    expect(all.body.data.emails.map((e: any) => e.id)).toEqual(expected);
    expect(all.body.data.pagination).toEqual({ page: 1, pageSize: 100, totalCount: 3, totalPages: 1 });

    const page2 = await request('/v3/emails?page=2&pageSize=2');
    expect(page2.body.data.emails.map((e: any) => e.id)).toEqual([expected[2]]);
    expect(page2.body.data.pagination).toEqual({ page: 2, pageSize: 2, totalCount: 3, totalPages: 2 });

    const billing = await request('/v3/emails?emailType=billing');
    expect(billing.body.data.emails.map((e: any) => e.id)).toEqual(expected.slice(1));

    // Another app's email at this clinic, and this app's at another clinic: neither listed nor readable.
    const foreign = [
      arrangeAt(sandbox, APPS.otherVendor.id, CLINICS.sunrise.id),
      arrangeAt(sandbox, APPS.sandboxDemo.id, CLINICS.harbor.id),
    ];
    const again = await request('/v3/emails');
    expect(again.body.data.emails.map((e: any) => e.id)).toEqual(expected);
    for (const id of foreign) {
      const refused = await request(`/v3/emails/${id}`);
      expect(refused.status).toBe(404);
      expect(refused.body.message).toBe('Email not found');
    }
  });

  it.each([
    ['an unknown status', '/v3/emails?status=lost', /^'status' must be one of: scheduled, sent, delivered, opened, bounced/],
    ['an unknown emailType', '/v3/emails?emailType=spam', /^'emailType' must be one of/],
    ['a pageSize over 100', '/v3/emails?pageSize=101', "'pageSize' must be at most 100"],
    ['a malformed id', '/v3/emails/eml_xyz', "'id' must be a valid ID"],
    ['an id of another type', `/v3/emails/pat_${'0'.repeat(32)}`, "'id' must be a valid ID"],
  ])('400 for %s', async (_what, path, message) => {
    const { request } = emailSandbox();
    const response = await request(path);
    expect(response.status).toBe(400);
    if (typeof message === 'string') expect(response.body.message).toBe(message);
    else expect(response.body.message).toMatch(message);
  });

  it('needs write:emails to read too', async () => {
    const { request } = emailSandbox();
    for (const path of ['/v3/emails', `/v3/emails/eml_${'0'.repeat(32)}`]) {
      const response = await request(path, { key: KEYS.patientsOnly.key });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('Insufficient scope. Required: write:emails');
    }
  });
});

describe('the lifecycle on the clock', () => {
  it('moves sent -> delivered (or bounced) 2 to 5 s after sentAt; the list is not served stale from the cache', async () => {
    const { valid, send, request, advance } = emailSandbox();
    await send(valid);
    const before = await request('/v3/emails');
    expect(before.body.data.emails.map((e: any) => e.status)).toEqual(['sent', 'sent', 'sent']);
    expect((await advance(1)).status).toBe(200);
    const early = await request('/v3/emails');
    expect(early.body.data.emails.map((e: any) => e.status)).toEqual(['sent', 'sent', 'sent']);
    expect((await advance(5)).status).toBe(200);
    const after = await request('/v3/emails');
    for (const email of after.body.data.emails) {
      expect(['delivered', 'bounced']).toContain(email.status);
      const settled = email.deliveredAt ?? email.bouncedAt;
      expect(settled).toMatch(PG_TIMESTAMP);
      const delayMs = Date.parse(settled.replace(' ', 'T').replace('+00', 'Z')) - Date.parse('2026-06-01T12:00:00Z');
      expect(delayMs).toBeGreaterThanOrEqual(2000);
      expect(delayMs).toBeLessThanOrEqual(5000);
    }
    const one = after.body.data.emails[0];
    expect((await request(`/v3/emails/${one.id}`)).body.data).toEqual(one);
    // The status filter reads the status as of now.
    const delivered = await request('/v3/emails?status=delivered');
    expect(delivered.body.data.emails.every((e: any) => e.status === 'delivered')).toBe(true);
    expect((await request('/v3/emails?status=sent')).body.data.emails).toEqual([]);
  });

  it('a scheduled email stays scheduled until the clock passes scheduledAt, then is sent at scheduledAt', async () => {
    const { valid, send, request, advance } = emailSandbox();
    const { body } = await send({
      ...valid,
      userIds: [],
      patientIds: [valid.patientIds[0]],
      scheduledAt: '2026-06-01T13:00:00Z',
    });
    const id = body.data.sent[0].id;
    expect((await request(`/v3/emails/${id}`)).body.data.status).toBe('scheduled');
    await advance(3599);
    expect((await request(`/v3/emails/${id}`)).body.data).toMatchObject({ status: 'scheduled', sentAt: null });
    await advance(1);
    expect((await request(`/v3/emails/${id}`)).body.data).toMatchObject({ status: 'sent', sentAt: '2026-06-01 13:00:00+00' });
  });

  it('bounces about 1 in 20 and opens about 4 in 10 delivered emails, by the hash of the id: the same run twice gives the same', async () => {
    const outcomes = async () => {
      const { sandbox, valid, send, request, advance } = emailSandbox();
      const organization = sandbox.world.organizations.get(CLINICS.sunrise.id)!;
      const patients = sandbox.world
        .clinicData(organization)
        .table('patients')
        .items.filter((p) => p.email !== null)
        .slice(0, 100);
      await send({ ...valid, userIds: [], patientIds: patients.map((p) => p.id) });
      await send({ ...valid, userIds: [], patientIds: patients.map((p) => p.id) });
      await advance(2 * 3600);
      const { body } = await request('/v3/emails?pageSize=100&page=1');
      const { body: rest } = await request('/v3/emails?pageSize=100&page=2');
      return [...body.data.emails, ...rest.data.emails].map((e: any) => e.status);
    };
    const first = await outcomes();
    expect(first).toHaveLength(200);
    const count = (status: string) => first.filter((s) => s === status).length;
    expect(count('bounced')).toBeGreaterThan(2);
    expect(count('bounced')).toBeLessThan(25);
    expect(count('opened')).toBeGreaterThan(50);
    expect(count('opened')).toBeLessThan(110);
    expect(count('opened') + count('bounced') + count('delivered')).toBe(200);
    expect(await outcomes()).toEqual(first);
  });
});

function arrangeAt(sandbox: ReturnType<typeof createTestSandbox>['sandbox'], appId: string, organizationId: string): string {
  const id = sandbox.outbox.nextId();
  sandbox.outbox.add({
    id,
    organizationId,
    appId,
    keyId: null,
    recipientType: 'patient',
    recipientId: `pat_${'1'.repeat(32)}`,
    recipientEmail: 'ada@example.com',
    fromAddress: 'notifications@accounts.maxcare.ai',
    subject: 'Not yours',
    html: '<p>Hi</p>',
    emailType: 'billing',
    createdAtMs: sandbox.clock.now(),
    scheduledAtMs: null,
  });
  return id;
}
