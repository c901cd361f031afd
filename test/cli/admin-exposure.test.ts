import { describe, expect, it } from 'vitest';
import { adminExposureWarning } from '../../src/cli/admin-exposure.js';

describe('adminExposureWarning: the admin API reachable from the network without a token', () => {
  it.each(['0.0.0.0', '::', '[::]', '192.168.1.20', '10.0.0.5', 'fe80::1', 'sandbox.example.test', ' 0.0.0.0 '])(
    'warns for %j with no admin token',
    (host) => {
      const warning = adminExposureWarning({ host, adminToken: null });
      expect(warning).toContain(`listening on ${host.trim()} with no admin token`);
      expect(warning).toContain('/_sandbox/fixtures');
      expect(warning).toContain('MAX_SANDBOX_ADMIN_TOKEN');
      expect(warning).toContain('--admin-token');
    },
  );

  it('warns for an empty admin token as for none', () => {
    expect(adminExposureWarning({ host: '0.0.0.0', adminToken: '' })).not.toBeNull();
  });

  it.each([
    '127.0.0.1',
    '127.0.0.53',
    'localhost',
    'LOCALHOST',
    'api.localhost',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
  ])('says nothing for the loopback address %j', (host) => {
    expect(adminExposureWarning({ host, adminToken: null })).toBeNull();
  });

  it('says nothing when an admin token guards /_sandbox', () => {
    expect(adminExposureWarning({ host: '0.0.0.0', adminToken: 's3cret' })).toBeNull();
  });
});
