import { dataKeyPrefix } from '../conformance/cases.js';
import { UUID } from '../contract/ids.js';
import { ConfigError } from '../settings/config-error.js';
import { integerFlag, parseSubcommandFlags } from './subcommand-flags.js';

/** What `max-sandbox conformance` was asked to check, and how hard to push. */
export interface ConformanceSettings {
  baseUrl: string;
  key: string;
  organizationId: string;
  restrictedKey?: string;
  otherOrganizationId?: string;
  timeoutMs: number;
  concurrency: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 4;

/** What `max-sandbox conformance --help` prints. */
export const CONFORMANCE_USAGE = `Usage: max-sandbox conformance --base-url <url> --key <key> --org <uuid> [options]

Sends every 401, 400, 403 and 404 case the OpenAPI document promises for every /v3 operation,
and a 200 baseline for every list, to a server (this sandbox or a real Max AI deployment), then
prints a table of what passed and what differed. Nothing it sends can be a write that succeeds.
Exit status: 0 when every case passes (skips included), 1 when one fails, 2 for bad usage.

Options:
  --base-url <url>          the server, e.g. http://127.0.0.1:6290
  --key <key>               a Data API key with every scope at --org (max_prd_ak_... or max_dev_ak_...)
  --org <uuid>              the clinic (X-Organization-Id) where --key's app is installed
  --restricted-key <key>    a key lacking the operations' scopes at --org: adds the 403 scope cases
  --other-org <uuid>        another clinic where --key's app is installed: adds the cross-clinic 404 cases
  --timeout <ms>            per request (default ${DEFAULT_TIMEOUT_MS})
  --concurrency <n>         requests in flight at once, 1 to 16 (default ${DEFAULT_CONCURRENCY})
  -h, --help                show this help`;

const uuid = (name: string, value: string): string => {
  if (!UUID.test(value)) throw new ConfigError(`--${name} must be a UUID, not '${value}'`);
  return value;
};

const dataKey = (name: string, value: string): string => {
  if (dataKeyPrefix(value) === null) throw new ConfigError(`--${name} must be a Data API key (max_prd_ak_... or max_dev_ak_...)`);
  return value;
};

/** The arguments after `conformance`; ConfigError (exit 2) for anything unusable. */
export function parseConformanceArgs(argv: string[]): { kind: 'help' } | { kind: 'conformance'; settings: ConformanceSettings } {
  const { help, given } = parseSubcommandFlags('conformance', argv, [
    'base-url',
    'key',
    'org',
    'restricted-key',
    'other-org',
    'timeout',
    'concurrency',
  ]);
  if (help) return { kind: 'help' };
  const required = (name: string) => {
    const value = given(name);
    if (value === undefined || value === '') throw new ConfigError(`conformance needs --${name}. See conformance --help.`);
    return value;
  };
  const baseUrl = required('base-url');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigError(`--base-url must be an http or https URL, not '${baseUrl}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`--base-url must be an http or https URL, not '${baseUrl}'`);
  }
  if (url.search || url.hash) throw new ConfigError(`--base-url must have no query or fragment, not '${baseUrl}'`);
  const restricted = given('restricted-key');
  const other = given('other-org');
  const organizationId = uuid('org', required('org'));
  if (other !== undefined && other.toLowerCase() === organizationId.toLowerCase()) {
    throw new ConfigError('--other-org must be another clinic than --org');
  }
  return {
    kind: 'conformance',
    settings: {
      baseUrl,
      key: dataKey('key', required('key')),
      organizationId,
      ...(restricted === undefined ? {} : { restrictedKey: dataKey('restricted-key', restricted) }),
      ...(other === undefined ? {} : { otherOrganizationId: uuid('other-org', other) }),
      timeoutMs: integerFlag('timeout', given('timeout'), DEFAULT_TIMEOUT_MS, 600_000),
      concurrency: integerFlag('concurrency', given('concurrency'), DEFAULT_CONCURRENCY, 16),
    },
  };
}
