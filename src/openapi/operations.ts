import { deref } from './deref.js';
import type { JsonSchema } from './json-schema.js';
import type { OpenApiDocument } from './load-spec.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

/** One operation of the document, in the form the server is built from. */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** As written in the document: `/v3/patients/{id}`. */
  path: string;
  /** As Hono routes it: `/v3/patients/:id`. */
  routePath: string;
  /** `/v3`: the scope named in the operation's security requirement, or null when it needs none. */
  scope: string | null;
  /** `/_sandbox`: whether it needs `X-Sandbox-Admin-Token` (when the sandbox has one). */
  adminToken: boolean;
  parameters: ParameterSpec[];
  bodySchema: JsonSchema | null;
  /** Whether an empty body is refused (`requestBody.required`). */
  bodyRequired: boolean;
  /**
   * `/v3`: whether `X-Organization-Id` must name a clinic that installed the key's app
   * (`required`, the default) or may be left out (`optional`, `x-sandbox-organization`: the token
   * endpoint, which acts for no clinic). `/_sandbox`: always `required`, and unused.
   */
  organization: 'required' | 'optional';
  /**
   * How a refusal of the request itself is written: `api`, the API's `{code, message, trace_id}`;
   * `oauth2` (`x-sandbox-error-format`), RFC 6749 5.2's `{error, error_description}` for a bad body.
   * A bad key is the API's 401 either way.
   */
  errorFormat: 'api' | 'oauth2';
  /**
   * `x-sandbox-uncached: true`: a GET whose answer depends on the clock (emails' status), so it
   * must never be served from the response cache.
   */
  uncached: boolean;
}

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const SUPPORTED_TYPES = new Set(['string', 'integer', 'boolean', 'array']);

/** A loud failure: the document uses something this server does not implement. */
export class UnsupportedSpecError extends Error {
  constructor(where: string, detail: string) {
    super(`openapi: ${where}: ${detail}`);
    this.name = 'UnsupportedSpecError';
  }
}

/** What an operation's security requirement says: its scope, or that it needs the admin token. */
type SecurityReader = (
  security: unknown,
  where: string,
  organization: Operation['organization'],
) => Pick<Operation, 'scope' | 'adminToken'>;

/**
 * Reads every `/v3` operation out of the document. Anything the server cannot honour (an unknown
 * security scheme, a header or cookie parameter, an array in a non-comma style, a parameter
 * type it cannot coerce) fails here, at start-up, not on a request.
 */
export function readOperations(document: OpenApiDocument): Operation[] {
  return readOperationsUnder(document, '/v3/', readDataSecurity);
}

/** Reads every `/_sandbox` operation of the document, with the same checks. */
export function readAdminOperations(document: OpenApiDocument): Operation[] {
  return readOperationsUnder(document, '/_sandbox/', readAdminSecurity);
}

function readOperationsUnder(document: OpenApiDocument, prefix: string, readSecurity: SecurityReader): Operation[] {
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith(prefix) || !pathItem) continue;
    for (const method of METHODS) {
      const raw = (pathItem as Record<string, unknown>)[method.toLowerCase()];
      if (!raw) continue;
      // Only what the server is built from: the responses' deep schemas are not needed here.
      const { operationId, security, parameters, requestBody, 'x-sandbox-uncached': uncached } = raw as Record<string, unknown>;
      const extensions = raw as Record<string, unknown>;
      const operation = deref({ operationId, security, parameters, requestBody }, document);
      const where = `${method} ${path}`;
      if (typeof operation.operationId !== 'string') throw new UnsupportedSpecError(where, 'operationId is required');
      const organization = readChoice(extensions['x-sandbox-organization'], ['required', 'optional'], where);
      const errorFormat = readChoice(extensions['x-sandbox-error-format'], ['api', 'oauth2'], where);
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        ...readSecurity(operation.security, where, organization),
        parameters: readParameters(operation.parameters, where),
        bodySchema: readBody(operation.requestBody, where),
        bodyRequired: (operation.requestBody as { required?: unknown } | undefined)?.required === true,
        organization,
        errorFormat,
        uncached: uncached === true,
      });
    }
  }
  return operations;
}

/** An `x-sandbox-*` extension's value: one of `choices`, the first when absent; anything else fails at start-up. */
function readChoice<T extends string>(value: unknown, choices: readonly [T, ...T[]], where: string): T {
  if (value === undefined) return choices[0];
  if (choices.includes(value as T)) return value as T;
  throw new UnsupportedSpecError(where, `an x-sandbox extension must be one of ${choices.join(', ')}, not '${String(value)}'`);
}

/**
 * `[{bearerAuth: [scope?], organizationId: []}]`; an operation whose organization is optional
 * (`x-sandbox-organization: optional`) names bearerAuth alone.
 */
function readDataSecurity(
  security: unknown,
  where: string,
  organization: Operation['organization'],
): Pick<Operation, 'scope' | 'adminToken'> {
  if (!Array.isArray(security) || security.length !== 1) {
    throw new UnsupportedSpecError(where, 'needs exactly one security requirement');
  }
  const requirement = security[0] as Record<string, string[]>;
  const schemes = Object.keys(requirement).sort().join(',');
  const expected = organization === 'optional' ? 'bearerAuth' : 'bearerAuth,organizationId';
  if (schemes !== expected) {
    throw new UnsupportedSpecError(where, `security must name ${expected.replace(',', ' and ')}, not '${schemes}'`);
  }
  const scopes = requirement.bearerAuth ?? [];
  if (scopes.length > 1) throw new UnsupportedSpecError(where, 'at most one scope per operation');
  return { scope: scopes[0] ?? null, adminToken: false };
}

/** `[]` (open, like health) or `[{ sandboxAdminToken: [] }]`. */
function readAdminSecurity(security: unknown, where: string): Pick<Operation, 'scope' | 'adminToken'> {
  if (Array.isArray(security) && security.length === 0) return { scope: null, adminToken: false };
  const schemes = Array.isArray(security) && security.length === 1 ? Object.keys(security[0] as object).join(',') : '';
  if (schemes !== 'sandboxAdminToken') {
    throw new UnsupportedSpecError(where, 'security must be [] or name sandboxAdminToken alone');
  }
  return { scope: null, adminToken: true };
}

function readParameters(parameters: unknown, where: string): ParameterSpec[] {
  if (parameters === undefined) return [];
  if (!Array.isArray(parameters)) throw new UnsupportedSpecError(where, 'parameters must be an array');
  return parameters.map((raw: Record<string, unknown>) => {
    const name = String(raw.name);
    const at = `${where} parameter '${name}'`;
    if (raw.in !== 'path' && raw.in !== 'query') {
      throw new UnsupportedSpecError(at, `parameters in '${String(raw.in)}' are not supported`);
    }
    const schema = raw.schema as JsonSchema | undefined;
    const type = schema?.type;
    if (typeof type !== 'string' || !SUPPORTED_TYPES.has(type)) {
      throw new UnsupportedSpecError(at, `schema type '${String(type)}' is not supported`);
    }
    if (type === 'array' && !(raw.style === 'form' && raw.explode === false)) {
      throw new UnsupportedSpecError(at, 'array parameters must be comma-separated (style form, explode false)');
    }
    return { name, in: raw.in, required: raw.required === true, schema: schema! };
  });
}

function readBody(requestBody: unknown, where: string): JsonSchema | null {
  if (requestBody === undefined) return null;
  const content = (requestBody as { content?: Record<string, { schema?: JsonSchema }> }).content ?? {};
  const json = content['application/json']?.schema;
  if (!json || Object.keys(content).length !== 1) {
    throw new UnsupportedSpecError(where, 'a request body must be application/json only');
  }
  return json;
}
