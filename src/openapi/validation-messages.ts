import { isIdPattern as isIdPatternText, ORGANIZATION_ID_PATTERN } from '../contract/ids.js';
import { UTC_TIMESTAMP_SPACE_FORMAT } from '../contract/timestamps.js';
import { type JsonSchema, LEAP_SECOND, type SchemaViolation } from './json-schema.js';

const isIdPattern = (pattern: unknown) => typeof pattern === 'string' && isIdPatternText(pattern);

const FORMAT_TEXT: Record<string, string> = {
  date: 'a valid date (YYYY-MM-DD)',
  'date-time': 'an ISO 8601 timestamp',
  email: 'a valid email address',
  uuid: 'a valid UUID',
  [UTC_TIMESTAMP_SPACE_FORMAT]: 'a real UTC date and time spelled YYYY-MM-DD HH:MM:SS+00',
};

const formatText = (schema: JsonSchema) => FORMAT_TEXT[String(schema.format)] ?? `in ${String(schema.format)} format`;

const TYPE_TEXT: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

/** `['patientIds', '0']` below `base` -> `patientIds[0]`. */
export function fieldName(base: string, path: readonly string[]): string {
  let field = base;
  for (const part of path) field = /^\d+$/.test(part) ? `${field}[${part}]` : field ? `${field}.${part}` : part;
  return field;
}

/**
 * What is wrong, as the end of a sentence whose subject is the field: `must be at most 100`,
 * `must be a valid ID`. Used for API messages and for fixture errors alike.
 */
export function violationText(violation: SchemaViolation): string {
  const { schema } = violation;
  const limit = (name: string) => String(schema[name]);
  switch (violation.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known field';
    case 'type': {
      const types = ([] as unknown[]).concat(schema.type).map((t) => TYPE_TEXT[String(t)] ?? String(t));
      return `must be ${types.join(' or ')}`;
    }
    case 'minimum':
      return `must be at least ${limit('minimum')}`;
    case 'maximum':
      return `must be at most ${limit('maximum')}`;
    case 'minLength':
      return schema.minLength === 1 ? 'must not be empty' : `must be at least ${limit('minLength')} characters`;
    case 'maxLength':
      return `must be at most ${limit('maxLength')} characters`;
    case 'minItems':
      return `must hold at least ${limit('minItems')} item${schema.minItems === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must hold at most ${limit('maxItems')} items`;
    case 'uniqueItems':
      return 'must not repeat an item';
    case 'enum':
      return `must be one of: ${(schema.enum as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(schema.const)}`;
    case 'pattern':
      if (schema.pattern === ORGANIZATION_ID_PATTERN) return 'must be a valid organization ID (a UUID or org_ and 32 hex digits)';
      return isIdPattern(schema.pattern) ? 'must be a valid ID' : `must match the pattern ${String(schema.pattern)}`;
    case LEAP_SECOND:
      return 'must be an ISO 8601 timestamp without a leap second (23:59:60 cannot be represented)';
    case 'format':
      return `must be ${formatText(schema)}`;
    case 'anyOf':
      return `must be ${(schema.anyOf as JsonSchema[]).map(formatText).join(' or ')}`;
    default:
      return 'is invalid';
  }
}

/** The field a violation under `base` (a parameter name, or '' for a body) names, and what is wrong with it. */
export function describeViolation(base: string, violation: SchemaViolation): [field: string, problem: string] {
  const path = violation.property === undefined ? violation.path : [...violation.path, violation.property];
  return [fieldName(base, path), violationText(violation)];
}
