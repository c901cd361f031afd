import { deref } from '../openapi/deref.js';
import type { JsonSchema } from '../openapi/json-schema.js';
import type { OpenApiDocument } from '../openapi/load-spec.js';
import { type Operation, readOperations } from '../openapi/operations.js';

/** Who the cases speak as: the key and clinic under test, and the optional extras. */
export interface Credentials {
  /** A Data API key that holds every scope at `organizationId`. */
  key: string;
  organizationId: string;
  /** A key of the same clinic lacking the operations' scopes; without it, no 403 scope cases. */
  restrictedKey?: string;
  /** Another clinic where the key's app is installed; without it, no cross-clinic 404 cases. */
  otherOrganizationId?: string;
}

export interface CaseRequest {
  method: Operation['method'];
  /** Concrete, except `{id}` when the case needs a record of another clinic (see `needs`). */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: string;
  /**
   * Required query parameters that name a record (`facilityId` on the inventory reads): the
   * runner sends the id of the first record the listing shows at the request's clinic.
   */
  fill?: Record<string, { listPath: string; listField: string }>;
}

/** What must come back. A `message` absent means the document does not fix the text. */
export interface Expectation {
  status: number;
  /** The error body's `code`; absent for a 200. */
  code?: string;
  message?: { equals: string } | { names: string };
  /** An RFC 6749 5.2 body `{error, error_description}` with this `error` (the token endpoint), instead of `code`. */
  oauthError?: string;
}

/** A fact about the server the case cannot be sent without; the runner finds it out or skips. */
export type CaseNeed =
  /** The id of a record that exists in `organizationId`, listed by `listPath`, under `data[listField]`. */
  | { kind: 'foreign-id'; organizationId: string; listPath: string; listField: string }
  /** The restricted key must really lack `scope`, or a 403 would be the wrong thing to expect. */
  | { kind: 'scope-absent'; scope: string };

export interface ConformanceCase {
  /** `GET /v3/patients/{id}`, as in the document. */
  operation: string;
  name: string;
  request: CaseRequest;
  expected: Expectation;
  needs?: CaseNeed;
}

/** Each status's public error code, as the document's `Error` schema lists them. */
export const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
};

const DATA_KEY_PREFIX = /^(max_(?:prd|dev)_ak_)/;
const ID_PATTERN = /^\^([a-z]+_)\[0-9a-f\]\{32\}\$$/;
/** 32 hex digits no record is expected to have: recognisable in a server's logs. */
const UNKNOWN_ID_BODY = `${'0'.repeat(24)}c0ffee00`;
/** A well-formed key body nobody is expected to hold. */
const UNKNOWN_KEY_BODY = 'ConformanceUnknownKey'.padEnd(32, '0');
/** Never a record's id under any prefix: the wrong shape altogether. */
const MALFORMED_ID = 'not-a-valid-id';

/** The data-key prefix (`max_prd_ak_` or `max_dev_ak_`) of `key`, or null when it has none. */
export function dataKeyPrefix(key: string): string | null {
  return DATA_KEY_PREFIX.exec(key)?.[1] ?? null;
}

/** The error messages the document fixes, read once; a missing one leaves that check to the code. */
interface DocumentedMessages {
  unauthorized?: string;
  organizationMissing?: string;
  organizationInvalid?: string;
  /** `Insufficient scope. Required: <scope>`, with `<scope>` to fill in. */
  scopeTemplate?: string;
}

const backticked = (text: unknown): string[] =>
  typeof text === 'string' ? [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!) : [];

function documentedMessages(document: OpenApiDocument): DocumentedMessages {
  const responses = (document.components?.responses ?? {}) as Record<string, Record<string, unknown>>;
  const example = (name: string) =>
    (responses[name]?.content as Record<string, { example?: { message?: unknown } }> | undefined)?.['application/json']?.example
      ?.message;
  const unauthorized = example('Unauthorized');
  const info = backticked(document.info?.description);
  return {
    unauthorized: typeof unauthorized === 'string' ? unauthorized : undefined,
    organizationMissing: info.find((text) => /^'X-Organization-Id' is required$/.test(text)),
    organizationInvalid: info.find((text) => /^'X-Organization-Id' must be /.test(text)),
    scopeTemplate: backticked(responses.Forbidden?.description).find((text) => text.includes('<scope>')),
  };
}

/** The operation's description, where the document spells out its 400 and 404 messages. */
function operationDescription(document: OpenApiDocument, operation: Operation): string {
  const item = document.paths?.[operation.path] as Record<string, { description?: string }> | undefined;
  return item?.[operation.method.toLowerCase()]?.description ?? '';
}

/** `400 \`...\`` or `404 \`...\`` in a description: the message the document fixes for that status. */
function messageFor(description: string, status: number): string | undefined {
  return new RegExp(`${status} \`([^\`]+)\``).exec(description)?.[1];
}

/** Where the records of an `{id}` operation are listed, and under which `data` field. */
function listingOf(document: OpenApiDocument, operation: Operation): { listPath: string; listField: string } | null {
  const listPath = operation.path.replace(/\/\{id\}$/, '');
  // Only a record's own path has a listing one level up (`/changes/{id}/products` has none).
  if (listPath === operation.path) return null;
  const list = (document.paths?.[listPath] as Record<string, unknown> | undefined)?.get as
    | { responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }> }
    | undefined;
  const schema = list?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) return null;
  const data = (deref(schema, document).properties as Record<string, JsonSchema> | undefined)?.data;
  const fields = Object.entries((data?.properties ?? {}) as Record<string, JsonSchema>);
  const array = fields.find(([, field]) => field.type === 'array');
  return array ? { listPath, listField: array[0] } : null;
}

/**
 * The operation's required query parameters whose schema is a record id (`facilityId`), each with
 * where records of that prefix are listed: found from the `{id}` operation of that prefix.
 */
function requiredIdQuery(
  document: OpenApiDocument,
  operation: Operation,
): Record<string, { listPath: string; listField: string }> | undefined {
  const found: Record<string, { listPath: string; listField: string }> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const prefix = ID_PATTERN.exec(String(parameter.schema.pattern ?? ''))?.[1];
    if (prefix === undefined) continue;
    const getter = readOperations(document).find(
      (candidate) =>
        candidate.parameters.some(
          (p) => p.in === 'path' && p.name === 'id' && ID_PATTERN.exec(String(p.schema.pattern ?? ''))?.[1] === prefix,
        ) && candidate.path.endsWith('/{id}'),
    );
    const listing = getter && listingOf(document, getter);
    if (listing) found[parameter.name] = listing;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Every refusal the document promises for every `/v3` operation, plus a 200 baseline for each
 * read that needs no id: pure, so the same document and credentials always give the same list.
 * Nothing here can be a write that succeeds: bodies are never valid, and a read is a read.
 */
export function deriveCases(document: OpenApiDocument, credentials: Credentials): ConformanceCase[] {
  const prefix = dataKeyPrefix(credentials.key);
  if (prefix === null) throw new Error(`--key must be a Data API key (max_prd_ak_... or max_dev_ak_...)`);
  const messages = documentedMessages(document);
  const equals = (text: string | undefined) => (text === undefined ? undefined : { equals: text });
  const cases: ConformanceCase[] = [];

  for (const operation of readOperations(document)) {
    const label = `${operation.method} ${operation.path}`;
    const description = operationDescription(document, operation);
    const idParameter = operation.parameters.find((parameter) => parameter.in === 'path' && parameter.name === 'id');
    const idPrefix = idParameter ? ID_PATTERN.exec(String(idParameter.schema.pattern ?? ''))?.[1] : undefined;
    if (idParameter && idPrefix === undefined) {
      throw new Error(`${label}: the id's schema pattern is not a prefix and 32 hex digits`);
    }
    const unknownId = `${idPrefix}${UNKNOWN_ID_BODY}`;
    // Other path parameters (a note's `{impressionId}`, a number) take their schema's minimum, else 1.
    const otherPathParameters = operation.parameters.filter((p) => p.in === 'path' && p.name !== 'id');
    const pathWith = (id: string) =>
      otherPathParameters.reduce(
        (path, parameter) => path.replace(`{${parameter.name}}`, String(parameter.schema.minimum ?? 1)),
        operation.path.replace('{id}', id),
      );
    // An empty object: any server that reads it must refuse it, so no email can ever be sent.
    const body = operation.bodySchema ? '{}' : undefined;
    const fill = requiredIdQuery(document, operation);
    const send = (
      headers: Record<string, string | undefined>,
      options: { path?: string; query?: Record<string, string>; fill?: boolean } = {},
    ): CaseRequest => ({
      ...(options.fill && fill ? { fill } : {}),
      method: operation.method,
      path: options.path ?? pathWith(unknownId),
      query: options.query ?? {},
      headers: {
        ...Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined)),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body }),
    });
    const full = { Authorization: `Bearer ${credentials.key}`, 'X-Organization-Id': credentials.organizationId };
    const add = (name: string, request: CaseRequest, expected: Expectation, needs?: CaseNeed) =>
      cases.push({ operation: label, name, request, expected, ...(needs ? { needs } : {}) });
    const error = (status: number, message?: Expectation['message']): Expectation => ({
      status,
      code: ERROR_CODES[status]!,
      ...(message ? { message } : {}),
    });

    const unauthorized = error(401, equals(messages.unauthorized));
    add('no Authorization header', send({ 'X-Organization-Id': credentials.organizationId }), unauthorized);
    add('"Bearer" with no key', send({ ...full, Authorization: 'Bearer' }), unauthorized);
    add(
      'another scheme (Basic)',
      send({ ...full, Authorization: `Basic ${Buffer.from(`${credentials.key}:`).toString('base64')}` }),
      unauthorized,
    );
    add('a well-formed key nobody holds', send({ ...full, Authorization: `Bearer ${prefix}${UNKNOWN_KEY_BODY}` }), unauthorized);

    if (operation.errorFormat === 'oauth2') {
      // The token endpoint: no clinic needed, and RFC 6749 5.2 errors. Only refusals a server must
      // give whatever it holds: no code here can be one it issued.
      const token = (name: string, json: unknown, oauthError: string) =>
        add(
          name,
          { ...send({ Authorization: full.Authorization }, { path: operation.path }), body: JSON.stringify(json) },
          {
            status: 400,
            oauthError,
          },
        );
      const redirect = 'http://localhost/conformance-callback';
      token('an empty body object', {}, 'invalid_request');
      token('grant_type password', { grant_type: 'password', code: 'x', redirect_uri: redirect }, 'unsupported_grant_type');
      token(
        'a code nobody issued',
        { grant_type: 'authorization_code', code: `conformance-${UNKNOWN_ID_BODY}`, redirect_uri: redirect },
        'invalid_grant',
      );
      continue;
    }
    add('no X-Organization-Id', send({ Authorization: full.Authorization }), error(400, equals(messages.organizationMissing)));
    add(
      'an X-Organization-Id that is not a UUID',
      send({ ...full, 'X-Organization-Id': 'not-a-uuid' }),
      error(400, equals(messages.organizationInvalid)),
    );

    if (operation.scope !== null && credentials.restrictedKey !== undefined) {
      add(
        `a key without ${operation.scope}`,
        send({ ...full, Authorization: `Bearer ${credentials.restrictedKey}` }),
        error(403, equals(messages.scopeTemplate?.replace('<scope>', operation.scope))),
        { kind: 'scope-absent', scope: operation.scope },
      );
    }

    // Past this point the key and clinic are right, so only a read may be sent: a write with a
    // bad page or an unknown id is one bug away from being carried out on a real clinic. The one
    // exception: a write whose body must name at least one change (`minProperties`), sent with an
    // empty body to an unknown id, so that even a server skipping every check changes nothing.
    if (operation.method !== 'GET') {
      if (!idParameter || typeof operation.bodySchema?.minProperties !== 'number') continue;
      const requiredQuery = operation.parameters.filter((p) => p.in === 'query' && p.required);
      const queryValue = (schema: JsonSchema) => {
        const prefix = ID_PATTERN.exec(String(schema.pattern ?? ''))?.[1];
        return prefix === undefined ? undefined : `${prefix}${UNKNOWN_ID_BODY}`;
      };
      const filled: Record<string, string> = {};
      for (const parameter of requiredQuery) {
        const value = queryValue(parameter.schema);
        if (value !== undefined) filled[parameter.name] = value;
      }
      if (Object.keys(filled).length !== requiredQuery.length) continue;
      add('an empty body (no change named)', send(full, { query: filled }), error(400));
      for (const parameter of requiredQuery) {
        const { [parameter.name]: _left, ...others } = filled;
        add(`no ${parameter.name}`, send(full, { query: others }), error(400, { names: parameter.name }));
      }
      continue;
    }

    const query = new Map(operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema]));
    const page = query.get('page');
    const pageSize = query.get('pageSize');
    const badParameter = (name: string, value: string, why: string) =>
      add(`${name}=${value} (${why})`, send(full, { query: { [name]: value }, fill: true }), error(400, { names: name }));
    if (page && typeof page.minimum === 'number') badParameter('page', String(page.minimum - 1), 'below its minimum');
    if (pageSize && typeof pageSize.maximum === 'number')
      badParameter('pageSize', String(pageSize.maximum + 1), 'above its maximum');
    if (page?.type === 'integer') badParameter('page', 'abc', 'not an integer');

    if (idParameter) {
      add('an unknown well-formed id', send(full, { fill: true }), error(404, equals(messageFor(description, 404))));
      add(
        'a malformed id',
        send(full, { path: pathWith(MALFORMED_ID), fill: true }),
        error(400, equals(messageFor(description, 400))),
      );
      const listing = listingOf(document, operation);
      if (credentials.otherOrganizationId !== undefined && listing) {
        add(
          'the id of a record of the other clinic',
          send(full, { path: operation.path, fill: true }),
          error(404, equals(messageFor(description, 404))),
          {
            kind: 'foreign-id',
            organizationId: credentials.otherOrganizationId,
            ...listing,
          },
        );
      }
    } else {
      add('the key at its clinic (baseline)', send(full, { path: operation.path, fill: true }), { status: 200 });
    }
  }
  return cases;
}
