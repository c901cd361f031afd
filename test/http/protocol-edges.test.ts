import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSandbox, startServer } from '../../src/server.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RawAnswer, rawRequest } from '../support/raw-http.js';

/**
 * Issue 19, findings 5 and 6: the edges of HTTP/1.1 a client meets on the wire, each answered as
 * RFC 9110/9112 say with the sandbox's JSON error body (none where the method forbids one).
 */
let running: RunningSandbox;
beforeAll(async () => {
  running = await startServer({ config: { port: 0, host: '127.0.0.1' } });
});
afterAll(() => running.close());

const send = (request: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(running.port, request, options);
const AUTH = `Authorization: Bearer ${KEYS.fullAccess.key}\r\nX-Organization-Id: ${CLINICS.sunrise.id}\r\n`;

function expectJsonError(answer: RawAnswer, status: number, reason: string): void {
  expect(answer.status, answer.raw).toBe(status);
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(answer.headers['x-sandbox-reason']).toBe(reason);
  const body = JSON.parse(answer.body) as Record<string, string>;
  expect(Object.keys(body)).toEqual(['code', 'message', 'trace_id']);
}

/** Every status line in what came back, in order. */
const statusesIn = (raw: string) => [...raw.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1]));

describe('Expect', () => {
  it('an unknown expectation is 417 with the JSON body, not a bare status line', async () => {
    const answer = await send(`GET /v3/patients HTTP/1.1\r\nHost: sandbox\r\n${AUTH}Expect: teapot\r\n\r\n`);
    expectJsonError(answer, 417, 'malformed_request');
  });

  it('100-continue still works', async () => {
    const body = JSON.stringify({ status: 503, times: 1 });
    const answer = await send(
      `POST /_sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n${body}`,
      { timeoutMs: 1500 },
    );
    expect(statusesIn(answer.raw)).toEqual([100, 201]);
    await send('DELETE /_sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n');
  });
});

describe('headers the specification refuses', () => {
  it('two Host headers: 400 (RFC 9112 3.2), and the connection closes', async () => {
    const answer = await send(`GET /v3/patients HTTP/1.1\r\nHost: sandbox\r\nHost: evil.example\r\n${AUTH}\r\n`);
    expectJsonError(answer, 400, 'malformed_request');
    expect(answer.closed).toBe(true);
  });

  it.each([
    ['gzip, chunked', 501],
    ['deflate', 501],
    // chunked not last: RFC 9112 6.3 makes the framing unreadable, and Node's parser says 400 first.
    ['chunked, identity', 400],
  ])('Transfer-Encoding: %s is %i (RFC 9112 6.1), and the connection closes', async (coding, status) => {
    const answer = await send(
      `POST /_sandbox/faults HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\nTransfer-Encoding: ${coding}\r\n\r\n0\r\n\r\n`,
    );
    expectJsonError(answer, status, 'malformed_request');
    expect(answer.closed).toBe(true);
  });

  it('Transfer-Encoding: chunked (any case) is served', async () => {
    const body = JSON.stringify({ advanceSeconds: 0 });
    const chunk = `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const answer = await send(
      `POST /_sandbox/clock HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\nTransfer-Encoding: Chunked\r\nConnection: close\r\n\r\n${chunk}`,
    );
    expect(answer.status, answer.raw).toBe(200);
  });
});

describe('pipelining', () => {
  it('a malformed request behind a valid one: both answered, in order, then the close (20 of 20)', async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = await send(
        `GET /v3/patients?pageSize=1 HTTP/1.1\r\nHost: sandbox\r\n${AUTH}\r\nGET /v3\\patients HTTP/1.1\r\nHost: sandbox\r\n\r\n`,
      );
      expect(statusesIn(answer.raw), `attempt ${attempt}`).toEqual([200, 400]);
      expect(answer.closed).toBe(true);
    }
  });

  it('two valid requests then a malformed one: three answers, in order', async () => {
    const valid = `GET /_sandbox/health HTTP/1.1\r\nHost: sandbox\r\n\r\n`;
    const answer = await send(`${valid}${valid}NOT AN HTTP REQUEST\r\n\r\n`);
    expect(statusesIn(answer.raw)).toEqual([200, 200, 400]);
    expect(answer.closed).toBe(true);
  });
});

describe('conditional requests and the document', () => {
  const etagOf = async (path: string) => {
    const answer = await send(`GET ${path} HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n`);
    return answer.headers.etag!;
  };

  it.each([
    ['the exact tag', (tag: string) => tag],
    ['a list holding it', (tag: string) => `"other", ${tag}`],
    ['its weak form (RFC 9110 13.1.2: weak comparison)', (tag: string) => `W/${tag}`],
    ['*', () => '*'],
  ])('If-None-Match with %s: 304', async (_what, header) => {
    const path = '/docs/assets/swagger-ui.css';
    const tag = await etagOf(path);
    expect(tag).toMatch(/^"/);
    const answer = await send(
      `GET ${path} HTTP/1.1\r\nHost: sandbox\r\nIf-None-Match: ${header(tag)}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(304);
    expect(answer.body).toBe('');
  });

  it('If-None-Match with other tags only: 200', async () => {
    const answer = await send(
      'GET /docs/assets/swagger-ui.css HTTP/1.1\r\nHost: sandbox\r\nIf-None-Match: "a", W/"b"\r\nConnection: close\r\n\r\n',
    );
    expect(answer.status).toBe(200);
  });

  it('/openapi.json is sent with X-Content-Type-Options: nosniff', async () => {
    const answer = await send('GET /openapi.json HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n');
    expect(answer.status).toBe(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('DNS rebinding on the wire', () => {
  it('a Host the sandbox does not answer: 403 host_not_allowed with the JSON body', async () => {
    const answer = await send('GET /_sandbox/fixtures HTTP/1.1\r\nHost: evil.example:3000\r\nConnection: close\r\n\r\n');
    expectJsonError(answer, 403, 'host_not_allowed');
    expect(answer.body).not.toContain('max_prd_ak_');
  });
});
