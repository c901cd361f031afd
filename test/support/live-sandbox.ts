import { afterAll, beforeAll, beforeEach } from 'vitest';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { SandboxAdmin } from '../../src/testing/admin-client.js';
import { type StartedSandbox, type StartSandboxOptions, startSandbox } from '../../src/testing/start-sandbox.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { validateResponse } from './spec-validator.js';

const spec = loadSpec();

/** `fetch` that checks the body and headers of every response it receives against the OpenAPI document. */
export const validatingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const text = await response.clone().text();
  const body = text && response.headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : undefined;
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  validateResponse(spec, {
    method: init?.method ?? 'GET',
    path: url.pathname,
    status: response.status,
    headers: response.headers,
    body,
  });
  return response;
};

/**
 * One real sandbox on an ephemeral loopback port for the calling test file, reset before each
 * test. Returns a getter: the sandbox exists only once `beforeAll` ran.
 */
export function useLiveSandbox(options: StartSandboxOptions = {}): () => StartedSandbox {
  let started: StartedSandbox | undefined;
  beforeAll(async () => {
    const running = await startSandbox({ seed: 'control-tests', ...options });
    started = {
      ...running,
      admin: new SandboxAdmin(running.url, { adminToken: options.adminToken ?? undefined, fetch: validatingFetch }),
    };
  });
  afterAll(async () => {
    await started?.close();
  });
  beforeEach(async () => {
    await started!.admin.reset();
  });
  return () => started!;
}

/** `GET <url><path>` as an app would call it. */
export async function callApi(
  url: string,
  path: string,
  options: { key?: string; organizationId?: string; method?: string; body?: unknown } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${options.key ?? KEYS.fullAccess.key}`,
    'X-Organization-Id': options.organizationId ?? CLINICS.sunrise.id,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await validatingFetch(`${url}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
