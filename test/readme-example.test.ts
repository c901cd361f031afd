// The README's "Use it from a test suite" example, verbatim: if this file changes, change the README.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { type Appointment, CLINICS, KEYS, startSandbox, type StartedSandbox } from 'max-sandbox/testing';

let sandbox: StartedSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'my-suite' });
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.admin.reset());

const listPatients = (key: string, organizationId: string = CLINICS.sunrise.id) =>
  fetch(`${sandbox.baseUrl}/v3/patients?pageSize=10`, {
    headers: { Authorization: `Bearer ${key}`, 'X-Organization-Id': organizationId },
  });

it('sees a key revoked while the app runs', async () => {
  expect((await listPatients(KEYS.fullAccess.key)).status).toBe(200);
  await sandbox.admin.revokeKey(KEYS.fullAccess.id);
  const response = await listPatients(KEYS.fullAccess.key);
  expect(response.status).toBe(401);
  expect(response.headers.get('X-Sandbox-Reason')).toBe('revoked_key');
});

it('retries once through an outage', async () => {
  await sandbox.admin.injectFault({ match: { path: '/v3/patients' }, status: 503, times: 1 });
  expect((await listPatients(KEYS.fullAccess.key)).status).toBe(503);
  expect((await listPatients(KEYS.fullAccess.key)).status).toBe(200);
});

it('expires a key without waiting', async () => {
  const key = await sandbox.admin.createKey({
    appId: KEYS.fullAccess.appId,
    scopes: ['read:patients'],
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  });
  expect((await listPatients(key.key)).status).toBe(200);
  await sandbox.admin.advanceClock(2 * 3600);
  expect((await listPatients(key.key)).status).toBe(401);
});

it('gives each test a clinic of its own', async () => {
  const { organization, keys } = await sandbox.admin.createOrganization({ seed: 'clinic-of-this-test' });
  const response = await listPatients(keys[0]!.key, organization.id);
  expect(response.status).toBe(200);
  const journal = await sandbox.admin.requests({ organizationId: organization.id });
  expect(journal[0]).toMatchObject({ path: '/v3/patients', status: 200, keyId: keys[0]!.id });
});

it('shows a patient with no email, arranged for this test', async () => {
  // Arrange: a clinic of its own, empty, and the one patient this test is about.
  const { organization, keys } = await sandbox.admin.createOrganization({
    recordCounts: { patients: 0, providers: 1, facilities: 1, staffUsers: 0 },
  });
  const ada = await sandbox.admin.createRecord(organization, 'patients', { firstName: 'Ada', email: null });
  await sandbox.admin.createRecord(organization, 'appointments', {
    patientId: ada.id,
    scheduledStartDate: '2026-06-02T09:00:00.000Z',
  });
  // Act: what the app under test would call.
  const response = await fetch(`${sandbox.baseUrl}/v3/appointments?patientId=${ada.id}`, {
    headers: { Authorization: `Bearer ${keys[0]!.key}`, 'X-Organization-Id': organization.id },
  });
  // Assert
  const { data } = (await response.json()) as { data: { appointments: Appointment[] } };
  expect(data.appointments).toHaveLength(1);
  expect(data.appointments[0]).toMatchObject({ status: 'scheduled', patient: { firstName: 'Ada', email: null } });
  await sandbox.admin.deleteOrganization(organization.id);
});
