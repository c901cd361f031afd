import type { Context } from 'hono';
import { identifyKey } from '../auth/authenticate.js';
import { type ApiError, apiError } from '../contract/api-error.js';
import type { SandboxFault } from '../contract/schemas.js';
import type { Sandbox } from '../world/sandbox.js';
import { requestHost } from './local-access.js';
import { attributeToApp, countRequest, injectedRefusalHeaders } from './rate-limit.js';
import { renderError } from './render-error.js';
import { requestKeyId, requestOrganizationId } from './request-identity.js';
import type { SandboxEnv } from './request-variables.js';

/** Answers a request and never throws: errors come back as their documented response. */
export type Answer = (c: Context<SandboxEnv>) => Response | Promise<Response>;

/**
 * What the sandbox adds around every `/v3` request: an injected fault that matches it, then
 * a journal record (method, path, status, precise reason, key id, clinic, duration). A fault
 * answers before the key check, yet a request naming a live key still counts against its app's
 * rate limit and carries its headers: the limiter sits in front of everything. Called by
 * the request flow itself rather than as a middleware: a synchronous answer stays synchronous,
 * which on the hot path is worth a fifth of the throughput and 20 MB of peak memory.
 */
export class FaultsAndJournal {
  /** `isAllowedHost`: the Host check (local-access.ts), made here so that no middleware sits in front of `/v3`. */
  constructor(
    private readonly sandbox: Sandbox,
    private readonly isAllowedHost: (host: string) => boolean = () => true,
  ) {}

  /**
   * `operation` is the operation's index in the document's `/v3` operations, whose coverage the
   * answer counts for; -1 (unknown routes) counts for none: an unknown path is no operation's outcome.
   */
  handle(c: Context<SandboxEnv>, answer: Answer, operation = -1): Response | Promise<Response> {
    // Before anything answers, faults included: a DNS-rebinding page's name reads nothing (README "Security").
    if (!this.isAllowedHost(requestHost(c))) return renderError(apiError('host_not_allowed'), c);
    const started = performance.now();
    const { faults, world } = this.sandbox;
    const fault = faults.isEmpty
      ? undefined
      : faults.take({
          method: c.req.method,
          path: c.req.path,
          keyId: identifyKey(world, c.req.header('Authorization'))?.id ?? null,
          organizationId: requestOrganizationId(c),
        });
    const result = fault ? this.#applyFault(c, fault, answer) : answer(c);
    if (result instanceof Promise) return result.then((response) => this.#record(c, response, started, operation));
    return this.#record(c, result, started, operation);
  }

  async #applyFault(c: Context<SandboxEnv>, fault: SandboxFault, answer: Answer): Promise<Response> {
    c.set('faultId', fault.id);
    if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    // Without a status or abort, the request goes on to its answer, which counts it.
    if (!fault.abort && fault.status === null) return answer(c);
    const key = attributeToApp(c, this.sandbox);
    if (key && fault.status === 429) injectedRefusalHeaders(c, this.sandbox, fault.retryAfterSeconds);
    else if (key) countRequest(c, this.sandbox.limiter, key);
    if (fault.abort) return abortConnection(c);
    return renderError(faultError(this.sandbox, fault), c);
  }

  #record(c: Context<SandboxEnv>, response: Response, started: number, operation: number): Response {
    const { journal, clock, world } = this.sandbox;
    const status = c.get('connectionDropped') ? 0 : response.status;
    // Read once: the journal and the coverage count both name the clinic.
    const organizationId = requestOrganizationId(c);
    if (operation >= 0) this.#count(c, status, operation, organizationId);
    journal.record({
      atMs: clock.now(),
      method: c.req.method,
      url: c.req.url,
      status,
      reason: c.get('reason') ?? null,
      keyId: requestKeyId(c, world, status),
      organizationId,
      traceId: c.get('traceId') ?? null,
      faultId: c.get('faultId') ?? null,
      warning: c.get('warning') ?? null,
      durationMs: performance.now() - started,
    });
    return response;
  }

  /**
   * One count in the coverage counters: O(1) and, once the app and clinic have their bucket,
   * allocation-free. The app is the key's (a revoked or expired key's too: the app sent it); the
   * clinic (`named`, requestOrganizationId) is the one reached, or the one the header names when the sandbox holds it (a 401 at a
   * clinic counts for that clinic), else none: an unknown id never makes a bucket.
   */
  #count(c: Context<SandboxEnv>, status: number, operation: number, named: string | null): void {
    const { coverage, world } = this.sandbox;
    const key = c.get('key') ?? identifyKey(world, c.req.header('Authorization'));
    const reached = c.get('organization') !== undefined || (named !== null && world.organizations.has(named));
    const outcome = coverage.plan.outcomeOf(status, c.get('reason'), c.get('listPage'));
    coverage.count(key?.appId ?? null, reached ? named : null, operation, outcome);
  }
}

/** The documented error body an injected status answers with. */
function faultError(sandbox: Sandbox, fault: SandboxFault): ApiError {
  const withRetryAfter = (error: ApiError) => {
    error.headers['Retry-After'] = String(fault.retryAfterSeconds);
    return error;
  };
  switch (fault.status) {
    case 429:
      return withRetryAfter(apiError('injected_rate_limit', sandbox.limiter.limit, sandbox.limiter.windowSeconds));
    case 503:
      return withRetryAfter(apiError('injected_outage'));
    default:
      return apiError('injected_server_error');
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
