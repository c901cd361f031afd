/**
 * The id patterns of the API and the sandbox, once each. Clinics are UUIDs; records, apps and
 * versions are a type prefix and 32 lowercase hex digits (`pat_1f2c...`).
 */

/** A UUID in any case, as `X-Organization-Id` and fixture files may write it. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const UUID = new RegExp(UUID_PATTERN);

/** What follows the prefix of a prefixed id. */
export const HEX32 = '[0-9a-f]{32}';

/** The JSON Schema pattern of ids with `prefix` (`app_`, `pat_`, ...). */
export function prefixedIdPattern(prefix: string): string {
  return `^${prefix}${HEX32}$`;
}
