import { apiError } from '../contract/api-error.js';
import { canonicalScope } from '../contract/scopes.js';

/** Whether the effective scopes include `scope` (read through aliases). */
export function hasScope(effectiveScopes: readonly string[], scope: string): boolean {
  return effectiveScopes.includes(canonicalScope(scope));
}

/** 403 `Insufficient scope. Required: <scope>` unless the effective scopes hold `scope`. */
export function requireScope(effectiveScopes: readonly string[], scope: string): void {
  if (!hasScope(effectiveScopes, scope)) {
    throw apiError('insufficient_scope', scope);
  }
}
