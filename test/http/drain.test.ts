import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { rawRequest } from '../support/raw-http.js';

const GET_PATIENTS =
  `GET /v3/patients?pageSize=1 HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer ${KEYS.fullAccess.key}\r\n` +
  `X-Organization-Id: ${CLINICS.sunrise.id}\r\n\r\n`;
const HEALTH = 'GET /_sandbox/health HTTP/1.1\r\nHost: sandbox\r\n\r\n';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** close() of startServer, which startSandbox's close() is: what a test suite's afterAll awaits. */
describe('close() drains', () => {
  it('lets a request in flight finish with Connection: close, and refuses new connections', async () => {
    const running = await startServer({ config: { port: 0, host: '127.0.0.1' } });
    running.sandbox.faults.add({ match: { path: '/v3/patients' }, delayMs: 500 });
    const answer = rawRequest(running.port, GET_PATIENTS, { untilResponse: true });
    await sleep(100);
    const started = Date.now();
    const closed = running.close();
    const late = await rawRequest(running.port, HEALTH, { timeoutMs: 1000 });
    expect(late.error).toBe('ECONNREFUSED');

    const { status, headers, body } = await answer;
    expect(status).toBe(200);
    expect(headers.connection).toBe('close');
    expect(JSON.parse(body).data.patients).toHaveLength(1);
    await closed;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('answers a request whose headers were still arriving with Connection: close', async () => {
    const running = await startServer({ config: { port: 0, host: '127.0.0.1' } });
    const socket = connect(running.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    const ended = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /_sandbox/health HTTP/1.1\r\nHost: sand');
    await sleep(100);
    const closed = running.close();
    await sleep(100);
    socket.write('box\r\n\r\n');
    await Promise.race([ended, sleep(3000)]);
    socket.destroy();
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(received).toMatch(/\r\nConnection: close\r\n/i);
    expect(received.endsWith('{"status":"ok"}')).toBe(true);
  });

  it('closes at once when only idle keep-alive connections are open', async () => {
    const running = await startServer({ config: { port: 0, host: '127.0.0.1' } });
    const idle = rawRequest(running.port, HEALTH, { timeoutMs: 3000 });
    await sleep(100);
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeLessThan(200);
    const answer = await idle;
    expect(answer.status).toBe(200);
    expect(answer.closed).toBe(true);
  });

  it('cuts what still runs at the 2 s deadline', async () => {
    const running = await startServer({ config: { port: 0, host: '127.0.0.1' } });
    running.sandbox.faults.add({ match: { path: '/v3/patients' }, delayMs: 4000 });
    const answer = rawRequest(running.port, GET_PATIENTS, { untilResponse: true, timeoutMs: 5000 });
    await sleep(100);
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(await answer).toMatchObject({ status: 0, closed: true });
  });
});
