import { describe, expect, it } from 'vitest';
import type { SandboxAdminError } from '../../../src/testing/admin-client.js';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { callApi, useLiveSandbox } from '../../support/live-sandbox.js';

const sandbox = useLiveSandbox();

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: SandboxAdminError) => ({ status: e.status, code: e.code, message: e.message }),
  );
const v3 = (path: string, organizationId: string = CLINICS.sunrise.id, key: string = KEYS.fullAccess.key) =>
  callApi(sandbox().url, path, { key, organizationId });

describe('records created at run time, as /v3 serves them', () => {
  it('a patient with no email: in the list, its count, search and get, with every other field filled', async () => {
    const { admin } = sandbox();
    const before = (await v3('/v3/patients')).body.data.pagination.totalCount;
    const ada = await admin.createRecord(CLINICS.sunrise, 'patients', { firstName: 'Ada', lastName: 'Zzyzx', email: null });
    expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Zzyzx', email: null });
    expect(ada.id).toMatch(/^pat_[0-9a-f]{32}$/);
    expect(ada.mrn).toBeTruthy();
    expect(ada.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect((await v3('/v3/patients')).body.data.pagination.totalCount).toBe(before + 1);
    const search = await v3('/v3/patients?search=zzyzx');
    expect(search.body.data.patients).toEqual([ada]);
    const got = await v3(`/v3/patients/${ada.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(ada);
  });

  it('an appointment tomorrow at 9:00 for one provider: in filters, with its nested patient and provider live', async () => {
    const { admin } = sandbox();
    const [provider] = (await admin.listRecords(CLINICS.sunrise, 'providers', { pageSize: 1 })).records;
    const ada = await admin.createRecord(CLINICS.sunrise, 'patients', { firstName: 'Ada' });
    const visit = await admin.createRecord(CLINICS.sunrise, 'appointments', {
      patientId: ada.id,
      providerId: provider!.id,
      scheduledStartDate: '2026-06-02T09:00:00.000Z',
    });
    // Left out, but following the start given: a future visit is scheduled, as long as the template's.
    expect(visit.status).toBe('scheduled');
    expect(Date.parse(visit.scheduledEndDate)).toBeGreaterThan(Date.parse(visit.scheduledStartDate));
    expect(visit.patient).toEqual(ada);
    expect(visit.provider.id).toBe(provider!.id);

    const byPatient = await v3(`/v3/appointments?patientId=${ada.id}`);
    expect(byPatient.body.data.appointments.map((a: { id: string }) => a.id)).toEqual([visit.id]);
    const tomorrow = await v3(
      `/v3/appointments?startDate=2026-06-02&endDate=2026-06-02&facilityId=${visit.facilityId}&statuses=scheduled&pageSize=100`,
    );
    expect(tomorrow.body.data.appointments.map((a: { id: string }) => a.id)).toContain(visit.id);

    // A change to the patient or provider shows in the appointment at once.
    await admin.updateRecord(CLINICS.sunrise, 'patients', ada.id, { lastName: 'Lovelace' });
    await admin.updateRecord(CLINICS.sunrise, 'providers', provider!.id, { displayLastName: 'Renamed, MD' });
    const again = (await v3(`/v3/appointments/${visit.id}`)).body.data;
    expect(again.patient.lastName).toBe('Lovelace');
    expect(again.provider.displayLastName).toBe('Renamed, MD');
    // ... and in every other appointment of that provider.
    const others = await v3(`/v3/appointments?pageSize=100`);
    for (const appointment of others.body.data.appointments) {
      if (appointment.provider.id === provider!.id) expect(appointment.provider.displayLastName).toBe('Renamed, MD');
    }
  });

  it('a task arranged with the typed client (SandboxTaskFields): served by /v3 with its assignees, a list reference', async () => {
    const { admin } = sandbox();
    const [note] = (await admin.listRecords(CLINICS.sunrise, 'notes', { pageSize: 1 })).records;
    const providers = (await admin.listRecords(CLINICS.sunrise, 'providers', { pageSize: 2 })).records;
    const task = await admin.createRecord(CLINICS.sunrise, 'tasks', {
      noteId: note!.id,
      assigneeIds: providers.map((provider) => provider.id),
      status: 'in_progress',
      notes: 'Prior authorization for adalimumab.',
    });
    expect(task.id).toMatch(/^tsk_[0-9a-f]{32}$/);
    expect(task.assignedProviders.map((provider) => provider.id)).toEqual(providers.map((provider) => provider.id));
    expect(task.ehrType).toBe(note!.ehrType);
    expect((await v3(`/v3/tasks/${task.id}`)).body.data).toEqual(task);
    const moved = await admin.updateRecord(CLINICS.sunrise, 'tasks', task.id, { assigneeIds: [providers[1]!.id] });
    expect(moved.assignedProviders.map((provider) => provider.id)).toEqual([providers[1]!.id]);
    await admin.deleteRecord(CLINICS.sunrise, 'tasks', task.id);
    expect((await v3(`/v3/tasks/${task.id}`)).status).toBe(404);
  });

  it('delete: refused while others point at the record (nothing changes), then gone from /v3', async () => {
    const { admin } = sandbox();
    const ada = await admin.createRecord(CLINICS.sunrise, 'patients', { lastName: 'Zzyzx' });
    const visit = await admin.createRecord(CLINICS.sunrise, 'appointments', { patientId: ada.id });
    expect(await refusal(admin.deleteRecord(CLINICS.sunrise, 'patients', ada.id))).toEqual({
      status: 400,
      code: 'bad_request',
      message: `400 bad_request: Patient '${ada.id}' is referenced by 1 appointment: delete or change those first (deletes never cascade)`,
    });
    expect((await v3(`/v3/patients/${ada.id}`)).status).toBe(200);

    await admin.deleteRecord(CLINICS.sunrise, 'appointments', visit.id);
    await admin.deleteRecord(CLINICS.sunrise, 'patients', ada.id);
    expect((await v3(`/v3/patients/${ada.id}`)).status).toBe(404);
    expect((await v3(`/v3/appointments/${visit.id}`)).status).toBe(404);
    expect((await v3('/v3/patients?search=zzyzx')).body.data.patients).toEqual([]);
  });

  it('a generated record can be changed and deleted too; reset restores it byte for byte', async () => {
    const { admin } = sandbox();
    const page = await v3('/v3/facilities');
    const facility = page.body.data.facilities[0];
    await admin.updateRecord(CLINICS.sunrise, 'facilities', facility.id, { name: 'Renamed Facility', isVisible: false });
    expect((await v3(`/v3/facilities/${facility.id}`)).body.data).toMatchObject({ name: 'Renamed Facility', isVisible: false });
    expect((await v3('/v3/facilities?isVisible=false')).body.data.facilities.map((f: { id: string }) => f.id)).toContain(
      facility.id,
    );
    const bill = (await v3(`/v3/bills?pageSize=100`)).body.data.bills.find(
      (b: { facilityId: string }) => b.facilityId === facility.id,
    );
    // A bill copies its facility's name: it follows the facility.
    expect((await v3(`/v3/bills/${bill.id}`)).body.data.facilityName).toBe('Renamed Facility');

    await admin.reset();
    expect(await v3('/v3/facilities')).toMatchObject({ body: page.body });
  });

  it('reset removes created records, and the same calls after it give the same records', async () => {
    const { admin } = sandbox();
    const first = await admin.createRecord(CLINICS.sunrise, 'patients', { email: null });
    const second = await admin.createRecord(CLINICS.sunrise, 'bills', {});
    await admin.reset();
    expect((await v3(`/v3/patients/${first.id}`)).status).toBe(404);
    expect(await admin.createRecord(CLINICS.sunrise, 'patients', { email: null })).toEqual(first);
    expect(await admin.createRecord(CLINICS.sunrise, 'bills', {})).toEqual(second);
  });

  it('bills, claims and notes: filled from the seed, pointing at records of the clinic; a claim takes its bill’s patient', async () => {
    const { admin } = sandbox();
    const ada = await admin.createRecord(CLINICS.sunrise, 'patients', { firstName: 'Ada', lastName: 'Zzyzx' });
    const bill = await admin.createRecord(CLINICS.sunrise, 'bills', { patientId: ada.id });
    expect(bill).toMatchObject({ patientId: ada.id, patientFirstName: 'Ada', patientLastName: 'Zzyzx' });
    expect(bill.codingGroups.length).toBeGreaterThan(0);
    const claim = await admin.createRecord(CLINICS.sunrise, 'claims', { billId: bill.id, claimStatus: 'denied' });
    expect(claim).toMatchObject({ billId: bill.id, patientId: ada.id, facilityId: bill.facilityId, claimStatus: 'denied' });
    expect((await v3(`/v3/claims?patientId=${ada.id}`)).body.data.claims.map((c: { id: string }) => c.id)).toEqual([claim.id]);

    const visit = await admin.createRecord(CLINICS.sunrise, 'appointments', { patientId: ada.id });
    const note = await admin.createRecord(CLINICS.sunrise, 'notes', { appointmentId: visit.id, status: 'draft' });
    expect(note.patient).toEqual({
      id: ada.id,
      firstName: 'Ada',
      lastName: 'Zzyzx',
      dateOfBirth: ada.dateOfBirth,
      avatar: note.patient.avatar === null ? null : `https://example.com/avatars/${ada.id}.png`,
    });
    expect(note.facility.id).toBe(visit.facilityId);
    expect(note.assignedProviders[0]).toMatchObject({ id: visit.provider.id, roleType: 'PRIMARY_PROVIDER' });
    expect(note.soapNote).toBeDefined();
    const notes = await v3(`/v3/notes?patientId=${ada.id}&status=draft`);
    expect(notes.body.data.notes.map((n: { id: string }) => n.id)).toEqual([note.id]);
    // Deleting the bill is refused while its claim is there.
    expect(await refusal(admin.deleteRecord(CLINICS.sunrise, 'bills', bill.id))).toMatchObject({ status: 400 });
  });

  it('an empty throwaway clinic filled record by record, isolated from the others', async () => {
    const { admin } = sandbox();
    const EMPTY = { patients: 0, providers: 0, facilities: 0, staffUsers: 0, appointmentsPerPatient: 0 };
    const clinic = await admin.createOrganization({ recordCounts: EMPTY });
    const org = clinic.organization;
    const key = clinic.keys[0]!.key;
    const provider = await admin.createRecord(org, 'providers', {});
    const facility = await admin.createRecord(org, 'facilities', {});
    const patient = await admin.createRecord(org, 'patients', {});
    const visit = await admin.createRecord(org, 'appointments', {});
    // With one of each, the references left out can only be those.
    expect(visit).toMatchObject({ facilityId: facility.id, patient: { id: patient.id }, provider: { id: provider.id } });
    const list = await v3('/v3/appointments', org.id, key);
    expect(list.body.data.appointments.map((a: { id: string }) => a.id)).toEqual([visit.id]);
    // Sunrise does not see them, nor can a record of Sunrise be reached through the throwaway clinic.
    expect((await v3(`/v3/appointments/${visit.id}`)).status).toBe(404);
    const sunrisePatient = (await v3('/v3/patients')).body.data.patients[0];
    expect(await refusal(admin.updateRecord(org, 'patients', sunrisePatient.id, { email: null }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(admin.createRecord(org, 'appointments', { patientId: sunrisePatient.id }))).toEqual({
      status: 400,
      code: 'bad_request',
      message: `400 bad_request: 'patientId' names no patient of this clinic: '${sunrisePatient.id}'`,
    });
    await admin.deleteOrganization(org.id);
  });

  it('listRecords pages the records in their served order, like /v3', async () => {
    const { admin } = sandbox();
    const page = await admin.listRecords(CLINICS.sunrise, 'patients', { page: 2, pageSize: 10 });
    const served = (await v3('/v3/patients?page=2&pageSize=10')).body.data;
    expect(page.records).toEqual(served.patients);
    expect(page.pagination).toEqual(served.pagination);
    const note = (await admin.listRecords(CLINICS.sunrise, 'notes', { pageSize: 1 })).records[0]!;
    // The admin view shows a note's SOAP body without a scope.
    expect(note.soapNote).toBeDefined();
    expect(await admin.getRecord(CLINICS.sunrise, 'notes', note.id)).toEqual(note);
  });

  it('a rescheduled appointment moves to its place in the default order', async () => {
    const { admin } = sandbox();
    const all = async () => (await admin.listRecords(CLINICS.sunrise, 'appointments', { pageSize: 100 })).pagination.totalCount;
    const total = await all();
    const first = (await v3('/v3/appointments?pageSize=1')).body.data.appointments[0];
    await admin.updateRecord(CLINICS.sunrise, 'appointments', first.id, { scheduledStartDate: '2099-01-01T09:00:00.000Z' });
    expect(await all()).toBe(total);
    const lastPage = Math.ceil(total / 100);
    const tail = (await v3(`/v3/appointments?pageSize=100&page=${lastPage}`)).body.data.appointments;
    expect(tail.at(-1)).toMatchObject({ id: first.id, status: 'scheduled' });
    // Only the start was given: the visit keeps its length.
    const length = Date.parse(first.scheduledEndDate) - Date.parse(first.scheduledStartDate);
    expect(Date.parse(tail.at(-1).scheduledEndDate) - Date.parse(tail.at(-1).scheduledStartDate)).toBe(length);
    const starts = tail.map((a: { scheduledStartDate: string }) => a.scheduledStartDate);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('inventory records through the typed admin client', () => {
  it('a product and a closed receiving of it: typed writes, then the change, its items and the stock at /v3', async () => {
    const { admin } = sandbox();
    const product = await admin.createRecord(CLINICS.sunrise, 'products', {
      name: 'Client Test Gauze (pack of 50)',
      type: 'supply',
      gtin: '00861420399996',
    });
    expect(product.id).toMatch(/^prd_[0-9a-f]{32}$/);
    const [facility] = (await admin.listRecords(CLINICS.sunrise, 'facilities', { pageSize: 1 })).records;
    const change = await admin.createRecord(CLINICS.sunrise, 'inventoryChanges', {
      facilityId: facility!.id,
      type: 'receiving',
      status: 'closed',
      closedAt: '2026-06-01T10:00:00.000Z',
      items: [{ productId: product.id, quantity: 3, lotNumber: 'G7777Z', expirationDate: '2029-12-31' }],
    });
    expect(change).toMatchObject({ itemCount: 1, items: [{ gtin: '00861420399996', parsedFields: { '17': '291231' } }] });

    const served = await v3(`/v3/inventory/changes/${change.id}?facilityId=${facility!.id}`);
    expect(served.body.data).toMatchObject({ id: change.id, itemCount: 1 });
    expect(served.body.data.items).toBeUndefined();
    const levels = (await v3(`/v3/inventory/stock-levels?facilityId=${facility!.id}`)).body.data.stockLevels;
    expect(levels.find((level: { productId: string }) => level.productId === product.id)).toMatchObject({ quantity: 3 });

    const refused = await refusal(admin.deleteRecord(CLINICS.sunrise, 'products', product.id));
    expect(refused?.status).toBe(400);
    await admin.deleteRecord(CLINICS.sunrise, 'inventoryChanges', change.id);
    await admin.deleteRecord(CLINICS.sunrise, 'products', product.id);
    expect((await v3(`/v3/inventory/products/${product.id}`)).status).toBe(404);
  });
});

describe('note versions through the typed admin client', () => {
  it('an edit through /v3 makes a version the admin client finds by either id; updateRecord arranges a version and another EHR', async () => {
    const { admin } = sandbox();
    const scopes = ['read:notes', 'read:soap_notes', 'write:soap_notes'] as const;
    await admin.installApp({ appId: KEYS.fullAccess.appId, organizationId: CLINICS.sunrise.id, grantedScopes: [...scopes] });
    const { key } = await admin.createKey({ appId: KEYS.fullAccess.appId, scopes: [...scopes] });
    const [note] = (await admin.listRecords(CLINICS.sunrise, 'notes', { pageSize: 1 })).records;
    const edited = await callApi(sandbox().url, `/v3/notes/${note!.id}`, {
      key,
      method: 'PATCH',
      body: { impressionsPlansComments: 'Reviewed with the patient.' },
    });
    expect(edited.status).toBe(200);
    const byVersion = await admin.getRecord(CLINICS.sunrise, 'notes', edited.body.data.versionId);
    expect(byVersion).toEqual(edited.body.data);
    expect(byVersion.soapNote?.impressionsPlansComments).toBe('Reviewed with the patient.');

    const arranged = await admin.updateRecord(CLINICS.sunrise, 'notes', byVersion.versionId, { version: 4, ehrType: 'athena' });
    expect(arranged).toMatchObject({ id: note!.id, version: 4, ehrType: 'athena' });
    expect(arranged.versionId).not.toBe(byVersion.versionId);
    // An admin change arranges: it does not bump the version as a /v3 edit does.
    expect((await admin.updateRecord(CLINICS.sunrise, 'notes', note!.id, { status: 'signed' })).version).toBe(4);
    await admin.reset();
    expect(await admin.getRecord(CLINICS.sunrise, 'notes', note!.id)).toEqual(note);
  });
});
