import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/settings/config-error.js';
import { parseConfig, parseConfigTexts, settingVariables } from '../../src/settings/parse-config.js';
import { DEFAULT_CONFIG, SETTING_LIST, SETTINGS } from '../../src/settings/schema.js';

/** The problems a parse reports, or [] when it passes. */
function problemsOf(parse: () => unknown): readonly string[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

describe('parseConfig', () => {
  it('fills in every default, and treats a setting given as undefined as not given', () => {
    expect(parseConfig()).toEqual(DEFAULT_CONFIG);
    expect(parseConfig({ port: undefined, seed: undefined })).toEqual(DEFAULT_CONFIG);
    expect(parseConfig({ seed: 'abc', environment: 'staging' })).toEqual({
      ...DEFAULT_CONFIG,
      seed: 'abc',
      environment: 'staging',
    });
  });

  it('reads DEFAULT_CONFIG from the table', () => {
    expect(Object.keys(DEFAULT_CONFIG)).toEqual(Object.keys(SETTINGS));
    for (const [key, setting] of SETTING_LIST) expect(DEFAULT_CONFIG[key]).toBe(setting.default);
  });

  it('reports every bad setting at once, each named and in table order', () => {
    const problems = problemsOf(() =>
      parseConfig({
        journalSize: -1,
        environment: 'prod' as 'production',
        port: '3000' as unknown as number,
        logRequests: 'yes' as never,
      }),
    );
    expect(problems).toEqual([
      "config.port must be an integer from 0 to 65535, not '3000'",
      "config.environment must be production or staging, not 'prod'",
      'config.journalSize must be an integer from 1 to 1000000, not -1',
      "config.logRequests must be true or false, not 'yes'",
    ]);
  });

  it('joins the problems in the message, one a line', () => {
    const error = (() => {
      try {
        parseConfig({ rateLimit: 0, host: ' ' });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toBe('config.host must not be empty\nconfig.rateLimit must be an integer from 1 to 1000000000, not 0');
  });

  it('refuses a key that is no setting, naming it', () => {
    const problems = problemsOf(() => parseConfig({ enviroment: 'staging' } as never));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^config\.enviroment is not a setting \(settings: port, host, .*, environment, /);
  });

  it('refuses settings that are not an object', () => {
    expect(problemsOf(() => parseConfig('production' as never))).toEqual([
      'config must be an object of settings, not "production"',
    ]);
  });

  it.each([
    ['notInstalledStatus', 500, 'config.notInstalledStatus must be 403 or 404, not 500'],
    ['notInstalledStatus', '404', "config.notInstalledStatus must be 403 or 404, not '404'"],
    ['logFormat', 'xml', "config.logFormat must be text or json, not 'xml'"],
    ['seed', '', 'config.seed must not be empty'],
    ['adminToken', 42, 'config.adminToken must be a string, not 42'],
    ['fixturesDir', ['a'], 'config.fixturesDir must be a string, not ["a"]'],
    ['port', 1.5, 'config.port must be an integer from 0 to 65535, not 1.5'],
    ['port', Number.NaN, 'config.port must be an integer from 0 to 65535, not null'],
    ['referenceDate', 20261201, /^config\.referenceDate must be an ISO date .*, not 20261201$/],
    ['cors', [5], /^config\.cors must be '\*' or comma-separated origins .*, not \[5\]$/],
  ])('refuses %s: %j', (key, value, message) => {
    const problems = problemsOf(() => parseConfig({ [key]: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('keeps null as "not set" where a setting has no value by default', () => {
    expect(parseConfig({ seed: null, adminToken: null, cors: null, referenceDate: null, fixturesDir: null })).toEqual(
      DEFAULT_CONFIG,
    );
    expect(problemsOf(() => parseConfig({ port: null as never }))).toEqual([
      'config.port must be an integer from 0 to 65535, not null',
    ]);
  });

  it('normalizes cors, and gives a parsed config back unchanged', () => {
    const parsed = parseConfig({
      cors: 'HTTP://LocalHost:5173/, http://127.0.0.1:80',
      referenceDate: 'today',
      logRequests: true,
    });
    expect(parsed.cors).toEqual(['http://localhost:5173', 'http://127.0.0.1']);
    expect(parseConfig(parsed)).toEqual(parsed);
  });
});

describe('settings written as text', () => {
  it('are named as given, every bad one at once', () => {
    const texts = {
      ...settingVariables({ MAX_SANDBOX_JOURNAL_SIZE: '-1', MAX_SANDBOX_SEED: 'ok', PATH: '/usr/bin' }),
      port: { text: 'abc', name: '--port' },
    };
    expect(problemsOf(() => parseConfigTexts(texts))).toEqual([
      "--port must be an integer from 0 to 65535, not 'abc'",
      "MAX_SANDBOX_JOURNAL_SIZE must be an integer from 1 to 1000000, not '-1'",
    ]);
  });

  it('read each variable the table names, and no other', () => {
    const variables = Object.fromEntries(SETTING_LIST.map(([, setting]) => [setting.env, 'x']));
    expect(Object.keys(settingVariables({ ...variables, MAX_SANDBOX_UNKNOWN: 'x' })).sort()).toEqual(
      Object.keys(SETTINGS).sort(),
    );
  });

  // One table, two forms: a value refused from code is refused as text with the same rule (text
  // shows the value in quotes, as typed; code shows it as the value it is).
  it.each([
    ['port', '70000', 70000],
    ['rateLimit', '0', 0],
    ['environment', 'qa', 'qa'],
    ['logFormat', 'XML', 'XML'],
    ['referenceDate', '2026-02-30', '2026-02-30'],
    ['cors', 'localhost:5173', 'localhost:5173'],
    ['seed', '', ''],
  ] as const)('say the same of a bad %s as code does', (key, text, value) => {
    const fromText = problemsOf(() => parseConfigTexts({ [key]: { text, name: 'NAME' } }));
    const fromCode = problemsOf(() => parseConfig({ [key]: value }));
    const rule = (problem: string, name: string) => problem.replace(`${name} `, '').replace(/(, not [^,]*)?$/, '');
    expect(fromText).toHaveLength(1);
    expect(fromCode).toHaveLength(1);
    expect(rule(fromText[0]!, 'NAME')).toBe(rule(fromCode[0]!, `config.${key}`));
  });
});
