import { resolvePointer } from '../../src/openapi/deref.js';
import type { OpenApiDocument } from '../../src/openapi/load-spec.js';
import { createAjv, type ValidateFunction } from './ajv.js';

const SPEC_ID = 'https://max-sandbox.local/openapi.json';
const compiled = new WeakMap<OpenApiDocument, { ajv: ReturnType<typeof createAjv>; cache: Map<string, ValidateFunction> }>();

/**
 * The headers a response may carry only where the document declares them: the rate limit and the
 * sandbox's own. A 401 with rate-limit headers fails, not only a 200 without them.
 */
const DECLARED_ONLY = /^(x-ratelimit-|x-sandbox-|retry-after$)/i;

/**
 * What `/v3` answers on a path or method the document does not hold: the responses the document
 * names for unknown routes (`NotFound`) and for the injected faults that apply to them.
 */
const UNKNOWN_ROUTE_RESPONSES: Readonly<Record<number, string>> = {
  404: '#/components/responses/NotFound',
  429: '#/components/responses/RateLimited',
  500: '#/components/responses/InternalError',
  503: '#/components/responses/ServiceUnavailable',
};

interface ResponseObject {
  headers?: Record<string, { $ref?: string }>;
  content?: Record<string, { schema?: { $ref?: string } }>;
}

/** One response as the test received it. */
export interface ReceivedResponse {
  method: string;
  path: string;
  status: number;
  headers: Headers;
  /** The parsed JSON body; `undefined` when the response has none. */
  body?: unknown;
}

/**
 * The response object the document gives for a status: `undefined` when the document does not
 * hold the path (nor, for `/v3`, the unknown-route response of that status).
 */
function documentedResponse(spec: OpenApiDocument, method: string, path: string, status: number): ResponseObject | undefined {
  let response: (ResponseObject & { $ref?: string }) | undefined;
  const operation = operationFor(spec, method, path);
  if (operation) {
    response = operation.responses?.[String(status)] ?? operation.responses?.default;
    if (!response) throw new Error(`${method} ${path}: status ${status} is not documented`);
  } else if (path.startsWith('/v3/') && UNKNOWN_ROUTE_RESPONSES[status] !== undefined) {
    response = { $ref: UNKNOWN_ROUTE_RESPONSES[status] };
  }
  return response?.$ref ? (resolvePointer(spec, response.$ref) as ResponseObject) : response;
}

function operationFor(spec: OpenApiDocument, method: string, path: string): { responses?: Record<string, any> } | undefined {
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (pattern.test(path)) return (item as Record<string, any>)[method.toLowerCase()];
  }
  return undefined;
}

function validatorFor(spec: OpenApiDocument, ref: string): { validate: ValidateFunction; errorsText: () => string } {
  let entry = compiled.get(spec);
  if (!entry) {
    const ajv = createAjv({ allErrors: true });
    ajv.addSchema(spec as object, SPEC_ID);
    entry = { ajv, cache: new Map() };
    compiled.set(spec, entry);
  }
  let validate = entry.cache.get(ref);
  if (!validate) {
    validate = entry.ajv.compile({ $ref: `${SPEC_ID}${ref}` });
    entry.cache.set(ref, validate);
  }
  const { ajv } = entry;
  return { validate, errorsText: () => ajv.errorsText(validate.errors) };
}

/** The body's schema: its status's, or for anything else that looks like an error, the Error schema. */
function checkBody(spec: OpenApiDocument, received: ReceivedResponse, documented: ResponseObject | undefined): void {
  const { method, path, status, body } = received;
  if (body === undefined) return;
  let ref: string | undefined;
  if (documented) {
    const schema = documented.content?.['application/json']?.schema;
    if (!schema) return;
    if (!schema.$ref) throw new Error(`${method} ${path} ${status}: response schemas are expected to be $refs`);
    ref = schema.$ref;
  } else {
    if (status < 400) return;
    ref = '#/components/schemas/Error';
  }
  const { validate, errorsText } = validatorFor(spec, ref);
  if (!validate(body)) {
    throw new Error(
      `${method} ${path} -> ${status}: body does not match ${ref}: ${errorsText()}\n${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}

/**
 * The headers the document declares: each one marked required is present, each one present has a
 * value its schema allows, and a rate-limit or sandbox header appears only where declared.
 */
function checkHeaders(spec: OpenApiDocument, received: ReceivedResponse, documented: ResponseObject): void {
  const { method, path, status, headers } = received;
  const where = `${method} ${path} -> ${status}`;
  const declared = new Set<string>();
  for (const [name, reference] of Object.entries(documented.headers ?? {})) {
    declared.add(name.toLowerCase());
    if (!reference.$ref) throw new Error(`${where}: header '${name}' is expected to be a $ref`);
    const header = resolvePointer(spec, reference.$ref) as { required?: boolean; schema: { type?: string } };
    const value = headers.get(name);
    if (value === null) {
      if (header.required) throw new Error(`${where}: header '${name}' is documented as required but missing`);
      continue;
    }
    const integer = header.schema.type === 'integer';
    const { validate, errorsText } = validatorFor(spec, `${reference.$ref}/schema`);
    if ((integer && !/^-?\d+$/.test(value)) || !validate(integer ? Number(value) : value))
      throw new Error(`${where}: header '${name}: ${value}' does not match its schema: ${errorsText()}`);
  }
  for (const name of headers.keys()) {
    if (DECLARED_ONLY.test(name) && !declared.has(name))
      throw new Error(`${where}: header '${name}' is not documented on this response`);
  }
}

/**
 * Fails when a response does not match the document: for a documented operation, the body schema
 * and headers of its status (for an unknown `/v3` route, the unknown-route responses); for
 * anything else whose body looks like an error, the Error schema.
 */
export function validateResponse(spec: OpenApiDocument, received: ReceivedResponse): void {
  const documented = documentedResponse(spec, received.method, received.path, received.status);
  checkBody(spec, received, documented);
  if (documented) checkHeaders(spec, received, documented);
}
