import { format, Validator } from '@cfworker/json-schema';
import { instantOf, isUtcTimestampSpace, UTC_TIMESTAMP_SPACE_FORMAT } from '../contract/timestamps.js';
import { resolvePointer } from './deref.js';

export type JsonSchema = Record<string, unknown>;

/** The most specific way a value broke its schema. */
export interface SchemaViolation {
  keyword: string;
  /** Path of the offending value below the validated one, e.g. `['patientIds', '0']`. */
  path: string[];
  /** The schema that holds the failed keyword. */
  schema: JsonSchema;
  /** For `required`: the missing property; for `additionalProperties`: the unknown one. */
  property?: string;
}

/** The library's RFC 3339 check, which takes a leap second (`23:59:60Z`) that `Date` cannot represent. */
const rfc3339DateTime = format['date-time']!;

// The library reads formats from this one shared table, so `date-time` is narrowed here, once, for
// every schema this module compiles: request bodies, query parameters, world.json and records.
// Anything that passes is then safe for Date.parse, so no handler has to check again.
format['date-time'] = (value) => rfc3339DateTime(value) && instantOf(value) !== null;
// The document's own format for a note's `visitDate` (`2026-03-20 18:30:00+00`): its pattern alone
// takes `2026-13-45 99:99:99+00`. Registered here so bodies and world.json's records both check it.
format[UTC_TIMESTAMP_SPACE_FORMAT] = isUtcTimestampSpace;

/**
 * The pseudo-keyword of a violation that is valid RFC 3339 but no instant `Date` can hold. With four-digit
 * years that is only ever a leap second, so the message can say exactly what to change.
 */
export const LEAP_SECOND = 'leapSecond';

/** Keywords that only say "something below failed"; the leaf error says what. */
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
  'false',
]);

const pointerParts = (location: string) =>
  location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * Compiles a JSON Schema (2020-12, no remote refs) into a check that returns the first, most
 * specific violation or null. @cfworker/json-schema interprets schemas instead of generating
 * code, so it loads and compiles in a few milliseconds: the server starts fast.
 */
export function compileSchema(schema: JsonSchema): (value: unknown) => SchemaViolation | null {
  const validator = new Validator(schema as object, '2020-12', false);
  return (value) => {
    const result = validator.validate(value);
    if (result.valid) return null;
    const unknownProperty = result.errors.find((error) => error.keyword === 'additionalProperties');
    if (unknownProperty) {
      const match = /Property "(.*)" does not match additional/.exec(unknownProperty.error);
      return {
        keyword: 'additionalProperties',
        path: pointerParts(unknownProperty.instanceLocation),
        schema: subschema(schema, unknownProperty.keywordLocation),
        property: match?.[1] ?? '?',
      };
    }
    const choice = result.errors.find(
      (error) => error.keyword === 'anyOf' && isChoiceOfFormats(subschema(schema, error.keywordLocation)),
    );
    if (choice) {
      // `a date or a timestamp`: the choice says what to send; its first branch alone would not.
      return { keyword: 'anyOf', path: pointerParts(choice.instanceLocation), schema: subschema(schema, choice.keywordLocation) };
    }
    const leaf = result.errors.find((error) => !WRAPPERS.has(error.keyword)) ?? result.errors[0]!;
    const violation: SchemaViolation = {
      keyword: isLeapSecond(leaf.keyword, value, leaf.instanceLocation) ? LEAP_SECOND : leaf.keyword,
      path: pointerParts(leaf.instanceLocation),
      schema: subschema(schema, leaf.keywordLocation),
    };
    if (leaf.keyword === 'required') violation.property = /property "(.*)"/.exec(leaf.error)?.[1] ?? '?';
    return violation;
  };
}

/** Whether `owner.anyOf` is a choice between plain string formats (`date` or `date-time`), which one message can name. */
function isChoiceOfFormats(owner: JsonSchema): boolean {
  const branches = owner.anyOf;
  return (
    Array.isArray(branches) &&
    branches.every(
      (branch: JsonSchema) =>
        typeof branch.format === 'string' && Object.keys(branch).every((k) => k === 'type' || k === 'format'),
    )
  );
}

/** Whether a failed `format` is a `date-time` the library took and `Date` could not represent. */
function isLeapSecond(keyword: string, root: unknown, instanceLocation: string): boolean {
  if (keyword !== 'format') return false;
  let value = root;
  for (const part of pointerParts(instanceLocation)) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' && rfc3339DateTime(value) && instantOf(value) === null;
}

/** The schema object that owns the keyword at `keywordLocation` (`#/properties/a/minimum` -> `properties.a`). */
function subschema(root: JsonSchema, keywordLocation: string): JsonSchema {
  const parts = pointerParts(keywordLocation).slice(0, -1);
  if (parts.length === 0) return root;
  return resolvePointer(root, `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`) as JsonSchema;
}
