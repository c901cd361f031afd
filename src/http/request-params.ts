import type { Context } from 'hono';
import { unknownQueryParametersWarning } from '../contract/reasons.js';
import type { Operation } from '../openapi/operations.js';
import { createParamValidator, type ParamValues } from '../openapi/param-validator.js';
import { createUnknownParameterFinder } from '../openapi/unknown-parameters.js';
import type { SandboxEnv } from './request-variables.js';

/** What a request's path and query say to its operation: the validated values, and the warning naming the rest. */
export interface RequestParams {
  params: ParamValues;
  /** `X-Sandbox-Warning`: the query parameters the operation does not define, or undefined when there are none. */
  warning: string | undefined;
}

/**
 * Reads one operation's path and query parameters the way the document defines them, for `/v3`
 * and `/_sandbox` alike: coerced by their schemas, defaults filled in, a break of a schema thrown
 * as the 400 naming the parameter. The warning about unknown query parameters is set on the
 * context before validating, so that a 400 for a known parameter names the unknown ones too.
 * The validators are compiled on first use so start-up does not pay for operations nobody calls.
 */
export function createParamReader(operation: Operation): (c: Context<SandboxEnv>) => RequestParams {
  let validate: ReturnType<typeof createParamValidator> | undefined;
  let findUnknown: ReturnType<typeof createUnknownParameterFinder> | undefined;
  return function readParams(c) {
    validate ??= createParamValidator(operation);
    findUnknown ??= createUnknownParameterFinder(operation);
    const query = c.req.queries();
    const unknown = findUnknown(query);
    const warning = unknown && unknownQueryParametersWarning(unknown);
    if (warning !== undefined) c.set('warning', warning);
    return { params: validate(c.req.param(), query), warning };
  };
}
