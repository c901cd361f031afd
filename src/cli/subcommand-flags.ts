import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigError } from '../settings/config-error.js';

/** The string flags of a subcommand, read strictly; `given(name)` is a flag's text or undefined. */
export interface SubcommandFlags {
  help: boolean;
  given: (name: string) => string | undefined;
}

/**
 * Parses the arguments after `command` (no positionals, `-h/--help` added), so every subcommand
 * words an unknown or malformed flag the same way: ConfigError (exit 2) pointing at its --help.
 */
export function parseSubcommandFlags(command: string, argv: string[], names: readonly string[]): SubcommandFlags {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const name of names) options[name] = { type: 'string' };
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. See ${command} --help.`);
  }
  return {
    help: values.help === true,
    given: (name) => {
      const value = values[name];
      return typeof value === 'string' ? value : undefined;
    },
  };
}

/** An integer flag from 1 to `max`, `fallback` when absent. */
export function integerFlag(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new ConfigError(`--${name} must be an integer from 1 to ${max}, not '${value}'`);
  }
  return Number(value);
}
