import { describe, expect, it } from 'vitest';
import { APPS, CLINICS, KEYS, STAGING_KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

describe('GET /v3/marketplace/me', () => {
  const { request } = createTestSandbox();

  it('returns the app, the organization and every scope for the full key at Sunrise', async () => {
    const { status, body } = await request('/v3/marketplace/me');
    expect(status).toBe(200);
    expect(body).toEqual({
      code: 'success',
      data: {
        app: { id: APPS.sandboxDemo.id, slug: 'sandbox-demo-app', liveVersionId: 'ver_01J5K8N2XRQV3M7YGWT4HB6E9C' },
        organization: { id: CLINICS.sunrise.id },
        scopes: [
          'read:patients',
          'read:appointments',
          'read:providers',
          'read:facilities',
          'read:bills',
          'read:claims',
          'read:notes',
          'read:soap_notes',
          'read:tasks',
          'read:inventory',
          'read:products',
          'write:emails',
          'write:soap_notes',
          'write:tasks',
        ],
      },
    });
  });

  it("returns the intersection with the clinic's grants", async () => {
    const { body } = await request('/v3/marketplace/me', { organizationId: CLINICS.harbor.id });
    expect(body.data.scopes).toEqual([
      'read:patients',
      'read:appointments',
      'read:providers',
      'read:facilities',
      'read:claims',
      'read:notes',
      'read:tasks',
      'read:inventory',
      'read:products',
    ]);
    const ungranted = await request('/v3/marketplace/me', { organizationId: CLINICS.harbor.id, key: KEYS.ungrantedScope.key });
    expect(ungranted.body.data.scopes).toEqual(['read:patients']);
  });

  it('needs no scope', async () => {
    const { status, body } = await request('/v3/marketplace/me', { key: KEYS.noScopes.key });
    expect(status).toBe(200);
    expect(body.data.scopes).toEqual([]);
  });

  it('normalises the organization id it echoes', async () => {
    const { body } = await request('/v3/marketplace/me', { organizationId: CLINICS.sunrise.id.toUpperCase() });
    expect(body.data.organization.id).toBe(CLINICS.sunrise.id);
  });

  it('answers the staging keys and refuses the production ones on a staging sandbox', async () => {
    const staging = createTestSandbox({ environment: 'staging' });
    expect((await staging.request('/v3/marketplace/me', { key: STAGING_KEYS.fullAccess.key })).status).toBe(200);
    const production = await staging.request('/v3/marketplace/me', { key: KEYS.fullAccess.key });
    expect(production.status).toBe(401);
    expect(production.headers.get('X-Sandbox-Reason')).toBe('wrong_environment');
  });

  it('answers 404 Organization not found for an uninstalled clinic with --not-installed-status 404', async () => {
    const strict = createTestSandbox({ notInstalledStatus: 404 });
    const { status, body } = await strict.request('/v3/marketplace/me', { organizationId: CLINICS.mesa.id });
    expect(status).toBe(404);
    expect(body.message).toBe('Organization not found');
  });
});

describe('POST /v3/emails', () => {
  const { request, sandbox } = createTestSandbox();
  const sunrise = sandbox.world.clinicData(sandbox.world.organizations.get(CLINICS.sunrise.id)!);
  const withEmail = sunrise.table('patients').items.filter((p) => p.email !== null);
  const withoutEmail = sunrise.table('patients').items.find((p) => p.email === null);
  const staff = sunrise.staffUsers.items[0]!;
  const valid = {
    senderPrefix: 'front-desk',
    subject: 'Appointment reminder',
    htmlBody: '<p>See you tomorrow at 9:00.</p>',
    emailType: 'appointment_reminder',
    patientIds: [withEmail[0]!.id, withEmail[1]!.id],
    userIds: [staff.id],
  };

  it('sends to every recipient and records the emails in the outbox', async () => {
    const { status, body } = await request('/v3/emails', { method: 'POST', body: valid });
    expect(status).toBe(200);
    expect(body.data.errors).toEqual([]);
    expect(body.data.sent.map((e: any) => [e.recipientType, e.recipientId, e.toAddress, e.status])).toEqual([
      ['patient', withEmail[0]!.id, withEmail[0]!.email, 'sent'],
      ['patient', withEmail[1]!.id, withEmail[1]!.email, 'sent'],
      ['user', staff.id, staff.email, 'sent'],
    ]);
    expect(body.data.sent[0].fromAddress).toBe('front-desk@accounts.maxcare.ai');
    const outbox = sandbox.outbox.list(CLINICS.sunrise.id);
    expect(
      outbox
        .slice(0, 3)
        .map((e) => e.id)
        .reverse(),
    ).toEqual(body.data.sent.map((e: any) => e.id));
    expect(outbox[0]!.htmlBody).toBe(valid.htmlBody);
  });

  it('reports unknown recipients and patients without email in errors, not as a 400', async () => {
    const unknown = `pat_${'0'.repeat(32)}`;
    const patientIds = [unknown, ...(withoutEmail ? [withoutEmail.id] : [])];
    const { status, body } = await request('/v3/emails', { method: 'POST', body: { ...valid, patientIds, userIds: [] } });
    expect(status).toBe(200);
    expect(body.data.sent).toEqual([]);
    expect(body.data.errors[0]).toEqual({ recipientType: 'patient', recipientId: unknown, message: 'Patient not found' });
    if (withoutEmail) expect(body.data.errors[1].message).toBe('Patient has no email address');
  });

  it('schedules with a future scheduledAt', async () => {
    const { body } = await request('/v3/emails', { method: 'POST', body: { ...valid, scheduledAt: '2026-06-02T09:00:00Z' } });
    expect(body.data.sent[0].status).toBe('scheduled');
    expect(body.data.sent[0].scheduledAt).toBe('2026-06-02T09:00:00.000Z');
  });

  it.each([
    ['no subject', { ...valid, subject: undefined }, "'subject' is required"],
    ['an empty subject', { ...valid, subject: '' }, "'subject' must not be empty"],
    [
      'an unknown emailType',
      { ...valid, emailType: 'spam' },
      "'emailType' must be one of: appointment_reminder, appointment_confirmation, appointment_follow_up, billing_statement, general",
    ],
    [
      'a bad sender prefix',
      { ...valid, senderPrefix: 'Front Desk@' },
      "'senderPrefix' must match the pattern ^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$",
    ],
    ['a malformed patient id', { ...valid, patientIds: ['pat_1'] }, "'patientIds[0]' must be a valid ID"],
    ['patientIds not an array', { ...valid, patientIds: 'pat_1' }, "'patientIds' must be an array"],
    ['no recipients', { ...valid, patientIds: [], userIds: [] }, "'patientIds' or 'userIds' must hold at least one ID"],
    ['a past scheduledAt', { ...valid, scheduledAt: '2020-01-01T00:00:00Z' }, "'scheduledAt' must be in the future"],
    ['a scheduledAt that is no timestamp', { ...valid, scheduledAt: 'tomorrow' }, "'scheduledAt' must be an ISO 8601 timestamp"],
  ])('400 for %s', async (_what, body, message) => {
    const response = await request('/v3/emails', { method: 'POST', body });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(message);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
  });

  it.each([
    ['invalid JSON', '{"subject": ', 'Request body must be valid JSON', 'invalid_json'],
    ['an empty body', '', 'Request body is required', 'invalid_json'],
    ['a JSON array', '[1,2]', 'Request body must be a JSON object', 'invalid_body'],
    ['JSON null', 'null', 'Request body must be a JSON object', 'invalid_body'],
  ])('400 for %s', async (_what, rawBody, message, reason) => {
    const response = await request('/v3/emails', { method: 'POST', rawBody, headers: { 'Content-Type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(message);
    expect(response.headers.get('X-Sandbox-Reason')).toBe(reason);
  });

  it('400 for a body over 1 MiB', async () => {
    const response = await request('/v3/emails', { method: 'POST', rawBody: `{"subject":"${'x'.repeat(1024 * 1024)}"}` });
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('body_too_large');
  });

  it('needs write:emails, which Harbor did not grant', async () => {
    const { status, body } = await request('/v3/emails', { method: 'POST', body: valid, organizationId: CLINICS.harbor.id });
    expect(status).toBe(403);
    expect(body.message).toBe('Insufficient scope. Required: write:emails');
  });
});
