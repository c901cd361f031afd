import { describe, expect, it } from 'vitest';
import { createTestSandbox } from './support/sandbox.js';

const { request } = createTestSandbox({ rateLimit: 1_000_000 });

describe('malformed requests get a 4xx JSON error, never a 500', () => {
  it.each([
    ['an unknown path', 'GET', '/v3/unicorns', 404, 'route_not_found'],
    ['an unknown top-level path', 'GET', '/nothing/here', 404, 'route_not_found'],
    ['a trailing slash', 'GET', '/v3/patients/', 404, 'route_not_found'],
    ['an unknown method on a known path', 'DELETE', '/v3/patients', 404, 'method_not_allowed'],
    ['POST on a list', 'POST', '/v3/patients', 404, 'method_not_allowed'],
    ['GET on emails/send (read as an email id)', 'GET', '/v3/emails/send', 400, 'invalid_parameter'],
    ['PUT on emails/send', 'PUT', '/v3/emails/send', 404, 'method_not_allowed'],
    ['POST on the emails list (the old send route)', 'POST', '/v3/emails', 404, 'method_not_allowed'],
    ['broken percent-encoding in the path', 'GET', '/v3/patients/%E0%A4%A', 400, 'invalid_parameter'],
    ['broken percent-encoding in the query', 'GET', '/v3/patients?search=%E0%A4%A', 200, null],
    ['a percent-encoded NUL in the query', 'GET', '/v3/patients?search=%00', 200, null],
    ['junk in page', 'GET', '/v3/patients?page=%FF%FE', 400, 'invalid_parameter'],
    ['a huge number', 'GET', `/v3/patients?pageSize=${'9'.repeat(400)}`, 400, 'invalid_parameter'],
    ['a negative page', 'GET', '/v3/patients?page=-99999999', 400, 'invalid_parameter'],
    ['a very long query', 'GET', `/v3/patients?search=${'x'.repeat(50_000)}`, 400, 'invalid_parameter'],
    ['a path traversal', 'GET', '/v3/patients/..%2F..%2Fetc%2Fpasswd', 400, 'invalid_parameter'],
  ])('%s', async (_what, method, path, status, reason) => {
    const response = await request(path, { method });
    expect(response.status, response.text).toBe(status);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    if (reason) {
      expect(Object.keys(response.body).sort()).toEqual(['code', 'message', 'trace_id']);
      expect(response.headers.get('X-Sandbox-Reason')).toBe(reason);
    }
  });

  it('an unknown path is 404 even without a key', async () => {
    const { status, body } = await request('/v3/unicorns', { key: null, organizationId: null });
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
  });

  it('a 12 KB Authorization header is a plain 401', async () => {
    const { status, body } = await request('/v3/patients', { authorization: `Bearer max_prd_ak_${'A'.repeat(12 * 1024)}` });
    expect(status).toBe(401);
    expect(body.message).toBe('Invalid or missing API key');
  });

  it('a 12 KB X-Organization-Id is a plain 400', async () => {
    const { status, body } = await request('/v3/patients', { organizationId: 'a'.repeat(12 * 1024) });
    expect(status).toBe(400);
    expect(body.message).toBe("'X-Organization-Id' must be a valid ID");
  });

  it('an oversized JSON body with a lying Content-Length is refused while streaming', async () => {
    const { status, headers } = await request('/v3/emails/send', {
      method: 'POST',
      rawBody: 'x'.repeat(2 * 1024 * 1024),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(status).toBe(400);
    expect(headers.get('X-Sandbox-Reason')).toBe('body_too_large');
  });

  it('deeply nested JSON is a 400, not a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { status } = await request('/v3/emails/send', {
      method: 'POST',
      rawBody: deep,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(status).toBe(400);
  });
});
