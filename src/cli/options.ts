import { parseArgs } from 'node:util';
import { ConfigError } from '../settings/config-error.js';
import { parseConfigTexts, type SettingTexts } from '../settings/parse-config.js';
import { DEFAULT_CONFIG, type SandboxConfig, SETTING_LIST } from '../settings/schema.js';
import { type ConformanceSettings, parseConformanceArgs } from './conformance-options.js';
import { type CoverageSettings, parseCoverageArgs } from './coverage-options.js';

/** The variable of `--quiet`, a CLI flag of its own: it says "logRequests false" in one word. */
const QUIET_ENV = 'MAX_SANDBOX_QUIET';

/**
 * Where the CLI's defaults differ from DEFAULT_CONFIG (the defaults of code: startSandbox(), the
 * app): a person at a terminal sees each request; a test suite's own process stays silent.
 */
export const CLI_DEFAULTS: SettingTexts = { logRequests: { text: 'true', name: 'the CLI default' } };

/** What --help prints; every default in it is read from DEFAULT_CONFIG. */
export const USAGE = `Usage: max-sandbox [options]
       max-sandbox conformance --base-url <url> --key <key> --org <uuid> [options]
       max-sandbox coverage --base-url <url> [--min <percent>] [--require <outcomes>] [--format <format>]

A local sandbox of the Max AI clinic API v3 with seeded synthetic clinics. The conformance
command checks that a server (this sandbox or the real API) refuses requests as the document
says; see max-sandbox conformance --help. The coverage command reads which documented outcomes
a running sandbox's requests hit, and which scopes went unused; see max-sandbox coverage --help.

Options (each also settable by the environment variable shown):
${SETTING_LIST.map(([key, s]) => `${`  --${s.flag}${s.kind.flagType === 'string' ? ' <value>' : ''}`.padEnd(34)}${s.env.padEnd(34)}${s.help(DEFAULT_CONFIG[key])}`).join('\n')}
${'  -q, --quiet'.padEnd(34)}${QUIET_ENV.padEnd(34)}print no line per request
  -h, --help                      show this help
  -v, --version                   print the version`;

/** What the command line asks for: help, the version, or a sandbox served with this config. */
export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'serve'; config: SandboxConfig }
  | { kind: 'conformance-help' }
  | { kind: 'conformance'; settings: ConformanceSettings }
  | { kind: 'coverage-help' }
  | { kind: 'coverage'; settings: CoverageSettings };

/** The flags given, by name; ConfigError for an unknown flag or a missing value. */
function readFlags(argv: string[]): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
        ...Object.fromEntries(SETTING_LIST.map(([, s]) => [s.flag, { type: s.kind.flagType }])),
      },
    }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. See --help.`);
  }
}

/**
 * Reads flags, then environment variables under them, then defaults, through parseConfig's rules.
 * Throws a ConfigError naming every bad flag or variable at once.
 */
export function parseSettings(argv: string[], env: NodeJS.ProcessEnv): ParsedCommand {
  // The environment variables are the server's, so conformance reads none.
  if (argv[0] === 'conformance') {
    const parsed = parseConformanceArgs(argv.slice(1));
    return parsed.kind === 'help' ? { kind: 'conformance-help' } : parsed;
  }
  // Coverage reads one: the admin token the sandbox it asks was started with.
  if (argv[0] === 'coverage') {
    const parsed = parseCoverageArgs(argv.slice(1), env);
    return parsed.kind === 'help' ? { kind: 'coverage-help' } : parsed;
  }
  const values = readFlags(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const texts: SettingTexts = { ...CLI_DEFAULTS };
  if (env[QUIET_ENV] !== undefined) texts.logRequests = { text: quietText(env[QUIET_ENV]!), name: QUIET_ENV };
  for (const [key, setting] of SETTING_LIST) {
    const fromFlag = values[setting.flag];
    if (fromFlag !== undefined) texts[key] = { text: String(fromFlag), name: `--${setting.flag}` };
    else if (env[setting.env] !== undefined) texts[key] = { text: env[setting.env]!, name: setting.env };
  }
  // --quiet wins over --log-requests: the one meant to silence is the one that counts.
  if (values.quiet) texts.logRequests = { text: 'false', name: '--quiet' };
  return { kind: 'serve', config: parseConfigTexts(texts) };
}

/** `MAX_SANDBOX_QUIET=true` is `logRequests` false; a value that is no boolean is passed on, to be refused by its name. */
function quietText(value: string): string {
  if (['true', '1', 'yes'].includes(value)) return 'false';
  if (['false', '0', 'no', ''].includes(value)) return 'true';
  return value;
}
