import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { type RunningCli, runCli, startCli } from '../support/cli.js';

const auth = (key: string) => ({ Authorization: `Bearer ${key}`, 'X-Organization-Id': CLINICS.sunrise.id });

describe('the max-sandbox CLI over real HTTP', () => {
  let cli: RunningCli;
  beforeAll(async () => {
    cli = await startCli(['--seed', 'cli-test']);
  });
  afterAll(async () => {
    await cli?.stop();
  });

  it('prints the URL, the API reference and the well-known keys at start', () => {
    expect(cli.output()).toContain(`API reference (try it in a browser): ${cli.url}/docs`);
    expect(cli.output()).toContain(KEYS.fullAccess.key);
    expect(cli.output()).toContain(KEYS.revoked.key);
    expect(cli.output()).toContain(CLINICS.sunrise.id);
  });

  it('prints and serves the demo console from the built package', async () => {
    expect(cli.output()).toContain(`Demo console: ${cli.url}/_sandbox/console`);
    const page = await fetch(`${cli.url}/_sandbox/console`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${cli.url}/_sandbox/console/main.js`)).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });

  it("says nothing of the reference date when it is the fixture's, nor of CORS when it is off", () => {
    expect(cli.output()).not.toContain('Records placed around');
    expect(cli.output()).not.toContain('CORS');
  });

  it('serves health, the document and authorised data', async () => {
    expect(await (await fetch(`${cli.url}/_sandbox/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${cli.url}/openapi.json`)).status).toBe(200);
    const response = await fetch(`${cli.url}/v3/patients?pageSize=2`, { headers: auth(KEYS.fullAccess.key) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.patients).toHaveLength(2);
    expect(response.headers.get('x-ratelimit-limit')).toBe('1000');
  });

  it('refuses a revoked key with the real body and the sandbox reason', async () => {
    const response = await fetch(`${cli.url}/v3/patients`, { headers: auth(KEYS.revoked.key) });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-sandbox-reason')).toBe('revoked_key');
    const body = (await response.json()) as any;
    expect(body.message).toBe('Invalid or missing API key');
  });

  it('survives a 12 KB header and a broken body over the wire', async () => {
    const big = await fetch(`${cli.url}/v3/patients`, { headers: { Authorization: `Bearer ${'x'.repeat(12_000)}` } });
    expect(big.status).toBe(401);
    const broken = await fetch(`${cli.url}/v3/emails/send`, {
      method: 'POST',
      headers: { ...auth(KEYS.fullAccess.key), 'Content-Type': 'application/json' },
      body: '{"a":',
    });
    expect(broken.status).toBe(400);
    expect((await fetch(`${cli.url}/_sandbox/health`)).status).toBe(200);
  });

  it('gives the same records for the same seed across restarts', async () => {
    const again = await startCli(['--seed', 'cli-test']);
    try {
      const path = '/v3/appointments?pageSize=30&page=3';
      const [a, b] = await Promise.all(
        [cli.url, again.url].map(async (url) => (await fetch(`${url}${path}`, { headers: auth(KEYS.fullAccess.key) })).text()),
      );
      expect(b).toBe(a);
    } finally {
      await again.stop();
    }
  });
});

describe('CLI settings', () => {
  it('closes at once on SIGTERM and on SIGINT with nothing in flight, even with a keep-alive client', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const cli = await startCli();
      await fetch(`${cli.url}/_sandbox/health`, { keepalive: true });
      const { code, ms } = await cli.stop(signal);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(1000);
    }
  });

  it('takes settings from environment variables', async () => {
    const cli = await startCli([], { MAX_SANDBOX_ENVIRONMENT: 'staging', MAX_SANDBOX_RATE_LIMIT: '7' });
    try {
      expect(cli.output()).toContain('(staging)');
      const response = await fetch(`${cli.url}/v3/marketplace/me`, {
        headers: auth('max_dev_ak_FullAccess0000000000000000000001'),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-limit')).toBe('7');
    } finally {
      await cli.stop();
    }
  });

  it('places the schedule around --reference-date and says so at start', async () => {
    const cli = await startCli(['--reference-date', '2026-12-01']);
    try {
      expect(cli.output()).toContain(
        "Records placed around 2026-12-01T18:00:00.000Z (the fixture's date: 2026-06-01T12:00:00.000Z)",
      );
      const response = await fetch(`${cli.url}/v3/appointments?dateFrom=2026-12-01&dateTo=2026-12-01`, {
        headers: auth(KEYS.fullAccess.key),
      });
      expect(response.status).toBe(200);
      const appointments = ((await response.json()) as any).data.appointments as { scheduledStartDate: string; status: string }[];
      expect(appointments.map(({ scheduledStartDate, status }) => [scheduledStartDate.slice(0, 10), status])).toEqual([
        ['2026-12-01', 'completed'],
        ['2026-12-01', 'confirmed'],
      ]);
    } finally {
      await cli.stop();
    }
  });

  it('lets browser pages at the --cors origins call it, and says so at start', async () => {
    const cli = await startCli(['--cors', 'http://localhost:5173,http://127.0.0.1:8080/']);
    try {
      expect(cli.output()).toContain('CORS: browser pages at http://localhost:5173, http://127.0.0.1:8080 may call it');
      const preflight = await fetch(`${cli.url}/v3/patients`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://127.0.0.1:8080', 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
      const refused = await fetch(`${cli.url}/v3/patients`, {
        headers: { ...auth(KEYS.revoked.key), Origin: 'http://localhost:5173' },
      });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(refused.headers.get('access-control-expose-headers')).toContain('X-Sandbox-Reason');
    } finally {
      await cli.stop();
    }
  });

  it('stops with a message naming a bad --reference-date', async () => {
    const { code, output } = await runCli(['--reference-date', 'tomorrow']);
    expect(code).toBe(2);
    expect(output).toMatch(/--reference-date must be an ISO date .* or 'today', not 'tomorrow'/);
  });

  it.each([
    [['--port', 'abc'], {}, /--port must be an integer from 0 to 65535, not 'abc'/],
    [['--environment', 'qa'], {}, /--environment must be production or staging, not 'qa'/],
    [[], { MAX_SANDBOX_RATE_LIMIT: '0' }, /MAX_SANDBOX_RATE_LIMIT must be an integer from 1/],
    [
      [],
      { MAX_SANDBOX_CORS: 'localhost:5173' },
      /MAX_SANDBOX_CORS must be '\*' or comma-separated origins .*not 'localhost:5173'/,
    ],
    [['--log-format', 'xml'], {}, /--log-format must be text or json, not 'xml'/],
    [[], { MAX_SANDBOX_LOG_FORMAT: 'XML' }, /MAX_SANDBOX_LOG_FORMAT must be text or json, not 'XML'/],
    [['--colour', 'blue'], {}, /Unknown option '--colour'/],
    [
      ['--port', 'abc'],
      { MAX_SANDBOX_LOG_FORMAT: 'XML' },
      /^max-sandbox: --port must be an integer .*\nmax-sandbox: MAX_SANDBOX_LOG_FORMAT must be text or json, not 'XML'$/m,
    ],
  ])('stops with a message naming a bad setting: %j %j', async (args, env, message) => {
    const { code, output } = await runCli(args, env);
    expect(code).toBe(2);
    expect(output).toMatch(message);
  });

  it('stops with a message naming the file and field of a broken fixture', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'max-sandbox-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'world.json'), JSON.stringify({ seed: 's' }));
    const { code, output } = await runCli(['--port', '0', '--fixtures', dir]);
    expect(code).toBe(1);
    expect(output).toContain(join(dir, 'world.json'));
    expect(output).toMatch(/referenceDate: is required/);
  });

  it('prints help', async () => {
    const { code, output } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const flag of ['--port', '--host', '--seed', '--environment', '--fixtures', '--rate-limit', 'MAX_SANDBOX_SEED'])
      expect(output).toContain(flag);
  });

  it('reports a port in use', async () => {
    const cli = await startCli();
    try {
      const port = new URL(cli.url).port;
      const { code, output } = await runCli(['--port', port]);
      expect(code).toBe(1);
      expect(output).toContain(`max-sandbox: port ${port} on 127.0.0.1 is in use`);
      expect(output).toMatch(/--port <number> or PORT=<number>/);
    } finally {
      await cli.stop();
    }
  });
});

describe('the admin API open on the network', () => {
  const WARNING = /max-sandbox: WARNING: listening on 0\.0\.0\.0 with no admin token/;

  it('is named on stderr at start with --host 0.0.0.0 and no admin token, with how to close it', async () => {
    const cli = await startCli([], {}, { host: '0.0.0.0' });
    try {
      // stderr and stdout are separate pipes: the warning may arrive just after the banner.
      await expect.poll(() => cli.errors()).toMatch(WARNING);
      expect(cli.errors()).toContain('MAX_SANDBOX_ADMIN_TOKEN');
      expect((await fetch(`${cli.url}/_sandbox/health`)).status).toBe(200);
    } finally {
      await cli.stop();
    }
  });

  it('is not named on the default host, nor on 0.0.0.0 with an admin token', async () => {
    const local = await startCli([], {}, { host: null });
    const guarded = await startCli([], { MAX_SANDBOX_ADMIN_TOKEN: 'cli-test-token' }, { host: '0.0.0.0' });
    try {
      expect(local.output()).toContain('listening on http://127.0.0.1:');
      // Long enough for a warning written with the banner to have arrived.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const cli of [local, guarded]) expect(cli.output()).not.toContain('WARNING');
    } finally {
      await Promise.all([local.stop(), guarded.stop()]);
    }
  });
});

describe('request logging', () => {
  it('prints one line per request by default, with its time, path and query, status and reason', async () => {
    const cli = await startCli();
    try {
      await fetch(`${cli.url}/v3/patients?pageSize=2`, { headers: auth(KEYS.revoked.key) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(cli.output()).toMatch(/\n\d{4}-\d\d-\d\dT[\d:.]+Z GET \/v3\/patients\?pageSize=2 401 [\d.]+ms revoked_key\n/);
    } finally {
      await cli.stop();
    }
  });

  it('prints none with --quiet', async () => {
    const cli = await startCli(['--quiet']);
    try {
      await fetch(`${cli.url}/v3/patients`, { headers: auth(KEYS.revoked.key) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(cli.output()).not.toContain('GET /v3/patients');
    } finally {
      await cli.stop();
    }
  });

  it('as JSON, joins an error body to its log line and its journal entry by trace id', async () => {
    const cli = await startCli(['--log-requests', '--log-format', 'json']);
    try {
      const refused = await fetch(`${cli.url}/v3/patients`, { headers: auth(KEYS.revoked.key) });
      expect(refused.status).toBe(401);
      const { trace_id: traceId } = (await refused.json()) as { trace_id: string };
      expect((await fetch(`${cli.url}/v3/patients?pageSize=1`, { headers: auth(KEYS.fullAccess.key) })).status).toBe(200);
      const journal = (await (await fetch(`${cli.url}/_sandbox/requests`)).json()) as {
        requests: Array<{ status: number; traceId: string | null }>;
      };
      await new Promise((resolve) => setTimeout(resolve, 100));

      // Every line is JSON, the start-up line too: a log collector never meets the banner.
      const lines = cli
        .output()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({ level: 'info', url: cli.url, environment: 'production' });
      const matching = lines.filter((line) => line.traceId === traceId);
      expect(matching).toEqual([
        {
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          level: 'warn',
          method: 'GET',
          path: '/v3/patients',
          query: '',
          status: 401,
          durationMs: expect.any(Number),
          reason: 'revoked_key',
          keyId: KEYS.revoked.id,
          organizationId: CLINICS.sunrise.id,
          traceId,
        },
      ]);
      expect(journal.requests.filter((entry) => entry.traceId === traceId)).toEqual([
        expect.objectContaining({ status: 401, reason: 'revoked_key', traceId }),
      ]);
      // A success gets an id too, the same in its log line and its journal entry.
      const success = lines.find((line) => line.status === 200 && line.path === '/v3/patients');
      expect(success?.traceId).toMatch(/^[0-9a-f-]{36}$/);
      expect(journal.requests.find((entry) => entry.status === 200)?.traceId).toBe(success?.traceId);
      // Keys are named by id: no secret reaches a log line (the banner prints the public ones).
      expect(JSON.stringify(lines)).not.toMatch(/max_prd_|Bearer/);
    } finally {
      await cli.stop();
    }
  });
});

describe('requests Node itself cannot parse', () => {
  let cli: RunningCli;
  beforeAll(async () => {
    cli = await startCli();
  });
  afterAll(async () => {
    await cli?.stop();
  });

  /** Sends raw bytes and reads the whole answer (the server closes the connection). */
  function raw(request: string): Promise<string> {
    const { port } = new URL(cli.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  }

  const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as Record<string, string>;

  it('a 20 KB Authorization header reaches the app: 401 in the real body', async () => {
    const answer = await raw(
      `GET /v3/patients HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.startsWith('HTTP/1.1 401')).toBe(true);
    expect(bodyOf(answer).message).toBe('Invalid or missing API key');
  });

  it('headers over 64 KiB: 431 with a JSON body', async () => {
    const answer = await raw(`GET /v3/patients HTTP/1.1\r\nHost: x\r\nX-Junk: ${'a'.repeat(70_000)}\r\n\r\n`);
    expect(answer.startsWith('HTTP/1.1 431')).toBe(true);
    expect(answer).toContain('Content-Type: application/json');
    expect(Object.keys(bodyOf(answer)).sort()).toEqual(['code', 'message', 'trace_id']);
  });

  it('a broken request line: 400 with a JSON body, and the server keeps serving', async () => {
    const answer = await raw('NOT AN HTTP REQUEST\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 400')).toBe(true);
    expect(bodyOf(answer).code).toBe('bad_request');
    expect((await fetch(`${cli.url}/_sandbox/health`)).status).toBe(200);
  });

  it('broken chunked encoding in a body: 400 with a JSON body', async () => {
    const answer = await raw(
      `POST /v3/emails/send HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n` +
        `Authorization: Bearer ${KEYS.fullAccess.key}\r\nX-Organization-Id: ${CLINICS.sunrise.id}\r\n\r\nZZZ\r\nnope\r\n0\r\n\r\n`,
    );
    expect(answer.startsWith('HTTP/1.1 400')).toBe(true);
    expect(bodyOf(answer).code).toBe('bad_request');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cli.output()).not.toContain('unexpected error');
  });
});
