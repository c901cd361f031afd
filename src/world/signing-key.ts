import { createECDH, createHash, createPrivateKey, hkdfSync, type KeyObject, sign } from 'node:crypto';

/** The order n of P-256's base point: a private scalar must lie in [1, n-1]. */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** A public signing key as `/.well-known/jwks.json` publishes it. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid: string;
  use: 'sig';
  alg: 'ES256';
}

/** An ES256 key pair: the private half signs id tokens, the public half is published. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicJwk;
}

const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/**
 * The P-256 key named `label` of the world seeded with `seed`: the same seed gives the same key,
 * so a test may pin a token byte for byte. The private scalar is 32 bytes of HKDF-SHA-256 over
 * the seed, taken again with the next counter in the rare case (about 2^-32) it is 0 or not below
 * the group order; node:crypto computes the public point and imports the key, nothing here does
 * curve arithmetic. The key id is the key's RFC 7638 thumbprint.
 */
export function deriveSigningKey(seed: string, label: string): SigningKey {
  for (let counter = 0; ; counter++) {
    const scalarBytes = Buffer.from(hkdfSync('sha256', seed, 'max-sandbox id_token signing key', `${label}#${counter}`, 32));
    const scalar = BigInt(`0x${scalarBytes.toString('hex')}`);
    if (scalar === 0n || scalar >= P256_ORDER) continue;
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(scalarBytes);
    const point = ecdh.getPublicKey(); // 0x04 | x (32 bytes) | y (32 bytes)
    const x = base64url(point.subarray(1, 33));
    const y = base64url(point.subarray(33, 65));
    const kid = createHash('sha256')
      .update(JSON.stringify({ crv: 'P-256', kty: 'EC', x, y }))
      .digest('base64url');
    const privateKey = createPrivateKey({ key: { kty: 'EC', crv: 'P-256', x, y, d: base64url(scalarBytes) }, format: 'jwk' });
    return { kid, privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x, y, kid, use: 'sig', alg: 'ES256' } };
  }
}

/**
 * A compact JWS (RFC 7515) of `claims`, signed ES256 by `key`. Synchronous on purpose: `/v3`
 * handlers are (see http/operation.ts); node:crypto's ECDSA with `ieee-p1363` encoding gives the
 * 64-byte r|s signature JWS requires. Tests verify the result with `jose`, as a backend would.
 */
export function signJwt(claims: Record<string, unknown>, key: SigningKey): string {
  const header = base64url(Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: key.kid })));
  const payload = base64url(Buffer.from(JSON.stringify(claims)));
  const input = `${header}.${payload}`;
  const signature = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${base64url(signature)}`;
}
