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

/** Whether `scopes` grants `scope`, directly or through an alias. */
function grants(scopes: readonly string[], scope: Scope): boolean {
  for (const candidate of scopes) if (candidate === scope || SCOPE_ALIASES[candidate] === scope) return true;
  return false;
}

/**
 * A key's effective permissions: its scopes intersected with the clinic's grants, both read
 * through the aliases, in the canonical order of ALL_SCOPES so responses are stable. Plain loops:
 * this runs on every request, over lists of a handful of scopes.
 */
export function effectiveScopes(keyScopes: readonly string[], grantedScopes: readonly string[]): Scope[] {
  const effective: Scope[] = [];
  for (const scope of ALL_SCOPES) if (grants(keyScopes, scope) && grants(grantedScopes, scope)) effective.push(scope);
  return effective;
}
