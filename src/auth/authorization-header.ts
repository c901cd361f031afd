/** Longest bearer token worth looking at; real keys are under 80 characters. */
const MAX_TOKEN_LENGTH = 512;

export type BearerParse =
  | { ok: true; token: string }
  | { ok: false; reason: 'missing_authorization' | 'malformed_authorization' };

/**
 * Reads `Authorization: Bearer <token>`. The scheme is case-insensitive (RFC 9110); anything
 * else (another scheme, no token, a token with spaces, an absurd length) is malformed.
 */
export function parseBearer(header: string | undefined | null): BearerParse {
  if (header === undefined || header === null || header.trim() === '') {
    return { ok: false, reason: 'missing_authorization' };
  }
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match || match[1]!.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed_authorization' };
  return { ok: true, token: match[1]! };
}
