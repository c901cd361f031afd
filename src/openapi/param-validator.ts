import { apiError } from '../contract/api-error.js';
import { compileSchema, type JsonSchema } from './json-schema.js';
import type { Operation, ParameterSpec } from './operations.js';
import { describeViolation } from './validation-messages.js';

export type ParamValues = Record<string, unknown>;

/** The query as Hono hands it: every value of every name. */
export type RawQuery = Record<string, string[]>;

const INTEGER = /^-?\d{1,16}$/;

/**
 * Validates and coerces one operation's path and query parameters against the document: strings
 * become integers, booleans and arrays by the parameter's schema, then its JSON Schema decides.
 * Unknown query parameters are ignored, as most APIs do; a repeated known one is an error.
 */
export function createParamValidator(operation: Operation): (path: Record<string, string>, query: RawQuery) => ParamValues {
  const checks = operation.parameters.map((parameter) => ({
    parameter,
    validate: compileSchema(parameter.schema),
    defaultValue: (parameter.schema as { default?: unknown }).default,
  }));
  return (path, query) => {
    const values: ParamValues = {};
    for (const { parameter, validate, defaultValue } of checks) {
      const raw = rawValue(parameter, path, query);
      if (raw === undefined) {
        if (parameter.required) throw apiError('parameter_missing', parameter.name);
        if (defaultValue !== undefined) values[parameter.name] = defaultValue;
        continue;
      }
      const value = coerce(parameter, raw);
      const violation = validate(value);
      // A comma-separated list is one parameter: its items' errors name the parameter itself.
      if (violation) throw apiError('parameter_breaks_schema', ...describeViolation(parameter.name, { ...violation, path: [] }));
      values[parameter.name] = value;
    }
    return values;
  };
}

function rawValue(parameter: ParameterSpec, path: Record<string, string>, query: RawQuery): string | undefined {
  if (parameter.in === 'path') return path[parameter.name];
  const all = query[parameter.name];
  if (all === undefined || all.length === 0) return undefined;
  if (all.length > 1) throw apiError('parameter_repeated', parameter.name);
  return all[0];
}

function coerce(parameter: ParameterSpec, raw: string): unknown {
  const { name, schema } = parameter;
  switch (schema.type) {
    case 'integer':
      if (!INTEGER.test(raw)) throw apiError('parameter_not_integer', name);
      return Number(raw);
    case 'boolean':
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      throw apiError('parameter_not_boolean', name);
    case 'array':
      if (raw === '') throw apiError('parameter_empty_list', name);
      return raw.split(',').map((item) => coerceItem(name, (schema.items ?? {}) as JsonSchema, item.trim()));
    default:
      return raw;
  }
}

function coerceItem(name: string, schema: JsonSchema, raw: string): unknown {
  if (schema.type === 'string' || schema.type === undefined) return raw;
  throw apiError('parameter_unsupported_items', name);
}
