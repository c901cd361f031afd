import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS } from '../../src/cli/conformance-options.js';
import { parseSettings } from '../../src/cli/options.js';
import { ConfigError } from '../../src/settings/config-error.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';

const REQUIRED = ['--base-url', 'http://127.0.0.1:3000', '--key', KEYS.fullAccess.key, '--org', CLINICS.sunrise.id];
const parse = (...argv: string[]) => parseSettings(['conformance', ...argv], {});

describe('the conformance options', () => {
  it('reads the required flags, with the defaults for the rest', () => {
    expect(parse(...REQUIRED)).toEqual({
      kind: 'conformance',
      settings: {
        baseUrl: 'http://127.0.0.1:3000',
        key: KEYS.fullAccess.key,
        organizationId: CLINICS.sunrise.id,
        timeoutMs: DEFAULT_TIMEOUT_MS,
        concurrency: DEFAULT_CONCURRENCY,
      },
    });
    expect(parse('--help')).toEqual({ kind: 'conformance-help' });
  });

  it('ignores the server settings in the environment', () => {
    expect(parseSettings(['conformance', ...REQUIRED], { PORT: 'not a port' }).kind).toBe('conformance');
  });

  it.each([
    [['--base-url', 'http://127.0.0.1:3000', '--key', KEYS.fullAccess.key], /needs --org/],
    [[...REQUIRED, '--other-org', CLINICS.sunrise.id], /another clinic than --org/],
    [[...REQUIRED, '--other-org', 'harbor'], /--other-org must be a UUID/],
    [[...REQUIRED, '--restricted-key', KEYS.account.key], /--restricted-key must be a Data API key/],
    [['--base-url', 'ftp://example.com', '--key', KEYS.fullAccess.key, '--org', CLINICS.sunrise.id], /http or https/],
    [[...REQUIRED, '--timeout', '0'], /--timeout must be an integer from 1/],
    [[...REQUIRED, '--concurrency', '17'], /--concurrency must be an integer from 1 to 16/],
    [[...REQUIRED, 'extra'], /See conformance --help/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(ConfigError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
