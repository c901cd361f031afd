import type { Context, MiddlewareHandler } from 'hono';
import { requestHeaderNames, responseHeaderNames } from '../openapi/headers.js';
import type { CorsOrigins } from '../settings/cors.js';
import type { Sandbox } from '../world/sandbox.js';
import type { SandboxEnv } from './request-variables.js';

/** How long a browser may reuse a preflight's answer: short, so a restarted sandbox's setting shows soon. */
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * CORS for browser pages at the allowed origins (`--cors`). A preflight (OPTIONS with `Origin` and
 * `Access-Control-Request-Method`) is answered 204 before anything else: it carries no key, so it
 * is not journaled, not counted against a rate limit and needs no admin token. Every other
 * response, errors included, gets `Access-Control-Allow-Origin` for an allowed origin and exposes
 * the headers the document declares, so a page can read `X-Sandbox-Reason` on a 401 and the
 * rate-limit headers. The allowed request headers and methods are read from the document too.
 *
 * Not hono/cors: it reads `c.res` before the handler runs, which makes Hono rebuild every response
 * around a stream; /v3 GET throughput fell to about a third. Here headers are only added to the
 * response the handler made (about 0.8x of CORS off). `allowed` is `config.cors`, which
 * parseConfig has already checked and normalized.
 */
export function corsHeaders(sandbox: Sandbox, allowed: CorsOrigins, namedOnlyPrefix: string): MiddlewareHandler<SandboxEnv> {
  const anyOrigin = allowed === '*';
  const allowedOrigins = new Set(anyOrigin ? [] : allowed);
  const methods = [...new Set([...sandbox.operations, ...sandbox.adminOperations].map((operation) => operation.method))];
  const allowMethods = methods.join(', ');
  const allowHeaders = requestHeaderNames(sandbox.spec).join(', ');
  const exposeHeaders = responseHeaderNames(sandbox.spec).join(', ');

  /** The `Access-Control-Allow-Origin` value for a request's `Origin`, or undefined to send none. */
  const allowOriginFor = (origin: string | undefined, path: string): string | undefined => {
    if (anyOrigin && !path.startsWith(namedOnlyPrefix)) return '*';
    return origin !== undefined && allowedOrigins.has(origin) ? origin : undefined;
  };

  function preflight(c: Context<SandboxEnv>): Response {
    const allowOrigin = allowOriginFor(c.req.header('Origin'), c.req.path);
    // The answer depends on the Origin unless every origin gets the same one.
    const headers: Record<string, string> = allowOrigin === '*' ? {} : { Vary: 'Origin' };
    if (allowOrigin !== undefined) {
      headers['Access-Control-Allow-Origin'] = allowOrigin;
      headers['Access-Control-Allow-Methods'] = allowMethods;
      headers['Access-Control-Allow-Headers'] = allowHeaders;
      headers['Access-Control-Max-Age'] = PREFLIGHT_MAX_AGE_SECONDS;
    }
    return new Response(null, { status: 204, headers });
  }

  return async function allowCors(c, next) {
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined) return preflight(c);
    await next();
    const allowOrigin = allowOriginFor(c.req.header('Origin'), c.req.path);
    const { headers } = c.res;
    if (allowOrigin !== undefined) {
      headers.set('Access-Control-Allow-Origin', allowOrigin);
      headers.set('Access-Control-Expose-Headers', exposeHeaders);
    }
    if (allowOrigin !== '*') headers.append('Vary', 'Origin');
  };
}
