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
  /** The query string with its `?`, or '' when there is none. */
  query: string;
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
 * The line of one request: `2026-12-05T20:40:01.123Z GET /v3/patients?page=2 401 1.2ms revoked_key`,
 * what the request sent escaped (escapeLogField), or one JSON object, which JSON already keeps on
 * one line.
 */
export function requestLine(format: LogFormat, fields: RequestLogFields): string {
  if (format === 'text') {
    const { time, method, path, query, status, durationMs, reason } = fields;
    // The path and query are what the request sent, decoded: escaped, so they cannot add a line or a field.
    return `${time} ${escapeLogField(method)} ${escapeLogField(`${path}${query}`)} ${status} ${durationMs.toFixed(1)}ms${reason ? ` ${reason}` : ''}`;
  }
  return JSON.stringify({
    time: fields.time,
    level: levelOf(fields.status),
    method: fields.method,
    path: fields.path,
    query: fields.query,
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

/** Polled by the image's HEALTHCHECK every 10 s. */
const HEALTH_PATH = '/_sandbox/health';

/** Where the demo console's page lives: its own reads carry it as their Referer. */
const CONSOLE_PAGE = '/_sandbox/console';

/**
 * A read made by the demo console: its polls (journal, world, outbox every few seconds) would
 * bury the requests of the app under test. Browsers send the page as Referer on same-origin calls.
 */
function isConsoleRead(c: Context<SandboxEnv>): boolean {
  if (c.req.method !== 'GET') return false;
  const referer = c.req.header('referer');
  if (referer === undefined) return false;
  try {
    const { pathname } = new URL(referer);
    return pathname === CONSOLE_PAGE || pathname.startsWith(`${CONSOLE_PAGE}/`);
  } catch {
    return false;
  }
}

/**
 * One line per request on stdout (on by default in the CLI; `--quiet` turns it off): time,
 * method, path and query, status, duration, refusal reason; as JSON also the key id, the clinic
 * and the trace id. The demo console's own reads and successful health checks are left out.
 * Installed only when logging is on.
 */
export function requestLog(world: World, options: RequestLogOptions = {}): MiddlewareHandler<SandboxEnv> {
  const { format = 'text', write = console.log } = options;
  return async function logRequest(c, next) {
    if (isConsoleRead(c)) return next();
    const started = performance.now();
    // A JSON line joins a request to its journal entry by this id, successes too; an error
    // response reuses it as its body's trace_id. The text line has no id and makes none.
    if (format === 'json') c.set('traceId', crypto.randomUUID());
    await next();
    const durationMs = performance.now() - started;
    const status = c.get('connectionDropped') ? 0 : c.res.status;
    // Docker's HEALTHCHECK and testcontainers' wait poll health: a line only when it fails.
    if (status === 200 && c.req.path === HEALTH_PATH) return;
    write(
      requestLine(format, {
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        query: queryOf(c.req.url),
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

/** `http://host/v3/patients?page=2` -> `?page=2`; '' without a query. */
function queryOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start);
}
