import type { CorsSetting } from './cors.js';
import type { Environment } from './keys.js';

/** 403 by default; `--not-installed-status 404` answers as if the clinic did not exist. */
export type NotInstalledStatus = 403 | 404;

/** How the sandbox writes its log lines: `text` for a person at a terminal, `json` (one object a line) for a log collector. */
export type LogFormat = 'text' | 'json';

/** Every setting of the sandbox, whatever set it (flag, environment variable, code). */
export interface SandboxConfig {
  port: number;
  host: string;
  /** Overrides the fixture's seed for generated records. */
  seed: string | null;
  environment: Environment;
  /**
   * Moves the world's reference date, around which every record's dates are placed: an ISO date
   * or timestamp, or `today` (see resolveReferenceDate). Null keeps the fixture's own date.
   */
  referenceDate: string | null;
  /** A directory holding `world.json`; null for the built-in fixtures. */
  fixturesDir: string | null;
  /** Requests per app per window. */
  rateLimit: number;
  notInstalledStatus: NotInstalledStatus;
  /** When set, `/_sandbox/*` (except health) needs `X-Sandbox-Admin-Token` with this value. */
  adminToken: string | null;
  /**
   * Browser origins allowed to call the sandbox (CORS): `*`, origins separated by commas, or a
   * list of origins. Null, the default, sends no CORS headers: the real API is called from
   * servers, and keys never belong in a browser.
   */
  cors: CorsSetting | null;
  /** How many requests the journal keeps. */
  journalSize: number;
  /** Log one line per request to stdout. */
  logRequests: boolean;
  /** The format of the request lines and of the reports of unexpected errors. */
  logFormat: LogFormat;
}

/** The value of every setting nobody set: the only place a default is written down. */
export const DEFAULT_CONFIG: SandboxConfig = {
  port: 6290,
  host: '127.0.0.1',
  seed: null,
  environment: 'production',
  referenceDate: null,
  fixturesDir: null,
  rateLimit: 1000,
  notInstalledStatus: 403,
  adminToken: null,
  cors: null,
  journalSize: 1000,
  logRequests: false,
  logFormat: 'text',
};

/** A whole config from the settings given; every other one takes its value from DEFAULT_CONFIG. */
export function resolveConfig(partial: Partial<SandboxConfig> = {}): SandboxConfig {
  // An option given as undefined means "the default", not "unset": callers pass optional fields straight on.
  const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_CONFIG, ...given };
}
