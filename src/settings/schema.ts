/**
 * Every setting of the sandbox, once: its key in code, its flag, its environment variable, the
 * kind of value it takes, its default and its line in `--help`. SandboxConfig, DEFAULT_CONFIG,
 * the CLI's flags and help, and every check (parseConfig) are read from this table, so a new
 * setting is one entry here.
 */
import type { Environment } from '../contract/keys.js';
import {
  allowedHostNames,
  boolean,
  corsOrigins,
  integer,
  nullable,
  oneOf,
  referenceDate,
  type SettingKind,
  text,
} from './kinds.js';

export interface Setting<Value, Input = Value> {
  /** `--<flag>` on the command line. */
  readonly flag: string;
  /** The environment variable read when the flag is not given. */
  readonly env: string;
  readonly kind: SettingKind<Value, Input>;
  /** The value nobody set: the only place a default is written down. */
  readonly default: Value;
  /** The flag's line in `--help`, given the default (read from DEFAULT_CONFIG, so the help follows it). */
  help(defaultValue: Value): string;
}

/** One entry of the table; the value's type is the kind's alone, so a default outside it does not compile. */
const setting = <Value, Input>(
  entry: Omit<Setting<Value, Input>, 'default' | 'help'> & {
    default: NoInfer<Value>;
    help(defaultValue: NoInfer<Value>): string;
  },
): Setting<Value, Input> => entry;

/** `a (note, default) or b (note)`: a setting's choices, marking the default. */
const choices = (defaultValue: unknown, ...options: Array<[value: string | number, note?: string]>): string =>
  options
    .map(([value, note]) => {
      const notes = [note, value === defaultValue ? 'default' : undefined].filter((note) => note !== undefined);
      return notes.length > 0 ? `${value} (${notes.join(', ')})` : String(value);
    })
    .join(' or ');

/** Every setting, in the order of `--help` and the README's table. */
export const SETTINGS = {
  port: setting({
    flag: 'port',
    env: 'PORT',
    kind: integer(0, 65535),
    // Not 3000 nor 8080: where the app under test usually runs (README: Port 6290).
    default: 6290,
    help: (port) => `port to listen on; 0 picks a free one (default ${port})`,
  }),
  host: setting({
    flag: 'host',
    env: 'HOST',
    kind: text,
    default: '127.0.0.1',
    help: (host) => `address to listen on (default ${host}; the Docker image uses 0.0.0.0)`,
  }),
  /** Overrides the fixture's seed for generated records. */
  seed: setting({
    flag: 'seed',
    env: 'MAX_SANDBOX_SEED',
    kind: nullable(text),
    default: null,
    help: () => "seed of the generated records (default: the fixture's seed)",
  }),
  /** Which keys the sandbox accepts: `production` (`max_prd_...`) or `staging` (`max_dev_...`). */
  environment: setting({
    flag: 'environment',
    env: 'MAX_SANDBOX_ENVIRONMENT',
    kind: oneOf<Environment>('production', 'staging'),
    default: 'production',
    help: (environment) => choices(environment, ['production', 'max_prd_ak_ keys'], ['staging', 'max_dev_ak_ keys']),
  }),
  /**
   * Moves the world's reference date, around which every record's dates are placed: an ISO date
   * or timestamp, or `today` (see resolveReferenceDate). Null keeps the fixture's own date.
   */
  referenceDate: setting({
    flag: 'reference-date',
    env: 'MAX_SANDBOX_REFERENCE_DATE',
    kind: nullable(referenceDate),
    default: null,
    help: () => 'the records\' "now": an ISO date or timestamp, or today (default: the fixture\'s date)',
  }),
  /** A directory holding `world.json`; null for the built-in fixtures. */
  fixturesDir: setting({
    flag: 'fixtures',
    env: 'MAX_SANDBOX_FIXTURES',
    kind: nullable(text),
    default: null,
    help: () => 'directory holding world.json (default: the built-in fixtures)',
  }),
  /** Requests per app per window. */
  rateLimit: setting({
    flag: 'rate-limit',
    env: 'MAX_SANDBOX_RATE_LIMIT',
    kind: integer(1, 1_000_000_000),
    default: 1000,
    help: (limit) => `requests per app per 60 s sliding window (default ${limit})`,
  }),
  /** 403 by default; 404 answers as if the clinic did not exist. */
  notInstalledStatus: setting({
    flag: 'not-installed-status',
    env: 'MAX_SANDBOX_NOT_INSTALLED_STATUS',
    kind: oneOf(403, 404),
    default: 403,
    help: (status) => `status for a clinic that has not installed the app: ${choices(status, [403], [404])}`,
  }),
  /**
   * Whether the inventory lists paginate (`paged`, like every `/v3` list) or answer every match
   * with no `pagination` (`all`): their documented examples were cut off before either showed.
   */
  inventoryPagination: setting({
    flag: 'inventory-pagination',
    env: 'MAX_SANDBOX_INVENTORY_PAGINATION',
    kind: oneOf('paged', 'all'),
    default: 'paged',
    help: (mode) =>
      `inventory lists: ${choices(mode, ['paged', 'page and pageSize, like every /v3 list'], ['all', 'every match, no pagination'])}`,
  }),
  /**
   * The scope `POST /v3/tasks` requires: `write:tasks` (the sandbox's reading: no write scope is
   * documented) or `read:tasks`, the one tasks scope the documentation names, should the real API
   * ask for it to create as well. The served document says which.
   */
  taskCreateScope: setting({
    flag: 'task-create-scope',
    env: 'MAX_SANDBOX_TASK_CREATE_SCOPE',
    kind: oneOf('write:tasks', 'read:tasks'),
    default: 'write:tasks',
    help: (scope) => `scope POST /v3/tasks requires: ${choices(scope, ['write:tasks'], ['read:tasks'])}`,
  }),
  /** When set, `/_sandbox/*` (except health) needs `X-Sandbox-Admin-Token` with this value. */
  adminToken: setting({
    flag: 'admin-token',
    env: 'MAX_SANDBOX_ADMIN_TOKEN',
    kind: nullable(text),
    default: null,
    help: () => 'require X-Sandbox-Admin-Token on /_sandbox/* (except health)',
  }),
  /**
   * Browser origins allowed to call the sandbox (CORS): `*`, origins separated by commas, or a
   * list of origins; kept normalized (`*` or a list). Null, the default, sends no CORS headers:
   * the real API is called from servers, and keys never belong in a browser.
   */
  cors: setting({
    flag: 'cors',
    env: 'MAX_SANDBOX_CORS',
    kind: nullable(corsOrigins),
    default: null,
    help: () => 'let browser pages at these origins call it: * or comma-separated origins (default: off)',
  }),
  /**
   * Host names answered beyond loopback names, `*.internal`, IP addresses, names without a dot
   * and the machine's own name (see allowedHostsOnly); any other `Host` is refused, so a
   * DNS-rebinding page reads nothing. `['*']` answers every host.
   */
  allowedHosts: setting({
    flag: 'allowed-hosts',
    env: 'MAX_SANDBOX_ALLOWED_HOSTS',
    kind: allowedHostNames,
    default: [],
    help: () =>
      "host names to answer besides localhost, IP addresses, names without a dot and this machine's name: comma-separated, .example.test for a domain, * for any (default: none)",
  }),
  /** How many requests the journal keeps. */
  journalSize: setting({
    flag: 'journal-size',
    env: 'MAX_SANDBOX_JOURNAL_SIZE',
    kind: integer(1, 1_000_000),
    default: 1000,
    help: (size) => `requests kept in the request journal (default ${size})`,
  }),
  /** Log one line per request to stdout. Off for code (startSandbox); the CLI turns it on (CLI_DEFAULTS). */
  logRequests: setting({
    flag: 'log-requests',
    env: 'MAX_SANDBOX_LOG_REQUESTS',
    kind: boolean,
    default: false,
    help: () => "print one line per request (the CLI's default; --quiet or MAX_SANDBOX_LOG_REQUESTS=false for none)",
  }),
  /** How the sandbox writes its log lines: `text` for a person at a terminal, `json` (one object a line) for a log collector. */
  logFormat: setting({
    flag: 'log-format',
    env: 'MAX_SANDBOX_LOG_FORMAT',
    kind: oneOf('text', 'json'),
    default: 'text',
    help: (format) => `format of the log lines: ${choices(format, ['text'], ['json', 'one object a line'])}`,
  }),
};

type Settings = typeof SETTINGS;
export type SettingKey = keyof Settings;

/** Every setting of the sandbox, checked and with its defaults filled in (see parseConfig). */
export type SandboxConfig = {
  [Key in keyof Settings]: Settings[Key] extends Setting<infer Value, infer _Input> ? Value : never;
};

/** The settings code may give (createSandbox, startSandbox): any of them; undefined means the default. */
export type SandboxSettings = {
  [Key in keyof Settings]?: (Settings[Key] extends Setting<infer _Value, infer Input> ? Input : never) | undefined;
};

export type NotInstalledStatus = SandboxConfig['notInstalledStatus'];
export type LogFormat = SandboxConfig['logFormat'];

/** The settings in table order, for loops that treat each alike. */
export const SETTING_LIST = Object.entries(SETTINGS) as Array<[SettingKey, Setting<unknown>]>;

/** The value of every setting nobody set, read from the table. */
export const DEFAULT_CONFIG: SandboxConfig = Object.fromEntries(
  SETTING_LIST.map(([key, entry]) => [key, entry.default]),
) as SandboxConfig;
