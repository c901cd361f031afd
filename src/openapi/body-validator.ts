import { apiError } from '../contract/api-error.js';
import { compileSchema, type JsonSchema } from './json-schema.js';
import { describeViolation } from './validation-messages.js';

/** Validates a parsed JSON body against the operation's schema; the message names the field. */
export function createBodyValidator(schema: JsonSchema): (body: unknown) => void {
  const validate = compileSchema(schema);
  return (body) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw apiError('body_not_object');
    }
    const violation = validate(body);
    if (violation) throw apiError('body_breaks_schema', ...describeViolation('', violation));
  };
}
