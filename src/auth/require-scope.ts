import { ApiError, MESSAGES } from '../errors.js';
import { canonicalScope } from '../world/scopes.js';

/** Whether the effective scopes include `scope` (read through aliases). */
export function hasScope(effectiveScopes: readonly string[], scope: string): boolean {
  return effectiveScopes.includes(canonicalScope(scope));
}

/** 403 `Insufficient scope. Required: <scope>` unless the effective scopes hold `scope`. */
export function requireScope(effectiveScopes: readonly string[], scope: string): void {
  if (!hasScope(effectiveScopes, scope)) {
    throw ApiError.forbidden('insufficient_scope', MESSAGES.insufficientScope(scope));
  }
}
