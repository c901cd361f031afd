import { afterEach, describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, startCli } from '../support/cli.js';
import { rawRequest } from '../support/raw-http.js';

const IN_FLIGHT = 32;
const GET_PATIENTS =
  `GET /v3/patients?pageSize=1 HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer ${KEYS.fullAccess.key}\r\n` +
  `X-Organization-Id: ${CLINICS.sunrise.id}\r\n\r\n`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What `docker stop` and a test runner do: SIGTERM, then wait for the exit. */
describe('SIGTERM with requests in flight', () => {
  let cli: RunningCli | undefined;
  afterEach(() => {
    if (cli?.child.exitCode === null) cli.child.kill('SIGKILL');
  });

  it('answers every one of them, refuses new connections, and exits 0 within the drain deadline', async () => {
    cli = await startCli();
    const port = Number(new URL(cli.url).port);
    const fault = await fetch(`${cli.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ match: { path: '/v3/patients' }, delayMs: 1500 }),
    });
    expect(fault.status).toBe(201);

    // Keep-alive connections, each with a request the fault holds for 1.5 s.
    const answers = Array.from({ length: IN_FLIGHT }, () =>
      rawRequest(port, GET_PATIENTS, { untilResponse: true, timeoutMs: 5000 }),
    );
    await sleep(300);
    const exited = cli.stop('SIGTERM');
    await sleep(200);

    const late = await rawRequest(port, GET_PATIENTS, { timeoutMs: 1000 });
    expect(late.status, late.raw).toBe(0);
    expect(late.error ?? (late.closed ? 'closed' : 'open')).toMatch(/ECONNREFUSED|ECONNRESET|closed/);

    for (const answer of await Promise.all(answers)) {
      expect(answer.status, answer.raw).toBe(200);
      expect(answer.headers.connection).toBe('close');
      expect(JSON.parse(answer.body).data.patients).toHaveLength(1);
    }
    const { code, ms } = await exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(3000);
  });

  it('cuts a request still running at the 2 s deadline, and exits 0', async () => {
    cli = await startCli();
    const port = Number(new URL(cli.url).port);
    await fetch(`${cli.url}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ match: { path: '/v3/patients' }, delayMs: 10_000 }),
    });
    const answer = rawRequest(port, GET_PATIENTS, { untilResponse: true, timeoutMs: 5000 });
    await sleep(200);
    const { code, ms } = await cli.stop('SIGTERM');
    expect(code).toBe(0);
    expect(ms).toBeGreaterThanOrEqual(1900);
    expect(ms).toBeLessThan(3000);
    expect((await answer).closed).toBe(true);
  });
});
