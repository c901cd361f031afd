import { ApiError } from '../errors.js';
import { createAjv } from './ajv.js';
import type { JsonSchema } from './operations.js';
import { describeValidationError, fieldOf } from './validation-messages.js';

/** Validates a parsed JSON body against the operation's schema; the message names the field. */
export function createBodyValidator(schema: JsonSchema): (body: unknown) => void {
  const validate = createAjv().compile(schema);
  return (body) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw ApiError.badRequest('invalid_body', 'Request body must be a JSON object');
    }
    if (!validate(body)) {
      const error = validate.errors![0]!;
      throw ApiError.badRequest('invalid_body', describeValidationError(fieldOf('', error.instancePath), error));
    }
  };
}
