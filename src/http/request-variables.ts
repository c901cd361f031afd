import type { SandboxReason } from '../contract/reasons.js';
import type { ListPage } from '../world/coverage-plan.js';
import type { ApiKey, Organization } from '../world/world.js';

/** The `X-RateLimit-*` values of one request, as header strings. */
export interface RateLimitHeaders {
  limit: string;
  remaining: string;
  reset: string;
}

/**
 * What the request flow records about a request for the response headers and the journal; read
 * with `c.get()` (`c.var` copies every variable on each read: too slow for the hot path). Handlers
 * do not read these: they receive a complete request of their own (see `./operation.ts`).
 */
export interface RequestVariables {
  /** The precise reason of an error response, for the journal and `X-Sandbox-Reason`. */
  reason?: SandboxReason;
  /**
   * The sandbox's warning about the request (the query parameters its operation does not
   * define), for `X-Sandbox-Warning` and the journal; set once the parameters are read.
   */
  warning?: string;
  /** The rate-limit headers every response to this request carries, errors included. */
  rateLimit?: RateLimitHeaders;
  /** The authenticated key; before the key check (unknown paths, faults), the live key the request names. */
  key?: ApiKey;
  /** The clinic the request reached. */
  organization?: Organization;
  /** The injected fault that answered this request, if any. */
  faultId?: string;
  /**
   * The request's trace id: its error body's `trace_id`, its journal entry's and its JSON log
   * line's `traceId`. Made only on an error or when requests are logged as JSON, so the hot path
   * pays no UUID per request.
   */
  traceId?: string;
  /** What a list's 200 answered (items, an empty list, a page past the end), for the coverage counters. */
  listPage?: ListPage;
  /** An injected fault dropped the connection: the journal records status 0. */
  connectionDropped?: boolean;
}

export interface SandboxEnv {
  Variables: RequestVariables;
}
