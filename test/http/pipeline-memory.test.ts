import { describe, expect, it } from 'vitest';
import { APPS, CLINICS } from '../../src/testing/well-known.js';
import { createTestSandbox } from '../support/sandbox.js';

describe('what the pipeline remembers follows the world', () => {
  it('a grant taken away after a cached 200 is a 403 on the next call, and back again', async () => {
    const { request, sandbox } = createTestSandbox();
    const first = await request('/v3/bills?pageSize=2');
    expect(first.status).toBe(200);
    const installation = sandbox.world.installation(APPS.sandboxDemo.id, CLINICS.sunrise.id)!;
    sandbox.world.putInstallation({
      ...installation,
      grantedScopes: installation.grantedScopes.filter((s) => s !== 'read:bills'),
    });
    const refused = await request('/v3/bills?pageSize=2');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe('Insufficient scope. Required: read:bills');
    sandbox.world.putInstallation(installation);
    const again = await request('/v3/bills?pageSize=2');
    expect(again.text).toBe(first.text);
  });

  it('a cached SOAP body is not served once read:soap_notes is gone', async () => {
    const { request, sandbox } = createTestSandbox();
    expect((await request('/v3/notes?pageSize=1&includeSoapNote=true')).status).toBe(200);
    const installation = sandbox.world.installation(APPS.sandboxDemo.id, CLINICS.sunrise.id)!;
    sandbox.world.putInstallation({
      ...installation,
      grantedScopes: installation.grantedScopes.filter((s) => s !== 'read:soap_notes'),
    });
    expect((await request('/v3/notes?pageSize=1&includeSoapNote=true')).status).toBe(403);
  });

  it('an uninstalled app is refused at once', async () => {
    const { request, sandbox } = createTestSandbox();
    expect((await request('/v3/marketplace/me')).status).toBe(200);
    sandbox.world.removeInstallation(APPS.sandboxDemo.id, CLINICS.sunrise.id);
    const { status, headers } = await request('/v3/marketplace/me');
    expect(status).toBe(403);
    expect(headers.get('X-Sandbox-Reason')).toBe('app_not_installed');
  });

  it('the same bad query is refused every time, not remembered as valid', async () => {
    const { request } = createTestSandbox();
    for (let i = 0; i < 3; i++) expect((await request('/v3/patients?pageSize=500')).status).toBe(400);
  });
});
