import type { Context } from 'hono';
import { authenticate } from '../auth/authenticate.js';
import { createOrganizationResolver } from '../auth/organization.js';
import { requireScope } from '../auth/require-scope.js';
import type { OperationHandler } from '../routes/v3/handler.js';
import type { Sandbox } from '../sandbox.js';
import type { Operation } from '../spec/operations.js';
import { requestTarget } from '../world/request-paths.js';
import { createParamValidator, type ParamValues } from '../spec/param-validator.js';
import type { SandboxEnv } from './env.js';
import { rateLimitExceeded, rateLimitHeaders } from './rate-limit.js';
import { renderError } from './render-error.js';
import type { RequestControl } from './request-control.js';
import { jsonResponse } from './response-headers.js';

/** Distinct request targets whose validated parameters one operation remembers. */
const REMEMBERED_TARGETS = 1000;

/**
 * One `/v3` operation's request flow, in the order of api-model B: injected fault -> key (401)
 * -> rate limit (429) -> organization (400/403) -> scope (403) -> parameters (400) -> handler
 * (404 or 200) -> journal. Written as one function rather than a middleware chain: it is the hot
 * path, it reads top to bottom, and a synchronous answer stays synchronous. What depends only on
 * the request target (validated parameters, a GET's body) is remembered.
 */
export function operationPipeline(sandbox: Sandbox, control: RequestControl, operation: Operation, handler: OperationHandler) {
  const { world, limiter, config, responseCache } = sandbox;
  let validateParams: ReturnType<typeof createParamValidator> | undefined;
  const validatedTargets = new Map<string, ParamValues>();
  const cacheable = operation.method === 'GET';
  const resolveOrganization = createOrganizationResolver(world, config.notInstalledStatus);

  function paramsFor(c: Context<SandboxEnv>, target: string): ParamValues {
    let params = validatedTargets.get(target);
    if (params === undefined) {
      // Compiled on first use so start-up does not pay for operations nobody calls.
      validateParams ??= createParamValidator(operation);
      params = validateParams(c.req.param() as Record<string, string>, c.req.queries() ?? {});
      if (validatedTargets.size >= REMEMBERED_TARGETS) validatedTargets.clear();
      validatedTargets.set(target, params);
    }
    return params;
  }

  function answer(c: Context<SandboxEnv>): Response | Promise<Response> {
    const { key, app } = authenticate(world, config.environment, c.req.header('Authorization'));
    c.set('key', key);
    c.set('app', app);
    const decision = limiter.hit(key.appId ?? key.id);
    c.set('rateLimit', rateLimitHeaders(decision));
    if (!decision.allowed) throw rateLimitExceeded(limiter, decision);
    const access = resolveOrganization(key, c.req.header('X-Organization-Id'));
    c.set('organization', access.organization);
    c.set('effectiveScopes', access.effectiveScopes);
    if (operation.scope !== null) requireScope(access.effectiveScopes, operation.scope);
    const target = requestTarget(c.req.url);
    c.set('params', paramsFor(c, target));

    if (!cacheable) return Promise.resolve(handler(c, sandbox)).then((body) => jsonResponse(c, body, 200));
    let body = responseCache.get(access.signature, target);
    if (body === undefined) {
      body = handler(c, sandbox) as string;
      responseCache.set(access.signature, target, body);
    }
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
    return control.handle(c, answerOrError);
  };
}
