import { randomBytes } from 'node:crypto';
import { type Environment, KEY_PREFIXES, type KeyType } from '../contract/keys.js';
import type { ApiKey } from './world.js';

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

/** A fresh active data key of `appId`, made at run time through `/_sandbox`. */
export function newDataKey(options: {
  appId: string;
  environment: Environment;
  scopes: string[];
  description: string | null;
  expiresAt?: number | null;
  notBefore?: number | null;
}): ApiKey {
  return {
    id: newKeyId(),
    type: 'data',
    environment: options.environment,
    appId: options.appId,
    scopes: [...new Set(options.scopes)],
    description: options.description,
    secret: newKeySecret('data', options.environment),
    revokedAt: null,
    expiresAt: options.expiresAt ?? null,
    notBefore: options.notBefore ?? null,
  };
}
