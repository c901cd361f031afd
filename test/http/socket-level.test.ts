import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createHttpServer, type SandboxHttpServer } from '../../src/http/http-server.js';
import { type RunningSandbox, startServer } from '../../src/server.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RawAnswer, rawRequest } from '../support/raw-http.js';
import { createTestSandbox } from '../support/sandbox.js';

/**
 * Requests a hostile client sends, over a real socket to the real server: Node's parser and
 * @hono/node-server refuse them before the app sees them, so only the wire shows the answer.
 */
let running: RunningSandbox;
beforeAll(async () => {
  running = await startServer({ config: { port: 0, host: '127.0.0.1' } });
});
afterAll(() => running.close());

const send = (request: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(running.port, request, options);
const AUTH = `Authorization: Bearer ${KEYS.fullAccess.key}\r\nX-Organization-Id: ${CLINICS.sunrise.id}\r\n`;

/** The documented error envelope, with its reason header, and nothing else in the body. */
function expectError(answer: RawAnswer, status: number, code: string, message: string, reason: string): void {
  expect(answer.status, answer.raw).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.headers['x-sandbox-reason']).toBe(reason);
  expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body, 'latin1'));
  const body = JSON.parse(answer.body) as Record<string, string>;
  expect(Object.keys(body)).toEqual(['code', 'message', 'trace_id']);
  expect(body).toMatchObject({ code, message });
  expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
}

describe('requests refused before the app: the documented JSON error', () => {
  it.each([
    ['a backslash in the path', 'GET /v3\\patients HTTP/1.1\r\nHost: sandbox\r\n\r\n'],
    ['a Host with a space', 'GET /v3/patients HTTP/1.1\r\nHost: a b\r\n\r\n'],
    ['a Host with a path in it', 'GET /v3/patients HTTP/1.1\r\nHost: evil.example/x\r\n\r\n'],
    ['HTTP/1.1 without Host', 'GET /v3/patients HTTP/1.1\r\n\r\n'],
  ])('%s: 400 malformed_request, and the connection closes', async (_what, request) => {
    const answer = await send(request);
    expect(answer.headers.connection).toBe('close');
    expect(answer.closed).toBe(true);
    expectError(answer, 400, 'bad_request', 'Malformed HTTP request', 'malformed_request');
  });

  it('HTTP/1.0 needs no Host: it reaches the app', async () => {
    const answer = await send(`GET /v3/patients?pageSize=1 HTTP/1.0\r\n${AUTH}\r\n`);
    expect(answer.status, answer.raw).toBe(200);
  });

  it('a broken request line: 400 malformed_request, and the connection closes', async () => {
    const answer = await send('NOT AN HTTP REQUEST\r\n\r\n');
    expectError(answer, 400, 'bad_request', 'Malformed HTTP request', 'malformed_request');
    expect(answer.headers.connection).toBe('close');
    expect(answer.closed).toBe(true);
  });

  it('CONNECT: 404 route_not_found like any method the API does not serve, then the connection closes', async () => {
    const answer = await send('CONNECT api.example.com:443 HTTP/1.1\r\nHost: api.example.com:443\r\n\r\n');
    expectError(answer, 404, 'not_found', 'Route not found', 'route_not_found');
    expect(answer.headers.connection).toBe('close');
    expect(answer.closed).toBe(true);
  });

  it('an unparseable HEAD gets the head of the error and no body', async () => {
    const answer = await send(`HEAD /v3/patients HTTP/1.1\r\nHost: sandbox\r\nX-Bad\u0001: y\r\n\r\n`);
    expect(answer.status, answer.raw).toBe(400);
    expect(answer.headers['x-sandbox-reason']).toBe('malformed_request');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toBe('');
    expect(answer.closed).toBe(true);
  });

  it('a HEAD whose chunked body breaks gets no body either', async () => {
    const answer = await send(
      `HEAD /v3/patients HTTP/1.1\r\nHost: sandbox\r\n${AUTH}Transfer-Encoding: chunked\r\n\r\nZZZ\r\nnope\r\n`,
    );
    expect(answer.raw.startsWith('HTTP/1.1 400'), answer.raw).toBe(true);
    expect(answer.headers['x-sandbox-reason']).toBe('malformed_request');
    expect(answer.body).toBe('');
    expect(answer.closed).toBe(true);
  });

  it('the server keeps serving after all of them', async () => {
    const answer = await send(`GET /_sandbox/health HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: 'ok' });
  });
});

describe('a request that does not arrive in time: 408, not 400', () => {
  // The server startServer builds, with Node's timeouts (60 s for headers, 300 s in all) cut
  // to fractions of a second.
  let http: SandboxHttpServer;
  let port: number;
  beforeAll(async () => {
    http = createHttpServer(createApp(createTestSandbox().sandbox).fetch, {
      hostname: '127.0.0.1',
      headersTimeout: 300,
      requestTimeout: 600,
      connectionsCheckingInterval: 50,
    });
    await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
    port = (http.server.address() as AddressInfo).port;
  });
  afterAll(() => http.drain(1000));

  const TIMED_OUT = 'Request timed out: send the headers and body without pausing';

  it.each([
    ['a connection that sends nothing', ''],
    ['headers that stop half-way', 'GET /v3/patients HTTP/1.1\r\nHost: sandbox\r\nAuthoriz'],
  ])('%s', async (_what, request) => {
    const answer = await rawRequest(port, request);
    expectError(answer, 408, 'bad_request', TIMED_OUT, 'malformed_request');
    expect(answer.headers.connection).toBe('close');
    expect(answer.closed).toBe(true);
  });

  it('a body that stops half-way', async () => {
    const answer = await rawRequest(
      port,
      `POST /v3/emails/send HTTP/1.1\r\nHost: sandbox\r\n${AUTH}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"subj`,
    );
    expectError(answer, 408, 'bad_request', TIMED_OUT, 'malformed_request');
    expect(answer.closed).toBe(true);
  });
});
