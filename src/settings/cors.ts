/**
 * The `--cors` setting: which browser origins may call the sandbox. Pure: what a value means and
 * what is refused, for the CLI, the code API and the testcontainers builder alike.
 */

/** Every origin (`*`), or these exact origins, as browsers send them in `Origin`. */
export type CorsOrigins = '*' | readonly string[];

/** The setting as given: `*` or origins separated by commas, as on the command line, or a list of origins. */
export type CorsSetting = string | readonly string[];

/** What the setting accepts, for error messages. */
export const CORS_FORMS = "'*' or comma-separated origins such as http://localhost:5173";

/**
 * An origin as a browser sends it: scheme, host and port, the host in lower case and a default
 * port dropped (`http://LocalHost:80/` is `http://localhost`). A path, query, fragment or user
 * is refused rather than dropped: `http://localhost:5173/app` names a page, and the origin it
 * was meant to give is a guess.
 */
export function normalizeOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RangeError(`must be ${CORS_FORMS}, not '${value}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RangeError(`must be ${CORS_FORMS} (http or https, with the scheme), not '${value}'`);
  }
  if (url.username !== '' || url.password !== '' || url.pathname !== '/' || value.includes('?') || value.includes('#')) {
    throw new RangeError(`takes origins (scheme, host and port only), not '${value}': use '${url.origin}'`);
  }
  return url.origin;
}

/**
 * The origins a setting allows, normalized and without repeats. `*` stands alone: with others it
 * is likely a mistake about what `*` does (it allows every origin). Throws a RangeError.
 */
export function resolveCorsOrigins(origins: CorsSetting): CorsOrigins {
  if (typeof origins === 'string') return parseCorsOrigins(origins);
  if (!Array.isArray(origins)) throw new RangeError(`must be ${CORS_FORMS}, or a list of origins`);
  if (origins.length === 0) throw new RangeError(`must be ${CORS_FORMS}, not an empty list`);
  if (origins.includes('*')) throw new RangeError(`'*' allows every origin: give it alone, not with '${origins.join(',')}'`);
  return [...new Set(origins.map(normalizeOrigin))];
}

/** The setting as written on the command line: `*`, or origins separated by commas. */
export function parseCorsOrigins(value: string): CorsOrigins {
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.length === 0) throw new RangeError(`must be ${CORS_FORMS}, not '${value}'`);
  if (origins.length === 1 && origins[0] === '*') return '*';
  return resolveCorsOrigins(origins);
}
