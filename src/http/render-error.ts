import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, MESSAGES, type PublicErrorCode, type Reason, statusOfCode } from '../errors.js';
import type { SandboxEnv } from './env.js';
import { jsonResponseHeaders } from './response-headers.js';

export const REASON_HEADER = 'X-Sandbox-Reason';

/** Writes the one error body of the API, `{code, message, trace_id}`, with the reason header. */
export function errorResponse(
  c: Context<SandboxEnv>,
  code: PublicErrorCode,
  reason: Reason,
  message: string,
  headers: Record<string, string> = {},
): Response {
  c.set('reason', reason);
  const body = JSON.stringify({ code, message, trace_id: crypto.randomUUID() });
  const responseHeaders = jsonResponseHeaders(c);
  Object.assign(responseHeaders, headers);
  responseHeaders[REASON_HEADER] = reason;
  return c.body(body, statusOfCode(code), responseHeaders);
}

/** `app.onError`: every thrown error becomes a documented body; only a real bug is a 500. */
export function renderError(error: Error, c: Context<SandboxEnv>): Response {
  if (error instanceof ApiError) return errorResponse(c, error.code, error.reason, error.message, error.headers);
  if (error instanceof HTTPException && error.status < 500) {
    return errorResponse(c, 'bad_request', 'invalid_body', error.message || 'Bad request');
  }
  console.error(`max-sandbox: unexpected error on ${c.req.method} ${c.req.path}:`, error);
  return errorResponse(c, 'internal_error', 'unexpected_error', MESSAGES.internalError);
}
