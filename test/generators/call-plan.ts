import type { OpenAPIV3_1 } from 'openapi-types';
import { type Operation, type ParameterSpec, readOperations } from '../../src/openapi/operations.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';

/** One call the suite makes through each generated client. */
export interface PlannedCall {
  /** What the call shows, e.g. `listAppointments statuses`. */
  label: string;
  operationId: string;
  method: string;
  /** The document's path template, e.g. `/v3/patients/{id}`. */
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  body?: unknown;
  key: string;
  organizationId: string;
  expectStatus: number;
}

/** Stands for an authorization code in a planned body; replaced by a fresh one when the call is made. */
export const FRESH_CODE = '<fresh code>';
/** The demo app's registered loopback callback (any port) the suite's consents use. */
export const OAUTH_REDIRECT_URI = 'http://localhost/callback';

/** The first record of each list operation's default page, by the list's path: where ids come from. */
export type Samples = Record<string, Record<string, unknown>>;

/**
 * Bodies of writes whose document gives no request example, by operationId. An operation neither
 * the document's examples nor this table can call is reported by the suite as not called.
 */
const BODIES: Record<string, (samples: Samples) => unknown> = {
  // The code is single-use: the suite puts a fresh one from the headless consent into each call.
  oauthToken: () => ({ grant_type: 'authorization_code', code: FRESH_CODE, redirect_uri: OAUTH_REDIRECT_URI }),
  sendEmails: (samples) => ({
    from: 'front-desk',
    subject: 'See you soon',
    html: '<p>Your appointment is tomorrow.</p>',
    emailType: 'general',
    patientIds: [samples['/v3/patients']?.id],
  }),
  createTask: (samples) => ({
    noteId: samples['/v3/notes']?.id,
    providerId: samples['/v3/providers']?.id,
    notes: 'Call the patient with the biopsy result.',
    assigneeIds: [samples['/v3/providers']?.id],
  }),
};

const DEFAULT = { key: KEYS.fullAccess.key, organizationId: CLINICS.sunrise.id };

export function v3Operations(spec: OpenAPIV3_1.Document): Operation[] {
  return readOperations(spec).filter((operation) => operation.path.startsWith('/v3/'));
}

const pathParameters = (operation: Operation) => operation.parameters.filter((p) => p.in === 'path');
const queryParameters = (operation: Operation) => operation.parameters.filter((p) => p.in === 'query');

/** The documented 2xx status of an operation. */
function successStatus(spec: OpenAPIV3_1.Document, operation: Operation): number {
  const responses = (spec.paths![operation.path] as any)[operation.method.toLowerCase()].responses;
  return Number(Object.keys(responses).find((status) => status.startsWith('2')));
}

/** An id named `name` somewhere in a record: the field itself, or the id of `<stem>` / the first of `<stem>s`. */
function findId(node: unknown, name: string, stem: string): string | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  // A string id, or a number (a note's `impressionId`), sent as the path's text.
  if (typeof record[name] === 'string' || typeof record[name] === 'number') return String(record[name]);
  const nested = Array.isArray(record[`${stem}s`]) ? (record[`${stem}s`] as unknown[])[0] : record[stem];
  if (nested && typeof (nested as Record<string, unknown>).id === 'string')
    return (nested as Record<string, unknown>).id as string;
  for (const value of Object.values(record)) {
    const found = findId(Array.isArray(value) ? value[0] : value, name, stem);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * `patientId` -> the record's own `patientId`, else the first patient's id (the list whose path
 * starts `/v3/patient`), else an id found in any record (`impressionId` in a note's `impressions`).
 */
function idFor(name: string, samples: Samples, own: Record<string, unknown> | undefined): string | undefined {
  if (typeof own?.[name] === 'string') return own[name] as string;
  const stem = name.replace(/Ids?$/, '');
  const list = Object.keys(samples).find((path) => path.startsWith(`/v3/${stem.slice(0, -1)}`));
  if (list && typeof samples[list]?.id === 'string') return samples[list].id as string;
  for (const sample of Object.values(samples)) {
    const found = findId(sample, name, stem);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A value the document allows for a filter, taken from the records where it names one. */
function filterValue(parameter: ParameterSpec, samples: Samples, own: Record<string, unknown> | undefined): unknown {
  const schema = parameter.schema as any;
  const examples: unknown[] = schema.examples ?? [];
  if (schema.type === 'array') return schema.items?.enum ? schema.items.enum.slice(0, 2) : undefined;
  if (schema.enum) return schema.enum[schema.enum.length - 1];
  if (schema.type === 'boolean') return true;
  if (schema.type === 'integer') return Math.min(schema.maximum ?? 5, Math.max(schema.minimum ?? 1, 2));
  if (/Id$/.test(parameter.name)) return idFor(parameter.name, samples, own) ?? examples[0];
  // A schema may offer several forms (`anyOf` a date or a timestamp): the first one it offers.
  const formats = [schema.format, ...(schema.anyOf ?? []).map((option: any) => option.format)];
  if (formats.includes('date')) return '2026-05-01';
  if (formats.includes('date-time')) return '2026-05-01T00:00:00Z';
  return examples[0] ?? 'a';
}

/**
 * The operation's required query parameters, each with a value from the records: the record's
 * own (`facilityId` of the change a get reads), else the first of its list (the first facility).
 */
export function requiredQuery(
  operation: Operation,
  samples: Samples,
  own: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const required: Record<string, unknown> = {};
  for (const parameter of queryParameters(operation).filter((p) => p.required)) {
    required[parameter.name] = filterValue(parameter, samples, own);
  }
  return required;
}

/** The same id with its 32 hex digits zeroed: well formed, and no record has it. */
const unknownId = (id: string) => (/[0-9a-f]{32}$/.test(id) ? id.replace(/[0-9a-f]{32}$/, '0'.repeat(32)) : undefined);

/** The list operation a get-by-id reads its id from: the same path without the trailing `/{...}`. */
const parentPath = (path: string) => path.replace(/\/\{[^}]+\}$/, '');

/**
 * Every call of the suite, derived from the document: each list page by page and once with each
 * filter; each get-by-id with an id from its list, an unknown id (404) and a malformed
 * one (400); a page size over the maximum (400); for every operation a revoked key (401) and, where
 * a scope is needed, a key with none (403). Writes take their body from the document's example or
 * from BODIES. Operations none of this reaches come back in `uncalled`.
 */
export function planCalls(
  spec: OpenAPIV3_1.Document,
  samples: Samples,
  totalPages: Record<string, number>,
): { calls: PlannedCall[]; uncalled: string[] } {
  const calls: PlannedCall[] = [];
  const uncalled: string[] = [];
  for (const operation of v3Operations(spec)) {
    const base = {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      pathParams: {} as Record<string, string>,
      query: {} as Record<string, unknown>,
      ...DEFAULT,
    };
    const success = successStatus(spec, operation);
    const own = samples[parentPath(operation.path)];
    const pathParams: Record<string, string> = {};
    // The last path parameter names the record itself (`{id}`, `{noteId}`): its id comes from the list above it.
    const idParameter = pathParameters(operation).at(-1)?.name;
    for (const parameter of pathParameters(operation)) {
      // A record's id before the last parameter (`{id}` of `/v3/notes/{id}/impressions/{...}`)
      // comes from the list its path starts with.
      const listed = samples[operation.path.slice(0, operation.path.indexOf(`/{${parameter.name}}`))];
      const fromList = parameter.name === idParameter ? (own?.id as string | undefined) : (listed?.id as string | undefined);
      const id = fromList ?? idFor(parameter.name, samples, undefined);
      if (id !== undefined) pathParams[parameter.name] = id;
    }
    if (Object.keys(pathParams).length < pathParameters(operation).length) {
      uncalled.push(`${operation.operationId}: no id for ${operation.path}`);
      continue;
    }
    let body: unknown;
    if (operation.bodySchema) {
      const content = (spec.paths![operation.path] as any)[operation.method.toLowerCase()].requestBody?.content?.[
        'application/json'
      ];
      body =
        content?.example ?? Object.values<any>(content?.examples ?? {})[0]?.value ?? BODIES[operation.operationId]?.(samples);
      if (body === undefined) {
        uncalled.push(`${operation.operationId}: no request body example and none in BODIES`);
        continue;
      }
    }
    // Required query parameters (`providerId` of an impression edit, the inventory's
    // `facilityId`), from the records: sent with every call of the operation.
    const required = requiredQuery(operation, samples, own);
    const ok = { ...base, pathParams, query: required, body, label: operation.operationId, expectStatus: success };
    calls.push(ok);
    if (operation.method === 'GET') {
      // Every record of every list once, so a value a few records hold (a null gender) is met.
      for (let page = 2; page <= (totalPages[operation.path] ?? 0); page += 1) {
        calls.push({ ...ok, label: `${operation.operationId} page ${page}`, query: { ...required, page } });
      }
      for (const parameter of queryParameters(operation)) {
        if (parameter.name === 'page') continue; // walked above
        const value = filterValue(parameter, samples, own);
        if (value === undefined) continue;
        calls.push({
          ...ok,
          label: `${operation.operationId} ${parameter.name}`,
          query: { ...required, [parameter.name]: value },
        });
      }
      // The parameter with the smallest maximum (pageSize): one over it is a 400.
      const limited = queryParameters(operation)
        .filter((p) => typeof (p.schema as any).maximum === 'number')
        .sort((a, b) => (a.schema as any).maximum - (b.schema as any).maximum)[0];
      if (limited) {
        const query = { ...required, [limited.name]: (limited.schema as any).maximum + 1 };
        calls.push({ ...ok, label: `${operation.operationId} ${limited.name} too large`, query, expectStatus: 400 });
      }
    }
    if (pathParams.id !== undefined) {
      const missing = unknownId(pathParams.id);
      if (missing) {
        calls.push({
          ...ok,
          label: `${operation.operationId} unknown id`,
          pathParams: { ...pathParams, id: missing },
          expectStatus: 404,
        });
      }
      calls.push({
        ...ok,
        label: `${operation.operationId} malformed id`,
        pathParams: { ...pathParams, id: 'nope' },
        expectStatus: 400,
      });
    }
    calls.push({ ...ok, label: `${operation.operationId} revoked key`, key: KEYS.revoked.key, expectStatus: 401 });
    if (operation.scope !== null) {
      calls.push({ ...ok, label: `${operation.operationId} no scopes`, key: KEYS.noScopes.key, expectStatus: 403 });
    }
  }
  return { calls, uncalled };
}
