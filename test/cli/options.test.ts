import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings, USAGE } from '../../src/cli/options.js';
import { ConfigError } from '../../src/settings/config-error.js';
import { DEFAULT_CONFIG, type SandboxConfig } from '../../src/settings/schema.js';

describe('the CLI options', () => {
  afterEach(() => {
    vi.doUnmock('../../src/settings/schema.js');
    vi.resetModules();
  });

  it('serves the default config when nothing is set', () => {
    // The CLI logs each request unless told not to; code (startSandbox) does not.
    expect(parseSettings([], {})).toEqual({ kind: 'serve', config: { ...DEFAULT_CONFIG, logRequests: true } });
  });

  it('shows the current defaults in the help text', () => {
    expect(USAGE).toContain(`(default ${DEFAULT_CONFIG.port})`);
    expect(USAGE).toContain(`(default ${DEFAULT_CONFIG.host};`);
    expect(USAGE).toContain(`window (default ${DEFAULT_CONFIG.rateLimit})`);
    expect(USAGE).toContain(`journal (default ${DEFAULT_CONFIG.journalSize})`);
    expect(USAGE).toContain(`${DEFAULT_CONFIG.environment} (max_prd_ak_ keys, default)`);
    expect(USAGE).toContain(`${DEFAULT_CONFIG.notInstalledStatus} (default) or 404`);
  });

  // Defaults other than today's prove the help reads DEFAULT_CONFIG rather than repeating its values.
  it('follows DEFAULT_CONFIG when the defaults change', async () => {
    vi.resetModules();
    vi.doMock('../../src/settings/schema.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/settings/schema.js')>();
      const changed: SandboxConfig = {
        ...real.DEFAULT_CONFIG,
        port: 4321,
        host: '::1',
        environment: 'staging',
        rateLimit: 77,
        notInstalledStatus: 404,
        journalSize: 55,
      };
      return { ...real, DEFAULT_CONFIG: changed };
    });
    const { USAGE: usage } = await import('../../src/cli/options.js');
    for (const text of [
      '(default 4321)',
      '(default ::1;',
      'window (default 77)',
      'journal (default 55)',
      'production (max_prd_ak_ keys) or staging (max_dev_ak_ keys, default)',
      '403 or 404 (default)',
    ]) {
      expect(usage).toContain(text);
    }
  });

  describe('--reference-date', () => {
    it('takes a date, a timestamp or today from the flag or the variable', () => {
      const referenceDate = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
        const command = parseSettings(argv, env);
        return command.kind === 'serve' ? command.config.referenceDate : undefined;
      };
      expect(referenceDate([])).toBeNull();
      expect(referenceDate(['--reference-date', '2026-12-01'])).toBe('2026-12-01');
      expect(referenceDate(['--reference-date', '2026-12-01T09:30:00-05:00'])).toBe('2026-12-01T09:30:00-05:00');
      expect(referenceDate([], { MAX_SANDBOX_REFERENCE_DATE: 'today' })).toBe('today');
      expect(referenceDate(['--reference-date', '2027-01-04'], { MAX_SANDBOX_REFERENCE_DATE: 'today' })).toBe('2027-01-04');
    });

    it.each([
      'tomorrow',
      'TODAY',
      '',
      '2026-02-30',
      '2026-13-01',
      '2026-12-1',
      '2026-06-30T23:59:60Z',
      '2026-06-01T24:00:00Z',
      '2026-06-01T12:00:00',
      '+275760-09-13T00:00:00.000Z',
      '275760-09-13',
      '1899-12-31',
      '9999-06-01',
    ])("refuses '%s', naming the flag or the variable", (value) => {
      expect(() => parseSettings(['--reference-date', value], {})).toThrow(ConfigError);
      expect(() => parseSettings(['--reference-date', value], {})).toThrow(/^--reference-date must /);
      expect(() => parseSettings([], { MAX_SANDBOX_REFERENCE_DATE: value })).toThrow(/^MAX_SANDBOX_REFERENCE_DATE must /);
    });

    it('is in the help with its variable', () => {
      expect(USAGE).toMatch(/--reference-date <value> +MAX_SANDBOX_REFERENCE_DATE +.*today/);
    });
  });

  describe('--cors', () => {
    const cors = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
      const command = parseSettings(argv, env);
      return command.kind === 'serve' ? command.config.cors : undefined;
    };

    it('is off unless set, from the flag or the variable', () => {
      expect(cors([])).toBeNull();
      expect(cors(['--cors', '*'])).toBe('*');
      expect(cors([], { MAX_SANDBOX_CORS: 'http://localhost:5173/,http://127.0.0.1:8080' })).toEqual([
        'http://localhost:5173',
        'http://127.0.0.1:8080',
      ]);
      expect(cors(['--cors', 'http://localhost:3001'], { MAX_SANDBOX_CORS: '*' })).toEqual(['http://localhost:3001']);
    });

    it.each(['', 'localhost:5173', 'http://localhost:5173/app', '*,http://localhost:5173'])(
      "refuses '%s', naming the flag or the variable",
      (value) => {
        expect(() => parseSettings(['--cors', value], {})).toThrow(ConfigError);
        expect(() => parseSettings(['--cors', value], {})).toThrow(/^--cors /);
        expect(() => parseSettings([], { MAX_SANDBOX_CORS: value })).toThrow(/^MAX_SANDBOX_CORS /);
      },
    );

    it('is in the help with its variable, off by default', () => {
      expect(USAGE).toMatch(/--cors <value> +MAX_SANDBOX_CORS +.*\(default: off\)/);
    });
  });

  describe('request logging', () => {
    const logs = (argv: string[], env: Record<string, string> = {}) => {
      const command = parseSettings(argv, env);
      return command.kind === 'serve' ? command.config.logRequests : undefined;
    };

    it('is on by default in the CLI, off with --quiet, MAX_SANDBOX_QUIET or MAX_SANDBOX_LOG_REQUESTS=false', () => {
      expect(logs([])).toBe(true);
      expect(logs(['--quiet'])).toBe(false);
      expect(logs([], { MAX_SANDBOX_QUIET: 'true' })).toBe(false);
      expect(logs([], { MAX_SANDBOX_LOG_REQUESTS: 'false' })).toBe(false);
      expect(logs(['--log-requests', '--quiet'])).toBe(false);
      expect(logs([], { MAX_SANDBOX_QUIET: 'false' })).toBe(true);
    });
  });
});
