/**
 * The example ids of the document's path parameters, which Swagger UI pre-fills in "Try it out":
 * each names something the built-in world holds, so a newcomer's first get-by-id call is a 200 at
 * Sunrise (with the full-access key /docs pre-fills), not a 404 for an id they had to invent.
 */
import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../../src/openapi/deref.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { CLINICS, KEYS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

interface PathParameter {
  name: string;
  in: string;
  required?: boolean;
  /** An id, or a number (a note's `impressionId`). */
  example?: string | number;
}

const spec = loadSpec();
/** A parameter as written, or the component it references. */
const resolve = (parameter: PathParameter | { $ref: string }) =>
  ('$ref' in parameter ? resolvePointer(spec, parameter.$ref) : parameter) as PathParameter;
/** Every operation with path parameters: its method, path template and those parameters. */
const operations = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item ?? {}).flatMap(([method, operation]) => {
    const all = ((operation as { parameters?: (PathParameter | { $ref: string })[] }).parameters ?? []).map(resolve);
    const parameters = all.filter((parameter) => parameter.in === 'path');
    // Required query parameters (the inventory's facilityId) are pre-filled from their examples too.
    const query = all.filter((parameter) => parameter.in === 'query' && parameter.required);
    return parameters.length === 0 ? [] : [{ method, path, parameters, query }];
  }),
);

/** The path with each parameter replaced by its example. */
const filled = (path: string, parameters: PathParameter[]) =>
  parameters.reduce((url, { name, example }) => url.replace(`{${name}}`, encodeURIComponent(String(example))), path);

describe('the example ids of the path parameters', () => {
  it('are there on every path parameter', () => {
    expect(operations.length).toBeGreaterThan(10);
    const missing = operations.flatMap(({ method, path, parameters }) =>
      parameters
        .filter((parameter) => !['string', 'number'].includes(typeof parameter.example))
        .map(({ name }) => `${method} ${path} ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('name records of Sunrise: every /v3 get-by-id answers 200 with the full-access key there', async () => {
    const { request, sandbox } = createTestSandbox();
    // The outbox starts empty: the emails example names the first email a fresh sandbox sends.
    const patientId = sandbox.world
      .clinicData(sandbox.world.organizations.get(CLINICS.sunrise.id)!)
      .table('patients')
      .items.find((p) => p.email)!.id;
    const sent = await request('/v3/emails/send', {
      method: 'POST',
      body: { from: 'notifications', subject: 'Hi', html: '<p>Hi</p>', patientIds: [patientId] },
    });
    expect(sent.status).toBe(200);
    // The reads: a write (a note edit) needs a body as well, and its ids are checked below.
    const v3 = operations.filter(({ method, path }) => method === 'get' && path.startsWith('/v3/'));
    expect(v3.length).toBeGreaterThanOrEqual(7);
    for (const { method, path, parameters, query } of v3) {
      const search = query.map(({ name, example }) => `${name}=${encodeURIComponent(String(example))}`).join('&');
      const url = filled(path, parameters) + (search ? `?${search}` : '');
      const response = await request(url, {
        method: method.toUpperCase(),
        key: KEYS.fullAccess.key,
        organizationId: CLINICS.sunrise.id,
      });
      expect(response.status, `${method} ${url}`).toBe(200);
      // A record's own path answers that record; a path below it (a change's items) answers a list.
      if (path.endsWith('}')) expect(response.body.data, url).toMatchObject({ id: parameters[0]!.example });
    }
  });

  it('name a note of Sunrise and one of its impressions on the note edits', async () => {
    const { request } = createTestSandbox();
    const edits = operations.filter(({ method, path }) => method === 'patch' && path.startsWith('/v3/notes/'));
    expect(edits.length).toBe(2);
    for (const { parameters } of edits) {
      const example = (name: string) => parameters.find((parameter) => parameter.name === name)?.example;
      const note = await request(`/v3/notes/${example('id')}?includeSoapNote=true`);
      expect(note.status).toBe(200);
      if (example('impressionId') !== undefined) {
        const ids = note.body.data.soapNote.impressionsPlans.map((i: { impressionId: number }) => i.impressionId);
        expect(ids).toContain(example('impressionId'));
      }
    }
  });

  it('name what the admin operations act on: a key, a record of Sunrise, an installation, the first fault', async () => {
    const { request, sandbox } = createTestSandbox();
    for (const { method, path, parameters } of operations.filter(({ path }) => path.startsWith('/_sandbox/'))) {
      const example = (name: string) => String(parameters.find((parameter) => parameter.name === name)!.example);
      if (path.startsWith('/_sandbox/keys/')) expect(sandbox.world.keys.has(example('id')), path).toBe(true);
      if (path.startsWith('/_sandbox/installations/'))
        expect(sandbox.world.installation(example('appId'), example('organizationId')), path).toBeDefined();
      if (path.startsWith('/_sandbox/organizations/')) expect(example('id')).toBe(CLINICS.sunrise.id);
      if (method === 'get') expect((await request(filled(path, parameters))).status, `${method} ${path}`).toBe(200);
    }
    // A fault's id is given when it is made, and restarts at reset: the first one is the example.
    const fault = await request('/_sandbox/faults', { method: 'POST', body: { status: 503 } });
    const [faultOperation] = operations.filter(({ path }) => path === '/_sandbox/faults/{id}');
    expect(fault.body.id).toBe(faultOperation!.parameters[0]!.example);
  });
});
