import type { NotInstalledStatus } from './auth/organization.js';
import type { Environment } from './world/fixture-types.js';

/** Every setting of the sandbox, whatever set it (flag, environment variable, code). */
export interface SandboxConfig {
  port: number;
  host: string;
  /** Overrides the fixture's seed for generated records. */
  seed: string | null;
  environment: Environment;
  /** A directory holding `world.json`; null for the built-in fixtures. */
  fixturesDir: string | null;
  /** Requests per app per window. */
  rateLimit: number;
  notInstalledStatus: NotInstalledStatus;
  /** When set, `/_sandbox/*` (except health) needs `X-Sandbox-Admin-Token` with this value. */
  adminToken: string | null;
  /** How many requests the journal keeps. */
  journalSize: number;
  /** Log one line per request to stdout. */
  logRequests: boolean;
}

export const DEFAULT_CONFIG: SandboxConfig = {
  port: 3000,
  host: '127.0.0.1',
  seed: null,
  environment: 'production',
  fixturesDir: null,
  rateLimit: 1000,
  notInstalledStatus: 403,
  adminToken: null,
  journalSize: 1000,
  logRequests: false,
};
