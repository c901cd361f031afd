import type { Context } from 'hono';
import { authenticate } from '../auth/authenticate.js';
import { createOrganizationResolver, resolveApp } from '../auth/organization.js';
import { requireScope } from '../auth/require-scope.js';
import { ApiError, apiError } from '../contract/api-error.js';
import { createBodyValidator } from '../openapi/body-validator.js';
import type { Operation } from '../openapi/operations.js';
import type { ParamValues } from '../openapi/param-validator.js';
import { requestTarget } from '../world/request-paths.js';
import type { Sandbox } from '../world/sandbox.js';
import type { FaultsAndJournal } from './faults-and-journal.js';
import type { HttpCaches } from './http-caches.js';
import { readJsonBody } from './json-body.js';
import { listPageOf } from './list-response.js';
import { type AnyOperationHandler, callHandler, type ValidatedRequest } from './operation.js';
import { countRequest, rateLimitExceeded } from './rate-limit.js';
import { renderError } from './render-error.js';
import { createParamReader } from './request-params.js';
import type { SandboxEnv } from './request-variables.js';
import { jsonResponse } from './response-headers.js';
import type { ReadTarget } from './target-memo.js';

// Not `Buffer.from`: below 4 KiB it hands out a view of a shared 8 KiB pool, which a cached body would keep alive.
const utf8 = new TextEncoder();

/**
 * One `/v3` operation's request flow, in the order of api-model B: injected fault -> key (401)
 * -> rate limit (429) -> organization (400/403) -> scope (403) -> parameters (400) -> body (400)
 * -> handler (404 or 200) -> journal. Written as one function rather than a middleware chain: it
 * is the hot path, it reads top to bottom, and a GET's answer stays synchronous. What depends
 * only on the request target (validated parameters and the warning naming unknown ones, a GET's
 * body) is remembered: a request without unknown parameters allocates nothing for the warning.
 */
export function operationPipeline(
  sandbox: Sandbox,
  caches: HttpCaches,
  control: FaultsAndJournal,
  operation: Operation,
  handler: AnyOperationHandler,
) {
  const { world, limiter, config } = sandbox;
  const { responses: responseCache, params: paramMemo } = caches;
  const readParams = createParamReader(operation);
  let validateBody: ReturnType<typeof createBodyValidator> | undefined;
  const validatedTargets = paramMemo.of(operation.operationId);
  // A clock-dependent answer (`x-sandbox-uncached`) is computed afresh on every request.
  const cacheable = operation.method === 'GET' && !operation.uncached;
  const resolveOrganization = createOrganizationResolver(world, config.notInstalledStatus);
  // Where this operation's answers are counted, and whether its 200 is a list whose page to read.
  const coverageIndex = sandbox.operations.indexOf(operation);
  const listShape = sandbox.coverage.plan.traits[coverageIndex]?.list ?? null;

  /** The target's parameters; its warning goes on the response, whether they are valid or not. */
  function paramsFor(c: Context<SandboxEnv>, target: string): ParamValues {
    const known = validatedTargets.get(target);
    if (known !== undefined) {
      if (known.warning !== undefined) c.set('warning', known.warning);
      return known.params;
    }
    const read = readParams(c);
    paramMemo.remember(operation.operationId, target, read satisfies ReadTarget);
    return read.params;
  }

  async function readValidBody(c: Context<SandboxEnv>): Promise<unknown> {
    const body = await readJsonBody(c, { optional: !operation.bodyRequired });
    validateBody ??= createBodyValidator(operation.bodySchema ?? {});
    validateBody(body);
    return body;
  }

  // Which errors a refused body answers with is the operation's, not the request's: chosen once.
  const readBody =
    operation.errorFormat === 'oauth2' ? (c: Context<SandboxEnv>) => asOAuthRequestError(readValidBody(c)) : readValidBody;

  async function withBody(c: Context<SandboxEnv>, request: ValidatedRequest): Promise<Response> {
    request.body = await readBody(c);
    return jsonResponse(c, callHandler(handler, request, sandbox), 200);
  }

  /** An operation that acts for no clinic: the key's app, no organization, no scope (the token endpoint). */
  function answerForApp(c: Context<SandboxEnv>, key: ValidatedRequest['key']): Promise<Response> {
    const app = resolveApp(world, key, c.req.header('X-Organization-Id'));
    const target = requestTarget(c.req.url);
    const origin = new URL(c.req.url).origin;
    const request: ValidatedRequest = {
      key,
      app,
      organization: null,
      effectiveScopes: [],
      params: paramsFor(c, target),
      body: undefined,
      origin,
    };
    return withBody(c, request);
  }

  function answer(c: Context<SandboxEnv>): Response | Promise<Response> {
    const key = authenticate(world, config.environment, c.req.header('Authorization'));
    c.set('key', key);
    const decision = countRequest(c, limiter, key);
    if (!decision.allowed) throw rateLimitExceeded(limiter, decision);
    if (operation.organization === 'optional') return answerForApp(c, key);
    const access = resolveOrganization(key, c.req.header('X-Organization-Id'));
    c.set('organization', access.organization);
    if (operation.scope !== null) requireScope(access.effectiveScopes, operation.scope);
    const target = requestTarget(c.req.url);
    const request: ValidatedRequest = {
      key,
      app: access.app,
      organization: access.organization,
      effectiveScopes: access.effectiveScopes,
      params: paramsFor(c, target),
      body: undefined,
    };

    if (operation.bodySchema !== null) return withBody(c, request);
    if (!cacheable) {
      const fresh = callHandler(handler, request, sandbox);
      if (listShape !== null) c.set('listPage', listPageOf(fresh, listShape));
      return jsonResponse(c, fresh, 200);
    }
    let body = responseCache.get(access.signature, target);
    if (body === undefined) {
      body = utf8.encode(callHandler(handler, request, sandbox));
      responseCache.set(access.signature, target, body);
    }
    if (listShape !== null) c.set('listPage', listPageOf(body, listShape));
    return jsonResponse(c, body, 200);
  }

  /** The answer, or the documented error it threw, as a response: never a rejection. */
  function answerOrError(c: Context<SandboxEnv>): Response | Promise<Response> {
    try {
      const response = answer(c);
      return response instanceof Promise ? response.catch((error: Error) => renderError(error, c)) : response;
    } catch (error) {
      return renderError(error as Error, c);
    }
  }

  return function handleOperation(c: Context<SandboxEnv>): Response | Promise<Response> {
    return control.handle(c, answerOrError, coverageIndex);
  };
}

/**
 * A body the document's schema refuses, as RFC 6749 5.2's `invalid_request` (the token endpoint's
 * errors "follow OAuth 2.0 spec format"): the same message, in `error_description`.
 */
async function asOAuthRequestError<T>(reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    const message =
      error.kind === 'invalid_json'
        ? 'The body must be a JSON object (Content-Type: application/json); form encoding is not accepted'
        : error.message;
    throw apiError('oauth_invalid_request', message);
  }
}
