import { describe, expect, it } from 'vitest';
import { createTestSandbox } from '../../support/sandbox.js';
import { exampleRequest, securityCases } from '../../support/security-matrix.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const { sandbox, request } = createTestSandbox({ rateLimit: 1_000_000 });

describe.each(sandbox.operations.map((operation) => [`${operation.method} ${operation.path}`, operation] as const))(
  'security matrix: %s',
  (_name, operation) => {
    const example = exampleRequest(sandbox, operation);

    it('answers 200 with the full-access key at Sunrise', async () => {
      const response = await request(example.path, example.options);
      expect(response.status, response.text).toBe(200);
      // The token endpoint answers without the success envelope (api-model A7).
      if (operation.operationId === 'oauthToken') expect(response.body.id_token).toMatch(/^eyJ/);
      else expect(response.body.code).toBe('success');
    });

    it.each(securityCases(operation).map((c) => [c.name, c] as const))('%s', async (_case, securityCase) => {
      const response = await request(example.path, { ...example.options, ...securityCase.options });
      expect(response.status, response.text).toBe(securityCase.status);
      expect(Object.keys(response.body).sort()).toEqual(['code', 'message', 'trace_id']);
      expect(response.body.code).toBe(securityCase.code);
      if (typeof securityCase.message === 'string') expect(response.body.message).toBe(securityCase.message);
      else expect(response.body.message).toMatch(securityCase.message);
      expect(response.body.trace_id).toMatch(UUID);
      expect(response.headers.get('X-Sandbox-Reason')).toBe(securityCase.reason);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    });
  },
);

describe('trace ids', () => {
  it('are fresh for every error', async () => {
    const path = '/v3/patients';
    const first = await request(path, { key: null });
    const second = await request(path, { key: null });
    expect(first.body.trace_id).not.toBe(second.body.trace_id);
  });
});
