import type { Reason } from '../errors.js';
import type { ParamValues } from '../spec/param-validator.js';
import type { Scope } from '../world/scopes.js';
import type { ApiKey, App, Installation, Organization } from '../world/world.js';

/** What the pipeline learns about a request, stage by stage; handlers read it from `c.var`. */
export interface RequestVariables {
  traceId: string;
  /** The precise reason of an error response, for the journal and `X-Sandbox-Reason`. */
  reason?: Reason;
  key?: ApiKey;
  app?: App;
  organization?: Organization;
  installation?: Installation;
  effectiveScopes?: Scope[];
  params?: ParamValues;
}

export interface SandboxEnv {
  Variables: RequestVariables;
}
