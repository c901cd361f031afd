import { describe, expect, it } from 'vitest';
import { requestHeaderNames, responseHeaderNames } from '../../src/openapi/headers.js';
import { loadSpec } from '../../src/openapi/load-spec.js';

describe("the document's headers", () => {
  const document = loadSpec();

  it('a client sends: Content-Type and what the security schemes name', () => {
    expect(requestHeaderNames(document)).toEqual(['Content-Type', 'Authorization', 'X-Organization-Id', 'X-Sandbox-Admin-Token']);
  });

  it('the responses declare: rate limits, Retry-After and the sandbox-only ones', () => {
    expect(responseHeaderNames(document).sort()).toEqual([
      'Retry-After',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
      'X-Sandbox-Reason',
      'X-Sandbox-Warning',
    ]);
  });

  it('follow the document: a header added to a response is found', () => {
    const changed = structuredClone(document);
    const list = changed.paths!['/v3/patients']!.get!.responses['200'] as { headers?: Record<string, unknown> };
    list.headers = { ...list.headers, 'X-Request-Id': { schema: { type: 'string' } } };
    expect(responseHeaderNames(changed)).toContain('X-Request-Id');
  });
});
