import type { Context } from 'hono';
import type { SandboxEnv } from './request-variables.js';

/** The sandbox-only header naming what the sandbox ignored in a request (unknown query parameters). */
export const WARNING_HEADER = 'X-Sandbox-Warning';

/**
 * Headers of a JSON response: the content type, once the request is attributed to an app its
 * rate-limit headers, and the sandbox's warning when there is one. Built as an object literal on
 * purpose: Node writes headers from a spread-built object several times slower, which halved
 * throughput on the hot path. A warning is rare; it is added to the literal afterwards.
 */
export function jsonResponseHeaders(c: Context<SandboxEnv>): Record<string, string> {
  const rate = c.get('rateLimit');
  const headers: Record<string, string> = rate
    ? {
        'Content-Type': 'application/json',
        'X-RateLimit-Limit': rate.limit,
        'X-RateLimit-Remaining': rate.remaining,
        'X-RateLimit-Reset': rate.reset,
      }
    : { 'Content-Type': 'application/json' };
  const warning = c.get('warning');
  if (warning !== undefined) headers[WARNING_HEADER] = warning;
  return headers;
}

/**
 * A JSON response from an already serialised (or encoded) body. Built directly rather than with `c.body()`,
 * which copies headers into a `Headers` object; @hono/node-server writes a plain object as is.
 */
export function jsonResponse(c: Context<SandboxEnv>, body: string | Uint8Array, status: number): Response {
  return new Response(body, { status, headers: jsonResponseHeaders(c) });
}
