/** The behaviours the documentation does not state and the sandbox decides (README, document). */
import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const { request } = createTestSandbox({ rateLimit: 1_000_000 });

describe('request parsing', () => {
  it('reads the Authorization scheme case-insensitively and ignores spaces around the token', async () => {
    for (const authorization of [`bearer ${KEYS.fullAccess.key}`, `BEARER   ${KEYS.fullAccess.key}  `]) {
      expect((await request('/v3/patients?pageSize=1', { authorization })).status).toBe(200);
    }
    expect((await request('/v3/patients', { authorization: `Token ${KEYS.fullAccess.key}` })).status).toBe(401);
  });

  it('trims X-Organization-Id and reads it case-insensitively', async () => {
    const { status, body } = await request('/v3/marketplace/me', { organizationId: `  ${CLINICS.sunrise.id.toUpperCase()} ` });
    expect(status).toBe(200);
    expect(body.data.organization.id).toBe(CLINICS.sunrise.id);
  });

  it('reads the org_ spelling of a clinic id (any case) as the same clinic; a malformed org_ id is 400', async () => {
    const orgForm = `org_${CLINICS.harbor.id.replaceAll('-', '')}`;
    for (const organizationId of [orgForm, ` ${orgForm.toUpperCase()} `]) {
      const { status, body } = await request('/v3/marketplace/me', { organizationId });
      expect(status, organizationId).toBe(200);
      expect(body.data.organization.id).toBe(CLINICS.harbor.id);
    }
    // Mesa did not install the key's app: the org_ spelling reaches the same 403 as the dashed one.
    const mesa = await request('/v3/patients', { organizationId: `org_${CLINICS.mesa.id.replaceAll('-', '')}` });
    expect(mesa.status).toBe(403);
    for (const organizationId of [`${orgForm}0`, orgForm.slice(0, -1), `org_${CLINICS.harbor.id}`, `org-${orgForm.slice(4)}`]) {
      const { status, body, headers } = await request('/v3/patients', { organizationId });
      expect(status, organizationId).toBe(400);
      expect(body.message).toBe("'X-Organization-Id' must be a valid ID");
      expect(headers.get('X-Sandbox-Reason')).toBe('invalid_organization_id');
    }
  });

  it('keeps paths strict: a trailing slash or another case is 404 route_not_found', async () => {
    for (const path of ['/v3/patients/', '/V3/patients', '/v3/Patients']) {
      const { status, headers } = await request(path);
      expect(status, path).toBe(404);
      expect(headers.get('X-Sandbox-Reason'), path).toBe('route_not_found');
    }
  });
});

describe('lists', () => {
  it('answers an empty list with totalPages 0, and the README loop (stop on page >= totalPages) ends', async () => {
    const seen = [];
    let requests = 0;
    for (let page = 1; ; page++) {
      const { body } = await request(`/v3/patients?search=no-such-patient-anywhere&page=${page}`);
      requests += 1;
      seen.push(...body.data.patients);
      expect(body.data.pagination.totalPages).toBe(0);
      if (page >= body.data.pagination.totalPages) break;
    }
    expect([seen.length, requests]).toEqual([0, 1]);
  });

  it('finds a patient by name, MRN or email', async () => {
    const { body } = await request('/v3/patients?pageSize=100');
    const patient = body.data.patients.find((p: { mrn: string | null; email: string | null }) => p.mrn && p.email);
    for (const text of [`${patient.firstName} ${patient.lastName}`, patient.mrn, patient.email]) {
      const found = await request(`/v3/patients?pageSize=100&search=${encodeURIComponent(text.toUpperCase())}`);
      expect(
        found.body.data.patients.map((p: { id: string }) => p.id),
        text,
      ).toContain(patient.id);
    }
  });
});
