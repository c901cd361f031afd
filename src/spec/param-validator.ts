import { ApiError } from '../errors.js';
import { compileSchema, type JsonSchema } from './json-schema.js';
import type { Operation, ParameterSpec } from './operations.js';
import { describeViolation } from './validation-messages.js';

export type ParamValues = Record<string, unknown>;

/** The query as Hono hands it: every value of every name. */
export type RawQuery = Record<string, string[]>;

const INTEGER = /^-?\d{1,16}$/;

const invalid = (message: string) => ApiError.badRequest('invalid_parameter', message);

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
        if (parameter.required) throw invalid(`'${parameter.name}' is required`);
        if (defaultValue !== undefined) values[parameter.name] = defaultValue;
        continue;
      }
      const value = coerce(parameter, raw);
      const violation = validate(value);
      // A comma-separated list is one parameter: its items' errors name the parameter itself.
      if (violation) throw invalid(describeViolation(parameter.name, { ...violation, path: [] }));
      values[parameter.name] = value;
    }
    return values;
  };
}

function rawValue(parameter: ParameterSpec, path: Record<string, string>, query: RawQuery): string | undefined {
  if (parameter.in === 'path') return path[parameter.name];
  const all = query[parameter.name];
  if (all === undefined || all.length === 0) return undefined;
  if (all.length > 1) throw invalid(`'${parameter.name}' must be given once`);
  return all[0];
}

function coerce(parameter: ParameterSpec, raw: string): unknown {
  const { name, schema } = parameter;
  switch (schema.type) {
    case 'integer':
      if (!INTEGER.test(raw)) throw invalid(`'${name}' must be an integer`);
      return Number(raw);
    case 'boolean':
      if (raw === 'true') return true;
      if (raw === 'false') return false;
      throw invalid(`'${name}' must be true or false`);
    case 'array':
      if (raw === '') throw invalid(`'${name}' must not be empty`);
      return raw.split(',').map((item) => coerceItem(name, (schema.items ?? {}) as JsonSchema, item.trim()));
    default:
      return raw;
  }
}

function coerceItem(name: string, schema: JsonSchema, raw: string): unknown {
  if (schema.type === 'string' || schema.type === undefined) return raw;
  throw invalid(`'${name}' holds items of an unsupported type`);
}
