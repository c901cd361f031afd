import { type Context, Hono } from 'hono';
import { apiError } from '../contract/api-error.js';
import { errorResponse } from '../http/render-error.js';
import type { SandboxEnv } from '../http/request-variables.js';
import { type StaticAsset, staticAssetResponse } from '../http/static-asset.js';
import { CONSOLE_DIR, CONSOLE_PAGE, loadConsoleAssets } from './console-assets.js';

/** Where the demo console is served: a page beside the admin API it drives, not an operation of it. */
export const CONSOLE_PATH = '/_sandbox/console';

/**
 * Everything the page loads comes from this sandbox, and the page can call nothing else: it
 * holds an admin token once asked, and must not run a script or send a request elsewhere.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The demo console (`GET /_sandbox/console` and its files below it), to mount before the admin
 * API. It is open: the page holds no secret (it asks for the admin token in the browser, and
 * every admin call it makes still needs it). Another method, or a file that is not there, gets
 * the JSON 404 of every other unknown route, without asking for the admin token first.
 */
export function consoleRoutes(dir: string = CONSOLE_DIR): Hono<SandboxEnv> {
  let assets: ReadonlyMap<string, StaticAsset> | undefined;
  // Read on first use, then kept: createApp does no I/O, and a sandbox whose console nobody
  // opens reads nothing.
  const assetNamed = (name: string) => (assets ??= loadConsoleAssets(dir)).get(name);
  // The page has one URL: the console's own path, never `.../index.html`.
  const fileNamed = (name: string) => (name === CONSOLE_PAGE ? undefined : assetNamed(name));

  const routes = new Hono<SandboxEnv>();
  routes.get('/', (c) => serveAsset(c, assetNamed(CONSOLE_PAGE)));
  routes.get('/:file', (c) => serveAsset(c, fileNamed(c.req.param('file'))));
  routes.all('/', (c) => errorResponse(c, apiError('method_not_allowed')));
  routes.all('/*', (c) => {
    const name = c.req.path.slice(CONSOLE_PATH.length + 1);
    return errorResponse(c, apiError(fileNamed(name) ? 'method_not_allowed' : 'route_not_found'));
  });
  return routes;
}

function serveAsset(c: Context<SandboxEnv>, asset: StaticAsset | undefined): Response {
  if (!asset) return errorResponse(c, apiError('route_not_found'));
  return staticAssetResponse(c, asset, { 'Referrer-Policy': 'no-referrer', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
}
