import type { MiddlewareHandler } from 'hono';
import { ApiError, MESSAGES } from '../errors.js';
import type { SandboxEnv } from '../http/env.js';
import { canonicalScope } from '../world/scopes.js';

/** Whether the request's effective scopes include `scope` (read through aliases). */
export function hasScope(c: { var: { effectiveScopes?: readonly string[] } }, scope: string): boolean {
  return (c.var.effectiveScopes ?? []).includes(canonicalScope(scope));
}

/** The 403 of the real API for a missing scope. */
export function insufficientScope(scope: string): ApiError {
  return ApiError.forbidden('insufficient_scope', MESSAGES.insufficientScope(scope));
}

/** 403 `Insufficient scope. Required: <scope>` unless the effective scopes hold `scope`. */
export function requireScope(scope: string): MiddlewareHandler<SandboxEnv> {
  return async function checkScope(c, next) {
    if (!hasScope(c, scope)) throw insufficientScope(scope);
    await next();
  };
}
