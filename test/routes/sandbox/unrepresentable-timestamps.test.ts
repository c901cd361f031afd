import { describe, expect, it } from 'vitest';
import { APPS, KEYS } from '../../../src/testing/well-known.js';
import { FixtureError } from '../../../src/world/load-fixtures.js';
import { createTestSandbox, FIXED_NOW, type TestSandbox } from '../../support/sandbox.js';
import { writeWorld } from '../../support/world-files.js';

/** A leap second: RFC 3339 and the `date-time` format take it, `Date` cannot represent it. */
const LEAP_SECOND = '2026-06-30T23:59:60Z';
const LEAP_SECOND_MESSAGE = 'must be an ISO 8601 timestamp without a leap second (23:59:60 cannot be represented)';

/** What a refused timestamp must leave working: revoked keys fail, the journal answers. */
async function expectStillSound(t: TestSandbox): Promise<void> {
  const revoked = await t.request('/v3/patients?pageSize=1', { key: KEYS.revoked.key });
  expect(revoked.status).toBe(401);
  expect(revoked.headers.get('X-Sandbox-Reason')).toBe('revoked_key');
  const expired = await t.request('/v3/patients?pageSize=1', { key: KEYS.expired.key });
  expect(expired.headers.get('X-Sandbox-Reason')).toBe('expired_key');
  expect((await t.request('/_sandbox/requests')).status).toBe(200);
  expect((await t.request('/_sandbox/fixtures')).status).toBe(200);
}

describe('timestamps Date cannot represent are refused with a 400 naming the field', () => {
  it('POST /_sandbox/clock {now: <leap second>}: 400, the clock stays where it was', async () => {
    const t = createTestSandbox();
    const response = await t.request('/_sandbox/clock', { method: 'POST', body: { now: LEAP_SECOND, freeze: true } });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(`'now' ${LEAP_SECOND_MESSAGE}`);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(t.sandbox.clock.now()).toBe(FIXED_NOW);
    expect((await t.request('/_sandbox/clock')).body.now).toBe(new Date(FIXED_NOW).toISOString());
    await expectStillSound(t);
  });

  it.each(['expiresAt', 'notBefore'])('POST /_sandbox/keys with a leap-second %s: 400, no key made', async (field) => {
    const t = createTestSandbox();
    const keysBefore = t.sandbox.world.keys.size;
    const response = await t.request('/_sandbox/keys', {
      method: 'POST',
      body: { appId: APPS.sandboxDemo.id, scopes: ['read:patients'], [field]: LEAP_SECOND },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(`'${field}' ${LEAP_SECOND_MESSAGE}`);
    expect(t.sandbox.world.keys.size).toBe(keysBefore);
    await expectStillSound(t);
  });

  it('POST /v3/emails/send with a leap-second scheduledAt: 400, nothing sent', async () => {
    const t = createTestSandbox();
    const response = await t.request('/v3/emails/send', {
      method: 'POST',
      body: {
        from: 'front-desk',
        subject: 'Reminder',
        html: '<p>See you soon.</p>',
        emailType: 'general',
        patientIds: ['pat_00000000000000000000000000000001'],
        scheduledAt: LEAP_SECOND,
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(`'scheduledAt' ${LEAP_SECOND_MESSAGE}`);
    expect(t.sandbox.outbox.list()).toEqual([]);
    await expectStillSound(t);
  });

  it('records made through /_sandbox/organizations/{id}/{resource} follow the same rule', async () => {
    const t = createTestSandbox();
    const clinic = await t.request('/_sandbox/organizations', { method: 'POST', body: { name: 'Leap Clinic' } });
    expect(clinic.status).toBe(201);
    const organizationId = clinic.body.organization.id;
    const patients = `/_sandbox/organizations/${organizationId}/patients`;
    const created = await t.request(patients, { method: 'POST', body: { firstName: 'Ada', createdAt: LEAP_SECOND } });
    expect(created.status).toBe(400);
    expect(created.body.message).toBe(`'createdAt' ${LEAP_SECOND_MESSAGE}`);
    const appointments = `/_sandbox/organizations/${organizationId}/appointments`;
    const visit = await t.request(appointments, { method: 'POST', body: { scheduledStartDate: LEAP_SECOND } });
    expect(visit.status).toBe(400);
    expect(visit.body.message).toBe(`'scheduledStartDate' ${LEAP_SECOND_MESSAGE}`);
    // The end is derived from the start (the template's length): past year 9999 it is refused, not a 500.
    const late = await t.request(appointments, { method: 'POST', body: { scheduledStartDate: '9999-12-31T23:59:00Z' } });
    expect(late.status).toBe(400);
    expect(late.body.message).toMatch(/^'scheduledEndDate' must be an ISO 8601 timestamp/);
    const ada = await t.request(patients, { method: 'POST', body: { firstName: 'Ada' } });
    expect(ada.status).toBe(201);
    const changed = await t.request(`${patients}/${ada.body.data.id}`, { method: 'PATCH', body: { updatedAt: LEAP_SECOND } });
    expect(changed.status).toBe(400);
    expect(changed.body.message).toBe(`'updatedAt' ${LEAP_SECOND_MESSAGE}`);
    expect((await t.request(`${patients}/${ada.body.data.id}`)).body.data.updatedAt).toBe(ada.body.data.updatedAt);
    await expectStillSound(t);
  });

  it.each([
    ['keys[0].revokedAt', (w: any) => (w.keys[0].revokedAt = LEAP_SECOND)],
    ['keys[0].expiresAt', (w: any) => (w.keys[0].expiresAt = LEAP_SECOND)],
    ['keys[0].notBefore', (w: any) => (w.keys[0].notBefore = LEAP_SECOND)],
    ['referenceDate', (w: any) => (w.referenceDate = LEAP_SECOND)],
  ])('world.json with a leap-second %s does not start: a fixture error names the field', (field, change) => {
    const dir = writeWorld(change);
    expect(() => createTestSandbox({ fixturesDir: dir })).toThrow(FixtureError);
    expect(() => createTestSandbox({ fixturesDir: dir })).toThrow(`world.json: ${field}: ${LEAP_SECOND_MESSAGE}`);
  });
});

describe('the clock refuses to move past its range', () => {
  const HUNDRED_YEARS = 3_153_600_000;

  it('400 once advanceSeconds would carry it past 9999-12-31, and it stays where it was', async () => {
    const t = createTestSandbox();
    await t.request('/_sandbox/clock', { method: 'POST', body: { now: '9950-01-01T00:00:00Z', freeze: true } });
    const response = await t.request('/_sandbox/clock', { method: 'POST', body: { advanceSeconds: HUNDRED_YEARS } });
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(response.body.message).toBe(
      "'advanceSeconds' would move the clock out of its range: it runs from 0000-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z",
    );
    expect((await t.request('/_sandbox/clock')).body).toEqual({ now: '9950-01-01T00:00:00.000Z', frozen: true });
    await expectStillSound(t);
  });

  it('repeated large moves never overflow into a 500', async () => {
    const t = createTestSandbox();
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const response = await t.app.request('/_sandbox/clock', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ advanceSeconds: HUNDRED_YEARS }),
      });
      statuses.add(response.status);
    }
    expect([...statuses].sort()).toEqual([200, 400]);
    expect(Number.isFinite(t.sandbox.clock.now())).toBe(true);
    await expectStillSound(t);
  });

  it('and backwards past year 0000', async () => {
    const t = createTestSandbox();
    await t.request('/_sandbox/clock', { method: 'POST', body: { now: '0050-01-01T00:00:00Z', freeze: true } });
    const response = await t.request('/_sandbox/clock', { method: 'POST', body: { advanceSeconds: -HUNDRED_YEARS } });
    expect(response.status).toBe(400);
    expect((await t.request('/_sandbox/clock')).body.now).toBe('0050-01-01T00:00:00.000Z');
  });

  it('400 for a now whose offset carries it before year 0000', async () => {
    const t = createTestSandbox();
    const response = await t.request('/_sandbox/clock', { method: 'POST', body: { now: '0000-01-01T00:00:00+01:00' } });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/^'now' would move the clock out of its range/);
    expect(t.sandbox.clock.now()).toBe(FIXED_NOW);
  });
});
