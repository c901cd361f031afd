import { describe, expect, it } from 'vitest';
import { createApp, RouteMismatchError } from '../../src/app.js';
import { ALL_SCOPES } from '../../src/contract/scopes.js';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { readAdminOperations, readOperations, UnsupportedSpecError } from '../../src/openapi/operations.js';
import { V3_HANDLERS } from '../../src/routes/v3/index.js';
import { createSandbox } from '../../src/sandbox.js';
import { createTestSandbox } from '../support/sandbox.js';

const spec = loadSpec();

describe('the OpenAPI document is the single source of truth', () => {
  it('is OpenAPI 3.1 and served, byte for byte, at /openapi.json', async () => {
    const { app } = createTestSandbox();
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(spec);
    expect(spec.openapi).toBe('3.1.0');
  });

  it('every documented operation has a handler and every handler an operation', () => {
    const documented = readOperations(spec)
      .map((op) => op.operationId)
      .sort();
    expect(Object.keys(V3_HANDLERS).sort()).toEqual(documented);
  });

  it('start-up fails loudly when a handler has no operation in the document', () => {
    const sandbox = createSandbox();
    expect(() => createApp(sandbox, { ...V3_HANDLERS, listUnicorns: () => '{}' })).toThrow(RouteMismatchError);
    const { listPatients: _dropped, ...withoutOne } = V3_HANDLERS;
    expect(() => createApp(sandbox, withoutOne)).toThrow(/no handler for listPatients/);
  });

  it('the scope each route enforces is the one its security requirement names', async () => {
    const { request, sandbox } = createTestSandbox();
    for (const operation of sandbox.operations) {
      if (operation.scope === null) continue;
      const response = await request(operation.path.replace('{id}', 'pat_0'), {
        method: operation.method,
        key: 'max_prd_ak_NoScopes000000000000000000000001',
      });
      expect(response.body.message, operation.operationId).toBe(`Insufficient scope. Required: ${operation.scope}`);
    }
  });

  it('names only known scopes, one per data operation, and documents the A5 table', () => {
    const operations = readOperations(spec);
    const scopes = new Map(operations.map((op) => [`${op.method} ${op.path}`, op.scope]));
    for (const [resource, scope] of [
      ['patients', 'read:patients'],
      ['appointments', 'read:appointments'],
      ['providers', 'read:providers'],
      ['facilities', 'read:facilities'],
      ['bills', 'read:bills'],
      ['claims', 'read:claims'],
      ['notes', 'read:notes'],
    ]) {
      expect(scopes.get(`GET /v3/${resource}`)).toBe(scope);
      expect(scopes.get(`GET /v3/${resource}/{id}`)).toBe(scope);
    }
    expect(scopes.get('GET /v3/marketplace/me')).toBeNull();
    expect(scopes.get('POST /v3/emails/send')).toBe('write:emails');
    expect(scopes.get('GET /v3/emails')).toBe('write:emails');
    expect(scopes.get('GET /v3/emails/{id}')).toBe('write:emails');
    for (const scope of scopes.values()) if (scope !== null) expect(ALL_SCOPES).toContain(scope);
  });

  it('documents every error status of every operation', () => {
    for (const [path, item] of Object.entries(spec.paths!)) {
      if (!path.startsWith('/v3/')) continue;
      for (const [method, operation] of Object.entries(item as Record<string, any>)) {
        const statuses = Object.keys(operation.responses);
        // 404 comes from the clinic (--not-installed-status 404) or a record: an operation that acts for no clinic has neither.
        const clinicFree = operation['x-sandbox-organization'] === 'optional';
        for (const status of ['200', '400', '401', '403', ...(clinicFree ? [] : ['404']), '429', '500', '503'])
          expect(statuses, `${method} ${path}`).toContain(status);
      }
    }
  });

  it('documents, for /_sandbox, the 400 of a bad parameter and X-Sandbox-Warning on every answer past the admin token', () => {
    const resolve = (response: any) =>
      response.$ref ? (spec.components!.responses as any)[response.$ref.split('/').pop()] : response;
    for (const operation of readAdminOperations(spec)) {
      const { responses } = (spec.paths as any)[operation.path][operation.method.toLowerCase()];
      const where = `${operation.method} ${operation.path}`;
      if (operation.parameters.length > 0) expect(Object.keys(responses), where).toContain('400');
      for (const [status, response] of Object.entries<any>(responses)) {
        const headers = Object.keys(resolve(response).headers ?? {});
        // 401 (admin token), 403 (host, origin) and 415 (body type) answer before the parameters are read.
        if (['401', '403', '415'].includes(status)) expect(headers, `${where} ${status}`).not.toContain('X-Sandbox-Warning');
        else expect(headers, `${where} ${status}`).toContain('X-Sandbox-Warning');
      }
    }
  });

  it('refuses a document that uses what the server cannot honour', () => {
    const broken = structuredClone(spec) as any;
    broken.paths['/v3/patients'].get.parameters.push({ name: 'X-Trace', in: 'header', schema: { type: 'string' } });
    expect(() => readOperations(broken)).toThrow(UnsupportedSpecError);
    const twoScopes = structuredClone(spec) as any;
    twoScopes.paths['/v3/patients'].get.security = [{ bearerAuth: ['read:patients', 'read:notes'], organizationId: [] }];
    expect(() => readOperations(twoScopes)).toThrow(/at most one scope/);
  });

  it('reads x-sandbox-organization and x-sandbox-error-format, and refuses values it does not know', () => {
    const token = readOperations(spec).find((operation) => operation.operationId === 'oauthToken')!;
    expect([token.organization, token.errorFormat, token.scope]).toEqual(['optional', 'oauth2', null]);
    const patients = readOperations(spec).find((operation) => operation.operationId === 'listPatients')!;
    expect([patients.organization, patients.errorFormat]).toEqual(['required', 'api']);
    const unknownValue = structuredClone(spec) as any;
    unknownValue.paths['/v3/oauth/token'].post['x-sandbox-organization'] = 'maybe';
    expect(() => readOperations(unknownValue)).toThrow(/x-sandbox extension must be one of required, optional/);
    // An optional organization with a requirement that still names it: the document contradicts itself.
    const contradiction = structuredClone(spec) as any;
    contradiction.paths['/v3/oauth/token'].post.security = [{ bearerAuth: [], organizationId: [] }];
    expect(() => readOperations(contradiction)).toThrow(/security must name bearerAuth, not/);
  });

  it('parameter bounds come from the document: changing pageSize maximum changes the 400', async () => {
    const changed = structuredClone(spec) as any;
    changed.components.parameters.PageSize.schema.maximum = 50;
    const sandbox = createSandbox({ spec: changed });
    const app = createApp(sandbox);
    const response = await app.request('/v3/patients?pageSize=51', {
      headers: {
        Authorization: 'Bearer max_prd_ak_FullAccess0000000000000000000001',
        'X-Organization-Id': '7e2c8cfe-b7a9-4deb-986d-e7012589e72b',
      },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).message).toBe("'pageSize' must be at most 50");
  });
});

describe('X-Sandbox-Reason', () => {
  it('documents exactly the reasons the server can give', async () => {
    const { SANDBOX_REASONS: REASONS } = await import('../../src/contract/reasons.js');
    const documented = (spec.components!.headers!['X-Sandbox-Reason'] as { schema: { enum: string[] } }).schema.enum;
    expect([...documented].sort()).toEqual([...REASONS].sort());
  });
});

describe('the document as OpenAPI', () => {
  it('is a valid OpenAPI 3.1 document (structure, refs, schemas)', async () => {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    const validated = await SwaggerParser.validate(structuredClone(spec) as never);
    expect(Object.keys(validated.paths ?? {}).length).toBe(Object.keys(spec.paths!).length);
  });

  it('catches a broken document', async () => {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    const broken = structuredClone(spec) as any;
    broken.paths['/v3/patients'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Nope' };
    await expect(SwaggerParser.validate(broken)).rejects.toThrow(/Nope/);
  });
});
