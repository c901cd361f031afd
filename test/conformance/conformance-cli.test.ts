import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { readOperations } from '../../src/openapi/operations.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, runCli, startCli } from '../support/cli.js';

const OPERATIONS = readOperations(loadSpec());

const conformance = (baseUrl: string, extra: string[] = []) =>
  runCli([
    'conformance',
    '--base-url',
    baseUrl,
    '--key',
    KEYS.fullAccess.key,
    '--org',
    CLINICS.sunrise.id,
    '--restricted-key',
    KEYS.noScopes.key,
    '--other-org',
    CLINICS.harbor.id,
    ...extra,
  ]);

/** The table's rows of one outcome, as `GET /v3/patients | no Authorization header`. */
const rows = (output: string, outcome: 'PASS' | 'FAIL' | 'SKIP') =>
  output
    .split('\n')
    .filter((line) => line.startsWith(`${outcome} `))
    .map((line) =>
      line
        .slice(outcome.length)
        .trim()
        .split(/\s{2,}/)
        .slice(0, 2)
        .join(' | '),
    );

/** A loopback server for the test's lifetime. */
async function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const close = (server: Server | undefined) =>
  new Promise<void>((resolve) => {
    if (!server) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });

// Each run is a child process sending some 160 requests; a busy machine needs the room.
describe('max-sandbox conformance', { timeout: 60_000 }, () => {
  let sandbox: RunningCli;
  const servers: Server[] = [];
  beforeAll(async () => {
    sandbox = await startCli();
  });
  afterAll(async () => {
    await sandbox?.stop();
    await Promise.all(servers.map(close));
  });

  it('passes against the sandbox, and its table lists every /v3 operation', async () => {
    const { code, output } = await conformance(sandbox.url);
    expect(output).toMatch(/\d+ cases: \d+ passed, 0 failed, \d+ skipped/);
    expect(code).toBe(0);
    for (const operation of OPERATIONS) expect(output).toContain(` ${operation.method} ${operation.path} `);
    expect(output).not.toContain('/_sandbox');
    // Harbor did not grant read:bills nor write:emails, so no bill or email of Harbor can be listed to try at Sunrise.
    // Harbor's inventory changes are listed per facility, and the runner lists them without one.
    expect(rows(output, 'SKIP')).toEqual([
      'GET /v3/bills/{id} | the id of a record of the other clinic',
      'GET /v3/emails/{id} | the id of a record of the other clinic',
      'GET /v3/inventory/changes/{id} | the id of a record of the other clinic',
    ]);
  });

  // Like Prism's mock: every documented path answers its 200 example, whoever asks.
  it('fails against a mock that enforces no rule, naming the failing cases', async () => {
    const documented = OPERATIONS.map(
      (operation) => [operation.method, new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`)] as const,
    );
    const mock = await serve((request, response) => {
      const path = new URL(request.url ?? '/', 'http://mock').pathname;
      const known = documented.some(([method, pattern]) => method === request.method && pattern.test(path));
      response.writeHead(known ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(known ? { code: 'success', data: {} } : { code: 'not_found' }));
    });
    servers.push(mock.server);
    const { code, output } = await conformance(mock.url);
    expect(code).toBe(1);
    const failed = rows(output, 'FAIL');
    for (const operation of OPERATIONS) {
      expect(failed).toContain(`${operation.method} ${operation.path} | no Authorization header`);
      if (operation.organization === 'required')
        expect(failed).toContain(`${operation.method} ${operation.path} | an X-Organization-Id that is not a UUID`);
    }
    expect(failed).toContain('POST /v3/oauth/token | a code nobody issued');
    expect(output).toContain('body: expected exactly {error, error_description} as strings');
    expect(failed).toContain('GET /v3/patients | pageSize=101 (above its maximum)');
    expect(failed).toContain('GET /v3/claims/{id} | an unknown well-formed id');
    expect(output).toContain('status: expected 401, got 200');
    expect(output).toContain('body: expected exactly {code, message, trace_id} as strings');
    // The baselines are what such a mock gets right.
    expect(rows(output, 'PASS')).toContain('GET /v3/patients | the key at its clinic (baseline)');
  });

  // The sandbox itself behind a proxy that rewrites every 403's message: only the scope rule breaks.
  it('fails exactly the scope cases against a server whose 403 says the wrong thing', async () => {
    const proxy = await serve(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      delete headers.host;
      delete headers['content-length'];
      const upstream = await fetch(`${sandbox.url}${request.url}`, {
        method: request.method,
        headers,
        body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      });
      let text = await upstream.text();
      if (upstream.status === 403) text = JSON.stringify({ ...JSON.parse(text), message: 'Forbidden' });
      response.writeHead(upstream.status, { 'Content-Type': 'application/json' });
      response.end(text);
    });
    servers.push(proxy.server);
    const { code, output } = await conformance(proxy.url);
    expect(code).toBe(1);
    const scoped = OPERATIONS.filter((operation) => operation.scope !== null);
    expect(rows(output, 'FAIL').sort()).toEqual(
      scoped.map((operation) => `${operation.method} ${operation.path} | a key without ${operation.scope}`).sort(),
    );
    expect(output).toContain('message: expected "Insufficient scope. Required: read:patients", got "Forbidden"');
  });

  it('fails, not hangs, against a server that never answers', async () => {
    const silent = await serve(() => {});
    servers.push(silent.server);
    const { code, output } = await conformance(silent.url, ['--timeout', '150', '--concurrency', '16']);
    expect(code).toBe(1);
    expect(output).toContain('no answer in 150 ms');
    expect(rows(output, 'PASS')).toEqual([]);
  });

  it('exits 2 with a message for bad usage, and never starts a server', async () => {
    const missing = await runCli(['conformance', '--key', KEYS.fullAccess.key, '--org', CLINICS.sunrise.id]);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('conformance needs --base-url');
    const badOrg = await runCli(['conformance', '--base-url', sandbox.url, '--key', KEYS.fullAccess.key, '--org', 'sunrise']);
    expect(badOrg.code).toBe(2);
    expect(badOrg.output).toContain('--org must be a UUID');
    const unknown = await runCli(['conformance', '--port', '3000']);
    expect(unknown.code).toBe(2);
    const help = await runCli(['conformance', '--help']);
    expect(help.code).toBe(0);
    expect(help.output).toContain('Usage: max-sandbox conformance');
  });
});
