import type { BodyOf, ParamsOf, V3OperationId } from '../contract/schemas.js';
import type { Scope } from '../contract/scopes.js';
import type { ParamValues } from '../openapi/param-validator.js';
import type { Sandbox } from '../world/sandbox.js';
import type { ApiKey, App, Organization } from '../world/world.js';

/** Operations that act for no clinic (`x-sandbox-organization: optional` in the document). */
export type ClinicFreeOperationId = 'oauthToken';

/** A `/v3` request the pipeline let through: who calls, at which clinic, with what, all validated. */
export interface AuthorizedRequest<Id extends V3OperationId> {
  key: ApiKey;
  app: App;
  /** The clinic of `X-Organization-Id`; null for an operation that acts for none. */
  organization: Id extends ClinicFreeOperationId ? null : Organization;
  effectiveScopes: readonly Scope[];
  /** Path and query parameters, coerced and checked against the document, defaults filled in. */
  params: ParamsOf<Id>;
  /** The JSON body, checked against the document (`undefined` for operations without one). */
  body: BodyOf<Id>;
  /**
   * The sandbox's base URL as this request reached it (`http://127.0.0.1:6290`): set only for an
   * operation that acts for no clinic (the token endpoint names itself the issuer with it).
   */
  origin?: string;
}

/**
 * Answers one operation of the document once the pipeline has authorised and validated its
 * request: returns the JSON body of its 200, or throws an ApiError. Synchronous on purpose: a
 * GET's answer goes straight to the response cache, and the pipeline reads a body before calling.
 */
export type OperationHandler<Id extends V3OperationId> = (request: AuthorizedRequest<Id>, sandbox: Sandbox) => string;

/** A handler for every `/v3` operation of the document, each typed by its operation. */
export type V3Handlers = { readonly [Id in V3OperationId]: OperationHandler<Id> };

/** A handler of some operation, as the router holds them: by operationId, checked against the document at start-up. */
export type AnyOperationHandler = (request: never, sandbox: Sandbox) => string;

/** A request whose parameters and body were validated against its operation's schemas. */
export interface ValidatedRequest extends Omit<AuthorizedRequest<V3OperationId>, 'params' | 'body'> {
  params: ParamValues;
  body: unknown;
}

/**
 * Calls a handler with its validated request. The one place where validated values meet their
 * generated types: the validators checked the parameters and body against the operation's
 * schemas, the very schemas the handler's request type was generated from.
 */
export function callHandler(handler: AnyOperationHandler, request: ValidatedRequest, sandbox: Sandbox): string {
  return (handler as (request: ValidatedRequest, sandbox: Sandbox) => string)(request, sandbox);
}
