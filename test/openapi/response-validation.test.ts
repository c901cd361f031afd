import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { validateResponse } from '../support/spec-validator.js';

const spec = loadSpec();
const rateLimit = { 'X-RateLimit-Limit': '1000', 'X-RateLimit-Remaining': '999', 'X-RateLimit-Reset': '1780315260' };
const errorBody = {
  code: 'unauthorized',
  message: 'Invalid or missing API key',
  trace_id: '550e8400-e29b-41d4-a716-446655440000',
};
const page = { code: 'success', data: { patients: [], pagination: { page: 1, pageSize: 1, totalCount: 0, totalPages: 0 } } };

const check =
  (path: string, status: number, headers: Record<string, string>, body: unknown = undefined) =>
  () =>
    validateResponse(spec, { method: 'GET', path, status, headers: new Headers(headers), body });

describe('the response check of the tests holds headers to the document', () => {
  it('accepts a response with the headers its status declares', () => {
    expect(check('/v3/patients', 200, rateLimit, page)).not.toThrow();
    expect(check('/v3/patients', 401, { 'X-Sandbox-Reason': 'unknown_key' }, errorBody)).not.toThrow();
  });

  it('refuses a response without a header documented as required', () => {
    expect(check('/v3/patients', 200, {}, page)).toThrow(/'X-RateLimit-Limit' is documented as required but missing/);
    expect(check('/v3/patients', 401, {}, errorBody)).toThrow(/'X-Sandbox-Reason' is documented as required/);
  });

  it('refuses a rate-limit or sandbox header where the document does not declare it', () => {
    expect(check('/v3/patients', 401, { 'X-Sandbox-Reason': 'unknown_key', ...rateLimit }, errorBody)).toThrow(
      /'x-ratelimit-limit' is not documented on this response/,
    );
    expect(check('/v3/patients', 200, { ...rateLimit, 'X-Sandbox-Whatever': 'x' }, page)).toThrow(/'x-sandbox-whatever'/);
  });

  it('refuses a header value its schema does not allow', () => {
    expect(check('/v3/patients', 200, { ...rateLimit, 'X-RateLimit-Remaining': 'many' }, page)).toThrow(/does not match/);
    expect(check('/v3/patients', 401, { 'X-Sandbox-Reason': 'no_such_reason' }, errorBody)).toThrow(/does not match/);
  });

  it('holds an unknown /v3 route to the NotFound response, whose rate-limit headers are optional', () => {
    const notFound = { code: 'not_found', message: 'Route not found', trace_id: errorBody.trace_id };
    expect(check('/v3/unicorns', 404, { 'X-Sandbox-Reason': 'route_not_found' }, notFound)).not.toThrow();
    expect(check('/v3/unicorns', 404, { 'X-Sandbox-Reason': 'route_not_found', ...rateLimit }, notFound)).not.toThrow();
    expect(check('/v3/unicorns', 404, {}, notFound)).toThrow(/'X-Sandbox-Reason' is documented as required/);
  });
});
