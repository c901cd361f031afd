import { Hono } from 'hono';
import type { SandboxEnv } from '../../http/env.js';
import type { Sandbox } from '../../sandbox.js';
import { requireAdminToken } from './admin-token.js';
import { fixturesView } from './fixtures-view.js';

/** The sandbox's own surface under `/_sandbox` (api-model C): never needs a Max AI key. */
export function sandboxRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  routes.get('/health', (c) => c.json({ status: 'ok' }));
  routes.use('*', requireAdminToken(sandbox.config.adminToken));
  routes.get('/fixtures', (c) => c.json(fixturesView(sandbox)));
  return routes;
}
