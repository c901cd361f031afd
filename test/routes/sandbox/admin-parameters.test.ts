/**
 * The admin API's path and query parameters are read from the document by the code that reads
 * `/v3`'s: defaults and bounds come from it (a changed document changes the route), a value that
 * breaks its schema is 400 naming the parameter, and unknown ones are named in X-Sandbox-Warning.
 */
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import type { AdminRequest } from '../../../src/http/admin-operation.js';
import type { OpenApiDocument } from '../../../src/openapi/load-spec.js';
import { createSandbox } from '../../../src/sandbox.js';
import type { RecordResourceName } from '../../../src/testing/admin-types.js';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const test = createTestSandbox();
const SUNRISE = `/_sandbox/organizations/${CLINICS.sunrise.id}`;
const WELL_FORMED_UUID = '00000000-0000-4000-8000-000000000000';
/** The documented `org_` spelling of the fixture clinics' ids: `org_` and the UUID's 32 hex digits. */
const ORG_FORM = { sunrise: 'org_7e2c8cfeb7a94deb986de7012589e72b' };

beforeEach(() => test.sandbox.reset());

const admin = (path: string, method = 'GET') => test.request(path, { method, key: null, organizationId: null });

/** A parameter's schema as the served document holds it. */
function documented(document: OpenApiDocument, name: 'PageSize'): { default: number; maximum: number } {
  return (document.components!.parameters![name] as { schema: { default: number; maximum: number } }).schema;
}

/** The journal's `limit` parameter in a document. */
function journalLimit(document: OpenApiDocument): { default: number; maximum: number } {
  const parameters = document.paths!['/_sandbox/requests']!.get!.parameters as { name: string; schema: any }[];
  return parameters.find((parameter) => parameter.name === 'limit')!.schema;
}

describe('defaults and bounds of the admin API come from the document', () => {
  it("a records list pages by the document's default pageSize, as /v3 does", async () => {
    const pageSize = documented(test.sandbox.spec, 'PageSize').default;
    expect(pageSize).toBe(100);
    const listed = await admin(`${SUNRISE}/appointments`);
    expect(listed.status).toBe(200);
    expect(listed.body.data.pagination.pageSize).toBe(pageSize);
    expect(listed.body.data.appointments).toHaveLength(Math.min(pageSize, listed.body.data.pagination.totalCount));
    expect(listed.body.data.pagination).toEqual((await test.request('/v3/appointments')).body.data.pagination);
  });

  it('a default edited in the document is the one the admin routes follow', async () => {
    const changed = structuredClone(test.sandbox.spec);
    documented(changed, 'PageSize').default = 7;
    journalLimit(changed).default = 2;
    const app = createApp(createSandbox({ spec: changed }));
    const headers = { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'X-Organization-Id': CLINICS.sunrise.id };

    const records = (await (await app.request(`${SUNRISE}/patients`)).json()) as any;
    expect(records.data.pagination.pageSize).toBe(7);
    expect(records.data.patients).toHaveLength(7);

    for (let page = 1; page <= 3; page++) await app.request(`/v3/patients?page=${page}`, { headers });
    const journal = (await (await app.request('/_sandbox/requests')).json()) as any;
    expect(journal.requests.map((entry: { query: string }) => entry.query)).toEqual(['page=3', 'page=2']);
  });

  it('a bound edited in the document is the one the admin routes enforce', async () => {
    const changed = structuredClone(test.sandbox.spec);
    journalLimit(changed).maximum = 3;
    const app = createApp(createSandbox({ spec: changed }));
    const response = await app.request('/_sandbox/requests?limit=4');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).message).toBe("'limit' must be at most 3");
  });

  it('the handlers receive them typed, defaults present', () => {
    expectTypeOf<AdminRequest<'sandboxListRecords'>['params']['pageSize']>().toEqualTypeOf<number>();
    expectTypeOf<AdminRequest<'sandboxListRecords'>['params']['resource']>().toEqualTypeOf<RecordResourceName>();
    expectTypeOf<AdminRequest<'sandboxRequests'>['params']['limit']>().toEqualTypeOf<number>();
    expectTypeOf<AdminRequest<'sandboxRequests'>['params']['status']>().toEqualTypeOf<number | undefined>();
  });
});

describe('a query parameter that breaks its schema: 400 naming it, as on /v3', () => {
  it.each([
    [
      '/_sandbox/requests?organizationId=nope',
      "'organizationId' must be a valid organization ID (a UUID or org_ and 32 hex digits)",
    ],
    [
      '/_sandbox/emails?organizationId=nope',
      "'organizationId' must be a valid organization ID (a UUID or org_ and 32 hex digits)",
    ],
    ['/_sandbox/requests?limit=0', "'limit' must be at least 1"],
    ['/_sandbox/requests?limit=1000001', "'limit' must be at most 1000000"],
    ['/_sandbox/requests?limit=ten', "'limit' must be an integer"],
    ['/_sandbox/requests?limit=1&limit=2', "'limit' must be given once"],
    ['/_sandbox/requests?status=600', "'status' must be at most 599"],
    ['/_sandbox/requests?keyId=nope', "'keyId' must match the pattern ^key_[A-Za-z0-9_]{1,64}$"],
    ['/_sandbox/requests?path=v3/patients', "'path' must match the pattern ^/"],
    [`${SUNRISE}/patients?page=0`, "'page' must be at least 1"],
    [`${SUNRISE}/patients?pageSize=101`, "'pageSize' must be at most 100"],
  ])('%s', async (path, message) => {
    const response = await admin(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('X-Sandbox-Reason')).toBe('invalid_parameter');
    expect(response.body).toMatchObject({ code: 'bad_request', message });
  });

  it('well-formed filters that match nothing are 200 with an empty list', async () => {
    await test.request('/v3/patients');
    expect((await admin(`/_sandbox/requests?organizationId=${WELL_FORMED_UUID}`)).body.requests).toEqual([]);
    expect((await admin('/_sandbox/requests?keyId=key_nobody')).body.requests).toEqual([]);
    expect((await admin(`/_sandbox/requests?organizationId=${CLINICS.sunrise.id.toUpperCase()}`)).body.requests).toHaveLength(1);
    expect((await admin(`/_sandbox/requests?organizationId=${ORG_FORM.sunrise}`)).body.requests).toHaveLength(1);
  });
});

describe('an id in an admin path: 400 when malformed, 404 when well-formed but unknown', () => {
  const recordId = 'pat_00000000000000000000000000000000';
  it.each([
    ['GET', '/_sandbox/keys/nope', 400, "'id' must match the pattern ^key_[A-Za-z0-9_]{1,64}$"],
    ['GET', '/_sandbox/keys/key_nope', 404, "Key 'key_nope' not found"],
    ['POST', '/_sandbox/keys/nope/revoke', 400, "'id' must match the pattern ^key_[A-Za-z0-9_]{1,64}$"],
    ['DELETE', '/_sandbox/faults/nope', 400, "'id' must match the pattern ^flt_[0-9]{1,16}$"],
    ['DELETE', '/_sandbox/faults/flt_9', 404, "Fault 'flt_9' not found"],
    ['DELETE', '/_sandbox/organizations/nope', 400, "'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)"],
    ['DELETE', `/_sandbox/organizations/${WELL_FORMED_UUID}`, 404, `Organization '${WELL_FORMED_UUID}' not found`],
    ['DELETE', `/_sandbox/installations/nope/${CLINICS.sunrise.id}`, 400, "'appId' must be a valid ID"],
    [
      'DELETE',
      `/_sandbox/installations/${APPS.sandboxDemo.id}/nope`,
      400,
      "'organizationId' must be a valid organization ID (a UUID or org_ and 32 hex digits)",
    ],
    [
      'GET',
      '/_sandbox/organizations/nope/patients',
      400,
      "'id' must be a valid organization ID (a UUID or org_ and 32 hex digits)",
    ],
    ['GET', `${SUNRISE}/patients/nope`, 400, "'recordId' must be a valid ID"],
    ['DELETE', `${SUNRISE}/patients/pat_1`, 400, "'recordId' must be a valid ID"],
    ['GET', `${SUNRISE}/patients/${recordId}`, 404, `Patient '${recordId}' not found`],
  ])('%s %s: %i', async (method, path, status, message) => {
    const response = await admin(path, method);
    expect(response.status).toBe(status);
    expect(response.headers.get('X-Sandbox-Reason')).toBe(status === 400 ? 'invalid_parameter' : 'admin_resource_not_found');
    expect(response.body.message).toBe(message);
  });

  it('a clinic id in its org_ spelling is the same clinic, in paths, queries and bodies (as X-Organization-Id takes it)', async () => {
    const upper = `org_${ORG_FORM.sunrise.slice(4).toUpperCase()}`;
    expect((await admin(`/_sandbox/organizations/${upper}/patients?pageSize=1`)).status).toBe(200);
    const response = await admin(`/_sandbox/organizations/${ORG_FORM.sunrise}/patients?pageSize=1`);
    expect(response.status).toBe(200);
    expect(response.body.data.patients).toHaveLength(1);
    const installed = await test.request('/_sandbox/installations', {
      method: 'PUT',
      key: null,
      organizationId: null,
      body: { appId: APPS.otherVendor.id, organizationId: ORG_FORM.sunrise, grantedScopes: ['read:patients'] },
    });
    expect(installed.status).toBe(201);
    // Stored under the clinic's dashed UUID: the one installation, reachable and removable in either spelling.
    expect(installed.body.organizationId).toBe(CLINICS.sunrise.id);
    expect((await admin(`/_sandbox/installations/${APPS.otherVendor.id}/${CLINICS.sunrise.id}`, 'DELETE')).status).toBe(204);
    expect((await admin(`/_sandbox/installations/${APPS.otherVendor.id}/${ORG_FORM.sunrise}`, 'DELETE')).status).toBe(404);
  });

  it('a clinic id in another case is the same clinic', async () => {
    const response = await admin(`/_sandbox/organizations/${CLINICS.sunrise.id.toUpperCase()}/patients?pageSize=1`);
    expect(response.status).toBe(200);
    expect(response.body.data.patients).toHaveLength(1);
  });
});

describe('unknown admin query parameters: ignored, and named in X-Sandbox-Warning as on /v3', () => {
  it('on a success, which the unknown parameter does not change', async () => {
    const listed = await admin(`${SUNRISE}/patients?pagesize=5`);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('X-Sandbox-Warning')).toBe("unknown query parameter 'pagesize'");
    expect(listed.body.data.pagination.pageSize).toBe(100);
    const health = await admin('/_sandbox/health?verbose=1&x=2');
    expect(health.headers.get('X-Sandbox-Warning')).toBe("unknown query parameters 'verbose', 'x'");
    const cleared = await admin('/_sandbox/faults?all=true', 'DELETE');
    expect(cleared.status).toBe(204);
    expect(cleared.headers.get('X-Sandbox-Warning')).toBe("unknown query parameter 'all'");
  });

  it('on an error past the admin token, a 400 or a 404', async () => {
    const invalid = await admin('/_sandbox/requests?limit=0&organizationID=x');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('X-Sandbox-Warning')).toBe("unknown query parameter 'organizationID'");
    const missing = await admin('/_sandbox/keys/key_nope?verbose=1');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('X-Sandbox-Warning')).toBe("unknown query parameter 'verbose'");
  });

  it('absent when every parameter is known, and on a 401 of the admin token, which comes first', async () => {
    expect((await admin(`${SUNRISE}/patients?page=1&pageSize=5`)).headers.get('X-Sandbox-Warning')).toBeNull();
    const guarded = createTestSandbox({ adminToken: 'secret' });
    const refused = await guarded.request('/_sandbox/faults?x=1', { key: null, organizationId: null });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('X-Sandbox-Warning')).toBeNull();
  });
});
