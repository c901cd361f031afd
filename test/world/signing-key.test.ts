import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSigningKey, signJwt } from '../../src/world/signing-key.js';

describe('deriveSigningKey', () => {
  it('gives the same P-256 key for the same seed and label, another for another seed or label', () => {
    const a = deriveSigningKey('max-sandbox-v1', 'signing/1');
    expect(deriveSigningKey('max-sandbox-v1', 'signing/1').publicJwk).toEqual(a.publicJwk);
    expect(deriveSigningKey('another-seed', 'signing/1').kid).not.toBe(a.kid);
    expect(deriveSigningKey('max-sandbox-v1', 'signing/2').kid).not.toBe(a.kid);
    expect(a.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(Buffer.from(a.publicJwk.x, 'base64url')).toHaveLength(32);
  });

  it('signs a compact JWS whose 64-byte r|s signature the public key verifies', () => {
    const key = deriveSigningKey('seed', 'signing/1');
    const token = signJwt({ sub: 'usr_1' }, key);
    const [header, payload, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'ES256', typ: 'JWT', kid: key.kid });
    expect(Buffer.from(signature!, 'base64url')).toHaveLength(64);
    const publicKey = createPublicKey({ key: { ...key.publicJwk }, format: 'jwk' });
    const input = Buffer.from(`${header}.${payload}`);
    expect(verify('sha256', input, { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature!, 'base64url'))).toBe(
      true,
    );
  });
});
