/**
 * Issue 16, item 6: clients generated from openapi.json by the common generators read every
 * response of the sandbox. Each suite run generates a client with @hey-api/openapi-ts (fetch
 * client, SDK, zod schemas) and types with openapi-typescript for openapi-fetch, starts the
 * sandbox on an ephemeral loopback port, makes every call of call-plan.ts through both clients
 * and validates every body with hey-api's zod schemas. It fails listing each body a schema
 * rejects, each unexpected status, and each /v3 operation the suite did not call; and it compiles
 * an app using both outputs, strict, asserting that every nullable field is nullable in both.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createOpenapiFetch from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import type { paths } from '../../src/contract/openapi.generated.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { type StartedSandbox, startSandbox } from '../../src/testing/start-sandbox.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import {
  FRESH_CODE,
  OAUTH_REDIRECT_URI,
  type PlannedCall,
  planCalls,
  requiredQuery,
  type Samples,
  v3Operations,
} from './call-plan.js';
import { type GeneratedClients, generateClients } from './generate-clients.js';
import { nullableFields, typecheckGenerated } from './typecheck-generated.js';

const spec = loadSpec();

/** What the API wants for `statuses`: `statuses=a,b`, not openapi-fetch's default `statuses=a&statuses=b`. */
const COMMA_SEPARATED_ARRAYS = { array: { style: 'form', explode: false } } as const;

interface Outcome {
  client: string;
  call: PlannedCall;
  status: number;
  body: unknown;
  /** Set when hey-api's SDK itself threw (its zod response validator runs on every 2xx). */
  thrown?: string;
}

let sandbox: StartedSandbox;
let generated: GeneratedClients;
let sdk: Record<string, (options: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>>;
let schemas: Record<string, ZodType>;
let heyApiClient: unknown;
let createHeyApiClient: (key: string, organizationId: string) => unknown;

const authHeaders = (call: PlannedCall) => ({ Authorization: `Bearer ${call.key}`, 'X-Organization-Id': call.organizationId });
const isDefaultAuth = (call: PlannedCall) => call.key === KEYS.fullAccess.key && call.organizationId === CLINICS.sunrise.id;

/** The zod schema hey-api generated for a response: `z<OperationId>Response` for 2xx, the error schema otherwise. */
function schemaFor(call: PlannedCall, status: number): { name: string; schema: ZodType | undefined } {
  if (status >= 200 && status < 300) {
    const name = `z${call.operationId[0]!.toUpperCase()}${call.operationId.slice(1)}Response`;
    return { name, schema: schemas[name] };
  }
  let response = (spec.paths![call.path] as any)[call.method.toLowerCase()].responses[String(status)];
  if (response?.$ref) response = (spec.components!.responses as any)[response.$ref.split('/').pop()];
  const reference: string | undefined = response?.content?.['application/json']?.schema?.$ref;
  const name = `z${reference?.split('/').pop()}`;
  return { name, schema: schemas[name] };
}

async function throughHeyApi(call: PlannedCall): Promise<Outcome> {
  const operation = sdk[call.operationId];
  if (!operation) throw new Error(`hey-api generated no SDK function ${call.operationId}`);
  try {
    const result = await operation({
      // One client per key and clinic, each with its `auth` callback, as an app would set it up.
      client: isDefaultAuth(call) ? heyApiClient : createHeyApiClient(call.key, call.organizationId),
      path: call.pathParams,
      query: call.query,
      body: call.body,
    });
    return { client: 'hey-api', call, status: result.response.status, body: result.data ?? result.error };
  } catch (error) {
    return { client: 'hey-api', call, status: 0, body: undefined, thrown: String(error).replace(/\s+/g, ' ').slice(0, 500) };
  }
}

function openapiFetchClient(fetchImpl: typeof fetch = fetch) {
  return createOpenapiFetch<paths>({ baseUrl: sandbox.url, querySerializer: COMMA_SEPARATED_ARRAYS, fetch: fetchImpl });
}

async function throughOpenapiFetch(call: PlannedCall): Promise<Outcome> {
  const client = openapiFetchClient();
  // The plan is built from the document at run time, so the path is not a literal here.
  const request = client.request as (method: string, path: string, init: Record<string, unknown>) => Promise<any>;
  const result = await request(call.method.toLowerCase(), call.path, {
    params: { path: call.pathParams, query: call.query },
    body: call.body,
    headers: authHeaders(call),
  });
  return { client: 'openapi-fetch', call, status: result.response.status, body: result.data ?? result.error };
}

/** What is wrong with one outcome: an unexpected status, a throw, a body the zod schema rejects. */
function problems(outcome: Outcome): string[] {
  const where = `${outcome.client} ${outcome.call.label} (${outcome.call.method} ${outcome.call.path})`;
  if (outcome.thrown) return [`${where}: threw ${outcome.thrown}`];
  const found: string[] = [];
  if (outcome.status !== outcome.call.expectStatus) {
    found.push(
      `${where}: status ${outcome.status}, expected ${outcome.call.expectStatus}: ${JSON.stringify(outcome.body)?.slice(0, 300)}`,
    );
  }
  const { name, schema } = schemaFor(outcome.call, outcome.status);
  if (!schema) return [...found, `${where}: hey-api generated no schema ${name} for status ${outcome.status}`];
  const parsed = schema.safeParse(outcome.body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5))
      found.push(`${where}: ${name} at ${issue.path.join('.')}: ${issue.message}`);
  }
  return found;
}

/** The call with a fresh authorization code in place of FRESH_CODE (a code is single-use). */
async function withFreshCode(call: PlannedCall): Promise<PlannedCall> {
  const body = call.body as Record<string, unknown> | undefined;
  if (body?.code !== FRESH_CODE) return call;
  const sunrise = (await sandbox.admin.fixtures()).organizations.find((clinic) => clinic.id === CLINICS.sunrise.id)!;
  const { code } = await sandbox.admin.consent({
    clientId: 'sandbox-demo-app',
    redirectUri: OAUTH_REDIRECT_URI,
    userId: sunrise.staffUsers[0]!.id,
    organizationIds: [sunrise.id],
  });
  return { ...call, body: { ...body, code } };
}

/** One call with plain fetch, its path filled in by hand. */
async function plainCall(call: PlannedCall): Promise<void> {
  const path = call.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(call.pathParams[name]!));
  const response = await fetch(`${sandbox.url}${path}`, {
    method: call.method,
    headers: { ...authHeaders(call), 'Content-Type': 'application/json' },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  await response.arrayBuffer();
}

/** The first record and the page count of each list operation's default page, read with plain fetch. */
async function readSamples(): Promise<{ samples: Samples; totalPages: Record<string, number> }> {
  const samples: Samples = {};
  const totalPages: Record<string, number> = {};
  for (const operation of v3Operations(spec)) {
    if (operation.method !== 'GET' || operation.path.includes('{')) continue;
    // Every part a list can include (`includeSoapNote=true`): ids held inside it (a note's
    // impressions) are what writes under the record take.
    const include = operation.parameters.filter((p) => p.in === 'query' && /^include[A-Z]/.test(p.name));
    // A required filter (the inventory's `facilityId`) from the lists read before it (the facilities).
    const required = Object.entries(requiredQuery(operation, samples, undefined)).map(
      ([name, value]) => `${name}=${encodeURIComponent(String(value))}`,
    );
    const parts = [...include.map((p) => `${p.name}=true`), ...required];
    const query = parts.length === 0 ? '' : `?${parts.join('&')}`;
    const response = await fetch(`${sandbox.url}${operation.path}${query}`, {
      headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'X-Organization-Id': CLINICS.sunrise.id },
    });
    const body = (await response.json()) as any;
    // `{ code, data: { patients: [...], pagination } }`: the records are the one array under `data`.
    const records = Object.values<unknown>(body?.data ?? {}).find(Array.isArray) as Record<string, unknown>[] | undefined;
    if (records?.[0]) samples[operation.path] = records[0];
    const pages = body?.data?.pagination?.totalPages;
    if (typeof pages === 'number') totalPages[operation.path] = pages;
  }
  return { samples, totalPages };
}

describe('clients generated from openapi.json (openapi-typescript + openapi-fetch, @hey-api/openapi-ts + zod)', () => {
  let plan: ReturnType<typeof planCalls>;
  let typeErrors: string[];
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    generated = await generateClients();
    // Before the sandbox starts: the compile blocks the event loop for seconds, and a keep-alive
    // connection the server closes meanwhile would be reused and reset.
    typeErrors = typecheckGenerated(generated.dir, spec);
    sandbox = await startSandbox({ seed: 'generated-clients' });
    sdk = await import(`${generated.heyApiDir}/sdk.gen.ts`);
    schemas = await import(`${generated.heyApiDir}/zod.gen.ts`);
    const { createClient, createConfig } = await import(`${generated.heyApiDir}/client/index.ts`);
    createHeyApiClient = (key, organizationId) =>
      createClient(
        createConfig({
          baseUrl: sandbox.url,
          // hey-api asks once per security scheme of the operation: bearer, then the X-Organization-Id apiKey.
          auth: (scheme: { type: string }) => (scheme.type === 'http' ? key : organizationId),
        }),
      );
    heyApiClient = createHeyApiClient(KEYS.fullAccess.key, CLINICS.sunrise.id);
    // The writes once first, by plain fetch, so a list of what was written (the emails sent) has
    // a record for its get-by-id; then the samples again, and the plan.
    const before = await readSamples();
    for (const call of planCalls(spec, before.samples, before.totalPages).calls) {
      if (call.method !== 'GET' && call.expectStatus < 300) await plainCall(await withFreshCode(call));
    }
    const { samples, totalPages } = await readSamples();
    plan = planCalls(spec, samples, totalPages);
    for (const call of plan.calls) {
      outcomes.push(await throughHeyApi(await withFreshCode(call)));
      outcomes.push(await throughOpenapiFetch(await withFreshCode(call)));
    }
  });

  afterAll(async () => {
    await sandbox?.close();
    generated?.remove();
  });

  it('every /v3 operation is called, with a 2xx and its errors', () => {
    expect(plan.uncalled, 'operations the suite could not call').toEqual([]);
    const called = new Set(plan.calls.filter((call) => call.expectStatus < 300).map((call) => call.operationId));
    const all = v3Operations(spec).map((operation) => operation.operationId);
    expect(all.filter((operationId) => !called.has(operationId))).toEqual([]);
    for (const status of [400, 401, 403, 404]) {
      expect(
        plan.calls.some((call) => call.expectStatus === status),
        `a call answered ${status}`,
      ).toBe(true);
    }
  });

  it('an operation the suite cannot call is reported, not skipped', () => {
    const extended = structuredClone(spec) as any;
    const sendEmails = Object.values<any>(extended.paths).find((item) => item.post?.operationId === 'sendEmails').post;
    extended.paths['/v3/widgets'] = { post: { ...sendEmails, operationId: 'createWidget' } };
    expect(planCalls(extended, {}, {}).uncalled).toContain('createWidget: no request body example and none in BODIES');
  });

  it('a write under a record takes its ids from the records and its body from the document example', () => {
    const extended = structuredClone(spec) as any;
    const sendEmails = Object.values<any>(extended.paths).find((item) => item.post?.operationId === 'sendEmails').post;
    const idParameter = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
    extended.paths['/v3/notes/{noteId}/impressions/{impressionId}'] = {
      patch: {
        ...sendEmails,
        // Not the document's own updateImpression (`{id}`, a numeric impressionId): a `{noteId}` form.
        operationId: 'updateImpressionOfNoteId',
        parameters: [idParameter('noteId'), idParameter('impressionId')],
        requestBody: { content: { 'application/json': { schema: { type: 'object' }, example: { text: 'Better' } } } },
      },
    };
    const samples = { '/v3/notes': { id: 'nte_1', soapNote: { impressions: [{ id: 'imp_1' }] } } };
    const call = planCalls(extended, samples, {}).calls.find((planned) => planned.label === 'updateImpressionOfNoteId');
    expect(call).toMatchObject({ pathParams: { noteId: 'nte_1', impressionId: 'imp_1' }, body: { text: 'Better' } });
  });

  it('every response of both clients has the documented status and passes the generated zod schema', () => {
    const found = outcomes.flatMap(problems);
    console.log(`generated clients: ${outcomes.length} responses validated (${plan.calls.length} calls x 2 clients)`);
    expect(found, `${found.length} of ${outcomes.length} responses failed`).toEqual([]);
  });

  it('both generators type every nullable field of the document as nullable; an app using both compiles strict', () => {
    expect(nullableFields(spec).length).toBeGreaterThan(50);
    expect(typeErrors).toEqual([]);
  });

  it('openapi-fetch needs querySerializer { array: { style: "form", explode: false } } for `statuses`', async () => {
    const urls: string[] = [];
    const recording: typeof fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const statuses = ['scheduled', 'confirmed'] as const;
    const { data, response } = await openapiFetchClient(recording).GET('/v3/appointments', {
      params: { query: { statuses: [...statuses] } },
      headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'X-Organization-Id': CLINICS.sunrise.id },
    });
    expect(response.status).toBe(200);
    expect(new URL(urls[0]!).search).toBe('?statuses=scheduled,confirmed');
    const appointments = data!.data.appointments;
    expect(appointments.length).toBeGreaterThan(0);
    expect(new Set(appointments.map((appointment) => appointment.status))).toEqual(new Set(statuses));

    // Its default writes the array exploded, which is not the documented form: a repeated parameter is 400.
    const plain = createOpenapiFetch<paths>({ baseUrl: sandbox.url, fetch: recording });
    const exploded = await plain.GET('/v3/appointments', {
      params: { query: { statuses: [...statuses] } },
      headers: { Authorization: `Bearer ${KEYS.fullAccess.key}`, 'X-Organization-Id': CLINICS.sunrise.id },
    });
    expect(new URL(urls[1]!).search).toBe('?statuses=scheduled&statuses=confirmed');
    expect(exploded.response.status).toBe(400);
    expect(exploded.error?.message).toBe("'statuses' must be given once");

    // The README shows this serializer.
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    expect(readme).toContain("querySerializer: { array: { style: 'form', explode: false } }");
  });

  it("hey-api writes `statuses` comma-separated by itself, from the parameter's explode: false", async () => {
    const result = await sdk.listClaims!({ client: heyApiClient, query: { statuses: ['submitted', 'paid'] } });
    expect(result.response.status).toBe(200);
    expect(new URL(result.response.url).searchParams.get('statuses')).toBe('submitted,paid');
  });
});
