import type { Operation } from '../../src/openapi/operations.js';
import { KINDS, RECORD_RESOURCES } from '../../src/records/kinds.js';
import { APPS, CLINICS, KEYS } from '../../src/testing/well-known.js';
import type { Sandbox } from '../../src/world/sandbox.js';
import type { RequestOptions } from './sandbox.js';

/** A request the operation answers 200 with the full-access key at Sunrise. */
export function exampleRequest(sandbox: Sandbox, operation: Operation): { path: string; options: RequestOptions } {
  const organization = sandbox.world.organizations.get(CLINICS.sunrise.id)!;
  const data = sandbox.world.clinicData(organization);
  // The record type of `{id}`: the one whose id prefix the parameter's pattern names.
  const idPattern = operation.parameters.find((p) => p.in === 'path' && p.name === 'id')?.schema.pattern;
  const resource = RECORD_RESOURCES.find((candidate) => String(idPattern ?? '').startsWith(`^${KINDS[candidate].idPrefix}`));
  const record: { id: string; facilityId?: unknown } | undefined = resource && data.table(resource).items[0];
  let path = operation.path.replace('{id}', () => {
    if (operation.operationId === 'getEmail') return sentEmailId(sandbox, organization.id);
    if (!record) throw new Error(`no record type for ${operation.path}`);
    return record.id;
  });
  // A required facilityId (the inventory reads): the record's own facility, or the clinic's first.
  if (operation.parameters.some((p) => p.in === 'query' && p.name === 'facilityId' && p.required)) {
    const facilityId = typeof record?.facilityId === 'string' ? record.facilityId : data.table('facilities').items[0]!.id;
    path += `?facilityId=${facilityId}`;
  }
  const options: RequestOptions = { method: operation.method };
  if (operation.operationId === 'oauthToken') {
    // A fresh code of the demo app: the one request answered 200 uses it up.
    const app = sandbox.world.apps.get(APPS.sandboxDemo.id)!;
    const redirectUri = 'http://localhost:5173/callback';
    const userId = data.staffUsers.items[0]!.id;
    const code = sandbox.oauth.grant(sandbox.world, { app, redirectUri, userId, organizationIds: [organization.id] });
    options.body = { grant_type: 'authorization_code', code, redirect_uri: redirectUri };
  }
  if (operation.operationId === 'sendEmails') {
    options.body = {
      from: 'front-desk',
      subject: 'Your appointment',
      html: '<p>See you soon.</p>',
      emailType: 'appointment_reminder',
      patientIds: [data.table('patients').items.find((p) => 'email' in p && p.email)!.id],
    };
  }
  if (operation.operationId === 'editNote') options.body = { stickyNoteDescription: 'Prefers morning appointments' };
  if (operation.operationId === 'updateImpression') {
    const note = data.table('notes').items[0]!;
    path = path
      .replace('{impressionId}', String(note.soapNote.impressionsPlans[0]!.impressionId))
      .concat(`?providerId=${data.table('providers').items[0]!.id}`);
    options.body = { status: 'established_stable' };
  }
  if (operation.operationId === 'createTask') {
    const note = data.table('notes').items[0]!;
    options.body = {
      noteId: note.id,
      providerId: note.assignedProviders[0]!.id,
      notes: 'Review lab results and call the patient.',
    };
  }
  return { path, options };
}

/** The id of an email the full-access key's app sent at the clinic (put straight into the outbox). */
function sentEmailId(sandbox: Sandbox, organizationId: string): string {
  const id = sandbox.outbox.nextId();
  sandbox.outbox.add({
    id,
    organizationId,
    appId: APPS.sandboxDemo.id,
    keyId: KEYS.fullAccess.id,
    recipientType: 'patient',
    recipientId: `pat_${'1'.repeat(32)}`,
    recipientEmail: 'ada@example.com',
    fromAddress: 'front-desk@accounts.maxcare.ai',
    subject: 'Your appointment',
    html: '<p>See you soon.</p>',
    emailType: 'appointment_reminder',
    createdAtMs: sandbox.clock.now(),
    scheduledAtMs: null,
  });
  return id;
}

export interface SecurityCase {
  name: string;
  options: RequestOptions;
  status: number;
  code: string;
  message: string | RegExp;
  reason: string;
}

const UNAUTHORIZED = 'Invalid or missing API key';

/**
 * Every way a request to `operation` can be refused before its handler runs, in the order of
 * api-model B, each with the exact public body and the sandbox's reason header.
 */
export function securityCases(operation: Operation): SecurityCase[] {
  const unauthorized = (name: string, options: RequestOptions, reason: string): SecurityCase => ({
    name,
    options,
    status: 401,
    code: 'unauthorized',
    message: UNAUTHORIZED,
    reason,
  });
  const cases: SecurityCase[] = [
    unauthorized('no Authorization header', { key: null }, 'missing_authorization'),
    unauthorized('an empty Authorization header', { authorization: '' }, 'missing_authorization'),
    unauthorized('the key without "Bearer "', { authorization: KEYS.fullAccess.key }, 'malformed_authorization'),
    unauthorized(
      'another scheme (Basic)',
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      'malformed_authorization',
    ),
    unauthorized('"Bearer" with no token', { authorization: 'Bearer ' }, 'malformed_authorization'),
    unauthorized(
      'a token with a space in it',
      { authorization: `Bearer ${KEYS.fullAccess.key} extra` },
      'malformed_authorization',
    ),
    unauthorized('a 12 KB header', { authorization: `Bearer ${'a'.repeat(12 * 1024)}` }, 'malformed_authorization'),
    unauthorized("a foreign prefix (another vendor's key)", { key: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc' }, 'unknown_key_prefix'),
    unauthorized('a Max prefix with a malformed body', { key: 'max_prd_ak_short' }, 'malformed_authorization'),
    unauthorized('a staging key on a production sandbox', { key: KEYS.wrongEnvironment.key }, 'wrong_environment'),
    unauthorized('a well-formed unknown key', { key: 'max_prd_ak_Unknown0000000000000000000000001' }, 'unknown_key'),
    unauthorized('a revoked key', { key: KEYS.revoked.key }, 'revoked_key'),
    unauthorized('an expired key', { key: KEYS.expired.key }, 'expired_key'),
  ];
  // An operation that acts for no clinic (the token endpoint) takes a clinic id in either form and ignores it.
  if (operation.organization === 'optional') {
    cases.push(
      {
        name: 'an X-Organization-Id that is no clinic id',
        options: { organizationId: 'sunrise' },
        status: 400,
        code: 'bad_request',
        message: "'X-Organization-Id' must be a valid ID",
        reason: 'invalid_organization_id',
      },
      {
        name: 'an Account API key',
        options: { key: KEYS.account.key },
        status: 403,
        code: 'forbidden',
        message: /Data API key/,
        reason: 'account_key_on_data_endpoint',
      },
    );
    return cases;
  }
  cases.push(
    {
      name: 'no X-Organization-Id',
      options: { organizationId: null },
      status: 400,
      code: 'bad_request',
      message: "'X-Organization-Id' is required",
      reason: 'missing_organization_id',
    },
    {
      name: 'an X-Organization-Id that is not a UUID',
      options: { organizationId: 'sunrise' },
      status: 400,
      code: 'bad_request',
      message: "'X-Organization-Id' must be a valid ID",
      reason: 'invalid_organization_id',
    },
    {
      name: 'an unknown organization',
      options: { organizationId: '00000000-0000-4000-8000-000000000000' },
      status: 403,
      code: 'forbidden',
      message: 'App is not installed for this organization',
      reason: 'unknown_organization',
    },
    {
      name: 'a clinic that did not install the app',
      options: { organizationId: CLINICS.mesa.id },
      status: 403,
      code: 'forbidden',
      message: 'App is not installed for this organization',
      reason: 'app_not_installed',
    },
    {
      name: 'a key of an app the clinic did not install',
      options: { key: KEYS.otherApp.key },
      status: 403,
      code: 'forbidden',
      message: 'App is not installed for this organization',
      reason: 'app_not_installed',
    },
    {
      name: 'an Account API key',
      options: { key: KEYS.account.key },
      status: 403,
      code: 'forbidden',
      message: /Data API key/,
      reason: 'account_key_on_data_endpoint',
    },
  );
  if (operation.scope !== null) {
    const scopeCase = (name: string, options: RequestOptions): SecurityCase => ({
      name,
      options,
      status: 403,
      code: 'forbidden',
      message: `Insufficient scope. Required: ${operation.scope}`,
      reason: 'insufficient_scope',
    });
    cases.push(scopeCase('a key with no scopes', { key: KEYS.noScopes.key }));
    if (operation.scope !== 'read:patients') cases.push(scopeCase('a read:patients-only key', { key: KEYS.patientsOnly.key }));
    const harborGranted = [
      'read:patients',
      'read:appointments',
      'read:providers',
      'read:facilities',
      'read:claims',
      'read:notes',
      'read:tasks',
      'read:inventory',
      'read:products',
    ];
    if (!harborGranted.includes(operation.scope)) {
      cases.push(scopeCase('a full key at a clinic that did not grant the scope', { organizationId: CLINICS.harbor.id }));
    }
  }
  return cases;
}
