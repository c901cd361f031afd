/**
 * Every entry point refuses a bad setting through the one parse: the same class, every bad
 * setting at once, the same words after the setting's name.
 */
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/cli/options.js';
import { createSandbox } from '../../src/sandbox.js';
import { ConfigError } from '../../src/settings/config-error.js';
import { DEFAULT_CONFIG } from '../../src/settings/schema.js';
import { startSandbox } from '../../src/testing/start-sandbox.js';
import { MaxSandboxContainer } from '../../src/testing/testcontainers.js';

/** The problems a call reports, or [] when it passes. */
function problemsOf(call: () => unknown): readonly string[] {
  try {
    call();
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

/** The variables a container would start with (testcontainers keeps them in a protected field). */
const variablesOf = (container: MaxSandboxContainer) =>
  (container as unknown as { environment: Record<string, string> }).environment;

describe('a bad setting', () => {
  it('stops createSandbox before anything is read, naming every bad one', () => {
    expect(problemsOf(() => createSandbox({ config: { environment: 'prod' as 'production', journalSize: -1 } }))).toEqual([
      "config.environment must be production or staging, not 'prod'",
      'config.journalSize must be an integer from 1 to 1000000, not -1',
    ]);
  });

  it('stops startSandbox with the same errors, before it listens', async () => {
    const started = startSandbox({ environment: 'prod' as 'production', journalSize: -1, rateLimit: 0 });
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    await expect(started).rejects.toMatchObject({
      problems: [
        "config.environment must be production or staging, not 'prod'",
        'config.rateLimit must be an integer from 1 to 1000000000, not 0',
        'config.journalSize must be an integer from 1 to 1000000, not -1',
      ],
    });
  });

  it('given as undefined to startSandbox, leaves its own choice of a free port', async () => {
    const started = await startSandbox({ port: undefined, host: undefined });
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(started.url).not.toMatch(new RegExp(`:${DEFAULT_CONFIG.port}$`));
    } finally {
      await started.close();
    }
  });

  it('stops the CLI, naming every bad flag and variable', () => {
    expect(problemsOf(() => parseSettings(['--environment', 'prod'], { MAX_SANDBOX_JOURNAL_SIZE: '-1', PORT: '3000' }))).toEqual([
      "--environment must be production or staging, not 'prod'",
      "MAX_SANDBOX_JOURNAL_SIZE must be an integer from 1 to 1000000, not '-1'",
    ]);
  });

  describe('is refused by the container builders at once', () => {
    const container = () => new MaxSandboxContainer('max-sandbox-never-pulled');

    it.each([
      [
        'withEnvironment',
        (c: MaxSandboxContainer) => c.withEnvironment('prod' as 'production'),
        "withEnvironment: must be production or staging, not 'prod'",
      ],
      ['withSeed', (c: MaxSandboxContainer) => c.withSeed(' '), 'withSeed: must not be empty'],
      ['withAdminToken', (c: MaxSandboxContainer) => c.withAdminToken(''), 'withAdminToken: must not be empty'],
      [
        'withReferenceDate',
        (c: MaxSandboxContainer) => c.withReferenceDate('2026-02-30'),
        /^withReferenceDate: must be an ISO date .*, not '2026-02-30'$/,
      ],
      ['withCors', (c: MaxSandboxContainer) => c.withCors(['http://localhost:5173/app']), /^withCors: takes origins /],
      ['withSeed from JavaScript', (c: MaxSandboxContainer) => c.withSeed(42 as never), 'withSeed: must be a string, not 42'],
    ])('%s', (_name, build, message) => {
      const problems = problemsOf(() => build(container()));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });

    it("in a record of variables, every bad one at once, with the CLI's words", () => {
      const variables = { MAX_SANDBOX_JOURNAL_SIZE: '-1', MAX_SANDBOX_LOG_FORMAT: 'XML', OTHER: 'anything' };
      expect(problemsOf(() => container().withEnvironment(variables))).toEqual(problemsOf(() => parseSettings([], variables)));
      expect(problemsOf(() => container().withEnvironment(variables))).toEqual([
        "MAX_SANDBOX_JOURNAL_SIZE must be an integer from 1 to 1000000, not '-1'",
        "MAX_SANDBOX_LOG_FORMAT must be text or json, not 'XML'",
      ]);
    });

    it('passes good values on as the variables the sandbox reads', () => {
      const built = container()
        .withEnvironment('staging')
        .withSeed('suite')
        .withReferenceDate('today')
        .withCors(['http://localhost:5173'])
        .withAdminToken('secret')
        .withEnvironment({ MAX_SANDBOX_JOURNAL_SIZE: '50', OTHER: 'kept' });
      expect(variablesOf(built)).toMatchObject({
        MAX_SANDBOX_ENVIRONMENT: 'staging',
        MAX_SANDBOX_SEED: 'suite',
        MAX_SANDBOX_REFERENCE_DATE: 'today',
        MAX_SANDBOX_CORS: 'http://localhost:5173',
        MAX_SANDBOX_ADMIN_TOKEN: 'secret',
        MAX_SANDBOX_JOURNAL_SIZE: '50',
        OTHER: 'kept',
      });
    });
  });
});
