import type { components } from './openapi.generated.js';

/** Every scope name the document accepts in a request, legacy aliases included. */
export type ScopeName = NonNullable<components['schemas']['CreateKeyRequest']['scopes']>[number];

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
  'read:tasks',
  'read:inventory',
  'read:products',
  'write:emails',
  'write:soap_notes',
  'write:tasks',
] as const satisfies readonly ScopeName[];

/** A canonical scope: what an operation's security requirement names and `marketplace/me` reports. */
export type Scope = (typeof ALL_SCOPES)[number];

/** Legacy names the real API still accepts, mapped to their canonical scope. */
const SCOPE_ALIASES = { 'read:encounters': 'read:bills' } as const satisfies Partial<Record<ScopeName, Scope>>;

/** Compiles only while every scope the document names is canonical or an alias: a new scope must be added above. */
const EVERY_DOCUMENTED_SCOPE_IS_KNOWN: Exclude<ScopeName, Scope | keyof typeof SCOPE_ALIASES> extends never ? true : false = true;
void EVERY_DOCUMENTED_SCOPE_IS_KNOWN;

const KNOWN = new Set<string>([...ALL_SCOPES, ...Object.keys(SCOPE_ALIASES)]);

export function isKnownScope(scope: string): boolean {
  return KNOWN.has(scope);
}

export function canonicalScope(scope: string): string {
  return aliasOf(scope) ?? scope;
}

const CANONICAL_OF_ALIAS = new Map<string, Scope>(Object.entries(SCOPE_ALIASES));

function aliasOf(scope: string): Scope | undefined {
  return CANONICAL_OF_ALIAS.get(scope);
}

/** Whether `scopes` grants `scope`, directly or through an alias. */
function grants(scopes: readonly string[], scope: Scope): boolean {
  for (const candidate of scopes) if (candidate === scope || aliasOf(candidate) === scope) return true;
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
