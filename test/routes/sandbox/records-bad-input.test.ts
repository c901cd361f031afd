import { beforeEach, describe, expect, it } from 'vitest';
import { CLINICS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const test = createTestSandbox();
const SUNRISE = `/_sandbox/organizations/${CLINICS.sunrise.id}`;
const HARBOR = `/_sandbox/organizations/${CLINICS.harbor.id}`;

beforeEach(() => test.sandbox.reset());

const admin = (method: string, path: string, body?: unknown) =>
  test.request(path, { method, body, key: null, organizationId: null });

/** The clinic's records of every type, serialised: what "nothing half-applied" compares. */
async function snapshot(): Promise<string> {
  const pages: unknown[] = [];
  for (const resource of ['patients', 'appointments', 'providers', 'facilities', 'bills', 'claims', 'notes']) {
    pages.push((await admin('GET', `${SUNRISE}/${resource}?pageSize=100`)).body);
  }
  return JSON.stringify(pages);
}

describe('bad input to the record routes: a documented 4xx, nothing half-applied', () => {
  it.each([
    ['a field of the wrong type', 'patients', { email: 42 }, "'email' must be a string or null"],
    ['a field the type does not have', 'patients', { nickname: 'Ada' }, "'nickname' is not a known field"],
    ['a copied field, which follows its record', 'bills', { patientFirstName: 'Ada' }, "'patientFirstName' is not a known field"],
    ['a value outside its enum', 'appointments', { status: 'done' }, "'status' must be one of"],
    ['an id of the wrong prefix', 'patients', { id: 'prv_00000000000000000000000000000001' }, "'id' must"],
    [
      'a reference to nothing',
      'appointments',
      { providerId: 'prv_00000000000000000000000000000001' },
      "'providerId' names no provider of this clinic: 'prv_00000000000000000000000000000001'",
    ],
  ])('POST with %s: 400 invalid_body', async (_name, resource, body, message) => {
    const before = await snapshot();
    const response = await admin('POST', `${SUNRISE}/${resource}`, body);
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_body');
    expect(response.body.code).toBe('bad_request');
    expect(response.body.message).toContain(message);
    expect(await snapshot()).toBe(before);
  });

  it('a reference to a record of another clinic: 400, as for one that does not exist', async () => {
    const harborPatient = (await admin('GET', `${HARBOR}/patients?pageSize=1`)).body.data.patients[0];
    const response = await admin('POST', `${SUNRISE}/appointments`, { patientId: harborPatient.id });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(`'patientId' names no patient of this clinic: '${harborPatient.id}'`);
  });

  it('a record of another clinic in the path: 404, for PATCH, GET and DELETE', async () => {
    const harborPatient = (await admin('GET', `${HARBOR}/patients?pageSize=1`)).body.data.patients[0];
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await admin(method, `${SUNRISE}/patients/${harborPatient.id}`, method === 'PATCH' ? {} : undefined);
      expect(response.status, method).toBe(404);
      expect(response.headers.get('X-Sandbox-Reason')).toBe('admin_resource_not_found');
      expect(response.body.message).toBe(`Patient '${harborPatient.id}' not found`);
    }
  });

  it("a record type outside the document's enum: 400 naming the parameter and listing the types", async () => {
    const type = await admin('POST', `${SUNRISE}/widgets`, {});
    expect(type.status).toBe(400);
    expect(type.headers.get('X-Sandbox-Reason')).toBe('invalid_parameter');
    expect(type.body.message).toBe(
      "'resource' must be one of: patients, providers, facilities, appointments, bills, claims, notes, tasks, products, inventoryChanges",
    );
  });

  it('a clinic id that is no UUID: 400 naming it; a UUID of no clinic: 404 naming it', async () => {
    const malformed = await admin('GET', '/_sandbox/organizations/sunrise/patients');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe("'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)");
    const clinic = await admin('GET', '/_sandbox/organizations/00000000-0000-4000-8000-000000000000/patients');
    expect(clinic.status).toBe(404);
    expect(clinic.body.message).toBe("Organization '00000000-0000-4000-8000-000000000000' not found");
  });

  it('an id already taken, or a PATCH changing the id: 400', async () => {
    const patient = (await admin('GET', `${SUNRISE}/patients?pageSize=1`)).body.data.patients[0];
    const taken = await admin('POST', `${SUNRISE}/patients`, { id: patient.id });
    expect(taken.status).toBe(400);
    expect(taken.body.message).toBe(`'id' '${patient.id}' is already a patient of this clinic`);
    const changed = await admin('PATCH', `${SUNRISE}/patients/${patient.id}`, { id: 'pat_00000000000000000000000000000001' });
    expect(changed.status).toBe(400);
    expect(changed.body.message).toBe("'id' cannot change: it names the record");
  });

  it('deleting a record others point at: 400 record_referenced naming them, and nothing is deleted', async () => {
    const patient = (await admin('GET', `${SUNRISE}/appointments?pageSize=1`)).body.data.appointments[0].patient;
    const before = await snapshot();
    const response = await admin('DELETE', `${SUNRISE}/patients/${patient.id}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('record_referenced');
    expect(response.body.message).toMatch(
      new RegExp(
        `^Patient '${patient.id}' is referenced by \\d+ appointments?.*: delete or change those first \\(deletes never cascade\\)$`,
      ),
    );
    expect(await snapshot()).toBe(before);
  });

  it('a body that is no object, or bad page parameters: 400', async () => {
    expect(
      (
        await test.request(`${SUNRISE}/patients`, {
          method: 'POST',
          rawBody: '[1]',
          key: null,
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    const page = await admin('GET', `${SUNRISE}/patients?pageSize=500`);
    expect(page.status).toBe(400);
    expect(page.body.message).toBe("'pageSize' must be at most 100");
    // In the very words /v3 uses: one validator reads both.
    expect((await test.request('/v3/patients?pageSize=500')).body.message).toBe(page.body.message);
  });

  it('an appointment in an empty clinic, which has nobody to point at: 400 naming the reference', async () => {
    const empty = { patients: 0, providers: 0, facilities: 0, staffUsers: 0, appointmentsPerPatient: 0 };
    const clinic = (await admin('POST', '/_sandbox/organizations', { recordCounts: empty })).body.organization;
    const response = await admin('POST', `/_sandbox/organizations/${clinic.id}/appointments`, {});
    expect(response.status).toBe(400);
    expect(response.body.message).toBe("'patientId' is required: this clinic has no patients to pick one from");
  });
});

describe('the /v3 answer cache and record changes', () => {
  it('a list answered before a change is not answered again after it', async () => {
    const first = await test.request('/v3/patients?search=Zzyzx');
    expect(first.body.data.patients).toEqual([]);
    await admin('POST', `${SUNRISE}/patients`, { lastName: 'Zzyzx' });
    const second = await test.request('/v3/patients?search=Zzyzx');
    expect(second.body.data.patients).toHaveLength(1);
  });
});
