import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSettings, USAGE } from '../../src/cli/options.js';
import { DEFAULT_CONFIG, type SandboxConfig } from '../../src/contract/config.js';

describe('the CLI options', () => {
  afterEach(() => {
    vi.doUnmock('../../src/contract/config.js');
    vi.resetModules();
  });

  it('serves the default config when nothing is set', () => {
    expect(parseSettings([], {})).toEqual({ kind: 'serve', config: DEFAULT_CONFIG });
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
    vi.doMock('../../src/contract/config.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/contract/config.js')>();
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
});
