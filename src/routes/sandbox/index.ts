import { Hono } from 'hono';
import type { SandboxEnv } from '../../http/env.js';
import type { Sandbox } from '../../sandbox.js';
import { requireAdminToken } from './admin-token.js';
import { clockRoutes } from './clock.js';
import { faultRoutes } from './faults.js';
import { fixturesView } from './fixtures-view.js';
import { installationRoutes } from './installations.js';
import { journalRoutes } from './journal.js';
import { keyRoutes } from './keys.js';
import { organizationRoutes } from './organizations.js';

/**
 * The sandbox's own surface under `/_sandbox` (api-model C): never needs a Max AI key, never
 * touches the `/v3` contract. With an admin token set, all but health need it.
 */
export function sandboxRoutes(sandbox: Sandbox): Hono<SandboxEnv> {
  const routes = new Hono<SandboxEnv>();
  routes.get('/health', (c) => c.json({ status: 'ok' }));
  routes.use('*', requireAdminToken(sandbox.config.adminToken));
  routes.get('/fixtures', (c) => c.json(fixturesView(sandbox)));
  routes.route('/keys', keyRoutes(sandbox));
  routes.route('/installations', installationRoutes(sandbox));
  routes.route('/organizations', organizationRoutes(sandbox));
  routes.route('/faults', faultRoutes(sandbox));
  routes.route('/clock', clockRoutes(sandbox));
  routes.route('/', journalRoutes(sandbox));
  routes.post('/reset', (c) => {
    sandbox.reset();
    return c.json({ status: 'reset' });
  });
  return routes;
}
