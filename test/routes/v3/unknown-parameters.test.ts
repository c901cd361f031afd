import { describe, expect, it } from 'vitest';
import { unknownQueryParametersWarning } from '../../../src/contract/reasons.js';
import { CLINICS, KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const WARNING = 'X-Sandbox-Warning';

describe('unknown query parameters: ignored, and named in X-Sandbox-Warning', () => {
  it('names one, and ignores it: the answer is the one without it', async () => {
    const { request } = createTestSandbox();
    const plain = await request('/v3/appointments?pageSize=5');
    const typo = await request('/v3/appointments?pageSize=5&statuses[]=completed');
    expect(typo.status).toBe(200);
    expect(typo.headers.get(WARNING)).toBe("unknown query parameter 'statuses[]'");
    expect(typo.text).toBe(plain.text);
    expect(plain.headers.get(WARNING)).toBeNull();
  });

  it('names several in one value, in the order sent, each once', async () => {
    const { request } = createTestSandbox();
    const { status, headers } = await request('/v3/patients?pagesize=5&page=2&foo=1&pagesize=6');
    expect(status).toBe(200);
    expect(headers.get(WARNING)).toBe("unknown query parameters 'pagesize', 'foo'");
  });

  it('names the parameters no note filter knows, such as search', async () => {
    const { request } = createTestSandbox();
    const { headers } = await request('/v3/notes?pageSize=1&search=smith');
    expect(headers.get(WARNING)).toBe("unknown query parameter 'search'");
  });

  it('on every operation, those without parameters too', async () => {
    const { request } = createTestSandbox();
    expect((await request('/v3/marketplace/me?verbose=1')).headers.get(WARNING)).toBe("unknown query parameter 'verbose'");
    const { body: patients } = await request('/v3/patients?pageSize=1');
    const sent = await request('/v3/emails/send?dryRun=true', {
      method: 'POST',
      body: {
        from: 'front-desk',
        subject: 'Hello',
        html: '<p>Hi</p>',
        emailType: 'general',
        patientIds: [patients.data.patients[0].id],
      },
    });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.headers.get(WARNING)).toBe("unknown query parameter 'dryRun'");
  });

  it('on errors once the parameters are read: a bad parameter, a missing record, a SOAP note out of scope', async () => {
    const { request } = createTestSandbox();
    const bad = await request('/v3/patients?pageSize=500&pagesize=5');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe("'pageSize' must be at most 100");
    expect(bad.headers.get(WARNING)).toBe("unknown query parameter 'pagesize'");
    const missing = await request('/v3/patients/pat_0123456789abcdef0123456789abcdef?expand=all');
    expect(missing.status).toBe(404);
    expect(missing.headers.get(WARNING)).toBe("unknown query parameter 'expand'");
    const soap = await request('/v3/notes?includeSoapNote=true&x=1', { organizationId: CLINICS.harbor.id });
    expect(soap.status).toBe(403);
    expect(soap.headers.get(WARNING)).toBe("unknown query parameter 'x'");
  });

  it('not before the parameters are read: a 401, a missing clinic, a scope, an unknown path', async () => {
    const { request } = createTestSandbox();
    for (const response of [
      await request('/v3/patients?foo=1', { key: KEYS.revoked.key }),
      await request('/v3/patients?foo=1', { organizationId: null }),
      await request('/v3/patients?foo=1', { key: KEYS.noScopes.key }),
      await request('/v3/unicorns?foo=1'),
    ]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get(WARNING)).toBeNull();
    }
  });

  it('comes with a remembered target and a cached body alike, and the journal keeps it', async () => {
    const { request, sandbox } = createTestSandbox();
    for (let i = 0; i < 3; i++) {
      const { headers } = await request('/v3/providers?pagesize=2');
      expect(headers.get(WARNING)).toBe("unknown query parameter 'pagesize'");
    }
    expect((await request('/v3/providers')).headers.get(WARNING)).toBeNull();
    expect(sandbox.journal.list().map((entry) => entry.warning)).toEqual([
      null,
      "unknown query parameter 'pagesize'",
      "unknown query parameter 'pagesize'",
      "unknown query parameter 'pagesize'",
    ]);
  });

  it('keeps the header ASCII and each name readable: encoded characters, quotes, long names, many names', async () => {
    const { request } = createTestSandbox();
    const odd = await request("/v3/patients?%E2%9C%93=1&it's=2&a%20b=3&tab%09=4");
    expect(odd.status).toBe(200);
    expect(odd.headers.get(WARNING)).toBe("unknown query parameters '%E2%9C%93', 'it%27s', 'a b', 'tab%09'");
    const many = Array.from({ length: 12 }, (_, i) => `p${i}=1`).join('&');
    expect((await request(`/v3/patients?${many}`)).headers.get(WARNING)).toBe(
      "unknown query parameters 'p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9' and 2 more",
    );
    const long = 'x'.repeat(100);
    expect((await request(`/v3/patients?${long}=1`)).headers.get(WARNING)).toBe(`unknown query parameter '${'x'.repeat(64)}...'`);
  });

  it('cuts a long name between characters, never inside one', () => {
    const name = `${'x'.repeat(63)}😀😀`;
    expect(unknownQueryParametersWarning([name])).toBe(`unknown query parameter '${'x'.repeat(63)}%F0%9F%98%80...'`);
  });
});
