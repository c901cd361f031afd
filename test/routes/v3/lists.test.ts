import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const { request } = createTestSandbox({ rateLimit: 1_000_000 });

const LISTS = [
  ['/v3/patients', 'patients', /^pat_[0-9a-f]{32}$/],
  ['/v3/appointments', 'appointments', /^apt_[0-9a-f]{32}$/],
  ['/v3/providers', 'providers', /^prv_[0-9a-f]{32}$/],
  ['/v3/facilities', 'facilities', /^fac_[0-9a-f]{32}$/],
  ['/v3/bills', 'bills', /^bil_[0-9a-f]{32}$/],
  ['/v3/claims', 'claims', /^clm_[0-9a-f]{32}$/],
  ['/v3/notes', 'notes', /^nte_[0-9a-f]{32}$/],
] as const;

describe.each(LISTS)('GET %s', (path, plural, idPattern) => {
  it('answers the list envelope with page 1 of 100 by default', async () => {
    const { status, body } = await request(path);
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['code', 'data']);
    expect(body.code).toBe('success');
    expect(Object.keys(body.data)).toEqual([plural, 'pagination']);
    const { page, pageSize, totalCount, totalPages } = body.data.pagination;
    expect([page, pageSize]).toEqual([1, 100]);
    expect(totalPages).toBe(Math.ceil(totalCount / 100));
    expect(body.data[plural]).toHaveLength(Math.min(100, totalCount));
    for (const record of body.data[plural]) expect(record.id).toMatch(idPattern);
  });

  it('walks every page to exactly totalCount distinct records', async () => {
    const first = await request(`${path}?pageSize=37`);
    const { totalPages, totalCount } = first.body.data.pagination;
    const ids = new Set<string>();
    for (let page = 1; page <= totalPages; page++) {
      const { body } = await request(`${path}?pageSize=37&page=${page}`);
      expect(body.data.pagination).toEqual({ page, pageSize: 37, totalCount, totalPages });
      for (const record of body.data[plural]) ids.add(record.id);
    }
    expect(ids.size).toBe(totalCount);
  });

  it('answers a page past the end with an empty array and the true totals', async () => {
    const { body: first } = await request(`${path}?pageSize=100`);
    const { status, body } = await request(`${path}?page=999999&pageSize=100`);
    expect(status).toBe(200);
    expect(body.data[plural]).toEqual([]);
    expect(body.data.pagination).toEqual({ ...first.data.pagination, page: 999999 });
  });

  it('gets each listed record by id, byte for byte the same object', async () => {
    const { body } = await request(`${path}?pageSize=3`);
    for (const record of body.data[plural]) {
      const one = await request(`${path}/${record.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual({ code: 'success', data: record });
    }
  });

  it.each([
    ['page=0', "'page' must be at least 1"],
    ['page=-1', "'page' must be at least 1"],
    ['page=abc', "'page' must be an integer"],
    ['page=1.5', "'page' must be an integer"],
    ['page=', "'page' must be an integer"],
    ['page=99999999999999999999', "'page' must be an integer"],
    ['pageSize=0', "'pageSize' must be at least 1"],
    ['pageSize=101', "'pageSize' must be at most 100"],
    ['pageSize=1e2', "'pageSize' must be an integer"],
    ['pageSize=0x10', "'pageSize' must be an integer"],
    ['page=1&page=2', "'page' must be given once"],
  ])('400 for %s', async (query, message) => {
    const { status, body, headers } = await request(`${path}?${query}`);
    expect(status).toBe(400);
    expect(body.code).toBe('bad_request');
    expect(body.message).toBe(message);
    expect(headers.get('X-Sandbox-Reason')).toBe('invalid_parameter');
  });

  it('ignores unknown query parameters', async () => {
    const { status } = await request(`${path}?pageSize=1&utm_source=test`);
    expect(status).toBe(200);
  });

  it.each([
    ['a wrong prefix', 'xyz_0123456789abcdef0123456789abcdef'],
    ['too few hex digits', `${plural === 'patients' ? 'pat' : 'x'}_123`],
    ['upper-case hex', `${idPattern.source.slice(1, 4)}_0123456789ABCDEF0123456789ABCDEF`],
  ])("400 'id' must be a valid ID for %s", async (_what, id) => {
    const { status, body } = await request(`${path}/${id}`);
    expect(status).toBe(400);
    expect(body.message).toBe("'id' must be a valid ID");
  });

  it('404 for a well-formed unknown id', async () => {
    const prefix = idPattern.source.slice(1, 4);
    const { status, body } = await request(`${path}/${prefix}_${'0'.repeat(32)}`);
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    expect(body.message).toMatch(/^[A-Z][a-z]+ not found$/);
  });

  it('404, exactly like a missing one, for a record of another clinic', async () => {
    const { body: harborList } = await request(`${path}?pageSize=1`, { organizationId: CLINICS.harbor.id });
    if (harborList.code !== 'success') return; // Harbor did not grant this scope: covered by the matrix.
    const harborId = harborList.data[plural][0].id;
    const fromSunrise = await request(`${path}/${harborId}`);
    const missing = await request(`${path}/${harborId.slice(0, 4)}${'0'.repeat(32)}`);
    expect(fromSunrise.status).toBe(404);
    expect(fromSunrise.body.message).toBe(missing.body.message);
  });
});

describe('rate-limit headers', () => {
  it('are on every response of an identified app, success or error', async () => {
    for (const options of [{}, { organizationId: CLINICS.mesa.id }, { key: KEYS.noScopes.key }]) {
      const { headers } = await request('/v3/patients?pageSize=1', options);
      expect(Number(headers.get('X-RateLimit-Limit'))).toBe(1_000_000);
      expect(Number(headers.get('X-RateLimit-Remaining'))).toBeGreaterThan(0);
      expect(Number(headers.get('X-RateLimit-Reset'))).toBeGreaterThan(Date.parse('2026-06-01') / 1000);
    }
  });

  it('are absent on a 401, which identifies no app', async () => {
    const { status, headers } = await request('/v3/patients', { key: KEYS.revoked.key });
    expect(status).toBe(401);
    expect(headers.get('X-RateLimit-Limit')).toBeNull();
  });
});
