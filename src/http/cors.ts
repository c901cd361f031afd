import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { type CorsOrigins, resolveCorsOrigins } from '../contract/cors.js';
import { requestHeaderNames, responseHeaderNames } from '../spec/headers.js';
import type { Sandbox } from '../world/sandbox.js';
import type { SandboxEnv } from './env.js';

/** How long a browser may reuse a preflight's answer: short, so a restarted sandbox's setting shows soon. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for browser pages at the allowed origins (`--cors`), with hono's middleware. Preflights
 * (OPTIONS) are answered 204 before anything else: they carry no key, so they are not journaled
 * or counted against a rate limit. Every other response, errors included, carries
 * `Access-Control-Allow-Origin` for an allowed origin and exposes the headers the document
 * declares, so a page can read `X-Sandbox-Reason` on a 401 and the rate-limit headers. The allowed
 * request headers and methods are read from the document too. Throws a RangeError for a setting
 * the CLI would refuse (code passes `config.cors` unchecked).
 */
export function corsHeaders(sandbox: Sandbox, origins: CorsOrigins): MiddlewareHandler<SandboxEnv> {
  let allowed: CorsOrigins;
  try {
    allowed = resolveCorsOrigins(origins);
  } catch (error) {
    throw new RangeError(`config.cors ${(error as Error).message}`);
  }
  const methods = new Set([...sandbox.operations, ...sandbox.adminOperations].map((operation) => operation.method));
  return cors({
    origin: allowed === '*' ? '*' : [...allowed],
    allowMethods: [...methods],
    allowHeaders: requestHeaderNames(sandbox.spec),
    exposeHeaders: responseHeaderNames(sandbox.spec),
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  });
}
