import { describe, expect, it } from 'vitest';
import { createTestSandbox } from '../support/sandbox.js';

describe('faults in-process (app.request)', () => {
  it('an abort is a network error, recorded with status 0', async () => {
    const { app, sandbox } = createTestSandbox();
    sandbox.faults.add({ abort: true, times: 1 });
    const response = await app.request('/v3/patients');
    expect(response.type).toBe('error');
    expect(sandbox.journal.list()[0]).toMatchObject({ status: 0, reason: 'injected_fault', faultId: 'flt_1' });
  });

  it('fault ids restart at reset, so a suite sees the same ids every run', () => {
    const { sandbox } = createTestSandbox();
    expect(sandbox.faults.add({ status: 500 }).id).toBe('flt_1');
    sandbox.reset();
    expect(sandbox.faults.add({ status: 500 }).id).toBe('flt_1');
  });
});
