/**
 * The `--allowed-hosts` setting: host names the sandbox answers beyond the ones it always answers
 * (loopback names, IP addresses, names without a dot, the machine's own name). Pure: what a value
 * means and whether it is well-formed; the HTTP layer does the matching.
 */

/** What the setting takes, for messages. */
export const ALLOWED_HOSTS_FORMS =
  "'*' or comma-separated host names such as sandbox.test or .example.test (it and its subdomains)";

const HOST_NAME = /^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

/**
 * The names of a setting, lower case and without repeats: `*` (any host: no DNS-rebinding
 * protection, and alone), a name, or `.name` for the name and every subdomain (as Vite's
 * `server.allowedHosts`). Throws a RangeError.
 */
export function resolveAllowedHosts(value: string | readonly string[]): readonly string[] {
  const names = (typeof value === 'string' ? value.split(',') : [...value]).map((name) => name.trim().toLowerCase());
  const given = names.filter((name) => name !== '');
  if (given.length === 0 && typeof value === 'string')
    throw new RangeError(`must be ${ALLOWED_HOSTS_FORMS}, not '${String(value)}'`);
  for (const name of given) {
    if (name === '*') {
      if (given.length > 1) throw new RangeError(`takes '*' alone (it allows every host), not '${given.join(',')}'`);
      continue;
    }
    if (!HOST_NAME.test(name)) throw new RangeError(`must be ${ALLOWED_HOSTS_FORMS}, not '${name}'`);
  }
  return [...new Set(given)];
}
