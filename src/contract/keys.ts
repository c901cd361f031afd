import type { components } from './openapi.generated.js';

type SandboxKey = components['schemas']['SandboxKey'];

/** Which keys a sandbox accepts: `production` (`max_prd_...`) or `staging` (`max_dev_...`). */
export type Environment = SandboxKey['environment'];
/** A Data API key (of an app) or an Account API key (of a user). */
export type KeyType = SandboxKey['type'];
/** A key's state on the sandbox's clock. */
export type KeyStatus = SandboxKey['status'];

/** The prefix of each kind of key; data-key prefixes are the real API's, account-key ones the sandbox's. */
export const KEY_PREFIXES: Record<KeyType, Record<Environment, string>> = {
  data: { production: 'max_prd_ak_', staging: 'max_dev_ak_' },
  account: { production: 'max_prd_acc_', staging: 'max_dev_acc_' },
};

/** What follows a prefix: 32 to 64 letters and digits. */
const KEY_BODY = /^[A-Za-z0-9]{32,64}$/;

export type KeyShape =
  | { kind: 'max'; type: KeyType; environment: Environment }
  /** Not a Max AI key at all (another vendor's key, a JWT, junk). */
  | { kind: 'foreign' }
  /** A Max AI prefix with a body that cannot be a key. */
  | { kind: 'malformed' };

const PREFIX_TABLE = (Object.keys(KEY_PREFIXES) as KeyType[]).flatMap((type) =>
  (Object.keys(KEY_PREFIXES[type]) as Environment[]).map((environment) => ({
    prefix: KEY_PREFIXES[type][environment],
    type,
    environment,
  })),
);

/** Reads what kind of key a bearer token claims to be, from its prefix and shape alone. */
export function classifyKey(token: string): KeyShape {
  for (const entry of PREFIX_TABLE) {
    if (token.startsWith(entry.prefix)) {
      return KEY_BODY.test(token.slice(entry.prefix.length))
        ? { kind: 'max', type: entry.type, environment: entry.environment }
        : { kind: 'malformed' };
    }
  }
  return { kind: 'foreign' };
}

/** Whether `key` is a well-formed key of that type and environment (used to check fixtures). */
export function isKeyOf(key: string, type: KeyType, environment: Environment): boolean {
  const shape = classifyKey(key);
  return shape.kind === 'max' && shape.type === type && shape.environment === environment;
}
