import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/openapi/load-spec.js';
import { readOperations } from '../../src/openapi/operations.js';
import { CLINICS } from '../../src/testing/well-known.js';
import { COVERAGE_MARKS } from '../../src/world/budgets.js';
import { Coverage, OTHER_CLINICS } from '../../src/world/coverage.js';
import { CoveragePlan } from '../../src/world/coverage-plan.js';
import { createTestSandbox } from '../support/sandbox.js';

const spec = loadSpec();
const plan = new CoveragePlan(readOperations(spec), spec, 403);

describe('Coverage counters', () => {
  it('do not grow with requests: 100k counts over a few apps and clinics keep the same buckets and bytes', () => {
    const coverage = new Coverage(
      plan,
      () => 0,
      () => true,
    );
    const apps = ['app_a', 'app_b', null];
    const clinics = ['c1', 'c2', null];
    for (let i = 0; i < 9; i++) coverage.count(apps[i % 3]!, clinics[Math.floor(i / 3)]!, 0, 0);
    const bytes = coverage.bytes;
    expect(coverage.bucketCount).toBe(9);
    for (let i = 0; i < 100_000; i++) {
      coverage.count(apps[i % 3]!, clinics[i % 3]!, i % plan.operations.length, i % plan.width);
    }
    expect(coverage.bucketCount).toBe(9);
    expect(coverage.bytes).toBe(bytes);
    expect(bytes).toBe(9 * plan.operations.length * plan.width * 4);
  });

  it('stay within their buckets however many clinics are named, keeping every app total exact', () => {
    const coverage = new Coverage(
      plan,
      () => 0,
      () => true,
      8,
    );
    for (let i = 0; i < 1000; i++) coverage.count('app_a', `clinic-${i}`, 0, plan.success);
    // The app's bucket of other clinics may come on top: one per app, and apps are the world's.
    expect(coverage.bucketCount).toBeLessThanOrEqual(8 + 1);
    expect(coverage.overflowed).toBe(true);
    expect(coverage.totals({ appId: 'app_a' })[plan.success]).toBe(1000);
  });

  it('fold the buckets of deleted clinics into their app before overflowing', () => {
    const alive = new Set<string>();
    const coverage = new Coverage(
      plan,
      () => 0,
      (id) => alive.has(id),
      4,
    );
    for (let i = 0; i < 100; i++) coverage.count('app_a', `gone-${i}`, 0, plan.success);
    expect(coverage.bucketCount).toBeLessThanOrEqual(4);
    expect(coverage.overflowed).toBe(false);
    expect(coverage.totals({})[plan.success]).toBe(100);
    // At most the last three clinics still have their own bucket.
    expect(coverage.totals({ organizationId: OTHER_CLINICS })[plan.success]).toBeGreaterThanOrEqual(97);
  });

  it('keep the last marks only, and a mark counts from its moment', () => {
    const coverage = new Coverage(
      plan,
      () => 0,
      () => true,
    );
    coverage.count('app_a', null, 0, plan.success);
    const first = coverage.mark();
    coverage.count('app_a', null, 0, plan.success);
    expect(coverage.totals({ since: first })[plan.success]).toBe(1);
    for (let i = 0; i < COVERAGE_MARKS; i++) coverage.mark();
    expect(coverage.findMark(first.id)).toBeUndefined();
    coverage.clear();
    expect(coverage.mark().id).toBe('mrk_1');
  });

  it('are fed by the request flow without growing: 5,000 requests through the app add no bucket', async () => {
    const t = createTestSandbox({ rateLimit: 1_000_000 });
    await t.request('/v3/patients');
    await t.request('/v3/patients', { key: null });
    const { coverage } = t.sandbox;
    const bytes = coverage.bytes;
    const buckets = coverage.bucketCount;
    for (let i = 0; i < 2_500; i++) {
      await t.app.request('/v3/patients', {
        headers: {
          Authorization: `Bearer ${'max_prd_ak_FullAccess0000000000000000000001'}`,
          'X-Organization-Id': CLINICS.sunrise.id,
        },
      });
      await t.app.request('/v3/patients', { headers: { 'X-Organization-Id': CLINICS.sunrise.id } });
    }
    expect(coverage.bucketCount).toBe(buckets);
    expect(coverage.bytes).toBe(bytes);
    expect(coverage.totals({})[plan.success]).toBe(2_501);
  });
});
