import { describe, expect, it } from 'vitest';
import { APPS, CLINICS, KEYS, STAGING_KEYS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

describe('GET /v3/marketplace/me', () => {
  const { request } = createTestSandbox();

  it('returns the app, the organization and every scope for the full key at Sunrise', async () => {
    const { status, body } = await request('/v3/marketplace/me');
    expect(status).toBe(200);
    expect(body).toEqual({
      code: 'success',
      data: {
        app: { id: APPS.sandboxDemo.id, slug: 'sandbox-demo-app', liveVersionId: 'ver_01J5K8N2XRQV3M7YGWT4HB6E9C' },
        organization: { id: CLINICS.sunrise.id },
        scopes: [
          'read:patients',
          'read:appointments',
          'read:providers',
          'read:facilities',
          'read:bills',
          'read:claims',
          'read:notes',
          'read:soap_notes',
          'read:tasks',
          'read:inventory',
          'read:products',
          'write:emails',
          'write:soap_notes',
          'write:tasks',
        ],
      },
    });
  });

  it("returns the intersection with the clinic's grants", async () => {
    const { body } = await request('/v3/marketplace/me', { organizationId: CLINICS.harbor.id });
    expect(body.data.scopes).toEqual([
      'read:patients',
      'read:appointments',
      'read:providers',
      'read:facilities',
      'read:claims',
      'read:notes',
      'read:tasks',
      'read:inventory',
      'read:products',
    ]);
    const ungranted = await request('/v3/marketplace/me', { organizationId: CLINICS.harbor.id, key: KEYS.ungrantedScope.key });
    expect(ungranted.body.data.scopes).toEqual(['read:patients']);
  });

  it('needs no scope', async () => {
    const { status, body } = await request('/v3/marketplace/me', { key: KEYS.noScopes.key });
    expect(status).toBe(200);
    expect(body.data.scopes).toEqual([]);
  });

  it('normalises the organization id it echoes', async () => {
    const { body } = await request('/v3/marketplace/me', { organizationId: CLINICS.sunrise.id.toUpperCase() });
    expect(body.data.organization.id).toBe(CLINICS.sunrise.id);
  });

  it('answers the staging keys and refuses the production ones on a staging sandbox', async () => {
    const staging = createTestSandbox({ environment: 'staging' });
    expect((await staging.request('/v3/marketplace/me', { key: STAGING_KEYS.fullAccess.key })).status).toBe(200);
    const production = await staging.request('/v3/marketplace/me', { key: KEYS.fullAccess.key });
    expect(production.status).toBe(401);
    expect(production.headers.get('X-Sandbox-Reason')).toBe('wrong_environment');
  });

  it('answers 404 Organization not found for an uninstalled clinic with --not-installed-status 404', async () => {
    const strict = createTestSandbox({ notInstalledStatus: 404 });
    const { status, body } = await strict.request('/v3/marketplace/me', { organizationId: CLINICS.mesa.id });
    expect(status).toBe(404);
    expect(body.message).toBe('Organization not found');
  });
});
