import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, apiError } from '../contract/api-error.js';
import type { SandboxEnv } from './request-variables.js';
import { jsonResponseHeaders } from './response-headers.js';

export const REASON_HEADER = 'X-Sandbox-Reason';

/**
 * The one error body of the API, `{code, message, trace_id}`: every error response, in the app or on the socket, is
 * this, except the token endpoint's, which RFC 6749 5.2 shapes.
 */
export function errorBody(error: ApiError, traceId: string = crypto.randomUUID()): string {
  // The token endpoint's errors "follow OAuth 2.0 spec format (RFC 6749)" (api-model A7).
  if (error.oauthError !== undefined) return JSON.stringify({ error: error.oauthError, error_description: error.message });
  return JSON.stringify({ code: error.code, message: error.message, trace_id: traceId });
}

/**
 * The request's trace id: the one it has (a JSON log line made one) or a new one, kept on the
 * context so that the journal and the log line show the id the error body carries.
 */
function traceIdOf(c: Context<SandboxEnv>): string {
  let traceId = c.get('traceId');
  if (traceId === undefined) {
    traceId = crypto.randomUUID();
    c.set('traceId', traceId);
  }
  return traceId;
}

/** Writes the one error body of the API with the reason header. */
export function errorResponse(c: Context<SandboxEnv>, error: ApiError): Response {
  c.set('reason', error.reason);
  const body = errorBody(error, traceIdOf(c));
  const responseHeaders = jsonResponseHeaders(c);
  Object.assign(responseHeaders, error.headers);
  responseHeaders[REASON_HEADER] = error.reason;
  return c.body(body, error.status, responseHeaders);
}

/** Tells the operator about a bug that became a 500; the trace id is the one the body carries. */
export type UnexpectedErrorReport = (error: Error, c: Context<SandboxEnv>, traceId: string) => void;

/** The text report on stderr, as the sandbox has always written it. */
export const reportUnexpectedAsText: UnexpectedErrorReport = (error, c, traceId) => {
  console.error(`max-sandbox: unexpected error on ${c.req.method} ${c.req.path} (trace_id ${traceId}):`, error);
};

/** `app.onError`: every thrown error becomes a documented body; only a real bug is a 500. */
export function renderError(
  error: Error,
  c: Context<SandboxEnv>,
  report: UnexpectedErrorReport = reportUnexpectedAsText,
): Response {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException && error.status < 500) return errorResponse(c, apiError('request_rejected', error.message));
  const response = errorResponse(c, apiError('unexpected_error'));
  report(error, c, traceIdOf(c));
  return response;
}
