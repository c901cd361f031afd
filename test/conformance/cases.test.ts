import { describe, expect, it } from 'vitest';
import { type ConformanceCase, deriveCases } from '../../src/conformance/cases.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { readOperations } from '../../src/openapi/operations.js';
import { CLINICS, KEYS, STAGING_KEYS } from '../../src/testing/well-known.js';

const DOCUMENT = loadSpec();
const OPERATIONS = readOperations(DOCUMENT);
const ALL = {
  key: KEYS.fullAccess.key,
  organizationId: CLINICS.sunrise.id,
  restrictedKey: KEYS.noScopes.key,
  otherOrganizationId: CLINICS.harbor.id,
};
const CASES = deriveCases(DOCUMENT, ALL);
const of = (label: string) => CASES.filter((item) => item.operation === label);
const names = (cases: ConformanceCase[]) => cases.map((item) => item.name);

describe('deriveCases', () => {
  it('is pure: the same document and credentials give the same cases', () => {
    expect(deriveCases(DOCUMENT, ALL)).toEqual(CASES);
  });

  it('covers every /v3 operation and nothing else', () => {
    expect([...new Set(CASES.map((item) => item.operation))]).toEqual(OPERATIONS.map((op) => `${op.method} ${op.path}`));
  });

  it('gives every operation the 401 and X-Organization-Id cases, with the messages the document fixes', () => {
    for (const operation of OPERATIONS) {
      const cases = of(`${operation.method} ${operation.path}`);
      for (const name of [
        'no Authorization header',
        '"Bearer" with no key',
        'another scheme (Basic)',
        'a well-formed key nobody holds',
      ]) {
        expect(cases.find((item) => item.name === name)?.expected).toEqual({
          status: 401,
          code: 'unauthorized',
          message: { equals: 'Invalid or missing API key' },
        });
      }
      // The token endpoint needs no clinic: its own cases are below.
      if (operation.organization === 'optional') continue;
      expect(cases.find((item) => item.name === 'no X-Organization-Id')?.expected.message).toEqual({
        equals: "'X-Organization-Id' is required",
      });
      expect(cases.find((item) => item.name === 'an X-Organization-Id that is not a UUID')?.expected.message).toEqual({
        equals: "'X-Organization-Id' must be a valid ID",
      });
    }
  });

  it('checks the token endpoint for RFC 6749 5.2 errors, with no clinic and no code that can be real', () => {
    const cases = of('POST /v3/oauth/token');
    expect(cases.map((item) => [item.name, item.expected.oauthError])).toEqual(
      expect.arrayContaining([
        ['an empty body object', 'invalid_request'],
        ['grant_type password', 'unsupported_grant_type'],
        ['a code nobody issued', 'invalid_grant'],
      ]),
    );
    expect(cases.some((item) => item.name === 'no X-Organization-Id')).toBe(false);
    for (const item of cases.filter((each) => each.expected.oauthError !== undefined)) {
      expect(item.request.headers['X-Organization-Id']).toBeUndefined();
      expect(item.expected.status).toBe(400);
    }
  });

  it('takes the unknown key from the environment of the key given', () => {
    const unknown = (key: string) =>
      deriveCases(DOCUMENT, { ...ALL, key }).find((item) => item.name === 'a well-formed key nobody holds')!.request.headers
        .Authorization;
    expect(unknown(KEYS.fullAccess.key)).toMatch(/^Bearer max_prd_ak_[A-Za-z0-9]{32}$/);
    expect(unknown(STAGING_KEYS.fullAccess.key)).toMatch(/^Bearer max_dev_ak_[A-Za-z0-9]{32}$/);
    expect(() => deriveCases(DOCUMENT, { ...ALL, key: KEYS.account.key })).toThrow(/Data API key/);
  });

  it("expects each scoped operation's own scope with the restricted key, and none where no scope is needed", () => {
    expect(of('GET /v3/bills/{id}').find((item) => item.expected.status === 403)).toMatchObject({
      request: { headers: { Authorization: `Bearer ${KEYS.noScopes.key}` } },
      expected: { message: { equals: 'Insufficient scope. Required: read:bills' } },
      needs: { kind: 'scope-absent', scope: 'read:bills' },
    });
    expect(of('GET /v3/marketplace/me').some((item) => item.expected.status === 403)).toBe(false);
    const { restrictedKey: _, otherOrganizationId: __, ...bare } = ALL;
    const without = deriveCases(DOCUMENT, bare);
    expect(without.some((item) => item.expected.status === 403 || item.needs?.kind === 'foreign-id')).toBe(false);
  });

  it('gives lists the bad page cases and a 200 baseline', () => {
    const cases = of('GET /v3/appointments');
    expect(names(cases)).toEqual(
      expect.arrayContaining([
        'page=0 (below its minimum)',
        'pageSize=101 (above its maximum)',
        'page=abc (not an integer)',
        'the key at its clinic (baseline)',
      ]),
    );
    expect(cases.find((item) => item.name === 'page=abc (not an integer)')).toMatchObject({
      request: { query: { page: 'abc' } },
      expected: { status: 400, code: 'bad_request', message: { names: 'page' } },
    });
  });

  it('gives {id} operations the unknown, malformed and other-clinic ids, with the right prefix and messages', () => {
    const cases = of('GET /v3/notes/{id}');
    expect(cases.find((item) => item.name === 'an unknown well-formed id')).toMatchObject({
      request: { path: expect.stringMatching(/^\/v3\/notes\/nte_[0-9a-f]{32}$/) },
      expected: { status: 404, code: 'not_found', message: { equals: 'Note not found' } },
    });
    expect(cases.find((item) => item.name === 'a malformed id')?.expected).toEqual({
      status: 400,
      code: 'bad_request',
      message: { equals: "'id' must be a valid ID" },
    });
    expect(cases.find((item) => item.name === 'the id of a record of the other clinic')).toMatchObject({
      request: { path: '/v3/notes/{id}', headers: { 'X-Organization-Id': CLINICS.sunrise.id } },
      needs: { kind: 'foreign-id', organizationId: CLINICS.harbor.id, listPath: '/v3/notes', listField: 'notes' },
    });
    expect(cases.some((item) => item.name.includes('baseline'))).toBe(false);
  });

  it('sends the note edits an empty body and a missing providerId, only to an unknown note, never a change', () => {
    const impression = of('PATCH /v3/notes/{id}/impressions/{impressionId}');
    const empty = impression.find((item) => item.name === 'an empty body (no change named)');
    expect(empty).toMatchObject({
      request: {
        path: expect.stringMatching(/^\/v3\/notes\/nte_0{24}c0ffee00\/impressions\/1$/),
        query: { providerId: expect.stringMatching(/^prv_0{24}c0ffee00$/) },
        body: '{}',
      },
      expected: { status: 400, code: 'bad_request' },
    });
    expect(impression.find((item) => item.name === 'no providerId')).toMatchObject({
      request: { query: {}, body: '{}' },
      expected: { status: 400, message: { names: 'providerId' } },
    });
    const note = of('PATCH /v3/notes/{id}');
    expect(note.find((item) => item.name === 'an empty body (no change named)')?.request.path).toMatch(
      /^\/v3\/notes\/nte_0{24}c0ffee00$/,
    );
    for (const item of [...impression, ...note]) expect(item.request.body).toBe('{}');
  });
  it('sends POST /v3/emails/send only auth, organization and scope cases, never a body that could be sent', () => {
    const cases = of('POST /v3/emails/send');
    expect(cases.map((item) => item.expected.status).sort()).toEqual([400, 400, 401, 401, 401, 401, 403]);
    for (const item of cases) expect(item.request.body).toBe('{}');
  });

  it('covers GET /v3/emails and GET /v3/emails/{id} (A7): 401, 400, 403 write:emails, bad pages, 404 Email not found, a malformed id', () => {
    const list = of('GET /v3/emails');
    expect(list.find((item) => item.name === 'a key without write:emails')?.expected).toMatchObject({
      status: 403,
      message: { equals: 'Insufficient scope. Required: write:emails' },
    });
    expect(names(list)).toEqual(
      expect.arrayContaining([
        'page=0 (below its minimum)',
        'pageSize=101 (above its maximum)',
        'the key at its clinic (baseline)',
      ]),
    );
    const one = of('GET /v3/emails/{id}');
    expect(one.find((item) => item.name === 'an unknown well-formed id')).toMatchObject({
      request: { path: expect.stringMatching(/^\/v3\/emails\/eml_[0-9a-f]{32}$/) },
      expected: { status: 404, message: { equals: 'Email not found' } },
    });
    expect(one.find((item) => item.name === 'a malformed id')?.expected.status).toBe(400);
    expect(names(one)).toContain('the id of a record of the other clinic');
  });

  it('covers the tasks operations: POST /v3/tasks as a write (no body that could create one), the reads with ids of tsk_', () => {
    const create = of('POST /v3/tasks');
    expect(create.map((item) => item.expected.status).sort()).toEqual([400, 400, 401, 401, 401, 401, 403]);
    for (const item of create) expect(item.request.body).toBe('{}');
    expect(create.find((item) => item.expected.status === 403)?.expected.message).toEqual({
      equals: 'Insufficient scope. Required: write:tasks',
    });
    const get = of('GET /v3/tasks/{id}');
    expect(get.find((item) => item.name === 'an unknown well-formed id')).toMatchObject({
      request: { path: expect.stringMatching(/^\/v3\/tasks\/tsk_[0-9a-f]{32}$/) },
      expected: { status: 404, message: { equals: 'Task not found' } },
    });
    expect(get.find((item) => item.name === 'the id of a record of the other clinic')?.needs).toMatchObject({
      listPath: '/v3/tasks',
      listField: 'tasks',
    });
    expect(names(of('GET /v3/tasks'))).toContain('the key at its clinic (baseline)');
  });
});
