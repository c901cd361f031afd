import { Hono } from 'hono';
import { MESSAGES } from './errors.js';
import type { SandboxEnv } from './http/env.js';
import { operationPipeline } from './http/pipeline.js';
import { requestLog } from './http/request-log.js';
import { RequestControl } from './http/request-control.js';
import { errorResponse, renderError } from './http/render-error.js';
import { V3_HANDLERS } from './routes/v3/index.js';
import type { OperationHandler } from './routes/v3/handler.js';
import { sandboxRoutes } from './routes/sandbox/index.js';
import type { Sandbox } from './sandbox.js';
import type { Operation } from './spec/operations.js';

/** Raised at start-up when the document and the implemented handlers disagree. */
export class RouteMismatchError extends Error {
  override name = 'RouteMismatchError';
}

/**
 * Builds the HTTP app: the `/v3` operations of the document, each behind the pipeline of
 * api-model B (key -> rate limit -> organization -> scope -> parameters -> handler), the
 * document itself, and the sandbox's own routes. Does no I/O.
 */
export function createApp(sandbox: Sandbox, handlers: Readonly<Record<string, OperationHandler>> = V3_HANDLERS) {
  checkHandlers(sandbox.operations, handlers);
  const app = new Hono<SandboxEnv>();
  if (sandbox.config.logRequests) app.use('*', requestLog());

  app.route('/_sandbox', sandboxRoutes(sandbox));
  const specJson = JSON.stringify(sandbox.spec);
  app.get('/openapi.json', (c) => c.body(specJson, 200, { 'Content-Type': 'application/json' }));

  const control = new RequestControl(sandbox);
  for (const operation of sandbox.operations) {
    app.on(operation.method, operation.routePath, operationPipeline(sandbox, control, operation, handlers[operation.operationId]!));
  }

  const knownPaths = sandbox.operations.map((operation) => pathMatcher(operation.routePath));
  app.notFound((c) => {
    const pathKnown = knownPaths.some((matches) => matches(c.req.path));
    const answer = () =>
      errorResponse(c, 'not_found', pathKnown ? 'method_not_allowed' : 'route_not_found', MESSAGES.routeNotFound);
    // Unknown /v3 paths are requests of an app too: faults apply and the journal records them.
    return c.req.path.startsWith('/v3/') ? control.handle(c, answer) : answer();
  });
  app.onError(renderError);
  return app;
}

export type SandboxApp = ReturnType<typeof createApp>;

/** Every operation of the document has a handler, and every handler an operation. */
function checkHandlers(operations: readonly Operation[], handlers: Readonly<Record<string, OperationHandler>>): void {
  const documented = new Set(operations.map((operation) => operation.operationId));
  const missing = [...documented].filter((id) => !handlers[id]);
  const undocumented = Object.keys(handlers).filter((id) => !documented.has(id));
  if (missing.length > 0 || undocumented.length > 0) {
    throw new RouteMismatchError(
      `the OpenAPI document and the handlers disagree: ` +
        `${missing.length ? `no handler for ${missing.join(', ')}` : ''}` +
        `${missing.length && undocumented.length ? '; ' : ''}` +
        `${undocumented.length ? `not in the document: ${undocumented.join(', ')}` : ''}`,
    );
  }
}

function pathMatcher(routePath: string): (path: string) => boolean {
  const pattern = new RegExp(`^${routePath.replace(/:[^/]+/g, '[^/]+')}$`);
  return (path) => pattern.test(path);
}
