/** `SandboxAdmin.coverage()` and `markCoverage()`: the report a suite ends with, typed, over real HTTP. */
import { describe, expect, it } from 'vitest';
import { SandboxAdminError } from '../../src/testing/admin-client.js';
import { startSandbox } from '../../src/testing/start-sandbox.js';
import { APPS, CLINICS, KEYS } from '../../src/testing/well-known.js';

const listPatients = (baseUrl: string, key: string) =>
  fetch(`${baseUrl}/v3/patients?pageSize=1`, {
    headers: { Authorization: `Bearer ${key}`, 'X-Organization-Id': CLINICS.sunrise.id },
  }).then((response) => response.arrayBuffer());

describe('SandboxAdmin coverage', () => {
  it('reads the report by app and since a mark, and forgets marks at reset', async () => {
    await using sandbox = await startSandbox();
    await listPatients(sandbox.baseUrl, KEYS.revoked.key);
    const mark = await sandbox.admin.markCoverage();
    expect(mark.id).toBe('mrk_1');
    await listPatients(sandbox.baseUrl, KEYS.fullAccess.key);

    const outcome = (report: Awaited<ReturnType<typeof sandbox.admin.coverage>>, id: string) =>
      report.operations.find((o) => o.operationId === 'listPatients')!.outcomes.find((o) => o.outcome === id)!.hits;
    const all = await sandbox.admin.coverage({ appId: APPS.sandboxDemo.id });
    expect(outcome(all, '401:revoked_key')).toBe(1);
    expect(outcome(all, '200')).toBe(1);
    expect(all.apps[0]!.usedScopes).toEqual(['read:patients']);
    const since = await sandbox.admin.coverage({ since: mark.id });
    expect(outcome(since, '401:revoked_key')).toBe(0);
    expect(outcome(since, '200')).toBe(1);

    await sandbox.admin.reset();
    expect((await sandbox.admin.coverage()).hit).toBe(0);
    await expect(sandbox.admin.coverage({ since: mark.id })).rejects.toThrow(SandboxAdminError);
  });
});
