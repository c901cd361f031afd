import { beforeEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../../src/openapi/load-spec.js';
import { readOperations } from '../../../src/openapi/operations.js';
import { APPS, CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { exampleRequest } from '../../support/security-matrix.js';

const PATIENT = (t: TestSandbox) => t.request('/v3/patients?pageSize=1').then((r) => r.body.data.patients[0].id as string);

/** The report's hits of one outcome of one operation (undefined: not applicable to it). */
function hits(report: any, operationId: string, outcome: string): number | undefined {
  const operation = report.operations.find((o: any) => o.operationId === operationId);
  return operation.outcomes.find((o: any) => o.outcome === outcome)?.hits;
}

async function coverage(t: TestSandbox, query = ''): Promise<any> {
  const response = await t.request(`/_sandbox/coverage${query}`, { key: null, organizationId: null });
  expect(response.status).toBe(200);
  return response.body;
}

describe('GET /_sandbox/coverage', () => {
  let t: TestSandbox;
  beforeEach(() => {
    t = createTestSandbox();
  });

  it('lists every /v3 operation of the document, in its order, and none other', async () => {
    const report = await coverage(t);
    const documented = Object.entries(t.sandbox.spec.paths ?? {})
      .filter(([path]) => path.startsWith('/v3/'))
      .flatMap(([, item]) =>
        Object.values(item as Record<string, { operationId?: string }>).flatMap((op) =>
          op?.operationId ? [op.operationId] : [],
        ),
      );
    expect(report.operations.map((o: any) => o.operationId)).toEqual(documented);
    expect(report.hit).toBe(0);
    expect(report.percent).toBe(0);
  });

  it('derives the applicable outcomes from the document', async () => {
    const report = await coverage(t);
    const outcomesOf = (id: string) =>
      report.operations.find((o: any) => o.operationId === id).outcomes.map((o: any) => o.outcome);
    // A paginated list: empty list and page past end, no record_not_found (no path id), no body.
    expect(outcomesOf('listPatients')).toEqual(
      expect.arrayContaining([
        '200',
        '200:empty_list',
        '200:page_past_end',
        '401:revoked_key',
        '403:insufficient_scope',
        '400:invalid_parameter',
      ]),
    );
    expect(outcomesOf('listPatients')).not.toContain('404:record_not_found');
    expect(outcomesOf('listPatients')).not.toContain('400:invalid_body');
    // A path id: record_not_found, and no list outcomes.
    expect(outcomesOf('getPatient')).toContain('404:record_not_found');
    expect(outcomesOf('getPatient')).not.toContain('200:empty_list');
    // No scope, no parameters: neither insufficient_scope nor invalid_parameter.
    expect(outcomesOf('getMarketplaceMe')).not.toContain('403:insufficient_scope');
    expect(outcomesOf('getMarketplaceMe')).not.toContain('400:invalid_parameter');
    // A body: invalid_body and invalid_json.
    expect(outcomesOf('sendEmails')).toEqual(expect.arrayContaining(['400:invalid_body', '400:invalid_json']));
    for (const operation of report.operations) {
      expect(operation.outcomes.map((o: any) => o.outcome)).toEqual(
        expect.arrayContaining([
          '200',
          '401:missing_authorization',
          '429:rate_limited',
          '500:injected_fault',
          '0:injected_fault',
        ]),
      );
    }
  });

  it('counts each outcome a suite hit, and only those', async () => {
    const patientId = await PATIENT(t);
    await t.request('/v3/patients?search=nobody-is-called-this');
    await t.request('/v3/patients?page=100000');
    await t.request('/v3/patients', { key: null });
    await t.request('/v3/patients', { key: KEYS.revoked.key });
    await t.request('/v3/patients', { key: KEYS.expired.key });
    await t.request('/v3/patients', { key: KEYS.wrongEnvironment.key });
    await t.request('/v3/patients', { organizationId: null });
    await t.request('/v3/patients', { organizationId: 'not-a-clinic' });
    await t.request('/v3/patients', { organizationId: CLINICS.mesa.id });
    await t.request('/v3/patients', { key: KEYS.noScopes.key });
    await t.request('/v3/patients?pageSize=1000');
    await t.request(`/v3/patients/${patientId.replace(/.$/, patientId.endsWith('0') ? '1' : '0')}`);
    const sendEmails = (await coverage(t)).operations.find((o: any) => o.operationId === 'sendEmails').path;
    await t.request(sendEmails, { method: 'POST', rawBody: '{', headers: { 'Content-Type': 'application/json' } });
    await t.request(sendEmails, { method: 'POST', body: { nothing: true } });
    await t.request('/_sandbox/faults', {
      method: 'POST',
      key: null,
      organizationId: null,
      body: { match: { path: '/v3/bills' }, status: 503 },
    });
    await t.request('/v3/bills');
    // Unknown routes are no operation's outcome.
    await t.request('/v3/nothing-here');

    const report = await coverage(t);
    expect(hits(report, 'listPatients', '200')).toBe(1);
    expect(hits(report, 'listPatients', '200:empty_list')).toBe(1);
    expect(hits(report, 'listPatients', '200:page_past_end')).toBe(1);
    expect(hits(report, 'listPatients', '401:missing_authorization')).toBe(1);
    expect(hits(report, 'listPatients', '401:revoked_key')).toBe(1);
    expect(hits(report, 'listPatients', '401:expired_key')).toBe(1);
    expect(hits(report, 'listPatients', '401:wrong_environment')).toBe(1);
    expect(hits(report, 'listPatients', '400:missing_organization_id')).toBe(1);
    expect(hits(report, 'listPatients', '400:invalid_organization_id')).toBe(1);
    expect(hits(report, 'listPatients', '403:app_not_installed')).toBe(1);
    expect(hits(report, 'listPatients', '403:insufficient_scope')).toBe(1);
    expect(hits(report, 'listPatients', '400:invalid_parameter')).toBe(1);
    // Not hit.
    expect(hits(report, 'listPatients', '401:unknown_key')).toBe(0);
    expect(hits(report, 'listPatients', '429:rate_limited')).toBe(0);
    expect(hits(report, 'listPatients', '403:unknown_organization')).toBe(0);
    expect(hits(report, 'getPatient', '404:record_not_found')).toBe(1);
    expect(hits(report, 'getPatient', '200')).toBe(0);
    expect(hits(report, 'sendEmails', '400:invalid_json')).toBe(1);
    expect(hits(report, 'sendEmails', '400:invalid_body')).toBe(1);
    expect(hits(report, 'listBills', '503:injected_fault')).toBe(1);
    expect(hits(report, 'listBills', '200')).toBe(0);
    const listPatients = report.operations.find((o: any) => o.operationId === 'listPatients');
    expect(listPatients.hit).toBe(12);
    expect(listPatients.percent).toBe(Math.round((12 / listPatients.applicable) * 1000) / 10);
    expect(report.hit).toBe(report.operations.reduce((sum: number, o: any) => sum + o.hit, 0));
  });

  it('counts the rate limit, injected 429 and 500, and dropped connections', async () => {
    const limited = createTestSandbox({ rateLimit: 2 });
    for (let i = 0; i < 3; i++) await limited.request('/v3/providers');
    for (const fault of [{ status: 429 }, { status: 500 }, { abort: true }]) {
      await limited.request('/_sandbox/faults', {
        method: 'POST',
        key: null,
        organizationId: null,
        body: { match: { path: '/v3/facilities' }, times: 1, ...fault },
      });
      await limited.request('/v3/facilities', { key: null });
    }
    const report = await coverage(limited);
    expect(hits(report, 'listProviders', '429:rate_limited')).toBe(1);
    expect(hits(report, 'listFacilities', '429:injected_fault')).toBe(1);
    expect(hits(report, 'listFacilities', '500:injected_fault')).toBe(1);
    expect(hits(report, 'listFacilities', '0:injected_fault')).toBe(1);
    expect(hits(report, 'listFacilities', '503:injected_fault')).toBe(0);
  });

  it('reports per app, with the requests of no app counted for every app, and per clinic', async () => {
    await t.request('/v3/patients');
    await t.request('/v3/patients', { key: KEYS.otherApp.key, organizationId: CLINICS.mesa.id });
    await t.request('/v3/patients', { key: null });
    const demo = await coverage(t, `?appId=${APPS.sandboxDemo.id}`);
    expect(hits(demo, 'listPatients', '200')).toBe(1);
    expect(hits(demo, 'listPatients', '401:missing_authorization')).toBe(1);
    expect(demo.apps.map((a: any) => a.appId)).toEqual([APPS.sandboxDemo.id]);
    const other = await coverage(t, `?appId=${APPS.otherVendor.id}`);
    expect(hits(other, 'listPatients', '200')).toBe(1);
    expect(other.apps[0].requests).toBe(1);
    const sunrise = await coverage(t, `?organizationId=${CLINICS.sunrise.id}`);
    expect(hits(sunrise, 'listPatients', '200')).toBe(1);
    expect(sunrise.complete).toBe(true);
    const harbor = await coverage(t, `?organizationId=${CLINICS.harbor.id}`);
    expect(hits(harbor, 'listPatients', '200')).toBe(0);
    expect(hits(harbor, 'listPatients', '401:missing_authorization')).toBe(0);
  });

  it('names the scopes an app holds that no successful request needed', async () => {
    await t.request('/v3/patients', { key: KEYS.ungrantedScope.key });
    // A refused request needs nothing: read:bills stays unused.
    await t.request('/v3/bills', { key: KEYS.ungrantedScope.key, organizationId: CLINICS.harbor.id });
    const report = await coverage(t, `?appId=${APPS.sandboxDemo.id}`);
    const app = report.apps[0];
    expect(app.usedScopes).toEqual(['read:patients']);
    expect(app.unusedScopes).toContain('read:bills');
    expect(app.unusedScopes).not.toContain('read:patients');
    const key = app.keys.find((k: any) => k.keyId === KEYS.ungrantedScope.id);
    expect(key.unusedScopes).toEqual(['read:bills']);
    expect(app.findings).toContain(
      `key \`${KEYS.ungrantedScope.id}\` holds \`read:bills\`, which no request of ${APPS.sandboxDemo.id} used`,
    );
    // A revoked key holds nothing live.
    expect(app.keys.find((k: any) => k.keyId === KEYS.revoked.id).status).toBe('revoked');
    expect(app.findings.some((f: string) => f.includes(KEYS.revoked.id))).toBe(false);
  });

  it('counts from a mark, forgets marks and counts at reset', async () => {
    await t.request('/v3/patients');
    const marked = await t.request('/_sandbox/coverage/marks', { method: 'POST', key: null, organizationId: null });
    expect(marked.status).toBe(201);
    expect(marked.body.id).toBe('mrk_1');
    await t.request('/v3/providers');
    const since = await coverage(t, '?since=mrk_1');
    expect(since.since.mark).toBe('mrk_1');
    expect(hits(since, 'listPatients', '200')).toBe(0);
    expect(hits(since, 'listProviders', '200')).toBe(1);
    expect(hits(await coverage(t), 'listPatients', '200')).toBe(1);

    await t.request('/_sandbox/reset', { method: 'POST', key: null, organizationId: null });
    const after = await coverage(t);
    expect(after.hit).toBe(0);
    const gone = await t.request('/_sandbox/coverage?since=mrk_1', { key: null, organizationId: null });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('X-Sandbox-Reason')).toBe('admin_resource_not_found');
  });

  it('refuses bad parameters with 400 naming them', async () => {
    for (const query of ['?since=mark1', '?organizationId=nope', '?appId=']) {
      const response = await t.request(`/_sandbox/coverage${query}`, { key: null, organizationId: null });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('bad_request');
    }
  });

  it('answers 404 not_installed outcomes under --not-installed-status 404', async () => {
    const hidden = createTestSandbox({ notInstalledStatus: 404 });
    await hidden.request('/v3/patients', { organizationId: CLINICS.mesa.id });
    const report = await coverage(hidden);
    expect(hits(report, 'listPatients', '404:app_not_installed')).toBe(1);
    expect(hits(report, 'listPatients', '403:app_not_installed')).toBeUndefined();
  });

  it('has a page past the end for every paginated list of the document', async () => {
    const report = await coverage(t);
    const paginated = report.operations.filter((o: any) => o.outcomes.some((x: any) => x.outcome === '200:page_past_end'));
    expect(paginated.length).toBeGreaterThan(0);
    // A list with records answers a page past its end; one without (an empty outbox) an empty list.
    const expected = new Map<string, string>();
    const documented = readOperations(loadSpec());
    for (const operation of paginated) {
      // A list under a record (a change's items) or with a required filter (facilityId): filled in.
      const { path } = exampleRequest(t.sandbox, documented.find((o) => o.operationId === operation.operationId)!);
      const first = await t.request(path);
      expect(first.status, path).toBe(200);
      expected.set(operation.operationId, first.body.data.pagination.totalCount > 0 ? '200:page_past_end' : '200:empty_list');
      await t.request(`${path}${path.includes('?') ? '&' : '?'}page=1000000`);
    }
    const after = await coverage(t);
    for (const operation of paginated) {
      // An empty list's first page counts as an empty list too.
      expect(hits(after, operation.operationId, expected.get(operation.operationId)!)).toBeGreaterThanOrEqual(1);
    }
    expect([...expected.values()]).toContain('200:page_past_end');
  });
});
