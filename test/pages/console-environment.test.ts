/**
 * The environment the sandbox runs as, in `GET /_sandbox/fixtures`: the console reads it to show a
 * key of the other environment as refused here (401 wrong_environment) rather than as active.
 */
import { describe, expect, it } from 'vitest';
import { STAGING_KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

describe('the environment in /_sandbox/fixtures', () => {
  it('is the one the sandbox runs as, and a key of the other one is refused with wrong_environment', async () => {
    for (const environment of ['production', 'staging'] as const) {
      const { request } = createTestSandbox({ environment });
      const fixtures = await request('/_sandbox/fixtures');
      expect(fixtures.status).toBe(200);
      expect(fixtures.body.environment).toBe(environment);
      const other = (fixtures.body.keys as { id: string; environment: string; status: string; key: string }[]).find(
        (key) => key.environment !== environment && key.status === 'active',
      )!;
      const refused = await request('/v3/patients', { key: other.key });
      expect([refused.status, refused.headers.get('X-Sandbox-Reason')]).toEqual([401, 'wrong_environment']);
    }
    // On a production sandbox the staging full-access key is one of those.
    const { request } = createTestSandbox();
    const refused = await request('/v3/patients', { key: STAGING_KEYS.fullAccess.key });
    expect(refused.headers.get('X-Sandbox-Reason')).toBe('wrong_environment');
  });
});
