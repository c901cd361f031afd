/** Host names whose port a registered redirect URI leaves open (RFC 8252 7.3, native and local apps). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether `uri` is one of the app's registered redirect URIs. The comparison is exact (scheme,
 * host, port, path and query, as RFC 6749 3.1.2 and OAuth 2.1 want), with one exception: a
 * registered loopback URI written without a port (`http://localhost/callback`,
 * `http://127.0.0.1/callback`) matches that URI on any port, because a development server picks
 * its port at run time (RFC 8252 7.3). The path is never a prefix: `/callback/x` is not `/callback`.
 */
export function isRegisteredRedirectUri(registered: readonly string[], uri: string): boolean {
  let target: URL;
  try {
    target = new URL(uri);
  } catch {
    return false;
  }
  return registered.some((entry) => {
    if (entry === uri) return true;
    let allowed: URL;
    try {
      allowed = new URL(entry);
    } catch {
      return false;
    }
    return (
      LOOPBACK_HOSTS.has(allowed.hostname) &&
      allowed.port === '' &&
      target.protocol === allowed.protocol &&
      target.hostname === allowed.hostname &&
      target.pathname === allowed.pathname &&
      target.search === allowed.search
    );
  });
}

/**
 * `uri` with `params` added to its query (RFC 6749 4.1.2: the query the app registered is kept);
 * a null value is left out (no `state` when the app sent none).
 */
export function withQueryParams(uri: string, params: Record<string, string | null>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.append(name, value);
  return url.href;
}
