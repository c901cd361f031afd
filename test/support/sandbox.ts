import { createApp } from '../../src/app.js';
import { HttpCaches } from '../../src/http/http-caches.js';
import { createSandbox, type Sandbox } from '../../src/sandbox.js';
import type { SandboxSettings } from '../../src/settings/schema.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { Clock } from '../../src/world/clock.js';
import { validateResponse } from './spec-validator.js';

/** The instant every in-process test runs at, unless it moves the clock. */
export const FIXED_NOW = Date.parse('2026-06-01T12:00:00.000Z');

export interface RequestOptions {
  method?: string;
  /** A key secret; `null` sends no Authorization header. Default: the full-access key. */
  key?: string | null;
  /** Raw Authorization header value, overriding `key`. */
  authorization?: string;
  /** `null` sends no X-Organization-Id. Default: Sunrise. */
  organizationId?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface TestSandbox {
  sandbox: Sandbox;
  /** The app's request caches, to check their budgets. */
  caches: HttpCaches;
  app: ReturnType<typeof createApp>;
  /** Calls the app in-process; every response's body and headers are checked against the OpenAPI document. */
  request(path: string, options?: RequestOptions): Promise<TestResponse>;
}

/** An in-process sandbox on a frozen clock (at FIXED_NOW unless `now` is given), with the built-in fixtures. */
export function createTestSandbox(config: SandboxSettings = {}, now: number = FIXED_NOW): TestSandbox {
  const clock = new Clock(() => now);
  const sandbox = createSandbox({ config, clock });
  const caches = new HttpCaches();
  const app = createApp(sandbox, undefined, caches);
  return {
    sandbox,
    caches,
    app,
    async request(path, options = {}) {
      const method = options.method ?? 'GET';
      const headers = new Headers(options.headers);
      const key = options.key === undefined ? KEYS.fullAccess.key : options.key;
      if (options.authorization !== undefined) headers.set('Authorization', options.authorization);
      else if (key !== null) headers.set('Authorization', `Bearer ${key}`);
      const organizationId = options.organizationId === undefined ? CLINICS.sunrise.id : options.organizationId;
      if (organizationId !== null) headers.set('X-Organization-Id', organizationId);
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      }
      const response = await app.request(path, { method, headers, body });
      const text = await response.text();
      const json = text && response.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : undefined;
      // Status 0: an injected fault dropped the connection, so there is no response to check.
      if (response.status !== 0) {
        const { pathname } = new URL(path, 'http://sandbox');
        validateResponse(sandbox.spec, {
          method,
          path: pathname,
          status: response.status,
          headers: response.headers,
          body: json,
        });
      }
      return { status: response.status, headers: response.headers, text, body: json };
    },
  };
}
