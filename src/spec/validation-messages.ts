import type { ErrorObject } from './ajv.js';

const isIdPattern = (pattern: unknown) => typeof pattern === 'string' && pattern.includes('[0-9a-f]{32}');

const FORMAT_TEXT: Record<string, string> = {
  date: 'a valid date (YYYY-MM-DD)',
  'date-time': 'an ISO 8601 timestamp',
  email: 'a valid email address',
  uuid: 'a valid UUID',
};

/**
 * Turns one Ajv error into the API's message style (`'pageSize' must be at most 100`,
 * `'id' must be a valid ID`), naming `field`: the parameter or the body field that failed.
 */
export function describeValidationError(field: string, error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as Record<string, unknown> | undefined;
  switch (error.keyword) {
    case 'required':
      return `'${joinField(field, String(params.missingProperty))}' is required`;
    case 'type':
      return `'${field}' must be ${article(String(params.type))}`;
    case 'minimum':
      return `'${field}' must be at least ${String(params.limit)}`;
    case 'maximum':
      return `'${field}' must be at most ${String(params.limit)}`;
    case 'minLength':
      return params.limit === 1 ? `'${field}' must not be empty` : `'${field}' must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `'${field}' must be at most ${String(params.limit)} characters`;
    case 'minItems':
      return `'${field}' must hold at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `'${field}' must hold at most ${String(params.limit)} items`;
    case 'uniqueItems':
      return `'${field}' must not repeat an item`;
    case 'enum':
      return `'${field}' must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `'${field}' must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return isIdPattern(schema?.pattern) ? `'${field}' must be a valid ID` : `'${field}' has an invalid format`;
    case 'format':
      return `'${field}' must be ${FORMAT_TEXT[String(params.format)] ?? `in ${String(params.format)} format`}`;
    default:
      return `'${field}' is invalid`;
  }
}

/** `patientIds/0` below `field` -> `patientIds[0]`. */
export function fieldOf(base: string, instancePath: string): string {
  let field = base;
  for (const part of instancePath.split('/').slice(1)) {
    const name = part.replace(/~1/g, '/').replace(/~0/g, '~');
    field = /^\d+$/.test(name) ? `${field}[${name}]` : joinField(field, name);
  }
  return field;
}

function joinField(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}

function article(type: string): string {
  const names: Record<string, string> = {
    integer: 'an integer',
    object: 'an object',
    array: 'an array',
    boolean: 'true or false',
    string: 'a string',
    number: 'a number',
    null: 'null',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}
