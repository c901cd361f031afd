/**
 * The kinds of value a setting takes. Each reads a value two ways: from text (a flag or an
 * environment variable) and from a value given in code. Both throw a RangeError whose message
 * ends a sentence about the setting (`must be ..., not 'x'`), so every entry point words a bad
 * value alike; parseConfig puts the setting's name in front.
 */
import { ALLOWED_HOSTS_FORMS, resolveAllowedHosts } from './allowed-hosts.js';
import { CORS_FORMS, type CorsOrigins, type CorsSetting, parseCorsOrigins, resolveCorsOrigins } from './cors.js';
import { REFERENCE_DATE_FORMS, resolveReferenceDate } from './reference-date.js';

/** Type-only: what code may pass, when it is wider than the value kept (`cors` takes a string too). */
declare const INPUT: unique symbol;

export interface SettingKind<Value, Input = Value> {
  /** A `string` flag takes a value (`--port 6290`); a `boolean` one is a switch (`--log-requests`). */
  readonly flagType: 'string' | 'boolean';
  fromText(text: string): Value;
  fromValue(value: unknown): Value;
  readonly [INPUT]?: Input;
}

/** A value as a message shows it: text in quotes, anything else as JSON. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A whole number from `min` to `max`; as text, digits only (no sign, no exponent, no spaces). */
export function integer(min: number, max: number): SettingKind<number> {
  const refused = (value: string) => new RangeError(`must be an integer from ${min} to ${max}, not ${value}`);
  const inRange = (value: number) => Number.isInteger(value) && value >= min && value <= max;
  return {
    flagType: 'string',
    fromText(text) {
      if (!/^\d+$/.test(text) || !inRange(Number(text))) throw refused(`'${text}'`);
      return Number(text);
    },
    fromValue(value) {
      if (typeof value !== 'number' || !inRange(value)) throw refused(shown(value));
      return value;
    },
  };
}

/** One of a few values; as text, the value as written (`403` for the number 403). */
export function oneOf<const Value extends string | number>(...values: Value[]): SettingKind<Value> {
  const refused = (value: string) => new RangeError(`must be ${values.join(' or ')}, not ${value}`);
  return {
    flagType: 'string',
    fromText(text) {
      const found = values.find((value) => String(value) === text);
      if (found === undefined) throw refused(`'${text}'`);
      return found;
    },
    fromValue(value) {
      if (!values.includes(value as Value)) throw refused(shown(value));
      return value as Value;
    },
  };
}

/** Any text but a blank one: a blank host, seed, directory or token is a mistake, not a choice. */
export const text: SettingKind<string> = {
  flagType: 'string',
  fromText(value) {
    if (value.trim() === '') throw new RangeError('must not be empty');
    return value;
  },
  fromValue(value) {
    if (typeof value !== 'string') throw new RangeError(`must be a string, not ${shown(value)}`);
    return text.fromText(value);
  },
};

/** A switch: as text, true/1/yes or false/0/no (an empty variable is false). */
export const boolean: SettingKind<boolean> = {
  flagType: 'boolean',
  fromText(value) {
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no', ''].includes(value)) return false;
    throw new RangeError(`must be true or false, not '${value}'`);
  },
  fromValue(value) {
    if (typeof value !== 'boolean') throw new RangeError(`must be true or false, not ${shown(value)}`);
    return value;
  },
};

/** A setting whose `null` means "not set" in code (the fixture's seed, no admin token); text never is null. */
export function nullable<Value, Input>(kind: SettingKind<Value, Input>): SettingKind<Value | null, Input | null> {
  return {
    flagType: kind.flagType,
    fromText: (value) => kind.fromText(value),
    fromValue: (value) => (value === null ? null : kind.fromValue(value)),
  };
}

/** `--reference-date`: kept as given (`today` is read when the sandbox is made), checked now. */
export const referenceDate: SettingKind<string> = {
  flagType: 'string',
  fromText(value) {
    resolveReferenceDate(value);
    return value;
  },
  fromValue(value) {
    if (typeof value !== 'string') throw new RangeError(`must be ${REFERENCE_DATE_FORMS}, not ${shown(value)}`);
    return referenceDate.fromText(value);
  },
};

/** `--cors`: `*` or origins separated by commas, or (in code) a list; kept normalized. */
export const corsOrigins: SettingKind<CorsOrigins, CorsSetting> = {
  flagType: 'string',
  fromText: (value) => parseCorsOrigins(value),
  fromValue(value) {
    if (Array.isArray(value) && value.some((origin) => typeof origin !== 'string')) {
      throw new RangeError(`must be ${CORS_FORMS}, or a list of origins, not ${shown(value)}`);
    }
    return resolveCorsOrigins(value as CorsSetting);
  },
};

/** `--allowed-hosts`: host names separated by commas (`.name` for a domain), or `*`; or (in code) a list; kept lower case. */
export const allowedHostNames: SettingKind<readonly string[], string | readonly string[]> = {
  flagType: 'string',
  fromText: (value) => resolveAllowedHosts(value),
  fromValue(value) {
    const isList = Array.isArray(value) && value.every((name) => typeof name === 'string');
    if (typeof value !== 'string' && !isList) throw new RangeError(`must be ${ALLOWED_HOSTS_FORMS}, not ${shown(value)}`);
    return resolveAllowedHosts(value as string | readonly string[]);
  },
};
