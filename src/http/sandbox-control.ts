import type { Context, MiddlewareHandler } from 'hono';
import { identifyKey } from '../auth/authenticate.js';
import { ApiError, MESSAGES } from '../errors.js';
import type { Sandbox } from '../sandbox.js';
import type { SandboxFault } from '../testing/admin-types.js';
import type { SandboxEnv } from './env.js';
import { renderError } from './render-error.js';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function organizationOf(c: Context<SandboxEnv>): string | null {
  const resolved = c.get('organization');
  if (resolved) return resolved.id;
  const header = c.req.header('X-Organization-Id')?.trim();
  return header && UUID.test(header) ? header.toLowerCase() : null;
}

/**
 * Around every `/v3` request: applies an injected fault that matches it, then records the
 * request in the journal (method, path, status, precise reason, key id, clinic, duration).
 */
export function sandboxControl(sandbox: Sandbox): MiddlewareHandler<SandboxEnv> {
  const { world, faults, journal, clock } = sandbox;
  return async function controlRequest(c, next) {
    const started = performance.now();
    let fault: SandboxFault | undefined;
    if (!faults.isEmpty) {
      fault = faults.take({
        method: c.req.method,
        path: c.req.path,
        keyId: identifyKey(world, c.req.header('Authorization'))?.id ?? null,
        organizationId: organizationOf(c),
      });
    }
    if (fault) {
      c.set('faultId', fault.id);
      if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.abort) c.res = abortConnection(c);
      else if (fault.status !== null) c.res = renderError(faultError(sandbox, fault), c);
      else await next();
    } else {
      await next();
    }
    journal.record({
      atMs: clock.now(),
      method: c.req.method,
      path: c.req.path,
      url: c.req.url,
      status: c.get('connectionDropped') ? 0 : c.res.status,
      reason: c.get('reason') ?? null,
      keyId: (c.get('key') ?? (c.res.status === 401 ? identifyKey(world, c.req.header('Authorization')) : undefined))?.id ?? null,
      organizationId: organizationOf(c),
      faultId: c.get('faultId') ?? null,
      durationMs: performance.now() - started,
    });
  };
}

/** The documented error body an injected status answers with. */
function faultError(sandbox: Sandbox, fault: SandboxFault): ApiError {
  const retryAfter = { 'Retry-After': String(fault.retryAfterSeconds) };
  switch (fault.status) {
    case 429:
      return new ApiError(
        'rate_limit_exceeded',
        'injected_fault',
        MESSAGES.rateLimited(sandbox.limiter.limit, sandbox.limiter.windowSeconds),
        retryAfter,
      );
    case 503:
      return new ApiError('service_unavailable', 'injected_fault', MESSAGES.serviceUnavailable, retryAfter);
    default:
      return new ApiError('internal_error', 'injected_fault', MESSAGES.internalError);
  }
}

/**
 * Drops the client's connection without an answer. In-process (`app.request`) there is no
 * connection: the caller gets a network error response instead.
 */
function abortConnection(c: Context<SandboxEnv>): Response {
  const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;
  c.set('reason', 'injected_fault');
  c.set('connectionDropped', true);
  if (!socket) return Response.error();
  socket.destroy();
  // Never written (the socket is gone); @hono/node-server only needs a valid response.
  return new Response(null, { status: 204 });
}
