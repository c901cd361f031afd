import fc from 'fast-check';
import { ORGANIZATION_ID_PATTERN } from '../../src/contract/ids.js';
import { deref } from '../../src/openapi/deref.js';
import type { JsonSchema } from '../../src/openapi/json-schema.js';
import type { OpenApiDocument } from '../../src/openapi/load-spec.js';
import { type Operation, readAdminOperations, readOperations } from '../../src/openapi/operations.js';
import { APPS, CLINICS, KEYS } from '../../src/testing/well-known.js';

/** One request as the fuzzer sends it: everything already a string, ready for `app.request()`. */
export interface FuzzRequest {
  /** The operation it was made from, for the failure message (`-` for a made-up path). */
  operationId: string;
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Ids of the world the fuzzer mixes into its requests, so that some of them reach a record. */
export interface FuzzWorld {
  clinicIds: readonly string[];
  /** Record ids by prefix (`pat`, `apt`, ...) and the staff users' ids under `usr`. */
  recordIds: Readonly<Record<string, readonly string[]>>;
  keyIds: readonly string[];
}

/** The world's own ids when nothing more is known: the well-known clinics, apps and keys. */
export const WELL_KNOWN_WORLD: FuzzWorld = {
  clinicIds: Object.values(CLINICS).map((clinic) => clinic.id),
  recordIds: {},
  keyIds: Object.values(KEYS).map((key) => key.id),
};

const LEAP_SECOND = '2026-06-30T23:59:60Z';

/** Values no schema asks for, that have broken servers before: each one a different trap. */
const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '-9007199254740993',
  '0x10',
  '1.5',
  'true',
  '[]',
  '{}',
  '%',
  '%%',
  '%E0%A4%A',
  '%00',
  '%2F..%2F..%2Fetc%2Fpasswd',
  '../../etc/passwd',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '🩺',
  'Ω≈ç√∫',
  '\u202Epat_',
  'pat_',
  `pat_${'0'.repeat(31)}G`,
  `pat_${'F'.repeat(32)}`,
  `pat_${'0'.repeat(32)}`,
  'read:patients,read:patients',
  LEAP_SECOND,
  '2026-02-30',
  '2026-13-01',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-06-01T12:00:00+25:00',
  'x'.repeat(5_000),
  '"; DROP TABLE patients; --',
  '<script>alert(1)</script>',
];

/** Numbers and non-strings for JSON bodies: wrong types, overflow, and the edges of the ranges. */
const HOSTILE_JSON: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  2 ** 53 + 1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  [],
  [null],
  {},
  { __proto__: null, polluted: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  [[[[[[[[[[]]]]]]]]]],
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => 'é'.repeat(n)) },
);

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_JSON) },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.double() },
);

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);

/** The world's ids of a prefix, or a well-formed id of that prefix that names nothing. */
function idOf(prefix: string, world: FuzzWorld): fc.Arbitrary<string> {
  const known = world.recordIds[prefix] ?? [];
  const fresh = hex32.map((hex) => `${prefix}_${hex}`);
  return known.length > 0 ? fc.oneof(fc.constantFrom(...known), fresh) : fresh;
}

const isoInstant = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** A value the schema allows (mostly: patterns other than ids get a plain string). */
function validValue(schema: JsonSchema, world: FuzzWorld, depth = 0): fc.Arbitrary<unknown> {
  const s = schema as Record<string, any>;
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : ['string'];
  return fc.oneof(...types.map((type) => validOfType(type, s, world, depth)));
}

function validOfType(type: string, s: Record<string, any>, world: FuzzWorld, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = s.minimum ?? -1_000;
      const max = s.maximum ?? Math.max(min + 1_000, 1_000);
      return type === 'integer' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case 'array': {
      const items = s.items ? validValue(s.items, world, depth + 1) : fc.string();
      return fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    }
    case 'object': {
      if (depth > 3) return fc.constant({});
      const properties: Record<string, JsonSchema> = s.properties ?? {};
      const shape = Object.fromEntries(
        Object.entries(properties).map(([name, sub]) => [name, validValue(sub, world, depth + 1)]),
      );
      return fc.record(shape, { requiredKeys: s.required ?? [] });
    }
    default:
      return validString(s, world);
  }
}

function validString(s: Record<string, any>, world: FuzzWorld): fc.Arbitrary<string> {
  const id = typeof s.pattern === 'string' ? /^\^([a-z]+)_\[0-9a-f\]\{32\}\$$/.exec(s.pattern) : null;
  if (id) {
    if (id[1] === 'app') return fc.constantFrom(APPS.sandboxDemo.id, APPS.otherVendor.id, `app_${'0'.repeat(32)}`);
    return idOf(id[1]!, world);
  }
  if (typeof s.pattern === 'string' && s.pattern.includes('[0-9A-HJKMNP-TV-Z]{26}')) {
    if (s.pattern.startsWith('^app_')) return fc.constantFrom(APPS.sandboxDemo.id, APPS.otherVendor.id, `app_${'0'.repeat(26)}`);
    return fc.constant(`ver_${'0'.repeat(26)}`);
  }
  if (s.pattern === ORGANIZATION_ID_PATTERN) {
    // Either documented spelling of a clinic id: the dashed UUID, or org_ and its 32 hex digits.
    const dashed = fc.oneof(fc.constantFrom(...world.clinicIds), fc.uuid());
    return fc.oneof(
      dashed,
      dashed.map((uuid) => `org_${uuid.toLowerCase().replaceAll('-', '')}`),
    );
  }
  if (Array.isArray(s.anyOf))
    return fc.oneof(...s.anyOf.map((branch: Record<string, any>) => validString({ ...s, anyOf: undefined, ...branch }, world)));
  switch (s.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...world.clinicIds), fc.uuid());
    case 'date':
      return isoInstant.map((instant) => instant.slice(0, 10));
    case 'date-time':
      return fc.oneof({ weight: 9, arbitrary: isoInstant }, { weight: 1, arbitrary: fc.constant(LEAP_SECOND) });
    case 'email':
      return fc.emailAddress();
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 30) });
}

/** A value for a body field: mostly valid, sometimes of the wrong type or hostile. */
function bodyValue(schema: JsonSchema, world: FuzzWorld): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: validValue(schema, world) }, { weight: 1, arbitrary: hostileJson });
}

/** Record write shapes by the resource the records routes name. */
const RECORD_FIELDS: Readonly<Record<string, string>> = {
  patients: 'SandboxPatientFields',
  providers: 'SandboxProviderFields',
  facilities: 'SandboxFacilityFields',
  appointments: 'SandboxAppointmentFields',
  bills: 'SandboxBillFields',
  claims: 'SandboxClaimFields',
  notes: 'SandboxNoteFields',
  tasks: 'SandboxTaskFields',
};

/** JSON bodies: schema-shaped with hostile fields, junk of every shape, and text that is no JSON at all. */
function bodyText(schema: JsonSchema | null, world: FuzzWorld): fc.Arbitrary<string | undefined> {
  const s = (schema ?? {}) as Record<string, any>;
  const properties: Record<string, JsonSchema> = s.properties ?? {};
  const shaped = fc
    .record(Object.fromEntries(Object.entries(properties).map(([name, sub]) => [name, bodyValue(sub, world)])), {
      requiredKeys: [],
    })
    .map((body) => JSON.stringify(body));
  const extraKey = fc
    .tuple(validValue(s, world), fc.constantFrom('__proto__', 'constructor', 'unknownField', ''), hostileJson)
    .map(([body, key, value]) => {
      const text = JSON.stringify(body);
      const extra = `${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'}`;
      return text.startsWith('{') && text !== '{}' ? `{${extra},${text.slice(1)}` : `{${extra}}`;
    });
  return fc.oneof(
    { weight: 5, arbitrary: validValue(s, world).map((body) => JSON.stringify(body)) },
    { weight: 5, arbitrary: shaped },
    { weight: 2, arbitrary: extraKey },
    { weight: 2, arbitrary: hostileJson.map((value) => JSON.stringify(value) ?? 'null') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        '',
        ' ',
        '{',
        '{"a":1,}',
        "{'a':1}",
        'null',
        '1e99999',
        `{"n":${'9'.repeat(400)}}`,
        `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
        '\uFEFF{}',
        '{"a":"\\ud800"}',
        '{"__proto__":{"isAdmin":true},"__proto__":1}',
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `encodeURIComponent`, except that a lone surrogate goes out as the invalid UTF-8 bytes a careless client would send. */
function encode(text: string): string {
  return text.split(LONE_SURROGATE).map(encodeURIComponent).join('%ED%A0%80');
}

/** A path or query value as it goes on the wire: encoded, double-encoded or raw where the URL survives it. */
function onTheWire(value: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(value, fc.nat(9)).map(([text, how]) => {
    if (how === 0) return encode(encode(text));
    if (how === 1 && /^[\w%.~:-]*$/.test(text)) return text;
    return encode(text);
  });
}

function stringFor(schema: JsonSchema, world: FuzzWorld): fc.Arbitrary<string> {
  const s = schema as Record<string, any>;
  const valid =
    s.type === 'array'
      ? fc.array(validValue(s.items ?? {}, world), { minLength: 1, maxLength: 4 }).map((items) => items.join(','))
      : validValue(schema, world).map(String);
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostileString });
}

function queryString(operation: Operation, world: FuzzWorld): fc.Arbitrary<string> {
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const known = parameters.map((parameter) =>
    fc.tuple(fc.constant(parameter.name), onTheWire(stringFor(parameter.schema, world)), fc.nat(7)),
  );
  const unknown = fc.tuple(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'statuses[]', 'PAGE', 'pagesize', ''), fc.string({ maxLength: 8 })),
    onTheWire(hostileString),
    fc.constant(0),
  );
  return fc
    .tuple(
      fc.subarray(known.length > 0 ? known : [unknown]).chain((picked) => fc.tuple(...picked)),
      fc.array(unknown, { maxLength: 2 }),
    )
    .chain(([picked, extra]) =>
      fc.constant(
        [...picked, ...extra]
          // Repeated parameters: one in eight is sent twice.
          .flatMap(([name, value, repeat]) => {
            const pair = `${encode(name)}=${value}`;
            return repeat === 7 ? [pair, pair] : [pair];
          })
          .join('&'),
      ),
    );
}

function pathFor(operation: Operation, world: FuzzWorld): fc.Arbitrary<string> {
  const segments = operation.path.split(/(\{[^}]+\})/);
  return fc
    .tuple(
      ...segments.map((segment) => {
        const name = /^\{(.+)\}$/.exec(segment)?.[1];
        if (!name) return fc.constant(segment);
        const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
        const guess = pathGuess(operation.path, name, world);
        const value = fc.oneof(
          { weight: 4, arbitrary: guess ?? stringFor(parameter?.schema ?? {}, world) },
          { weight: 1, arbitrary: stringFor(parameter?.schema ?? {}, world) },
        );
        return onTheWire(value).filter((text) => text !== '');
      }),
    )
    .map((parts) => parts.join(''));
}

/** `/_sandbox` path parameters are plain strings in the document: give them the ids they are meant to hold. */
function pathGuess(path: string, name: string, world: FuzzWorld): fc.Arbitrary<string> | undefined {
  if (path.startsWith('/_sandbox/keys/')) return fc.constantFrom(...world.keyIds);
  if (name === 'organizationId' || (path.startsWith('/_sandbox/organizations/') && name === 'id'))
    return fc.constantFrom(...world.clinicIds);
  if (name === 'appId') return fc.constantFrom(APPS.sandboxDemo.id, APPS.otherVendor.id);
  if (name === 'recordId')
    return fc.constantFrom(...Object.values(world.recordIds).flat(), 'pat_00000000000000000000000000000001');
  return undefined;
}

/** Header values are byte strings without CR, LF or NUL: anything else cannot leave a client. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7E\x80-\xFF\t]/g, '?');
}

function headers(world: FuzzWorld, operation: Operation): fc.Arbitrary<Record<string, string>> {
  const secrets = Object.values(KEYS).map((key) => key.key);
  const authorization = fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${KEYS.fullAccess.key}`) },
    { weight: 3, arbitrary: fc.constantFrom(...secrets).map((key) => `Bearer ${key}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...secrets).map((key) => `bearer   ${key}  `),
    },
    { weight: 2, arbitrary: hostileString.map((text) => headerSafe(`Bearer ${text}`)) },
    { weight: 1, arbitrary: hostileString.map(headerSafe) },
  );
  const organization = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...world.clinicIds) },
    { weight: 1, arbitrary: fc.constantFrom(...world.clinicIds).map((id) => ` ${id.toUpperCase()} `) },
    { weight: 2, arbitrary: fc.oneof(fc.uuid(), hostileString.map(headerSafe)) },
  );
  const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json; charset=utf-16',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json-patch+json',
    '',
    ';;;',
  );
  const jsonBody = operation.bodySchema !== null;
  return fc
    .record(
      {
        Authorization: authorization,
        'X-Organization-Id': organization,
        'Content-Type': jsonBody ? fc.oneof({ weight: 5, arbitrary: fc.constant('application/json') }, contentType) : contentType,
        Accept: fc.constantFrom('*/*', 'text/html', 'application/xml', ''),
        'X-Sandbox-Admin-Token': hostileString.map(headerSafe),
        'X-Forwarded-For': hostileString.map(headerSafe),
        Origin: fc.constantFrom('http://127.0.0.1:3000', 'null', 'https://evil.example'),
      },
      {
        requiredKeys: jsonBody ? ['Authorization', 'X-Organization-Id', 'Content-Type'] : ['Authorization', 'X-Organization-Id'],
      },
    )
    .map((record) =>
      Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    );
}

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;

function requestFor(document: OpenApiDocument, operation: Operation, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const bodySchema = (resource: string | undefined) =>
    operation.path.endsWith('{resource}') || operation.path.endsWith('{recordId}')
      ? // `hasOwn`: the resource is fuzzed too, and `constructor` must not find Object's.
        resource !== undefined && Object.hasOwn(RECORD_FIELDS, resource)
        ? deref({ $ref: `#/components/schemas/${RECORD_FIELDS[resource]}` }, document)
        : null
      : operation.bodySchema;
  return fc
    .record({
      path: pathFor(operation, world),
      query: fc.oneof({ weight: 3, arbitrary: queryString(operation, world) }, { weight: 1, arbitrary: fc.constant('') }),
      method: fc.oneof(
        { weight: 12, arbitrary: fc.constant(operation.method) },
        { weight: 1, arbitrary: fc.constantFrom(...OTHER_METHODS) },
      ),
      headers: headers(world, operation),
      sendBody: fc.nat(9),
    })
    .chain(({ path, query, method, headers, sendBody }) => {
      const resource = /^\/_sandbox\/organizations\/[^/]+\/([^/?]+)/.exec(path)?.[1];
      const wantsBody = operation.bodySchema !== null ? sendBody > 0 : sendBody === 0;
      const canHaveBody = method !== 'GET' && method !== 'HEAD';
      const body = wantsBody && canHaveBody ? bodyText(bodySchema(resource), world) : fc.constant(undefined);
      return body.map((text) => ({
        operationId: operation.operationId,
        method,
        url: query ? `${path}?${query}` : path,
        headers,
        ...(text === undefined ? {} : { body: text }),
      }));
    })
    .map(tame);
}

/** Paths no operation holds: typos, case, traversal, trailing slashes, raw unicode. */
function strayRequest(world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.oneof(
        fc.constantFrom(
          '/v3/patients/',
          '/V3/patients',
          '/v3//patients',
          '/v3/../_sandbox/reset',
          '/_sandbox',
          '/v3',
          '/',
          '/v4/patients',
        ),
        fc.array(onTheWire(hostileString), { minLength: 1, maxLength: 4 }).map((parts) => `/v3/${parts.join('/')}`),
        fc.array(onTheWire(hostileString), { minLength: 1, maxLength: 3 }).map((parts) => `/_sandbox/${parts.join('/')}`),
      ),
      fc.constantFrom(...OTHER_METHODS),
      headers(world, { bodySchema: null } as Operation),
    )
    .map(([url, method, headers]) => ({ operationId: '-', method, url, headers }));
}

/**
 * What the fuzzer must not ask for, because the sandbox is told to break or stall: a fault that
 * answers 5xx or drops the connection, a delay past a few milliseconds, a throwaway clinic the
 * size of a hospital. The request stays as hostile as it was everywhere else.
 */
function tame(request: FuzzRequest): FuzzRequest {
  const fault = request.url.startsWith('/_sandbox/faults');
  const clinic = request.url.split('?')[0] === '/_sandbox/organizations';
  if (request.body === undefined || !(fault || clinic)) return request;
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return request;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return request;
  const fields = body as Record<string, unknown>;
  if (fault) {
    if (typeof fields.status === 'number' && fields.status >= 500) fields.status = 429;
    if (fields.abort === true) fields.abort = false;
    if (typeof fields.delayMs === 'number' && fields.delayMs > 5) fields.delayMs = 5;
  }
  const counts = fields.recordCounts;
  if (clinic && counts && typeof counts === 'object') {
    for (const [name, value] of Object.entries(counts)) {
      if (typeof value === 'number' && value > 20) (counts as Record<string, unknown>)[name] = value % 20;
    }
  }
  return { ...request, body: JSON.stringify(body) };
}

/** Every operation of the document, `/v3` and `/_sandbox`. */
export function documentOperations(document: OpenApiDocument): Operation[] {
  return [...readOperations(document), ...readAdminOperations(document)];
}

/** A request to one operation of the document (every one equally likely), or now and then to none. */
export function fuzzRequest(document: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const operations = documentOperations(document).map((operation) => requestFor(document, operation, world));
  return fc.oneof({ weight: 20, arbitrary: fc.oneof(...operations) }, { weight: 1, arbitrary: strayRequest(world) });
}
