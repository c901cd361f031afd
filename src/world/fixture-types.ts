import type { Environment } from '../contract/environment.js';
import type { RecordCounts } from '../data/types.js';

// The environment belongs to the config too; it lives in contract/ so the config imports nothing above it.
export type { Environment };
export type KeyType = 'data' | 'account';

export interface OrganizationFixture {
  id: string;
  name: string;
  description?: string;
  /** Overrides the world's seed for this clinic's records. */
  seed?: string;
  recordCounts?: Partial<RecordCounts>;
}

export interface AppFixture {
  id: string;
  slug: string;
  name: string;
  liveVersionId: string | null;
}

export interface InstallationFixture {
  appId: string;
  organizationId: string;
  grantedScopes: string[];
}

export interface KeyFixture {
  id: string;
  key: string;
  type: KeyType;
  environment: Environment;
  appId: string | null;
  scopes: string[];
  description?: string;
  revokedAt?: string;
  expiresAt?: string;
  notBefore?: string;
}

/** The seeded world as it is written in `fixtures/world.json`. */
export interface WorldFixture {
  seed: string;
  referenceDate: string;
  recordCounts: RecordCounts;
  organizations: OrganizationFixture[];
  apps: AppFixture[];
  installations: InstallationFixture[];
  keys: KeyFixture[];
}
