import { Hono } from 'hono';
import { apiError } from '../contract/api-error.js';
import type { SandboxEnv } from '../http/request-variables.js';
import { staticAsset, staticAssetResponse } from '../http/static-asset.js';
import type { Sandbox } from '../world/sandbox.js';
import { swaggerUiAssets } from './assets.js';
import { docsPage } from './docs-page.js';
import { DOCS_SCRIPT } from './docs-script.js';
import { htmlResponse } from './html.js';

/**
 * The API reference: `/docs`, and under `/docs/assets/` the files it loads, all served by the
 * sandbox itself (a machine without internet renders it whole). Unknown asset names are the usual
 * JSON 404.
 */
export function docsRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  const swaggerUi = swaggerUiAssets();
  const script = staticAsset(DOCS_SCRIPT, 'text/javascript; charset=utf-8');

  routes.get('/docs', () => htmlResponse(docsPage(sandbox)));
  // The page's relative links resolve from /docs, not from /docs/.
  routes.get('/docs/', (c) => c.redirect('../docs', 301));
  routes.get('/docs/assets/:name', (c) => {
    const name = c.req.param('name');
    const asset = name === 'docs.js' ? script : swaggerUi(name);
    if (asset === undefined) throw apiError('route_not_found');
    return staticAssetResponse(c, asset);
  });
  return routes;
}
