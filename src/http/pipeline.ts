import type { Context } from 'hono';
import { authenticate } from '../auth/authenticate.js';
import { createOrganizationResolver } from '../auth/organization.js';
import { requireScope } from '../auth/require-scope.js';
import type { OperationHandler } from '../routes/v3/handler.js';
import type { Sandbox } from '../sandbox.js';
import type { Operation } from '../spec/operations.js';
import { createParamValidator, type ParamValues } from '../spec/param-validator.js';
import type { SandboxEnv } from './env.js';
import { rateLimitExceeded, rateLimitHeaders } from './rate-limit.js';
import { jsonResponse } from './response-headers.js';

/** Distinct request targets whose validated parameters one operation remembers. */
const REMEMBERED_TARGETS = 1000;

/** `/v3/patients?pageSize=20` out of the full request URL. */
function requestTarget(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  return pathStart === -1 ? '/' : url.slice(pathStart);
}

/**
 * One `/v3` operation's request flow, in the order of api-model B: key (401) -> rate limit (429)
 * -> organization (400/403) -> scope (403) -> parameters (400) -> handler (404 or 200). Written
 * as one function rather than a middleware chain: it is the hot path, and reads top to bottom.
 * What depends only on the request target (validated parameters, a GET's body) is remembered.
 */
export function operationPipeline(sandbox: Sandbox, operation: Operation, handler: OperationHandler) {
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

  return function handleOperation(c: Context<SandboxEnv>): Response | Promise<Response> {
    const { key, app } = authenticate(world, config.environment, c.req.header('Authorization'));
    c.set('key', key);
    c.set('app', app);
    const decision = limiter.hit(key.appId ?? key.id);
    c.set('rateLimit', rateLimitHeaders(decision));
    if (!decision.allowed) throw rateLimitExceeded(limiter, decision);
    const access = resolveOrganization(key, c.req.header('X-Organization-Id'));
    c.set('organization', access.organization);
    c.set('installation', access.installation);
    c.set('effectiveScopes', access.effectiveScopes);
    if (operation.scope !== null) requireScope(access.effectiveScopes, operation.scope);
    const target = requestTarget(c.req.url);
    c.set('params', paramsFor(c, target));

    if (!cacheable) return Promise.resolve(handler(c, sandbox)).then((body) => jsonResponse(c, body, 200));
    const cacheKey = `${access.signature}|${target}`;
    let body = responseCache.get(cacheKey);
    if (body === undefined) {
      body = handler(c, sandbox) as string;
      responseCache.set(cacheKey, body);
    }
    return jsonResponse(c, body, 200);
  };
}
