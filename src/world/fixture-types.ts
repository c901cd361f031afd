import type { Environment, KeyType } from '../contract/keys.js';
import type { RecordCounts } from '../data/types.js';
import type { RecordResource } from '../records/kinds.js';

export interface OrganizationFixture {
  id: string;
  name: string;
  description?: string;
  /** Overrides the world's seed for this clinic's records. */
  seed?: string;
  recordCounts?: Partial<RecordCounts>;
  /**
   * Records served besides the generated ones, each with the fields a test or demo cares about
   * (`{"firstName":"Ada","email":null}`): the rest is filled from the seed. Checked at start.
   */
  records?: Partial<Record<RecordResource, Record<string, unknown>[]>>;
}

export interface AppFixture {
  id: string;
  slug: string;
  name: string;
  liveVersionId: string | null;
  /**
   * Where `/oauth/authorize` may send a user back (the manifest's `[oauth]` section): exact URIs; a
   * loopback one written without a port matches any port (see world/redirect-uris.ts).
   */
  redirectUris?: string[];
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
