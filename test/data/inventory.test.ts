/**
 * The inventory generators on their own: every specialty's clinic gets a catalog and changes
 * whose closed removals never take more than was received, the same seed gives the same bytes,
 * and inventory draws from streams of its own (the other types' fingerprints are pinned in
 * determinism.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ClinicGenerator } from '../../src/data/generate-clinic.js';
import { isValidGtin14 } from '../../src/data/gs1.js';
import { inventoryChangeRecords } from '../../src/data/inventory-changes.js';
import { productRecords } from '../../src/data/products.js';
import { stockLevels } from '../../src/data/stock-levels.js';
import { options, REFERENCE_MS } from './support.js';

const SPECIALTY_CLINICS = [
  'Harbor Dermatology',
  'Sunrise Family Medicine',
  'Valley Internal Medicine',
  'Mesa Pediatrics',
  'Quick Urgent Care',
  'Summit Orthopedics',
];

describe('inventory generation', () => {
  it.each(SPECIALTY_CLINICS)('%s: a catalog and changes whose running stock never goes below zero', (organizationName) => {
    const clinic = new ClinicGenerator(options({ organizationName }));
    const products = clinic.use(productRecords);
    const changes = clinic.use(inventoryChangeRecords);
    expect(products.length).toBeGreaterThanOrEqual(7);
    for (const product of products) expect(isValidGtin14(product.gtin)).toBe(true);
    expect(changes.length).toBeGreaterThan(100);
    const running = new Map<string, number>();
    const closed = changes
      .filter((change) => change.status === 'closed')
      .sort((a, b) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? -1 : 1));
    for (const change of closed) {
      for (const item of change.items) {
        const key = `${change.facilityId}/${item.productId}`;
        const next = (running.get(key) ?? 0) + (change.type === 'receiving' ? item.quantity : -item.quantity);
        // Unclamped: the generator itself never removes what is not there.
        expect(next, `${change.name} ${item.product.name}`).toBeGreaterThanOrEqual(0);
        running.set(key, next);
      }
    }
    for (const change of changes) {
      expect(Date.parse(change.createdAt)).toBeLessThan(REFERENCE_MS);
      expect(change.closedAt === null).toBe(change.status !== 'closed');
    }
    const byId = new Map(products.map((product) => [product.id, product]));
    const facilityId = changes[0]!.facilityId;
    const levels = stockLevels(changes, facilityId, (id) => byId.get(id));
    for (const level of levels) expect(level.quantity).toBe(running.get(`${facilityId}/${level.productId}`));
  });

  it('the same seed gives the same bytes; another organization other ids', () => {
    const first = new ClinicGenerator(options()).use(inventoryChangeRecords);
    const second = new ClinicGenerator(options()).use(inventoryChangeRecords);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const other = new ClinicGenerator(options({ organizationId: '3f1d6a52-8c4e-4b7a-9e21-5d0c8f6b2a94' })).use(
      inventoryChangeRecords,
    );
    expect(other[0]!.id).not.toBe(first[0]!.id);
  });

  it('a clinic without facilities has products but no changes', () => {
    const clinic = new ClinicGenerator(options({ counts: { ...options().counts, facilities: 0 } }));
    expect(clinic.use(productRecords).length).toBeGreaterThan(0);
    expect(clinic.use(inventoryChangeRecords)).toEqual([]);
  });
});
