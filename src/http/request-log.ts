import type { Context, MiddlewareHandler } from 'hono';
import type { LogFormat } from '../settings/schema.js';
import type { World } from '../world/world.js';
import { escapeLogField } from './log-text.js';
import type { UnexpectedErrorReport } from './render-error.js';
import { requestKeyId, requestOrganizationId } from './request-identity.js';
import type { SandboxEnv } from './request-variables.js';

/** What a request's log line says about it. Never a secret: the key is named by its id. */
export interface RequestLogFields {
  /** Wall-clock time the answer was ready, ISO 8601. */
  time: string;
  method: string;
  path: string;
  /** 0 when an injected fault dropped the connection. */
  status: number;
  durationMs: number;
  /** As in X-Sandbox-Reason; null on a success. */
  reason: string | null;
  keyId: string | null;
  organizationId: string | null;
  /** The `trace_id` of the error body and the journal entry's `traceId`. */
  traceId: string | null;
}

/** `error` for a 5xx or a dropped connection, `warn` for a refusal, `info` otherwise. */
export function levelOf(status: number): 'info' | 'warn' | 'error' {
  if (status === 0 || status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'info';
}

/**
 * The line of one request: today's `GET /v3/patients 401 1.2ms revoked_key`, its fields escaped
 * (escapeLogField), or one JSON object, which JSON already keeps on one line.
 */
export function requestLine(format: LogFormat, fields: RequestLogFields): string {
  if (format === 'text') {
    const { method, path, status, durationMs, reason } = fields;
    // The path is what the request sent, decoded: escaped, so it cannot add a line or a field.
    return `${escapeLogField(method)} ${escapeLogField(path)} ${status} ${durationMs.toFixed(1)}ms${reason ? ` ${reason}` : ''}`;
  }
  return JSON.stringify({
    time: fields.time,
    level: levelOf(fields.status),
    method: fields.method,
    path: fields.path,
    status: fields.status,
    durationMs: Math.round(fields.durationMs * 100) / 100,
    reason: fields.reason,
    keyId: fields.keyId,
    organizationId: fields.organizationId,
    traceId: fields.traceId,
  });
}

/** Options of requestLog; `write` is for tests. */
export interface RequestLogOptions {
  format?: LogFormat;
  write?: (line: string) => void;
}

/**
 * One line per request on stdout (`--log-requests`): method, path, status, time, refusal reason;
 * as JSON also the key id, the clinic and the trace id. Installed only when logging is on.
 */
export function requestLog(world: World, options: RequestLogOptions = {}): MiddlewareHandler<SandboxEnv> {
  const { format = 'text', write = console.log } = options;
  return async function logRequest(c, next) {
    const started = performance.now();
    // A JSON line joins a request to its journal entry by this id, successes too; an error
    // response reuses it as its body's trace_id. The text line has no id and makes none.
    if (format === 'json') c.set('traceId', crypto.randomUUID());
    await next();
    const durationMs = performance.now() - started;
    const status = c.get('connectionDropped') ? 0 : c.res.status;
    write(
      requestLine(format, {
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status,
        durationMs,
        reason: c.get('reason') ?? null,
        keyId: requestKeyId(c, world, status),
        organizationId: requestOrganizationId(c),
        traceId: c.get('traceId') ?? null,
      }),
    );
  };
}

/** A bug that became a 500, as one JSON line on stderr with the trace id its body carries. */
export function reportUnexpectedAsJson(write: (line: string) => void = console.error): UnexpectedErrorReport {
  return (error: Error, c: Context<SandboxEnv>, traceId: string) => {
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level: 'error',
        message: 'unexpected error',
        method: c.req.method,
        path: c.req.path,
        traceId,
        error: error.stack ?? String(error),
      }),
    );
  };
}
