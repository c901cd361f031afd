import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, resolveConfig, type SandboxConfig } from '../contract/config.js';
import { parseCorsOrigins } from '../contract/cors.js';
import { resolveReferenceDate } from '../contract/reference-date.js';
import { type ConformanceSettings, parseConformanceArgs } from './conformance-options.js';

import { SettingError } from './setting-error.js';

export { SettingError };

interface SettingSpec {
  flag: string;
  env: string;
  type: 'string' | 'boolean';
  help: string;
  /** Checks the value and sets it on the settings given so far. */
  apply: (config: Partial<SandboxConfig>, value: string, name: string) => void;
}

const integer = (name: string, value: string, min: number, max: number): number => {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new SettingError(`${name} must be an integer from ${min} to ${max}, not '${value}'`);
  }
  return Number(value);
};

const flagBoolean = (name: string, value: string): boolean => {
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no', ''].includes(value)) return false;
  throw new SettingError(`${name} must be true or false, not '${value}'`);
};

/** `a (note, default) or b (note)`: a setting's choices, marking the one DEFAULT_CONFIG holds. */
const choices = (defaultValue: unknown, ...options: Array<[value: string | number, note?: string]>): string =>
  options
    .map(([value, note]) => {
      const notes = [note, value === defaultValue ? 'default' : undefined].filter((text) => text !== undefined);
      return notes.length > 0 ? `${value} (${notes.join(', ')})` : String(value);
    })
    .join(' or ');

/** Every setting, once: its flag, its environment variable, and how it lands in the config. */
export const SETTINGS: SettingSpec[] = [
  {
    flag: 'port',
    env: 'PORT',
    type: 'string',
    help: `port to listen on; 0 picks a free one (default ${DEFAULT_CONFIG.port})`,
    apply: (c, v, n) => {
      c.port = integer(n, v, 0, 65535);
    },
  },
  {
    flag: 'host',
    env: 'HOST',
    type: 'string',
    help: `address to listen on (default ${DEFAULT_CONFIG.host}; the Docker image uses 0.0.0.0)`,
    apply: (c, v, n) => {
      if (v.trim() === '') throw new SettingError(`${n} must not be empty`);
      c.host = v;
    },
  },
  {
    flag: 'seed',
    env: 'MAX_SANDBOX_SEED',
    type: 'string',
    help: "seed of the generated records (default: the fixture's seed)",
    apply: (c, v, n) => {
      if (v === '') throw new SettingError(`${n} must not be empty`);
      c.seed = v;
    },
  },
  {
    flag: 'environment',
    env: 'MAX_SANDBOX_ENVIRONMENT',
    type: 'string',
    help: choices(DEFAULT_CONFIG.environment, ['production', 'max_prd_ak_ keys'], ['staging', 'max_dev_ak_ keys']),
    apply: (c, v, n) => {
      if (v !== 'production' && v !== 'staging') throw new SettingError(`${n} must be production or staging, not '${v}'`);
      c.environment = v;
    },
  },
  {
    flag: 'reference-date',
    env: 'MAX_SANDBOX_REFERENCE_DATE',
    type: 'string',
    help: 'the records\' "now": an ISO date or timestamp, or today (default: the fixture\'s date)',
    apply: (c, v, n) => {
      // Checked here so a bad value stops the CLI with the setting's name; resolved at start.
      try {
        resolveReferenceDate(v);
      } catch (error) {
        throw new SettingError(`${n} ${(error as Error).message}`);
      }
      c.referenceDate = v;
    },
  },
  {
    flag: 'fixtures',
    env: 'MAX_SANDBOX_FIXTURES',
    type: 'string',
    help: 'directory holding world.json (default: the built-in fixtures)',
    apply: (c, v, n) => {
      if (v === '') throw new SettingError(`${n} must not be empty`);
      c.fixturesDir = v;
    },
  },
  {
    flag: 'rate-limit',
    env: 'MAX_SANDBOX_RATE_LIMIT',
    type: 'string',
    help: `requests per app per 60 s sliding window (default ${DEFAULT_CONFIG.rateLimit})`,
    apply: (c, v, n) => {
      c.rateLimit = integer(n, v, 1, 1_000_000_000);
    },
  },
  {
    flag: 'not-installed-status',
    env: 'MAX_SANDBOX_NOT_INSTALLED_STATUS',
    type: 'string',
    help: `status for a clinic that has not installed the app: ${choices(DEFAULT_CONFIG.notInstalledStatus, [403], [404])}`,
    apply: (c, v, n) => {
      if (v !== '403' && v !== '404') throw new SettingError(`${n} must be 403 or 404, not '${v}'`);
      c.notInstalledStatus = v === '404' ? 404 : 403;
    },
  },
  {
    flag: 'admin-token',
    env: 'MAX_SANDBOX_ADMIN_TOKEN',
    type: 'string',
    help: 'require X-Sandbox-Admin-Token on /_sandbox/* (except health)',
    apply: (c, v, n) => {
      if (v === '') throw new SettingError(`${n} must not be empty`);
      c.adminToken = v;
    },
  },
  {
    flag: 'cors',
    env: 'MAX_SANDBOX_CORS',
    type: 'string',
    help: 'let browser pages at these origins call it: * or comma-separated origins (default: off)',
    apply: (c, v, n) => {
      try {
        c.cors = parseCorsOrigins(v);
      } catch (error) {
        throw new SettingError(`${n} ${(error as Error).message}`);
      }
    },
  },
  {
    flag: 'journal-size',
    env: 'MAX_SANDBOX_JOURNAL_SIZE',
    type: 'string',
    help: `requests kept in the request journal (default ${DEFAULT_CONFIG.journalSize})`,
    apply: (c, v, n) => {
      c.journalSize = integer(n, v, 1, 1_000_000);
    },
  },
  {
    flag: 'log-requests',
    env: 'MAX_SANDBOX_LOG_REQUESTS',
    type: 'boolean',
    help: "print one line per request (default: on; the demo console's own reads are left out)",
    apply: (c, v, n) => {
      c.logRequests = flagBoolean(n, v);
    },
  },
  {
    flag: 'quiet',
    env: 'MAX_SANDBOX_QUIET',
    type: 'boolean',
    help: 'print no line per request (MAX_SANDBOX_LOG_REQUESTS=false says the same)',
    apply: (c, v, n) => {
      if (flagBoolean(n, v)) c.logRequests = false;
    },
  },
  {
    flag: 'log-format',
    env: 'MAX_SANDBOX_LOG_FORMAT',
    type: 'string',
    help: `format of the log lines: ${choices(DEFAULT_CONFIG.logFormat, ['text'], ['json', 'one object a line'])}`,
    apply: (c, v, n) => {
      if (v !== 'text' && v !== 'json') throw new SettingError(`${n} must be text or json, not '${v}'`);
      c.logFormat = v;
    },
  },
];

/**
 * Where the CLI's defaults differ from DEFAULT_CONFIG (the defaults of code: startSandbox(), the
 * app): a person at a terminal sees each request; a test suite's own process stays silent.
 */
export const CLI_DEFAULTS: Partial<SandboxConfig> = { logRequests: true };

/** What --help prints; every default in it is read from DEFAULT_CONFIG. */
export const USAGE = `Usage: max-sandbox [options]
       max-sandbox conformance --base-url <url> --key <key> --org <uuid> [options]

A local sandbox of the Max AI clinic API v3 with seeded synthetic clinics. The conformance
command checks that a server (this sandbox or the real API) refuses requests as the document
says; see max-sandbox conformance --help.

Options (each also settable by the environment variable shown):
${SETTINGS.map((s) => `${`  --${s.flag}${s.type === 'string' ? ' <value>' : ''}`.padEnd(34)}${s.env.padEnd(34)}${s.help}`).join('\n')}
  -h, --help                      show this help
  -v, --version                   print the version`;

/** What the command line asks for: help, the version, or a sandbox served with this config. */
export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'serve'; config: SandboxConfig }
  | { kind: 'conformance-help' }
  | { kind: 'conformance'; settings: ConformanceSettings };

/** The flags given, by name; SettingError for an unknown flag or a missing value. */
function readFlags(argv: string[]): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...Object.fromEntries(SETTINGS.map((s) => [s.flag, { type: s.type }])),
      },
    }).values;
  } catch (error) {
    throw new SettingError(`${(error as Error).message}. See --help.`);
  }
}

/** Reads flags, then environment variables under them, then defaults. Throws SettingError. */
export function parseSettings(argv: string[], env: NodeJS.ProcessEnv): ParsedCommand {
  // The only subcommand; the environment variables are the server's, so it reads none.
  if (argv[0] === 'conformance') {
    const parsed = parseConformanceArgs(argv.slice(1));
    return parsed.kind === 'help' ? { kind: 'conformance-help' } : parsed;
  }
  const values = readFlags(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const given: Partial<SandboxConfig> = {};
  for (const setting of SETTINGS) {
    const fromFlag = values[setting.flag];
    if (fromFlag !== undefined) {
      setting.apply(given, String(fromFlag), `--${setting.flag}`);
    } else if (env[setting.env] !== undefined) {
      setting.apply(given, env[setting.env]!, setting.env);
    }
  }
  return { kind: 'serve', config: resolveConfig({ ...CLI_DEFAULTS, ...given }) };
}
