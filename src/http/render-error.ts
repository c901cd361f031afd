import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, apiError } from '../contract/api-error.js';
import type { SandboxEnv } from './env.js';
import { jsonResponseHeaders } from './response-headers.js';

export const REASON_HEADER = 'X-Sandbox-Reason';

/** The one error body of the API, `{code, message, trace_id}`: every error response, in the app or on the socket, is this. */
export function errorBody(error: ApiError): string {
  return JSON.stringify({ code: error.code, message: error.message, trace_id: crypto.randomUUID() });
}

/** Writes the one error body of the API with the reason header. */
export function errorResponse(c: Context<SandboxEnv>, error: ApiError): Response {
  c.set('reason', error.reason);
  const body = errorBody(error);
  const responseHeaders = jsonResponseHeaders(c);
  Object.assign(responseHeaders, error.headers);
  responseHeaders[REASON_HEADER] = error.reason;
  return c.body(body, error.status, responseHeaders);
}

/** `app.onError`: every thrown error becomes a documented body; only a real bug is a 500. */
export function renderError(error: Error, c: Context<SandboxEnv>): Response {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) return errorResponse(c, apiError('request_rejected', error.message));
  console.error(`max-sandbox: unexpected error on ${c.req.method} ${c.req.path}:`, error);
  return errorResponse(c, apiError('unexpected_error'));
}
