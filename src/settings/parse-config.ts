/**
 * The one parse of the sandbox's settings, whoever gives them: code (createSandbox, startSandbox),
 * the command line and its environment variables (the CLI), the container builders. It checks
 * every setting, fills in the defaults, and reports every bad setting at once in a ConfigError,
 * so nothing downstream checks a setting again.
 */
import { ConfigError } from './config-error.js';
import { shown } from './kinds.js';
import { DEFAULT_CONFIG, type SandboxConfig, type SandboxSettings, SETTING_LIST, SETTINGS, type SettingKey } from './schema.js';

/** Settings written as text, each with the name it was given under (`--port`, `PORT`). */
export type SettingTexts = { [Key in SettingKey]?: { text: string; name: string } };

/** A setting someone gave: the name to blame, and how to read the value (throws a RangeError). */
interface Given {
  name: string;
  read(): unknown;
}

/** Reads every setting given, defaults the rest; a ConfigError lists every one that is bad. */
function assemble(given: (key: SettingKey) => Given | undefined, problems: string[] = []): SandboxConfig {
  const config: Record<string, unknown> = {};
  for (const [key] of SETTING_LIST) {
    const setting = given(key);
    if (setting === undefined) {
      config[key] = DEFAULT_CONFIG[key];
      continue;
    }
    try {
      config[key] = setting.read();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      problems.push(`${setting.name} ${error.message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as SandboxConfig;
}

/**
 * A whole config from the settings code gives, each named `config.<key>` when bad; a setting
 * given as undefined takes its default, a key that is no setting is refused. Parsing a parsed
 * config again gives it back. Throws a ConfigError listing every bad setting.
 */
export function parseConfig(settings: SandboxSettings = {}): SandboxConfig {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new ConfigError(`config must be an object of settings, not ${JSON.stringify(settings) ?? String(settings)}`);
  }
  const given = settings as Record<string, unknown>;
  const unknown = Object.keys(given)
    .filter((key) => !Object.hasOwn(SETTINGS, key))
    .map((key) => `config.${key} is not a setting (settings: ${SETTING_LIST.map(([name]) => name).join(', ')})`);
  return assemble((key) => {
    const value = given[key];
    return value === undefined ? undefined : { name: `config.${key}`, read: () => SETTINGS[key].kind.fromValue(value) };
  }, unknown);
}

/** The former name of parseConfig, kept for code that imports it from the package. */
export const resolveConfig = parseConfig;

/** A whole config from settings written as text (flags, variables). Throws a ConfigError listing every bad one. */
export function parseConfigTexts(texts: SettingTexts): SandboxConfig {
  return assemble((key) => {
    const given = texts[key];
    return given === undefined ? undefined : { name: given.name, read: () => SETTINGS[key].kind.fromText(given.text) };
  });
}

/** The settings a set of environment variables gives (`MAX_SANDBOX_SEED`, `PORT`, ...), each named by its variable. */
export function settingVariables(env: Readonly<Record<string, string | undefined>>): SettingTexts {
  const texts: SettingTexts = {};
  for (const [key, setting] of SETTING_LIST) {
    const text = env[setting.env];
    if (text !== undefined) texts[key] = { text, name: setting.env };
  }
  return texts;
}

/** Checks one setting written as text, named as its caller wrote it; throws a ConfigError when bad. */
export function checkSettingText(key: SettingKey, text: string, name: string): void {
  // A builder's argument from JavaScript may be anything; it becomes an environment variable's text.
  if (typeof text !== 'string') throw new ConfigError(`${name} must be a string, not ${shown(text)}`);
  parseConfigTexts({ [key]: { text, name } });
}
