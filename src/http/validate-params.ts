import type { MiddlewareHandler } from 'hono';
import type { Operation } from '../spec/operations.js';
import { createParamValidator } from '../spec/param-validator.js';
import type { SandboxEnv } from './env.js';

/** 400 naming the parameter when the path or query breaks the operation's schema; sets `params`. */
export function validateParams(operation: Operation): MiddlewareHandler<SandboxEnv> {
  let validator: ReturnType<typeof createParamValidator> | undefined;
  return async function checkParams(c, next) {
    // Compiled on first use so start-up does not pay for operations nobody calls.
    validator ??= createParamValidator(operation);
    c.set('params', validator(c.req.param() as Record<string, string>, c.req.queries() ?? {}));
    await next();
  };
}
