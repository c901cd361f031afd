import type { Context } from 'hono';
import type { BodyOf, ParamsOf, SandboxOperationId } from '../contract/schemas.js';
import type { ParamValues } from '../openapi/param-validator.js';
import type { Sandbox } from '../world/sandbox.js';
import type { SandboxEnv } from './request-variables.js';

/** A `/_sandbox` request past the admin token, its parameters and body validated against the document. */
export interface AdminRequest<Id extends SandboxOperationId> {
  c: Context<SandboxEnv>;
  /** Path and query parameters, coerced and checked against the document, defaults filled in (as `/v3` handlers get them). */
  params: ParamsOf<Id>;
  /** The JSON body, checked against the document (`undefined` for operations without one). */
  body: BodyOf<Id>;
}

/** Answers one admin operation of the document, or throws an ApiError. */
export type AdminHandler<Id extends SandboxOperationId> = (request: AdminRequest<Id>, sandbox: Sandbox) => Response;

/** A handler for every `/_sandbox` operation of the document, each typed by its operation. */
export type AdminHandlers = { readonly [Id in SandboxOperationId]: AdminHandler<Id> };

/** An admin handler as the router holds them: by operationId, checked against the document at start-up. */
export type AnyAdminHandler = (request: never, sandbox: Sandbox) => Response;

/** An admin request whose parameters and body were validated against its operation's schemas. */
export interface ValidatedAdminRequest {
  c: Context<SandboxEnv>;
  params: ParamValues;
  body: unknown;
}

/**
 * Calls an admin handler with its validated request: like `callHandler` for `/v3`, the one place
 * where values checked against the document's schemas meet the types generated from them.
 */
export function callAdminHandler(handler: AnyAdminHandler, request: ValidatedAdminRequest, sandbox: Sandbox): Response {
  return (handler as (request: ValidatedAdminRequest, sandbox: Sandbox) => Response)(request, sandbox);
}
