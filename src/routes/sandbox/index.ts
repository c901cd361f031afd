import { Hono } from 'hono';
import type { AdminHandlers, AnyAdminHandler } from '../../http/admin-operation.js';
import { adminOperationFlow } from '../../http/admin-pipeline.js';
import { checkHandlers } from '../../http/handler-check.js';
import type { SandboxEnv } from '../../http/request-variables.js';
import type { Operation } from '../../openapi/operations.js';
import type { Sandbox } from '../../world/sandbox.js';
import { requireAdminToken } from './admin-token.js';
import { clockHandlers } from './clock.js';
import { coverageHandlers } from './coverage.js';
import { emailAdminHandlers } from './emails.js';
import { faultHandlers } from './faults.js';
import { fixturesView } from './fixtures-view.js';
import { installationHandlers } from './installations.js';
import { journalHandlers } from './journal.js';
import { keyHandlers } from './keys.js';
import { oauthAdminHandlers } from './oauth.js';
import { organizationHandlers } from './organizations.js';
import { recordHandlers } from './records.js';

/** Where the admin API lives; the document's `/_sandbox` paths are mounted below it. */
export const ADMIN_PREFIX = '/_sandbox';

/** Every `/_sandbox` operation of the document, by its operationId. */
export const ADMIN_HANDLERS: AdminHandlers = {
  sandboxHealth: ({ c }) => c.json({ status: 'ok' }),
  sandboxFixtures: ({ c }, sandbox) => c.json(fixturesView(sandbox)),
  sandboxReset: ({ c }, sandbox) => {
    sandbox.reset();
    return c.json({ status: 'reset' });
  },
  ...keyHandlers,
  ...installationHandlers,
  ...organizationHandlers,
  ...recordHandlers,
  ...faultHandlers,
  ...clockHandlers,
  ...journalHandlers,
  ...coverageHandlers,
  ...emailAdminHandlers,
  ...oauthAdminHandlers,
};

/**
 * The sandbox's own surface under `/_sandbox` (api-model C), mounted from the document like `/v3`:
 * each operation's path, method, admin-token requirement, parameters and body schema come from
 * it, read by the same validators as `/v3`'s (see http/admin-pipeline.ts), and
 * start-up fails when an operation has no handler or a handler no operation. Never needs a Max AI
 * key, never touches the `/v3` contract.
 */
export function sandboxRoutes(
  sandbox: Sandbox,
  handlers: Readonly<Record<string, AnyAdminHandler>> = ADMIN_HANDLERS,
): Hono<SandboxEnv> {
  const operations = sandbox.adminOperations;
  checkHandlers('admin', operations, handlers);
  const routes = new Hono<SandboxEnv>();
  const mount = (operation: Operation) => {
    const handler = handlers[operation.operationId];
    const path = operation.routePath.slice(ADMIN_PREFIX.length);
    if (handler) routes.on(operation.method, path, adminOperationFlow(sandbox, operation, handler));
  };
  // Open operations (health) first: the token check below applies to everything after it,
  // unknown `/_sandbox` paths included.
  for (const operation of operations) if (!operation.adminToken) mount(operation);
  routes.use('*', requireAdminToken(sandbox.config.adminToken));
  for (const operation of operations) if (operation.adminToken) mount(operation);
  return routes;
}
