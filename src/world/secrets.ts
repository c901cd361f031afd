import { randomBytes } from 'node:crypto';
import { KEY_PREFIXES } from '../auth/key-format.js';
import type { Environment, KeyType } from './fixture-types.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh random key secret of the real shape: the environment's prefix and 32 letters or digits. */
export function newKeySecret(type: KeyType, environment: Environment): string {
  const bytes = randomBytes(32);
  let body = '';
  // 256 % 62 leaves a slight bias; irrelevant for a sandbox's fake keys.
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${KEY_PREFIXES[type][environment]}${body}`;
}

/** A fresh key id, like the fixtures' `key_...` ids. */
export function newKeyId(): string {
  return `key_${randomBytes(12).toString('hex')}`;
}
