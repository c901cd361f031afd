import { describe, expect, it } from 'vitest';
import { parseBearer } from '../../src/auth/authorization-header.js';
import { classifyKey, isKeyOf } from '../../src/contract/keys.js';

describe('parseBearer', () => {
  it.each([
    [undefined, { ok: false, reason: 'missing_authorization' }],
    ['', { ok: false, reason: 'missing_authorization' }],
    ['   ', { ok: false, reason: 'missing_authorization' }],
    ['Bearer', { ok: false, reason: 'malformed_authorization' }],
    ['Bearer ', { ok: false, reason: 'malformed_authorization' }],
    ['Basic dXNlcjpwYXNz', { ok: false, reason: 'malformed_authorization' }],
    ['Token abc', { ok: false, reason: 'malformed_authorization' }],
    ['max_prd_ak_abc', { ok: false, reason: 'malformed_authorization' }],
    ['Bearer a b', { ok: false, reason: 'malformed_authorization' }],
    ['Bearer abc', { ok: true, token: 'abc' }],
    ['bearer abc', { ok: true, token: 'abc' }],
    ['BEARER   abc', { ok: true, token: 'abc' }],
  ])('%j -> %j', (header, expected) => {
    expect(parseBearer(header)).toEqual(expected);
  });

  it('refuses absurdly long tokens without scanning them twice', () => {
    expect(parseBearer(`Bearer ${'x'.repeat(100_000)}`)).toEqual({ ok: false, reason: 'malformed_authorization' });
  });
});

describe('classifyKey', () => {
  const body = 'A'.repeat(32);
  it.each([
    [`max_prd_ak_${body}`, { kind: 'max', type: 'data', environment: 'production' }],
    [`max_dev_ak_${body}`, { kind: 'max', type: 'data', environment: 'staging' }],
    [`max_prd_acc_${body}`, { kind: 'max', type: 'account', environment: 'production' }],
    [`max_dev_acc_${body}`, { kind: 'max', type: 'account', environment: 'staging' }],
    ['max_prd_ak_short', { kind: 'malformed' }],
    [`max_prd_ak_${'A'.repeat(31)}-`, { kind: 'malformed' }],
    [`max_prd_ak_${'A'.repeat(65)}`, { kind: 'malformed' }],
    ['sk_test_123', { kind: 'foreign' }],
    [`max_tst_ak_${body}`, { kind: 'foreign' }],
    ['', { kind: 'foreign' }],
  ])('%s -> %j', (token, expected) => {
    expect(classifyKey(token)).toEqual(expected);
  });

  it('checks a key against its declared type and environment', () => {
    expect(isKeyOf(`max_prd_ak_${body}`, 'data', 'production')).toBe(true);
    expect(isKeyOf(`max_prd_ak_${body}`, 'data', 'staging')).toBe(false);
    expect(isKeyOf(`max_prd_ak_${body}`, 'account', 'production')).toBe(false);
  });
});
