import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox, FIXED_NOW } from '../support/sandbox.js';

describe('rate limit per app', () => {
  it('answers 429 with Retry-After and the documented message past the limit', async () => {
    const { request } = createTestSandbox({ rateLimit: 3 });
    for (let i = 0; i < 3; i++) {
      const { status, headers } = await request('/v3/patients?pageSize=1');
      expect(status).toBe(200);
      expect(headers.get('X-RateLimit-Remaining')).toBe(String(2 - i));
    }
    const { status, body, headers } = await request('/v3/patients?pageSize=1');
    expect(status).toBe(429);
    expect(body.code).toBe('rate_limit_exceeded');
    expect(body.message).toBe('Rate limit exceeded. Maximum 3 requests per 60 seconds.');
    expect(headers.get('Retry-After')).toBe('60');
    expect(headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(headers.get('X-RateLimit-Reset')).toBe(String(FIXED_NOW / 1000 + 60));
    expect(headers.get('X-Sandbox-Reason')).toBe('rate_limited');
  });

  it('counts every key of the same app together, and other apps apart', async () => {
    const { request } = createTestSandbox({ rateLimit: 2 });
    await request('/v3/patients', { key: KEYS.fullAccess.key });
    await request('/v3/patients', { key: KEYS.patientsOnly.key });
    expect((await request('/v3/patients', { key: KEYS.noScopes.key })).status).toBe(429);
    expect((await request('/v3/patients', { key: KEYS.otherApp.key, organizationId: CLINICS.mesa.id })).status).toBe(200);
  });

  it('defaults to the documented 1000 requests', async () => {
    const { request } = createTestSandbox();
    const { headers } = await request('/v3/patients?pageSize=1');
    expect(headers.get('X-RateLimit-Limit')).toBe('1000');
  });
});
