/**
 * Traceability: one case per documented fact of section A of api-model.md (the public Max AI
 * documentation), each named after the fact it checks, so anyone can see which fact is covered.
 * The detailed suites (test/v3, test/control, test/data) go further; these cases pin the facts.
 */
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../src/contract/reasons.js';
import { APPS, CLINICS, KEYS, STAGING_KEYS } from '../src/testing/well-known.js';
import { createTestSandbox } from './support/sandbox.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const prefixed = (prefix: string) => new RegExp(`^${prefix}[0-9a-f]{32}$`);
const ULID_STYLE = (prefix: string) => new RegExp(`^${prefix}[0-9A-HJKMNP-TV-Z]{26}$`);
const { request, sandbox } = createTestSandbox({ rateLimit: 1_000_000 });

describe('A1. Hosts, versions, envelope', () => {
  it('A1: production is https://api.maxcare.ai/v3, staging https://api.maxcare.dev/v3; the sandbox serves the same /v3 paths', async () => {
    const servers = (sandbox.spec.servers ?? []).map((server) => server.url);
    expect(servers).toEqual(expect.arrayContaining(['https://api.maxcare.ai', 'https://api.maxcare.dev']));
    for (const path of Object.keys(sandbox.spec.paths ?? {})) expect(path).toMatch(/^\/(v3|_sandbox)\//);
    expect((await request('/v3/patients?pageSize=1')).status).toBe(200);
  });

  it('A1: a success body is {"code":"success","data":{...}}', async () => {
    const { status, body } = await request('/v3/marketplace/me');
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['code', 'data']);
    expect(body.code).toBe('success');
  });

  it('A1: a list nests a plural key and a pagination object {page, pageSize, totalCount, totalPages} in data', async () => {
    const { body } = await request('/v3/patients?page=2&pageSize=10');
    expect(Object.keys(body.data)).toEqual(['patients', 'pagination']);
    expect(Object.keys(body.data.pagination)).toEqual(['page', 'pageSize', 'totalCount', 'totalPages']);
    expect(body.data.pagination).toMatchObject({ page: 2, pageSize: 10 });
    expect(body.data.pagination.totalPages).toBe(Math.ceil(body.data.pagination.totalCount / 10));
  });

  it('A1: page is an integer >= 1, default 1; pageSize an integer, default 100, maximum 100', async () => {
    expect((await request('/v3/patients')).body.data.pagination).toMatchObject({ page: 1, pageSize: 100 });
    expect((await request('/v3/patients?pageSize=100')).status).toBe(200);
    expect((await request('/v3/patients?pageSize=101')).status).toBe(400);
    expect((await request('/v3/patients?page=0')).status).toBe(400);
    expect((await request('/v3/patients?page=1.5')).status).toBe(400);
  });

  it('A1: clients loop until page == totalPages, by page number (no cursors), and meet every record once', async () => {
    const first = await request('/v3/providers?pageSize=3');
    const { totalPages, totalCount } = first.body.data.pagination;
    const ids = new Set<string>();
    for (let page = 1; page <= totalPages; page++) {
      for (const provider of (await request(`/v3/providers?pageSize=3&page=${page}`)).body.data.providers) ids.add(provider.id);
    }
    expect(ids.size).toBe(totalCount);
  });

  it('A1: v3 ids are a type prefix and 32 lowercase hex digits (pat_, apt_, prv_, fac_, usr_); app_ and ver_ ids are 26 base-32 characters, ULID style; organizations are UUIDs', async () => {
    const patient = (await request('/v3/patients?pageSize=1')).body.data.patients[0];
    const appointment = (await request('/v3/appointments?pageSize=1')).body.data.appointments[0];
    expect(patient.id).toMatch(prefixed('pat_'));
    expect(appointment.id).toMatch(prefixed('apt_'));
    expect(appointment.provider.id).toMatch(prefixed('prv_'));
    expect(appointment.facilityId).toMatch(prefixed('fac_'));
    const staffUser = sandbox.world.clinicData(sandbox.world.organizations.get(CLINICS.sunrise.id)!).staffUsers.items[0]!;
    expect(staffUser.id).toMatch(prefixed('usr_'));
    const me = (await request('/v3/marketplace/me')).body.data;
    expect(me.app.id).toMatch(ULID_STYLE('app_'));
    expect(me.app.liveVersionId).toMatch(ULID_STYLE('ver_'));
    expect(me.organization.id).toMatch(UUID);
  });

  it('A1: app ids are shown as app_01J5K8N2XRQV3M7YGWT4HB6E9C and versions as ver_01J5K8N2XRQV3M7YGWT4HB6E9C (26 base-32 characters)', async () => {
    const me = (await request('/v3/marketplace/me')).body.data;
    expect(me.app.id).toBe('app_01J5K8N2XRQV3M7YGWT4HB6E9C');
    expect(me.app.liveVersionId).toBe('ver_01J5K8N2XRQV3M7YGWT4HB6E9C');
    expect(sandbox.spec.components?.schemas?.MarketplaceMe).toMatchObject({
      properties: { app: { properties: { id: { pattern: '^app_[0-9A-HJKMNP-TV-Z]{26}$' } } } },
    });
  });

  it('A1: org_7e2c8cfeb7a94deb986de7012589e72b is 7e2c8cfe-b7a9-4deb-986d-e7012589e72b: X-Organization-Id takes both spellings for the same clinic', async () => {
    const dashed = await request('/v3/patients?pageSize=5', { organizationId: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b' });
    const prefixedForm = await request('/v3/patients?pageSize=5', { organizationId: 'org_7e2c8cfeb7a94deb986de7012589e72b' });
    expect(dashed.status).toBe(200);
    expect(prefixedForm.status).toBe(200);
    expect(prefixedForm.body.data).toEqual(dashed.body.data);
    // marketplace/me keeps the documented dashed form of the organization, whichever spelling came in.
    const me = await request('/v3/marketplace/me', { organizationId: 'org_7e2c8cfeb7a94deb986de7012589e72b' });
    expect(me.body.data.organization).toEqual({ id: '7e2c8cfe-b7a9-4deb-986d-e7012589e72b' });
  });

  it('A1: appointment dateFrom/dateTo are "ISO 8601" (example 2025-01-01), so a full timestamp is a valid value too', async () => {
    const first = (await request('/v3/appointments?pageSize=1')).body.data.appointments[0];
    const day = first.scheduledStartDate.slice(0, 10);
    for (const query of [
      `dateFrom=${day}&dateTo=${day}`,
      `dateFrom=${day}T00:00:00Z&dateTo=${day}T23:59:59Z`,
      `dateFrom=${day}T00:00:00.000%2B00:00&dateTo=${day}T23:59:59.999-00:00`,
    ]) {
      const { status, body } = await request(`/v3/appointments?${query}`);
      expect(status, query).toBe(200);
      expect(
        body.data.appointments.map((a: { id: string }) => a.id),
        query,
      ).toContain(first.id);
    }
    const later = await request(
      `/v3/appointments?dateFrom=${encodeURIComponent(new Date(Date.parse(first.scheduledStartDate) + 1).toISOString())}&dateTo=${day}`,
    );
    expect(later.status).toBe(200);
    expect(later.body.data.appointments.map((a: { id: string }) => a.id)).not.toContain(first.id);
  });

  it('A1: dates are YYYY-MM-DD, timestamps ISO 8601 UTC, money a decimal string', async () => {
    const patient = (await request('/v3/patients?pageSize=100')).body.data.patients.find((p: any) => p.dateOfBirth !== null);
    expect(patient.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(patient.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
    const claim = (await request('/v3/claims?pageSize=1')).body.data.claims[0];
    expect(claim.claimAmount).toMatch(/^\d+\.\d{2}$/);
    expect(claim.dateOfService).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('A2. Authentication and authorization', () => {
  it('A2: every request carries Authorization: Bearer <key> and X-Organization-Id; with both it is answered', async () => {
    expect((await request('/v3/patients')).status).toBe(200);
    expect((await request('/v3/patients', { key: null })).status).toBe(401);
    expect((await request('/v3/patients', { organizationId: null })).status).toBe(400);
  });

  it('A2: Account API keys are tied to a developer, not an app: they reach no clinic data', async () => {
    const { status, body } = await request('/v3/patients', { key: KEYS.account.key });
    expect(status).toBe(403);
    expect(body.code).toBe('forbidden');
  });

  it('A2: data keys are max_prd_ak_ (production) or max_dev_ak_ (staging); a production sandbox takes the first', async () => {
    expect(KEYS.fullAccess.key.startsWith('max_prd_ak_')).toBe(true);
    expect((await request('/v3/patients')).status).toBe(200);
    expect(STAGING_KEYS.fullAccess.key.startsWith('max_dev_ak_')).toBe(true);
    expect((await request('/v3/patients', { key: STAGING_KEYS.fullAccess.key })).status).toBe(401);
    const staging = createTestSandbox({ environment: 'staging' });
    expect((await staging.request('/v3/patients', { key: STAGING_KEYS.fullAccess.key })).status).toBe(200);
  });

  it("A2: effective permissions are the key's scopes intersected with the clinic's grants", async () => {
    // Harbor did not grant read:bills; the key has it.
    const ungranted = await request('/v3/bills', { key: KEYS.ungrantedScope.key, organizationId: CLINICS.harbor.id });
    expect(ungranted.status).toBe(403);
    expect((await request('/v3/bills', { key: KEYS.ungrantedScope.key })).status).toBe(200);
    const me = await request('/v3/marketplace/me', { key: KEYS.ungrantedScope.key, organizationId: CLINICS.harbor.id });
    expect(me.body.data.scopes).toEqual(['read:patients']);
  });

  it('A2: an app reaches only organizations that installed it', async () => {
    expect((await request('/v3/patients', { organizationId: CLINICS.mesa.id })).status).toBe(403);
    expect((await request('/v3/patients', { key: KEYS.otherApp.key, organizationId: CLINICS.mesa.id })).status).toBe(200);
  });

  it('A2: 401 {"code":"unauthorized","message":"Invalid or missing API key"} for a missing, malformed, unknown, revoked or expired key', async () => {
    const cases = [
      { key: null },
      { authorization: KEYS.fullAccess.key },
      { key: 'max_prd_ak_Unknown0000000000000000000000001' },
      { key: KEYS.revoked.key },
      { key: KEYS.expired.key },
    ];
    for (const options of cases) {
      const { status, body } = await request('/v3/patients', options);
      expect(status).toBe(401);
      expect(body).toEqual({
        code: 'unauthorized',
        message: 'Invalid or missing API key',
        trace_id: expect.stringMatching(UUID),
      });
    }
  });

  it('A2: 403 {"code":"forbidden","message":"Insufficient scope. Required: read:patients"} for a valid key without the scope', async () => {
    const { status, body } = await request('/v3/patients', { key: KEYS.noScopes.key });
    expect(status).toBe(403);
    expect(body).toEqual({
      code: 'forbidden',
      message: 'Insufficient scope. Required: read:patients',
      trace_id: expect.stringMatching(UUID),
    });
  });

  it("A2: GET /v3/marketplace/me returns the caller's app, organization and scopes", async () => {
    const { body } = await request('/v3/marketplace/me');
    expect(Object.keys(body.data)).toEqual(['app', 'organization', 'scopes']);
    expect(Object.keys(body.data.app)).toEqual(['id', 'slug', 'liveVersionId']);
    expect(body.data.organization).toEqual({ id: CLINICS.sunrise.id });
    expect(body.data.scopes).toContain('read:patients');
  });
});

describe('A3. Errors', () => {
  it('A3: every error body is {code, message, trace_id}, with a fresh UUID each time', async () => {
    const first = await request('/v3/patients', { key: null });
    const second = await request('/v3/patients', { key: null });
    expect(Object.keys(first.body)).toEqual(['code', 'message', 'trace_id']);
    expect(first.body.trace_id).toMatch(UUID);
    expect(second.body.trace_id).not.toBe(first.body.trace_id);
  });

  it("A3: 400 bad_request, e.g. 'id' must be a valid ID; 'providerId' is required", async () => {
    const { status, body } = await request('/v3/patients/not-an-id');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: "'id' must be a valid ID" });
    expect(errorMessage('parameter_missing', 'providerId')).toBe("'providerId' is required");
  });

  it('A3: 404 not_found "Patient not found", also when the record belongs to another organization', async () => {
    const harborPatient = (await request('/v3/patients?pageSize=1', { organizationId: CLINICS.harbor.id })).body.data.patients[0];
    const { status, body } = await request(`/v3/patients/${harborPatient.id}`);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'not_found', message: 'Patient not found' });
    expect((await request(`/v3/patients/pat_${'0'.repeat(32)}`)).body.message).toBe('Patient not found');
  });

  it('A3: 429 rate_limit_exceeded "Rate limit exceeded. Maximum 1000 requests per 60 seconds."', async () => {
    const limited = createTestSandbox();
    for (let i = 0; i < 1000; i++) await limited.request('/v3/marketplace/me');
    const last = await limited.request('/v3/marketplace/me');
    expect(last.status).toBe(429);
    expect(last.body).toMatchObject({
      code: 'rate_limit_exceeded',
      message: 'Rate limit exceeded. Maximum 1000 requests per 60 seconds.',
    });
  });

  it('A3: 500 internal_error tells the client to retry or contact support', async () => {
    const faulty = createTestSandbox();
    faulty.sandbox.faults.add({ status: 500, times: 1 });
    const { status, body } = await faulty.request('/v3/patients');
    expect(status).toBe(500);
    expect(body.code).toBe('internal_error');
    expect(body.message).toMatch(/retry/i);
    expect(body.message).toMatch(/support/i);
  });
});

describe('A4. Rate limits', () => {
  it('A4: 1000 requests per 60 s per app, sliding window', async () => {
    const limited = createTestSandbox();
    for (let i = 0; i < 1000; i++) expect((await limited.request('/v3/marketplace/me')).status).toBe(200);
    // Another key of the same app shares the window; the other app has its own.
    expect((await limited.request('/v3/marketplace/me', { key: KEYS.patientsOnly.key })).status).toBe(429);
    expect(
      (await limited.request('/v3/marketplace/me', { key: KEYS.otherApp.key, organizationId: CLINICS.mesa.id })).status,
    ).toBe(200);
    limited.sandbox.clock.advance(60_000);
    expect((await limited.request('/v3/marketplace/me')).status).toBe(200);
  });

  it('A4: responses carry X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (Unix seconds)', async () => {
    const fresh = createTestSandbox();
    const { headers } = await fresh.request('/v3/patients');
    expect(headers.get('X-RateLimit-Limit')).toBe('1000');
    expect(headers.get('X-RateLimit-Remaining')).toBe('999');
    const reset = Number(headers.get('X-RateLimit-Reset'));
    expect(reset).toBeGreaterThan(fresh.sandbox.clock.now() / 1000);
    expect(reset).toBeLessThanOrEqual(fresh.sandbox.clock.now() / 1000 + 60);
  });

  it('A4: every response to a request of a known app carries them, errors included (not a 401: it names no app)', async () => {
    const fresh = createTestSandbox();
    fresh.sandbox.faults.add({ status: 503, times: 1, match: { path: '/v3/bills' } });
    for (const [path, status] of [
      ['/v3/nowhere', 404],
      ['/v3/bills', 503],
      ['/v3/patients/nope', 400],
      ['/v3/bills?pageSize=1', 200],
    ] as const) {
      const response = await fresh.request(path);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('X-RateLimit-Limit'), path).toBe('1000');
    }
    expect((await fresh.request('/v3/patients', { key: KEYS.revoked.key })).headers.get('X-RateLimit-Limit')).toBeNull();
  });

  it('A4: a 429 adds Retry-After (seconds)', async () => {
    const limited = createTestSandbox({ rateLimit: 1 });
    await limited.request('/v3/marketplace/me');
    const { status, headers } = await limited.request('/v3/marketplace/me');
    expect(status).toBe(429);
    expect(Number(headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
  });
});

describe('A5. Read scopes and endpoints', () => {
  const SCOPES = [
    ['read:patients', 'patients'],
    ['read:appointments', 'appointments'],
    ['read:providers', 'providers'],
    ['read:facilities', 'facilities'],
    ['read:bills', 'bills'],
    ['read:claims', 'claims'],
    ['read:notes', 'notes'],
  ] as const;

  it.each(SCOPES)('A5: %s unlocks GET /v3/%s and GET /v3/%s/{id}, and nothing else', async (scope, resource) => {
    const scoped = createTestSandbox({ rateLimit: 1_000_000 });
    scoped.sandbox.world.keys.get(KEYS.noScopes.id)!.scopes = [scope];
    const key = KEYS.noScopes.key;
    const list = await scoped.request(`/v3/${resource}?pageSize=1`, { key });
    expect(list.status).toBe(200);
    const id = list.body.data[resource][0].id;
    expect((await scoped.request(`/v3/${resource}/${id}`, { key })).status).toBe(200);
    for (const [, other] of SCOPES) {
      if (other !== resource) expect((await scoped.request(`/v3/${other}`, { key })).status).toBe(403);
    }
  });

  it('A5: read:encounters is the legacy alias of read:bills', async () => {
    const scoped = createTestSandbox();
    scoped.sandbox.world.keys.get(KEYS.noScopes.id)!.scopes = ['read:encounters'];
    expect((await scoped.request('/v3/bills', { key: KEYS.noScopes.key })).status).toBe(200);
    expect((await scoped.request('/v3/marketplace/me', { key: KEYS.noScopes.key })).body.data.scopes).toEqual(['read:bills']);
  });

  it('A5: read:soap_notes unlocks includeSoapNote=true on notes', async () => {
    const withSoap = await request('/v3/notes?pageSize=1&includeSoapNote=true');
    expect(withSoap.body.data.notes[0].soapNote).toBeDefined();
    expect((await request('/v3/notes?pageSize=1')).body.data.notes[0].soapNote).toBeUndefined();
    const harbor = await request('/v3/notes?includeSoapNote=true', { organizationId: CLINICS.harbor.id });
    expect(harbor.status).toBe(403);
    expect(harbor.body.message).toBe('Insufficient scope. Required: read:soap_notes');
  });

  it('A5: emails go to patients and staff users by id, from <prefix>@accounts.maxcare.ai, and return sent records and errors', async () => {
    const mailer = createTestSandbox();
    const clinic = mailer.sandbox.world.clinicData(mailer.sandbox.world.organizations.get(CLINICS.sunrise.id)!);
    const patient = clinic.table('patients').items.find((p) => p.email !== null)!;
    const user = clinic.staffUsers.items[0]!;
    const { status, body } = await mailer.request('/v3/emails/send', {
      method: 'POST',
      body: {
        from: 'frontdesk',
        subject: 'Your visit',
        html: '<p>See you soon</p>',
        emailType: 'appointment_reminder',
        patientIds: [patient.id, `pat_${'0'.repeat(32)}`],
        userIds: [user.id],
        scheduledAt: new Date(mailer.sandbox.clock.now() + 3_600_000).toISOString(),
      },
    });
    expect(status).toBe(200);
    expect(body.data.sent.map((email: any) => email.recipientEmail)).toEqual([patient.email, user.email]);
    expect(body.data.sent[0].fromAddress).toBe('frontdesk@accounts.maxcare.ai');
    expect(body.data.sent[0].status).toBe('scheduled');
    expect(body.data.errors).toEqual([
      { recipientType: 'patient', recipientId: `pat_${'0'.repeat(32)}`, error: 'Patient not found' },
    ]);
  });
});

/** Every record of a list at Sunrise, page by page, as served. */
async function everyRecord(resource: string, query = ''): Promise<any[]> {
  const records: any[] = [];
  for (let page = 1; ; page++) {
    const { body } = await request(`/v3/${resource}?pageSize=100&page=${page}${query}`);
    records.push(...body.data[resource]);
    if (page >= body.data.pagination.totalPages) return records;
  }
}
const sorted = (keys: string[]) => [...keys].sort();
const PATIENT_FIELDS = [
  'id',
  'mrn',
  'firstName',
  'lastName',
  'middleName',
  'gender',
  'dateOfBirth',
  'email',
  'phone',
  'createdAt',
  'updatedAt',
];
const PROVIDER_FIELDS = [
  'id',
  'firstName',
  'lastName',
  'displayFirstName',
  'displayLastName',
  'roles',
  'username',
  'individualNpi',
  'canFinalize',
  'canCosign',
  'createdAt',
  'updatedAt',
];

describe('A6. Resource shapes', () => {
  it('A6: a patient is id, mrn, firstName, lastName, middleName, gender (Male|Female|null), dateOfBirth, email, phone ("(555) 123-4567"), createdAt, updatedAt', async () => {
    for (const patient of await everyRecord('patients')) {
      expect(sorted(Object.keys(patient))).toEqual(sorted(PATIENT_FIELDS));
      expect([null, 'Male', 'Female']).toContain(patient.gender);
      if (patient.phone !== null) expect(patient.phone).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
      if (patient.dateOfBirth !== null) expect(patient.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('A6: mrn, gender and dateOfBirth may be null: real clinics have records without them', async () => {
    const patients = await everyRecord('patients');
    for (const field of ['mrn', 'gender', 'dateOfBirth']) {
      const missing = patients.filter((patient) => patient[field] === null).length;
      expect(missing, field).toBeGreaterThan(0);
      expect(missing, field).toBeLessThan(patients.length / 10);
    }
  });

  it('A6: an appointment is id (apt_), scheduledStartDate, scheduledEndDate, status ("confirmed"), isNewPatient, facilityId (fac_), createdAt, patient {Patient}, provider {Provider}', async () => {
    const appointments = await everyRecord('appointments');
    for (const appointment of appointments) {
      for (const field of [
        'id',
        'scheduledStartDate',
        'scheduledEndDate',
        'status',
        'isNewPatient',
        'facilityId',
        'createdAt',
        'patient',
        'provider',
      ]) {
        expect(appointment, field).toHaveProperty(field);
      }
      expect(appointment.id).toMatch(prefixed('apt_'));
      expect(appointment.facilityId).toMatch(prefixed('fac_'));
      expect(sorted(Object.keys(appointment.patient))).toEqual(sorted(PATIENT_FIELDS));
      expect(sorted(Object.keys(appointment.provider))).toEqual(sorted(PROVIDER_FIELDS));
    }
    expect(appointments.map((appointment) => appointment.status)).toContain('confirmed');
  });

  it('A6: appointments are listed by page, pageSize, dateFrom, dateTo, statuses (comma-separated), facilityId, patientId, sortBy (scheduledStartDate | lastSyncedAt | status), sortOrder (asc | desc)', async () => {
    const all = await everyRecord('appointments');
    const sample = all[Math.floor(all.length / 2)];
    const day = sample.scheduledStartDate.slice(0, 10);
    const cases: [string, (a: any) => boolean][] = [
      [`&dateFrom=${day}&dateTo=${day}`, (a) => a.scheduledStartDate.slice(0, 10) === day],
      ['&statuses=confirmed,cancelled', (a) => a.status === 'confirmed' || a.status === 'cancelled'],
      [`&facilityId=${sample.facilityId}`, (a) => a.facilityId === sample.facilityId],
      [`&patientId=${sample.patient.id}`, (a) => a.patient.id === sample.patient.id],
    ];
    for (const [query, matches] of cases) {
      const found = await everyRecord('appointments', query);
      expect(found.length, query).toBeGreaterThan(0);
      expect(found.length, query).toBe(all.filter(matches).length);
    }
    for (const sortBy of ['scheduledStartDate', 'lastSyncedAt', 'status']) {
      for (const sortOrder of ['asc', 'desc']) {
        const { status, body } = await request(`/v3/appointments?pageSize=100&sortBy=${sortBy}&sortOrder=${sortOrder}`);
        expect(status, `${sortBy} ${sortOrder}`).toBe(200);
        const values = body.data.appointments.map((a: any) => a[sortBy]);
        const expected = [...values].sort();
        expect(values, `${sortBy} ${sortOrder}`).toEqual(sortOrder === 'asc' ? expected : expected.reverse());
      }
    }
  });

  it('A6: a provider is id (prv_), firstName, lastName, displayFirstName ("Dr. James"), displayLastName ("Wilson, MD"), roles[], username, individualNpi, canFinalize, canCosign, createdAt, updatedAt', async () => {
    const providers = await everyRecord('providers');
    for (const provider of providers) {
      expect(sorted(Object.keys(provider))).toEqual(sorted(PROVIDER_FIELDS));
      expect(provider.id).toMatch(prefixed('prv_'));
      expect(Array.isArray(provider.roles)).toBe(true);
    }
    const doctor = providers.find((provider) => provider.displayFirstName.startsWith('Dr. '));
    expect(doctor.displayFirstName).toBe(`Dr. ${doctor.firstName}`);
    expect(doctor.displayLastName).toMatch(new RegExp(`^${doctor.lastName}, [A-Z]+$`));
  });

  it('A6: providers are listed by search (by name), roleId and hidden (boolean)', async () => {
    const providers = await everyRecord('providers');
    const [first] = providers;
    expect((await everyRecord('providers', `&search=${encodeURIComponent(first.lastName)}`)).map((p) => p.id)).toContain(
      first.id,
    );
    const role = first.roles[0];
    const byRole = await everyRecord('providers', `&roleId=${encodeURIComponent(role)}`);
    expect(byRole.length).toBeGreaterThan(0);
    for (const provider of byRole) expect(provider.roles).toContain(role);
    const visible = await everyRecord('providers', '&hidden=false');
    const hidden = await everyRecord('providers', '&hidden=true');
    expect(visible.length + hidden.length).toBe(providers.length);
  });

  it('A6: a facility is id (fac_), name, timezone ("America/Los_Angeles"), specialty, isVisible, organizationNpi, createdAt, updatedAt; listed by search and isVisible', async () => {
    const facilities = await everyRecord('facilities');
    for (const facility of facilities) {
      expect(sorted(Object.keys(facility))).toEqual(
        sorted(['id', 'name', 'timezone', 'specialty', 'isVisible', 'organizationNpi', 'createdAt', 'updatedAt']),
      );
      expect(facility.timezone).toMatch(/^(America|Pacific)\/[A-Za-z_/]+$/);
    }
    const [first] = facilities;
    expect((await everyRecord('facilities', `&search=${encodeURIComponent(first.name)}`)).map((f) => f.id)).toContain(first.id);
    const visible = await everyRecord('facilities', '&isVisible=true');
    for (const facility of visible) expect(facility.isVisible).toBe(true);
  });

  it('A6: a bill has every documented field: billingType ("professional"), codingGroups with status ("finalized"), timestamps, diagnoses (id, code "L70.0", codeRevision "ICD-10-CM") and line items (id, code "99213", codeType "CPT", units the string "1", charge "150.00", linkedDiagnoses)', async () => {
    const bills = await everyRecord('bills');
    const documented = [
      'id',
      'dateOfService',
      'billingType',
      'isCosmetic',
      'isBillable',
      'virtualEncounter',
      'isEmCodingEnabled',
      'patientId',
      'patientFirstName',
      'patientLastName',
      'patientDob',
      'primaryProviderName',
      'billUnderName',
      'facilityId',
      'facilityName',
      'specialty',
      'codingGroups',
    ];
    for (const bill of bills) {
      for (const field of documented) expect(bill, field).toHaveProperty(field);
      for (const group of bill.codingGroups) {
        for (const field of ['id', 'status', 'createdAt', 'updatedAt', 'diagnoses', 'lineItems'])
          expect(group, field).toHaveProperty(field);
        const codes = new Set(group.diagnoses.map((diagnosis: any) => diagnosis.code));
        for (const diagnosis of group.diagnoses) {
          for (const field of ['id', 'code', 'description', 'position', 'codeRevision'])
            expect(diagnosis, field).toHaveProperty(field);
          expect(diagnosis.codeRevision).toBe('ICD-10-CM');
        }
        for (const line of group.lineItems) {
          for (const field of [
            'id',
            'code',
            'codeType',
            'description',
            'units',
            'charge',
            'totalCharge',
            'balance',
            'modifiers',
            'position',
            'linkedDiagnoses',
          ]) {
            expect(line, field).toHaveProperty(field);
          }
          expect(typeof line.units).toBe('string');
          expect(line.charge).toMatch(/^\d+\.\d{2}$/);
          for (const linked of line.linkedDiagnoses) expect(codes).toContain(linked.code);
        }
      }
    }
    expect(bills.map((bill) => bill.billingType)).toContain('professional');
    expect(bills.flatMap((bill) => bill.codingGroups.map((group: any) => group.status))).toContain('finalized');
    expect(
      bills.flatMap((bill) => bill.codingGroups.flatMap((group: any) => group.lineItems.map((line: any) => line.codeType))),
    ).toContain('CPT');
  });

  it('A6: a claim has every documented field, claimStatus ("accepted"), billHumanId ("BILL-78432") and insurance entries with policyNumber', async () => {
    const claims = await everyRecord('claims');
    const documented = [
      'id',
      'claimAmount',
      'balance',
      'claimStatus',
      'submittedDate',
      'claimCreatedDate',
      'billId',
      'dateOfService',
      'billHumanId',
      'patientId',
      'patientFirstName',
      'patientLastName',
      'patientDob',
      'primaryProviderName',
      'billUnderName',
      'facilityId',
      'facilityName',
      'specialty',
      'primaryInsurance',
      'secondaryInsurance',
      'createdAt',
      'updatedAt',
      'primaryProviderId',
      'billUnderId',
      'cliaNumber',
      'insurance',
    ];
    const insuranceFields = [
      'payerName',
      'planName',
      'policyType',
      'isPrimary',
      'memberId',
      'groupNumber',
      'policyNumber',
      'subscriberName',
      'copayAmount',
      'deductibleRemaining',
    ];
    for (const claim of claims) {
      for (const field of documented) expect(claim, field).toHaveProperty(field);
      expect(claim.billHumanId).toMatch(/^BILL-\d+$/);
      for (const insurance of claim.insurance)
        for (const field of insuranceFields) expect(insurance, field).toHaveProperty(field);
    }
    expect(claims.map((claim) => claim.claimStatus)).toContain('accepted');
  });

  it('A6: a note is id, version, visitDate ("2026-03-20 18:30:00+00", that spelling), status ("awaiting_sign"), aiStatus ("issues_found"), aiIssueCount, patient, facility, ehrType ("modmed"), assignedProviders [Provider + hidden + roleType]', async () => {
    const notes = await everyRecord('notes');
    for (const note of notes) {
      for (const field of [
        'id',
        'version',
        'visitDate',
        'status',
        'aiStatus',
        'aiIssueCount',
        'patient',
        'facility',
        'ehrType',
        'assignedProviders',
      ]) {
        expect(note, field).toHaveProperty(field);
      }
      expect(note.visitDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+00$/);
      for (const provider of note.assignedProviders) {
        for (const field of [...PROVIDER_FIELDS, 'hidden', 'roleType']) expect(provider, field).toHaveProperty(field);
      }
    }
    expect(notes.map((note) => note.status)).toContain('awaiting_sign');
    expect(notes.map((note) => note.aiStatus)).toContain('issues_found');
    expect(notes.map((note) => note.ehrType)).toContain('modmed');
  });

  it('A6: notes are listed by page, pageSize, patientId, facilityId, providerId, includeSoapNote; only the current version of each note', async () => {
    const notes = await everyRecord('notes');
    expect(new Set(notes.map((note) => note.id)).size).toBe(notes.length);
    const sample = notes[Math.floor(notes.length / 2)];
    const provider = sample.assignedProviders[0].id;
    const cases: [string, (n: any) => boolean][] = [
      [`&patientId=${sample.patient.id}`, (n) => n.patient.id === sample.patient.id],
      [`&facilityId=${sample.facility.id}`, (n) => n.facility.id === sample.facility.id],
      [`&providerId=${provider}`, (n) => n.assignedProviders.some((p: any) => p.id === provider)],
    ];
    for (const [query, matches] of cases) {
      const found = await everyRecord('notes', query);
      expect(found.length, query).toBeGreaterThan(0);
      expect(found.length, query).toBe(notes.filter(matches).length);
    }
    const withSoap = (await request('/v3/notes?pageSize=1&includeSoapNote=true')).body.data.notes[0];
    // A7 adds the documented parts; the four narrative sections are the sandbox's own.
    expect(Object.keys(withSoap.soapNote)).toEqual(expect.arrayContaining(['impressionsPlans', 'subjective', 'plan']));
  });

  it('A6: provider roles hold names such as "Physician" and "Surgeon", and roleId takes them', async () => {
    const providers = await everyRecord('providers');
    for (const role of ['Physician', 'Surgeon']) {
      const byRole = await everyRecord('providers', `&roleId=${role}`);
      expect(byRole.length, role).toBeGreaterThan(0);
      expect(byRole.map((p) => p.id)).toEqual(providers.filter((p) => p.roles.includes(role)).map((p) => p.id));
    }
  });

  it('A6: an assigned provider\'s roleType is like "PRIMARY_..."', async () => {
    const notes = await everyRecord('notes');
    for (const note of notes) expect(note.assignedProviders[0].roleType).toMatch(/^PRIMARY_/);
  });

  it('A6: a bill\'s primaryProviderName is spelled "Dr. James Wilson"', async () => {
    const bills = await everyRecord('bills');
    const providers = new Map((await everyRecord('providers')).map((p) => [p.id, p]));
    const claims = await everyRecord('claims');
    const byDoctor = claims.filter((claim) => providers.get(claim.primaryProviderId)?.displayFirstName.startsWith('Dr. '));
    expect(byDoctor.length).toBeGreaterThan(0);
    for (const claim of byDoctor) {
      const provider = providers.get(claim.primaryProviderId);
      expect(claim.primaryProviderName).toBe(`Dr. ${provider.firstName} ${provider.lastName}`);
    }
    expect(bills.some((bill) => /^Dr\. \S+ [^,]+$/.test(bill.primaryProviderName))).toBe(true);
  });

  it('A6: a claim\'s insurance policyType is like "PPO" and its policyNumber differs from its memberId', async () => {
    const plans = (await everyRecord('claims')).flatMap((claim) => claim.insurance);
    expect(plans.map((plan) => plan.policyType)).toContain('PPO');
    for (const plan of plans) expect(plan.policyNumber).not.toBe(plan.memberId);
  });

  it("A6: the note's embedded patient also has avatar (a URL or null)", async () => {
    const notes = await everyRecord('notes');
    const avatars = notes.map((note) => note.patient.avatar);
    expect(avatars).toContain(null);
    for (const avatar of avatars) if (avatar !== null) expect(new URL(avatar).protocol).toBe('https:');
    expect(avatars.some((avatar) => avatar !== null)).toBe(true);
  });

  it('A6: marketplace me is {"app":{"id","slug","liveVersionId"},"organization":{"id"},"scopes":[...]}', async () => {
    const { body } = await request('/v3/marketplace/me');
    expect(body.data).toEqual({
      app: {
        id: expect.stringMatching(ULID_STYLE('app_')),
        slug: 'sandbox-demo-app',
        liveVersionId: expect.stringMatching(ULID_STYLE('ver_')),
      },
      organization: { id: CLINICS.sunrise.id },
      scopes: expect.arrayContaining(['read:patients']),
    });
  });

  it('A6: only 200 is documented for success; 409 and 422 are not', async () => {
    for (const [path, item] of Object.entries(sandbox.spec.paths!)) {
      if (!path.startsWith('/v3/')) continue;
      for (const operation of Object.values(item as Record<string, { responses?: Record<string, unknown> }>)) {
        const statuses = Object.keys(operation.responses ?? {});
        expect(
          statuses.filter((status) => status.startsWith('2')),
          path,
        ).toEqual(['200']);
        expect(statuses, path).not.toContain('409');
        expect(statuses, path).not.toContain('422');
      }
    }
  });
});

describe('A7. Emails', () => {
  const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,3})?\+00$/;
  const mail = createTestSandbox({ rateLimit: 1_000_000 });
  const organization = mail.sandbox.world.organizations.get(CLINICS.sunrise.id)!;
  const clinic = mail.sandbox.world.clinicData(organization);
  const patient = clinic.table('patients').items.find((p) => p.email !== null)!;
  const noEmail = mail.sandbox.records.create(organization, 'patients', { email: null });
  const send = (body: Record<string, unknown>) => mail.request('/v3/emails/send', { method: 'POST', body });
  /** An email `appId` sent as clinic `organizationId`, put in the outbox directly; its id. */
  const arrange = (appId: string, organizationId: string) => {
    const id = mail.sandbox.outbox.nextId();
    mail.sandbox.outbox.add({
      id,
      organizationId,
      appId,
      keyId: null,
      recipientType: 'patient',
      recipientId: patient.id,
      recipientEmail: 'ada@example.com',
      fromAddress: 'notifications@accounts.maxcare.ai',
      subject: 'Not yours',
      html: '<p>Hi</p>',
      emailType: 'billing',
      createdAtMs: mail.sandbox.clock.now(),
      scheduledAtMs: null,
    });
    return id;
  };

  it('A7: POST /v3/emails/send (upstream operationId EmailsPublicController_sendEmails) takes from, subject, html, emailType, patientIds, userIds, scheduledAt', () => {
    const operation = mail.sandbox.spec.paths!['/v3/emails/send']!.post!;
    expect(operation.description).toContain('EmailsPublicController_sendEmails');
    const schema = (mail.sandbox.spec.components!.schemas as any).EmailRequest;
    expect(Object.keys(schema.properties)).toEqual([
      'from',
      'subject',
      'html',
      'emailType',
      'patientIds',
      'userIds',
      'scheduledAt',
    ]);
    expect(schema.required).toContain('from');
    expect(schema.properties.from.description).toContain('Email sender prefix (becomes @accounts.maxcare.ai)');
    expect(schema.properties.html.description).toContain('Email body as raw HTML');
  });

  it('A7: from "notifications" becomes fromAddress notifications@accounts.maxcare.ai; the 200 is {"code":"success","data":{"sent":[EmailRecord],"errors":[...]}}', async () => {
    const { status, body } = await send({
      from: 'notifications',
      subject: 'Reminder',
      html: '<p>Hi</p>',
      emailType: 'appointment_reminder',
      patientIds: [patient.id],
    });
    expect(status).toBe(200);
    expect(Object.keys(body.data)).toEqual(['sent', 'errors']);
    expect(body.data.sent[0].fromAddress).toBe('notifications@accounts.maxcare.ai');
  });

  it('A7: an EmailRecord is id (eml_), recipientEmail, recipientType, recipientId, emailType, subject, fromAddress, status ("sent"), scheduledAt (null), sentAt ("2026-03-25 10:00:01.234+00" spelling), deliveredAt, openedAt (null), bouncedAt (null), createdAt', async () => {
    const { body } = await send({
      from: 'notifications',
      subject: 'Reminder',
      html: '<p>Hi</p>',
      emailType: 'appointment_reminder',
      patientIds: [patient.id],
    });
    const record = body.data.sent[0];
    expect(Object.keys(record)).toEqual([
      'id',
      'recipientEmail',
      'recipientType',
      'recipientId',
      'emailType',
      'subject',
      'fromAddress',
      'status',
      'scheduledAt',
      'sentAt',
      'deliveredAt',
      'openedAt',
      'bouncedAt',
      'createdAt',
    ]);
    expect(record).toMatchObject({
      recipientEmail: patient.email,
      recipientType: 'patient',
      recipientId: patient.id,
      emailType: 'appointment_reminder',
      subject: 'Reminder',
      status: 'sent',
      scheduledAt: null,
      deliveredAt: null,
      openedAt: null,
      bouncedAt: null,
    });
    expect(record.id).toMatch(prefixed('eml_'));
    expect(record.sentAt).toMatch(PG_TIMESTAMP);
    expect(record.createdAt).toMatch(PG_TIMESTAMP);
  });

  it('A7: a recipient without an email address is an entry of errors {recipientId, recipientType:"patient", error:"Patient has no email address on file"}', async () => {
    const { status, body } = await send({
      from: 'notifications',
      subject: 'Reminder',
      html: '<p>Hi</p>',
      patientIds: [noEmail.id],
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      sent: [],
      errors: [{ recipientId: noEmail.id, recipientType: 'patient', error: 'Patient has no email address on file' }],
    });
  });

  it('A7: scheduledAt is ISO 8601 ("2026-03-25T10:00:00Z"); the record echoes it in the documented spelling', async () => {
    const { body } = await send({
      from: 'notifications',
      subject: 'Later',
      html: '<p>Hi</p>',
      patientIds: [patient.id],
      scheduledAt: '2026-06-02T10:00:00Z',
    });
    expect(body.data.sent[0]).toMatchObject({ status: 'scheduled', scheduledAt: '2026-06-02 10:00:00+00', sentAt: null });
  });

  it('A7: documented errors 401, 403 "Insufficient scope" and 429 are in the document for the send', () => {
    const responses = mail.sandbox.spec.paths!['/v3/emails/send']!.post!.responses!;
    for (const status of ['401', '403', '429']) expect(Object.keys(responses)).toContain(status);
  });

  it('A7: GET /v3/emails "Returns a paginated list of emails sent by this application": page, pageSize, emailType, status -> data.emails[] + pagination', async () => {
    await send({ from: 'notifications', subject: 'Billing', html: '<p>Hi</p>', emailType: 'billing', patientIds: [patient.id] });
    const { status, body } = await mail.request('/v3/emails?page=1&pageSize=2&emailType=billing&status=sent');
    expect(status).toBe(200);
    expect(Object.keys(body.data)).toEqual(['emails', 'pagination']);
    expect(body.data.emails.length).toBeGreaterThan(0);
    for (const email of body.data.emails) expect(email).toMatchObject({ emailType: 'billing', status: 'sent' });
    // Only this application's: an email another app sent at the same clinic is not listed.
    const foreign = arrange(APPS.otherVendor.id, CLINICS.sunrise.id);
    const all = await mail.request('/v3/emails');
    expect(all.body.data.emails.map((email: any) => email.id)).not.toContain(foreign);
  });

  it('A7: GET /v3/emails/{id} "Returns a single email send record by ID (only if sent by this application)": 404 otherwise, 400 for a malformed id', async () => {
    const { body } = await send({ from: 'notifications', subject: 'One', html: '<p>Hi</p>', patientIds: [patient.id] });
    const id = body.data.sent[0].id;
    const got = await mail.request(`/v3/emails/${id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(body.data.sent[0]);
    for (const foreign of [arrange(APPS.otherVendor.id, CLINICS.sunrise.id), arrange(APPS.sandboxDemo.id, CLINICS.harbor.id)]) {
      const refused = await mail.request(`/v3/emails/${foreign}`);
      expect(refused.status).toBe(404);
      expect(refused.body.message).toBe('Email not found');
    }
    const unknown = await mail.request(`/v3/emails/eml_${'0'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('Email not found');
    const malformed = await mail.request('/v3/emails/eml_1');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe("'id' must be a valid ID");
  });
});

describe('A7. Tasks', () => {
  const admin = (path: string) => request(path, { key: null, organizationId: null });
  const aNote = async () => {
    const note = (await request('/v3/notes?pageSize=1')).body.data.notes[0];
    return { noteId: note.id, providerId: note.assignedProviders[0].id };
  };

  it('A5/A7: read:tasks unlocks GET /v3/tasks; a key without it is 403 naming it', async () => {
    expect((await request('/v3/tasks')).status).toBe(200);
    const { status, body } = await request('/v3/tasks', { key: KEYS.patientsOnly.key });
    expect(status).toBe(403);
    expect(body.message).toBe('Insufficient scope. Required: read:tasks');
  });

  it('A7: GET /v3/tasks answers data.tasks[] and pagination', async () => {
    const { body } = await request('/v3/tasks?page=2&pageSize=10');
    expect(Object.keys(body.data)).toEqual(['tasks', 'pagination']);
    expect(body.data.tasks).toHaveLength(10);
    expect(body.data.pagination).toMatchObject({ page: 2, pageSize: 10 });
  });

  it('A7: a task is {id ("tsk_..."), status, syncStatus, notes, noteId, ehrType, assignedProviders[...], createdAt, updatedAt}', async () => {
    const tasks = await everyRecord('tasks');
    for (const task of tasks.slice(0, 50)) {
      expect(Object.keys(task)).toEqual([
        'id',
        'status',
        'syncStatus',
        'notes',
        'noteId',
        'ehrType',
        'assignedProviders',
        'createdAt',
        'updatedAt',
      ]);
      expect(task.id).toMatch(prefixed('tsk_'));
      expect(task.noteId).toMatch(/^[a-z]{3}_[0-9a-f]{32}$/);
    }
    const assigned = tasks.find((task) => task.assignedProviders.length > 0);
    const note = (await everyRecord('notes')).find((n) => n.assignedProviders.length > 0);
    // The same shape as a note's assignedProviders: every field of Provider, hidden and roleType.
    expect(Object.keys(assigned.assignedProviders[0]).sort()).toEqual(Object.keys(note.assignedProviders[0]).sort());
  });

  it('A7: the list is filtered by status (comma-separated, e.g. not_started,in_progress), noteId, providerId, patientId, dateFrom', async () => {
    const tasks = await everyRecord('tasks');
    const open = await everyRecord('tasks', '&status=not_started,in_progress');
    expect(new Set(open.map((task) => task.status))).toEqual(new Set(['not_started', 'in_progress']));
    expect(open.length).toBe(tasks.filter((task) => ['not_started', 'in_progress'].includes(task.status)).length);
    const sample = tasks.find((task) => task.assignedProviders.length > 0);
    expect((await everyRecord('tasks', `&noteId=${sample.noteId}`)).every((task) => task.noteId === sample.noteId)).toBe(true);
    const provider = sample.assignedProviders[0].id;
    const byProvider = await everyRecord('tasks', `&providerId=${provider}`);
    expect(byProvider.map((task) => task.id)).toContain(sample.id);
    const patient = (await request(`/v3/notes/${sample.noteId}`)).body.data.patient.id;
    expect((await everyRecord('tasks', `&patientId=${patient}`)).map((task) => task.id)).toContain(sample.id);
    const from = sample.createdAt.slice(0, 10);
    const since = await everyRecord('tasks', `&dateFrom=${from}`);
    expect(since.length).toBe(tasks.filter((task) => task.createdAt.slice(0, 10) >= from).length);
  });

  it('A7: GET /tasks/{id} "Returns a single task by ID"', async () => {
    const task = (await request('/v3/tasks?pageSize=1')).body.data.tasks[0];
    const { status, body } = await request(`/v3/tasks/${task.id}`);
    expect(status).toBe(200);
    expect(body).toEqual({ code: 'success', data: task });
  });

  it('A7: POST /tasks takes noteId, providerId ("used to authenticate with the EHR"), notes ("Task description / notes") and assigneeIds[]', async () => {
    const { noteId, providerId } = await aNote();
    const assignee = (await request('/v3/providers?pageSize=2')).body.data.providers[1].id;
    const { status, body } = await request('/v3/tasks', {
      method: 'POST',
      body: { noteId, providerId, notes: 'Review biopsy results and call the patient.', assigneeIds: [assignee] },
    });
    expect(status).toBe(200);
    expect(body.code).toBe('success');
    expect(body.data).toMatchObject({ noteId, notes: 'Review biopsy results and call the patient.' });
    expect(body.data.assignedProviders.map((provider: any) => provider.id)).toEqual([assignee]);
    const operation = sandbox.spec.paths!['/v3/tasks']!.post!;
    expect(operation.description).toContain('used to authenticate with the EHR');
    const schema = sandbox.spec.components!.schemas!.CreateTaskRequest as any;
    expect(schema.required).toEqual(['noteId', 'providerId', 'notes']);
    expect(Object.keys(schema.properties)).toEqual(['noteId', 'providerId', 'notes', 'assigneeIds']);
    sandbox.reset();
  });

  it("A3/A7: the documented 400 'providerId' is required comes from POST /tasks", async () => {
    const { noteId } = await aNote();
    const count = async () =>
      (await admin(`/_sandbox/organizations/${CLINICS.sunrise.id}/tasks?pageSize=1`)).body.data.pagination.totalCount;
    const before = await count();
    const { status, body } = await request('/v3/tasks', { method: 'POST', body: { noteId, notes: 'Refill request.' } });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'bad_request', message: "'providerId' is required" });
    expect(await count()).toBe(before);
  });

  it('A1/A6: a documented enum value is one the sandbox emits and accepts: status not_started and in_progress', async () => {
    const statuses = new Set((await everyRecord('tasks')).map((task) => task.status));
    expect(statuses.has('not_started')).toBe(true);
    expect(statuses.has('in_progress')).toBe(true);
    const schema = sandbox.spec.components!.schemas!.Task as any;
    expect(schema.properties.status['x-sandbox-added-values']).toEqual(['completed', 'cancelled']);
  });
});
