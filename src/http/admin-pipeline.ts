import type { Context } from 'hono';
import { createBodyValidator } from '../openapi/body-validator.js';
import type { Operation } from '../openapi/operations.js';
import type { Sandbox } from '../world/sandbox.js';
import { type AnyAdminHandler, callAdminHandler } from './admin-operation.js';
import { readJsonBody } from './json-body.js';
import { createParamReader } from './request-params.js';
import type { SandboxEnv } from './request-variables.js';
import { WARNING_HEADER } from './response-headers.js';

/**
 * One `/_sandbox` operation's request flow, past the admin token (a middleware in front of the
 * admin routes): parameters (400) -> body (400) -> handler. The parameters are read by the very
 * code `/v3`'s pipeline reads them with, so the document's schemas, defaults and bounds hold on
 * both APIs, and an unknown query parameter is named in `X-Sandbox-Warning` on both. A thrown
 * error reaches `app.onError`, whose renderer adds the warning from the context.
 */
export function adminOperationFlow(sandbox: Sandbox, operation: Operation, handler: AnyAdminHandler) {
  const readParams = createParamReader(operation);
  const { bodySchema } = operation;
  let validateBody: ReturnType<typeof createBodyValidator> | undefined;

  return async function handleAdminOperation(c: Context<SandboxEnv>): Promise<Response> {
    const { params, warning } = readParams(c);
    let body: unknown;
    if (bodySchema !== null) {
      body = await readJsonBody(c, { optional: !operation.bodyRequired });
      // Compiled on first use, like the parameter validators: start-up does not pay for it.
      validateBody ??= createBodyValidator(bodySchema);
      validateBody(body);
    }
    const response = callAdminHandler(handler, { c, params, body }, sandbox);
    if (warning !== undefined) response.headers.set(WARNING_HEADER, warning);
    return response;
  };
}
