import { isIP } from 'node:net';
import { hostname as machineHostname } from 'node:os';
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../contract/api-error.js';
import type { CorsOrigins } from '../settings/cors.js';
import type { SandboxEnv } from './request-variables.js';

/** Host headers already judged; a rebinding page repeats one name, so a small bound suffices. */
const JUDGED_HOSTS_LIMIT = 256;

/**
 * The host name of a `Host` header value, lower case, without port, brackets or the final dot
 * of a fully qualified name: `LocalHost.:3000` is `localhost`, `[::1]:3000` is `::1`.
 */
function hostNameOf(host: string): string {
  const lower = host.trim().toLowerCase();
  const name = lower.startsWith('[') ? lower.slice(1, lower.indexOf(']')) : lower.replace(/:\d*$/, '');
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/**
 * Answers only the host names a page on this machine or a container beside it uses, as Vite's
 * `server.allowedHosts` does: loopback names (`localhost`, `*.localhost`), private-use names
 * (`*.internal`, as Docker's `host.docker.internal`), IP addresses, names
 * without a dot (a container's or a Compose service's name: public DNS, which a rebinding page
 * needs, gives none), the machine's own name, and the names listed (`--allowed-hosts`). Any other
 * `Host` is 403 `host_not_allowed` before anything else, so a page whose name an attacker
 * re-points at 127.0.0.1 (DNS rebinding) reads nothing, `/v3` included. A request without
 * `Host` (HTTP/1.0) is judged by the name the server gave it. `listed` is `config.allowedHosts`,
 * which parseConfig has already checked and normalized.
 */
export function hostCheck(listed: readonly string[], ownHostname: string = machineHostname()): (host: string) => boolean {
  const anyHost = listed.includes('*');
  const own = ownHostname.toLowerCase();
  const judged = new Map<string, boolean>();

  const allowed = (name: string): boolean =>
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    // Private-use names (host.docker.internal, which testcontainers may use): no public DNS has them.
    name.endsWith('.internal') ||
    isIP(name) !== 0 ||
    !name.includes('.') ||
    name === own ||
    listed.some((entry) => (entry.startsWith('.') ? name === entry.slice(1) || name.endsWith(entry) : name === entry));

  return function isAllowedHost(host) {
    if (anyHost) return true;
    let verdict = judged.get(host);
    if (verdict === undefined) {
      verdict = allowed(hostNameOf(host));
      if (judged.size >= JUDGED_HOSTS_LIMIT) judged.clear();
      judged.set(host, verdict);
    }
    return verdict;
  };
}

/** The `Host` a request names, or the one the server gave a request without it (HTTP/1.0). */
export function requestHost(c: Context<SandboxEnv>): string {
  return c.req.header('Host') ?? new URL(c.req.url).host;
}

/**
 * The host check as a middleware, for everything but `/v3`: the request flow of `/v3` makes the
 * same check itself (FaultsAndJournal), synchronously, because a middleware in front of the hot
 * path makes every answer asynchronous (about a sixth of the throughput, measured with
 * bench/ab.mjs).
 */
export function allowedHostsOnly(isAllowedHost: (host: string) => boolean): MiddlewareHandler<SandboxEnv> {
  return async function checkHost(c, next) {
    if (!isAllowedHost(requestHost(c))) throw apiError('host_not_allowed');
    return next();
  };
}

/** Whether a `Content-Type` is JSON: `application/json` or `application/<x>+json`, any parameters. */
function isJsonContentType(value: string): boolean {
  const type = (value.split(';', 1)[0] ?? '').trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/** `Origin` names the host the request was sent to (any scheme: a TLS proxy in front keeps the host). */
function isOwnOrigin(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}

/**
 * Guards `/_sandbox` against pages in the developer's browser (README "Security"), as Jupyter's
 * origin check does. A request is refused 403 `cross_site_request` when its `Origin` is not the
 * sandbox's own (another localhost port is another origin) or its `Sec-Fetch-Site` is
 * `cross-site` or `same-site`, unless `--cors` names that origin: bodiless POSTs such as reset
 * included. A request body must have a JSON `Content-Type` (415 `unsupported_media_type`), which a
 * browser sends across origins only after a preflight, which CORS answers only for origins named.
 * Clients that are no browser (Node's fetch, curl, the testcontainers fixture) send neither header
 * and pass, as the console does: its calls are same-origin.
 */
export function sameOriginAdmin(cors: CorsOrigins | null): MiddlewareHandler<SandboxEnv> {
  // `*` opens `/v3` to every page; `/_sandbox` opens only to origins named one by one.
  const listed = new Set(cors === null || cors === '*' ? [] : cors);
  return async function checkSite(c, next) {
    const origin = c.req.header('Origin');
    if (origin === undefined || !listed.has(origin)) {
      const site = c.req.header('Sec-Fetch-Site');
      const crossSite = site === 'cross-site' || site === 'same-site';
      if (crossSite || (origin !== undefined && !isOwnOrigin(origin, c.req.header('Host') ?? new URL(c.req.url).host))) {
        throw apiError('cross_site_request');
      }
    }
    const { method } = c.req;
    if (method !== 'GET' && method !== 'HEAD' && hasBody(c.req.raw) && !isJsonContentType(c.req.header('Content-Type') ?? ''))
      throw apiError('unsupported_media_type');
    return next();
  };
}

/**
 * Whether a request carries a body, from its headers: a `Content-Length` above 0, a
 * `Transfer-Encoding`, or (in-process, where no length is set) a body sent with a type.
 */
function hasBody(request: Request): boolean {
  const { headers } = request;
  const length = headers.get('Content-Length');
  if (length !== null) return length.trim() !== '0';
  if (headers.has('Transfer-Encoding')) return true;
  return request.body !== null && headers.has('Content-Type');
}
