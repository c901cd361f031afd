import type { Reason } from '../errors.js';
import type { RateLimitHeaders } from './response-headers.js';
import type { ParamValues } from '../spec/param-validator.js';
import type { Scope } from '../world/scopes.js';
import type { ApiKey, App, Organization } from '../world/world.js';

/** What the pipeline learns about a request, stage by stage; handlers read it with `c.get()` (`c.var` copies every variable on each read: too slow for the hot path). */
export interface RequestVariables {
  /** The precise reason of an error response, for the journal and `X-Sandbox-Reason`. */
  reason?: Reason;
  /** The rate-limit headers every response to this request carries, errors included. */
  rateLimit?: RateLimitHeaders;
  key?: ApiKey;
  app?: App;
  organization?: Organization;
  effectiveScopes?: Scope[];
  params?: ParamValues;
  /** The injected fault that answered this request, if any. */
  faultId?: string;
  /** An injected fault dropped the connection: the journal records status 0. */
  connectionDropped?: boolean;
}

export interface SandboxEnv {
  Variables: RequestVariables;
}
