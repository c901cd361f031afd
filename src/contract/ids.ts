/**
 * The id patterns of the API and the sandbox, once each. Clinics are UUIDs, also written in the
 * documented `org_` form; records are a type prefix and 32 lowercase hex digits (`pat_1f2c...`);
 * apps and app versions are a prefix and 26 Crockford base-32 characters, ULID style
 * (`app_01J5K8N2XRQV3M7YGWT4HB6E9C`), as the documentation shows them.
 */

/** A dashed UUID in any case, unanchored: the one spelling both patterns below build on. */
const UUID_BODY = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A UUID in any case, as `X-Organization-Id` and fixture files may write it. */
export const UUID_PATTERN = `^${UUID_BODY}$`;
export const UUID = new RegExp(UUID_PATTERN);

/** What follows the prefix of a prefixed id. */
export const HEX32 = '[0-9a-f]{32}';

/** What follows `app_` and `ver_`: 26 Crockford base-32 characters (no I, L, O, U), upper case as documented. */
const ULID26 = '[0-9A-HJKMNP-TV-Z]{26}';

/**
 * A clinic's id in either documented spelling: the dashed UUID (any case, as the authentication
 * guide sends it) or `org_` and the same 32 hex digits without dashes, read in any case (as the OAuth token
 * response returns it). `org_7e2c8cfeb7a94deb986de7012589e72b` is `7e2c8cfe-b7a9-4deb-986d-e7012589e72b`.
 */
export const ORGANIZATION_ID_PATTERN = `^(?:${UUID_BODY}|org_[0-9a-fA-F]{32})$`;
const ORGANIZATION_ID = new RegExp(ORGANIZATION_ID_PATTERN);

/**
 * The dashed lower-case UUID a clinic id in either spelling names (what the world is keyed by),
 * or null when `value` is neither spelling.
 */
export function canonicalOrganizationId(value: string): string | null {
  if (!ORGANIZATION_ID.test(value)) return null;
  if (!value.startsWith('org_')) return value.toLowerCase();
  const hex = value.slice(4).toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A clinic's dashed UUID in the `org_` spelling the OAuth token response uses (the inverse of the above). */
export function prefixedOrganizationId(uuid: string): string {
  return `org_${uuid.replaceAll('-', '')}`;
}

/** The JSON Schema pattern of app (`app_`) and app-version (`ver_`) ids. */
export function ulidIdPattern(prefix: 'app_' | 'ver_'): string {
  return `^${prefix}${ULID26}$`;
}

/** Whether a JSON Schema pattern is one of the id patterns above: its violation reads "must be a valid ID". */
export function isIdPattern(pattern: string): boolean {
  return pattern.includes(HEX32) || pattern.includes(ULID26);
}

/**
 * The world's key of a clinic id the admin API or a fixture was given in either spelling, any
 * case: the lower-case dashed UUID. Something that is no clinic id comes back lower-cased, so it
 * simply matches no clinic.
 */
export function organizationKey(value: string): string {
  const lower = value.toLowerCase();
  return canonicalOrganizationId(lower) ?? lower;
}
