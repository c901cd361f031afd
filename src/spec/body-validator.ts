import { ApiError } from '../errors.js';
import { compileSchema, type JsonSchema } from './json-schema.js';
import { describeViolation } from './validation-messages.js';

/** Validates a parsed JSON body against the operation's schema; the message names the field. */
export function createBodyValidator(schema: JsonSchema): (body: unknown) => void {
  const validate = compileSchema(schema);
  return (body) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw ApiError.badRequest('invalid_body', 'Request body must be a JSON object');
    }
    const violation = validate(body);
    if (violation) throw ApiError.badRequest('invalid_body', describeViolation('', violation));
  };
}
