/** Every scope the sandbox knows, in canonical form. */
export const ALL_SCOPES = [
  'read:patients',
  'read:appointments',
  'read:providers',
  'read:facilities',
  'read:bills',
  'read:claims',
  'read:notes',
  'read:soap_notes',
  'write:emails',
] as const;

export type Scope = (typeof ALL_SCOPES)[number];

/** Legacy names the real API still accepts, mapped to their canonical scope. */
const SCOPE_ALIASES: Record<string, Scope> = { 'read:encounters': 'read:bills' };

const KNOWN = new Set<string>([...ALL_SCOPES, ...Object.keys(SCOPE_ALIASES)]);

export function isKnownScope(scope: string): boolean {
  return KNOWN.has(scope);
}

export function canonicalScope(scope: string): string {
  return SCOPE_ALIASES[scope] ?? scope;
}

/**
 * A key's effective permissions: its scopes intersected with the clinic's grants, both read
 * through the aliases, in the canonical order of ALL_SCOPES so responses are stable.
 */
export function effectiveScopes(keyScopes: readonly string[], grantedScopes: readonly string[]): Scope[] {
  const key = new Set(keyScopes.map(canonicalScope));
  const granted = new Set(grantedScopes.map(canonicalScope));
  return ALL_SCOPES.filter((scope) => key.has(scope) && granted.has(scope));
}
