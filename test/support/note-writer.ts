import { expect } from 'vitest';
import { APPS, CLINICS } from '../../src/testing/well-known.js';
import type { TestSandbox } from './sandbox.js';

export const NOTE_WRITER_SCOPES = ['read:notes', 'read:soap_notes', 'write:soap_notes', 'read:providers'];

/**
 * A key of the demo app at Sunrise whose effective scopes hold `write:soap_notes`: the scope is
 * granted to the installation first, then a key is made with `scopes`.
 */
export async function noteWriterKey(t: Pick<TestSandbox, 'request'>, scopes = NOTE_WRITER_SCOPES): Promise<string> {
  const grant = await t.request('/_sandbox/installations', {
    method: 'PUT',
    body: { appId: APPS.sandboxDemo.id, organizationId: CLINICS.sunrise.id, grantedScopes: NOTE_WRITER_SCOPES },
  });
  expect(grant.status).toBe(200);
  const created = await t.request('/_sandbox/keys', { method: 'POST', body: { appId: APPS.sandboxDemo.id, scopes } });
  expect(created.status).toBe(201);
  return created.body.key;
}
