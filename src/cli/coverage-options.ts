import { ConfigError } from '../settings/config-error.js';
import { integerFlag, parseSubcommandFlags } from './subcommand-flags.js';

/** The outputs of `max-sandbox coverage`. */
export const COVERAGE_FORMATS = ['table', 'markdown', 'junit', 'json'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** What `max-sandbox coverage` was asked to read and to hold the report to. */
export interface CoverageSettings {
  baseUrl: string;
  adminToken?: string;
  appId?: string;
  organizationId?: string;
  since?: string;
  /** The least percentage of applicable outcomes hit; below it, exit 1. */
  min?: number;
  /** Outcomes that must have been hit somewhere: `401:revoked_key`, `429` (any 429), `revoked_key` (any status). */
  require: string[];
  format: CoverageFormat;
  timeoutMs: number;
}

/** What `max-sandbox coverage --help` prints. */
export const COVERAGE_USAGE = `Usage: max-sandbox coverage --base-url <url> [options]

Reads GET /_sandbox/coverage of a running sandbox: for every /v3 operation of the document, which
documented outcomes (200, each 401 reason, 400, 403, 404, 429, injected faults, empty lists, a page
past the end) the requests since the last reset (or a mark) hit, and the scopes each app's keys hold
that no successful request used. Prints it, and fails a CI job that exercised too little.
Exit status: 0 when the thresholds hold, 1 when one does not (or the sandbox cannot be read), 2 for bad usage.

Options:
  --base-url <url>          the sandbox, e.g. http://127.0.0.1:6290
  --admin-token <token>     its admin token, if it was started with one (or MAX_SANDBOX_ADMIN_TOKEN)
  --app <appId>             only this app's requests (and those naming no app)
  --org <uuid>              only requests at this clinic (and those naming none)
  --since <markId>          only requests after this mark (POST /_sandbox/coverage/marks)
  --min <percent>           exit 1 when fewer than this percent of applicable outcomes were hit
  --require <outcomes>      exit 1 unless each was hit by some operation, comma-separated:
                            401:revoked_key (exact), 429 (any outcome of that status),
                            revoked_key (any status with that reason)
  --format <format>         table (default), markdown, junit or json
  --timeout <ms>            for the request (default 10000)
  -h, --help                show this help`;

/** The arguments after `coverage`; ConfigError (exit 2) for anything unusable. */
export function parseCoverageArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): { kind: 'help' } | { kind: 'coverage'; settings: CoverageSettings } {
  const { help, given } = parseSubcommandFlags('coverage', argv, [
    'base-url',
    'admin-token',
    'app',
    'org',
    'since',
    'min',
    'require',
    'format',
    'timeout',
  ]);
  if (help) return { kind: 'help' };
  const baseUrl = given('base-url');
  if (!baseUrl) throw new ConfigError('coverage needs --base-url. See coverage --help.');
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new ConfigError(`--base-url must be an http or https URL without query or fragment, not '${baseUrl}'`);
  }
  const minText = given('min');
  let min: number | undefined;
  if (minText !== undefined) {
    min = Number(minText);
    if (!/^\d+(\.\d+)?$/.test(minText) || min > 100)
      throw new ConfigError(`--min must be a percentage from 0 to 100, not '${minText}'`);
  }
  const require = (given('require') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of require) {
    if (!/^(\d{1,3}|\d{1,3}:[a-z_]+|[a-z_]+)$/.test(entry)) {
      throw new ConfigError(`--require takes outcomes like 401:revoked_key, 429 or revoked_key, not '${entry}'`);
    }
  }
  const format = given('format') ?? 'table';
  if (!(COVERAGE_FORMATS as readonly string[]).includes(format)) {
    throw new ConfigError(`--format must be one of ${COVERAGE_FORMATS.join(', ')}, not '${format}'`);
  }
  const timeoutMs = integerFlag('timeout', given('timeout'), 10_000, 600_000);
  const adminToken = given('admin-token') ?? env.MAX_SANDBOX_ADMIN_TOKEN;
  const optional = (name: string, key: keyof CoverageSettings) => (given(name) === undefined ? {} : { [key]: given(name) });
  return {
    kind: 'coverage',
    settings: {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      ...(adminToken ? { adminToken } : {}),
      ...optional('app', 'appId'),
      ...optional('org', 'organizationId'),
      ...optional('since', 'since'),
      ...(min === undefined ? {} : { min }),
      require,
      format: format as CoverageFormat,
      timeoutMs,
    },
  };
}
