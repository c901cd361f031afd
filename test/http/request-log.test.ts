import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../src/contract/api-error.js';
import { renderError } from '../../src/http/render-error.js';
import { levelOf, type RequestLogFields, reportUnexpectedAsJson, requestLine, requestLog } from '../../src/http/request-log.js';
import type { SandboxEnv } from '../../src/http/request-variables.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

const FIELDS: RequestLogFields = {
  time: '2026-06-01T12:00:00.000Z',
  method: 'GET',
  path: '/v3/patients',
  query: '?pageSize=2',
  status: 401,
  durationMs: 1.23456,
  reason: 'revoked_key',
  keyId: 'key_prd_revoked',
  organizationId: CLINICS.sunrise.id,
  traceId: '0b7e2a52-4c7f-4d5c-9a0e-3f1d6a528c4e',
};

describe('requestLine', () => {
  it('writes text with the time, the method, the path and query, the status, the duration and the reason', () => {
    expect(requestLine('text', FIELDS)).toBe('2026-06-01T12:00:00.000Z GET /v3/patients?pageSize=2 401 1.2ms revoked_key');
    expect(requestLine('text', { ...FIELDS, query: '', status: 200, reason: null })).toBe(
      '2026-06-01T12:00:00.000Z GET /v3/patients 200 1.2ms',
    );
  });

  it('writes JSON as one object on one line, fields in a fixed order', () => {
    const line = requestLine('json', FIELDS);
    expect(line).not.toContain('\n');
    expect(Object.keys(JSON.parse(line))).toEqual([
      'time',
      'level',
      'method',
      'path',
      'query',
      'status',
      'durationMs',
      'reason',
      'keyId',
      'organizationId',
      'traceId',
    ]);
    expect(JSON.parse(line)).toMatchObject({ level: 'warn', durationMs: 1.23, traceId: FIELDS.traceId });
  });

  it('keeps a hostile path on its line', () => {
    const line = requestLine('json', { ...FIELDS, path: '/v3/"x"\n{"forged":true}' });
    expect(line.split('\n')).toHaveLength(1);
    expect(JSON.parse(line).path).toBe('/v3/"x"\n{"forged":true}');
  });

  it.each([
    [200, 'info'],
    [304, 'info'],
    [404, 'warn'],
    [429, 'warn'],
    [500, 'error'],
    [0, 'error'],
  ] as const)('logs status %i at level %s', (status, level) => {
    expect(levelOf(status)).toBe(level);
  });
});

describe('requestLog as JSON', () => {
  const { sandbox } = createTestSandbox();

  function loggedApp() {
    const lines: string[] = [];
    const app = new Hono<SandboxEnv>();
    app.use('*', requestLog(sandbox.world, { format: 'json', write: (line) => lines.push(line) }));
    app.get('/ok', (c) => c.text('ok'));
    app.post('/ok', (c) => c.text('ok'));
    app.get('/refused', () => {
      throw apiError('revoked_key');
    });
    app.get('/bug', () => {
      throw new Error('boom');
    });
    app.onError((error, c) =>
      renderError(
        error,
        c,
        reportUnexpectedAsJson((line) => lines.push(line)),
      ),
    );
    return { app, lines };
  }

  it("gives the log line the error body's trace_id, and names the key by id, never its secret", async () => {
    const { app, lines } = loggedApp();
    const response = await app.request('/refused', {
      headers: { Authorization: `Bearer ${KEYS.revoked.key}`, 'X-Organization-Id': CLINICS.sunrise.id },
    });
    const body = (await response.json()) as { trace_id: string };
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ status: 401, reason: 'revoked_key', keyId: KEYS.revoked.id, traceId: body.trace_id });
    expect(line.organizationId).toBe(CLINICS.sunrise.id);
    expect(lines[0]).not.toContain(KEYS.revoked.key);
  });

  it("leaves out the demo console's own reads, not its writes nor anyone else's reads", async () => {
    const { app, lines } = loggedApp();
    const fromConsole = { Referer: 'http://127.0.0.1:6290/_sandbox/console/' };
    await app.request('/ok?poll=1', { headers: fromConsole });
    await app.request('/ok?from=app', { headers: { Referer: 'http://127.0.0.1:5173/_sandbox/consoled' } });
    await app.request('/ok', { method: 'POST', headers: fromConsole });
    expect(lines.map((line) => JSON.parse(line)).map(({ method, path, query }) => `${method} ${path}${query}`)).toEqual([
      'GET /ok?from=app',
      'POST /ok',
    ]);
  });

  it('leaves out a health check that passes', async () => {
    const lines: string[] = [];
    const app = new Hono<SandboxEnv>();
    app.use('*', requestLog(sandbox.world, { format: 'json', write: (line) => lines.push(line) }));
    let healthy = true;
    app.get('/_sandbox/health', (c) => (healthy ? c.json({ status: 'ok' }) : c.json({}, 503)));
    await app.request('/_sandbox/health');
    healthy = false;
    await app.request('/_sandbox/health');
    expect(lines.map((line) => JSON.parse(line).status)).toEqual([503]);
  });

  it('gives every success its own trace id', async () => {
    const { app, lines } = loggedApp();
    await app.request('/ok');
    await app.request('/ok');
    const ids = lines.map((line) => JSON.parse(line).traceId);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('reports a bug as a JSON error line with the trace id of its 500', async () => {
    const { app, lines } = loggedApp();
    const response = await app.request('/bug');
    const body = (await response.json()) as { trace_id: string };
    expect(response.status).toBe(500);
    const [report, request] = lines.map((line) => JSON.parse(line));
    expect(report).toMatchObject({ level: 'error', message: 'unexpected error', path: '/bug', traceId: body.trace_id });
    expect(report.error).toContain('boom');
    expect(request).toMatchObject({ level: 'error', status: 500, traceId: body.trace_id });
  });
});

describe('the journal entry of a request', () => {
  it("carries its error body's trace_id", async () => {
    const { sandbox, request } = createTestSandbox();
    const response = await request('/v3/patients', { key: KEYS.revoked.key });
    expect(sandbox.journal.list()[0]).toMatchObject({ status: 401, traceId: response.body.trace_id });
  });

  it('has none for a success when requests are not logged as JSON: the hot path makes no id', async () => {
    const { sandbox, request } = createTestSandbox();
    await request('/v3/patients?pageSize=1');
    expect(sandbox.journal.list()[0]).toMatchObject({ status: 200, traceId: null });
  });
});

describe('the text log cannot be forged by what a request sends', () => {
  const ESC = '\u001b';

  /** The lines a text-logging app writes for one request to `path`. */
  async function textLines(path: string): Promise<string[]> {
    const { sandbox } = createTestSandbox();
    const lines: string[] = [];
    const app = new Hono<SandboxEnv>();
    app.use('*', requestLog(sandbox.world, { format: 'text', write: (line) => lines.push(line) }));
    app.get('*', (c) => c.text('ok'));
    await app.request(path);
    return lines;
  }

  it.each([
    ['a percent-encoded newline writing a whole fake line', '/v3/x%0AGET%20/_sandbox/keys%20200%200.1ms', '\n'],
    ['a carriage return', '/v3/x%0D%0A', '\r'],
    ['a terminal escape clearing the screen', '/v3/%1B[2J%1B[31mred', ESC],
    ['a C1 control (8-bit CSI)', '/v3/%C2%9B2J', '\u009b'],
    ['a Unicode line separator', '/v3/%E2%80%A8x', '\u2028'],
  ])('%s: one request, one line, the bytes escaped', async (_what, path, raw) => {
    const lines = await textLines(path);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(raw);
    expect(lines[0]).not.toContain(ESC);
    expect(lines[0]).toMatch(/^\S+ GET \S+ 200 \d+\.\dms$/);
  });

  it('a space in the path cannot make a field look like another: each field stays one word', async () => {
    const [line] = await textLines('/v3/x%20200%200.1ms%20revoked_key');
    // Time, method, path and query, status, duration.
    expect(line?.split(' ')).toHaveLength(5);
  });

  it('escapes a field itself, a backslash too, so an escape cannot be faked', () => {
    expect(requestLine('text', { ...FIELDS, path: `/a\n${ESC}[2J\\`, query: '' })).toBe(
      '2026-06-01T12:00:00.000Z GET /a\\n\\x1b[2J\\\\ 401 1.2ms revoked_key',
    );
  });
});
