import { Hono } from 'hono';
import { apiError } from './contract/api-error.js';
import { corsHeaders } from './http/cors.js';
import { FaultsAndJournal } from './http/faults-and-journal.js';
import { checkHandlers } from './http/handler-check.js';
import { HttpCaches } from './http/http-caches.js';
import { allowedHostsOnly, hostCheck, sameOriginAdmin } from './http/local-access.js';
import type { AnyOperationHandler } from './http/operation.js';
import { operationPipeline } from './http/pipeline.js';
import { errorResponse, renderError, reportUnexpectedAsText } from './http/render-error.js';
import { reportUnexpectedAsJson, requestLog } from './http/request-log.js';
import type { SandboxEnv } from './http/request-variables.js';
import { unknownRouteAnswer } from './http/unknown-route.js';
import { AUTHORIZE_PATH, authorizeRoutes } from './pages/authorize.js';
import { CONSOLE_PATH, consoleRoutes } from './pages/console.js';
import { docsRoutes } from './pages/docs.js';
import { landingPage } from './pages/landing.js';
import { wellKnownRoutes } from './routes/oidc/well-known.js';
import { ADMIN_PREFIX, sandboxRoutes } from './routes/sandbox/index.js';
import { V3_HANDLERS } from './routes/v3/index.js';
import type { Sandbox } from './world/sandbox.js';

export { RouteMismatchError } from './http/handler-check.js';

/** Every path the app serves outside `/v3`, for the Host check (a test compares it with the app's routes). */
export const HOST_CHECKED_PATHS = [
  '/',
  '/openapi.json',
  '/docs',
  '/docs/*',
  '/.well-known/*',
  CONSOLE_PATH,
  `${CONSOLE_PATH}/*`,
  ADMIN_PREFIX,
  `${ADMIN_PREFIX}/*`,
  AUTHORIZE_PATH,
  `${AUTHORIZE_PATH}/*`,
] as const;

/**
 * Builds the HTTP app: the `/v3` operations of the document, each behind the pipeline of
 * api-model B (key -> rate limit -> organization -> scope -> parameters -> handler), the
 * document itself, the sandbox's own routes, its demo console, and the pages a person opens
 * (`/`, `/docs`). Does no I/O.
 */
export function createApp(
  sandbox: Sandbox,
  handlers: Readonly<Record<string, AnyOperationHandler>> = V3_HANDLERS,
  caches: HttpCaches = new HttpCaches(),
) {
  caches.watch(sandbox);
  checkHandlers('/v3', sandbox.operations, handlers);
  const app = new Hono<SandboxEnv>();
  const { logRequests, logFormat } = sandbox.config;
  if (logRequests) app.use('*', requestLog(sandbox.world, { format: logFormat }));
  // Before anything answers: a DNS-rebinding page's name reads nothing (README "Security"). On
  // every path but /v3's, whose request flow checks it itself: no middleware sits in front of the
  // /v3 hot path, so its answers stay synchronous (a middleware cost about a sixth of the
  // throughput). A test holds every route of the app to the check.
  const isAllowedHost = hostCheck(sandbox.config.allowedHosts);
  const checkHost = allowedHostsOnly(isAllowedHost);
  for (const path of HOST_CHECKED_PATHS) app.use(path, checkHost);
  // Off by default: then nothing sits in front of the /v3 hot path.
  if (sandbox.config.cors !== null) app.use('*', corsHeaders(sandbox, sandbox.config.cors, ADMIN_PREFIX));

  // The console first: the admin API's token check covers every path below `/_sandbox`, and the
  // console's page is open (the calls it makes are not). A link from another site may open it,
  // so the same-origin check below comes after it too.
  app.route(CONSOLE_PATH, consoleRoutes());
  const sameOriginOnly = sameOriginAdmin(sandbox.config.cors);
  app.use(ADMIN_PREFIX, sameOriginOnly);
  app.use(`${ADMIN_PREFIX}/*`, sameOriginOnly);
  app.route(ADMIN_PREFIX, sandboxRoutes(sandbox));
  const specJson = JSON.stringify(sandbox.spec);
  app.get('/openapi.json', (c) =>
    c.body(specJson, 200, { 'Content-Type': 'application/json', 'X-Content-Type-Options': 'nosniff' }),
  );
  app.get('/', landingPage);
  app.route('/.well-known', wellKnownRoutes(sandbox));
  // Its own CSRF guard (a single-use form token, no cross-site POST): not under /_sandbox's.
  app.route(AUTHORIZE_PATH, authorizeRoutes(sandbox));
  app.route('/', docsRoutes(sandbox));

  const control = new FaultsAndJournal(sandbox, isAllowedHost);
  for (const operation of sandbox.operations) {
    const handler = handlers[operation.operationId];
    if (handler) app.on(operation.method, operation.routePath, operationPipeline(sandbox, caches, control, operation, handler));
  }

  const answerUnknownRoute = unknownRouteAnswer(sandbox);
  app.notFound((c) => {
    // Unknown /v3 paths are requests of an app too: faults apply, the rate limit counts them and
    // the journal records them. Anything else is no request of the API.
    if (c.req.path.startsWith('/v3/')) return control.handle(c, answerUnknownRoute);
    return errorResponse(c, apiError('route_not_found'));
  });
  const report = logFormat === 'json' ? reportUnexpectedAsJson() : reportUnexpectedAsText;
  app.onError((error, c) => renderError(error, c, report));
  return app;
}

export type SandboxApp = ReturnType<typeof createApp>;
