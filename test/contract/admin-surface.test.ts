import { describe, expect, it } from 'vitest';
import { createApp, RouteMismatchError } from '../../src/app.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { readAdminOperations } from '../../src/openapi/operations.js';
import { CONSOLE_PATH } from '../../src/pages/console.js';
import { ADMIN_HANDLERS, sandboxRoutes } from '../../src/routes/sandbox/index.js';
import { createSandbox } from '../../src/sandbox.js';

const spec = loadSpec();

describe('the /_sandbox surface is derived from the document like /v3', () => {
  it('every documented admin operation has a handler and every handler an operation', () => {
    const documented = readAdminOperations(spec)
      .map((operation) => operation.operationId)
      .sort();
    expect(Object.keys(ADMIN_HANDLERS).sort()).toEqual(documented);
  });

  it('start-up fails loudly when an admin handler and the document disagree', () => {
    const sandbox = createSandbox();
    const unicorn = ({ c }: { c: { body(data: null): Response } }) => c.body(null);
    expect(() => sandboxRoutes(sandbox, { ...ADMIN_HANDLERS, sandboxUnicorns: unicorn })).toThrow(RouteMismatchError);
    const { sandboxReset: _dropped, ...withoutOne } = ADMIN_HANDLERS;
    expect(() => sandboxRoutes(sandbox, withoutOne)).toThrow(/no handler for sandboxReset/);
  });

  it('mounts exactly the documented methods and paths', () => {
    const app = createApp(createSandbox());
    const mounted = app.routes
      // The demo console is a page beside the admin API, not an operation of it (test/console).
      .filter((route) => route.path !== CONSOLE_PATH && !route.path.startsWith(`${CONSOLE_PATH}/`))
      .filter((route) => route.path.startsWith('/_sandbox/') && route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    const documented = readAdminOperations(spec)
      .map((operation) => `${operation.method} ${operation.routePath}`)
      .sort();
    expect(mounted).toEqual(documented);
  });

  it('asks for the admin token exactly where the document says so', async () => {
    const app = createApp(createSandbox({ config: { adminToken: 'secret-token' } }));
    for (const operation of readAdminOperations(spec)) {
      const path = operation.routePath.replace(/:[^/]+/g, 'x');
      const response = await app.request(path, { method: operation.method });
      const refused = response.status === 401 && response.headers.get('X-Sandbox-Reason') === 'admin_token_required';
      expect(refused, `${operation.method} ${operation.path}`).toBe(operation.adminToken);
    }
  });
});
