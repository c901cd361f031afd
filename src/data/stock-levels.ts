/**
 * Stock levels: what a facility has of each product, derived from its closed inventory changes
 * (never stored, so they always agree with the changes). Receiving adds; usage, waste and
 * adjustment remove; open and cancelled changes do not count. Applied in `closedAt` order, a
 * removal beyond what is on hand stops at zero: a level is never negative.
 */
import type { InventoryChange, InventoryChangeType, Product, StockLevel } from './types.js';

const SIGN: Readonly<Record<InventoryChangeType, 1 | -1>> = { receiving: 1, usage: -1, waste: -1, adjustment: -1 };

/** The facility's stock level of every product it ever had, by product name then id. */
export function stockLevels(
  changes: readonly InventoryChange[],
  facilityId: string,
  productOf: (id: string) => Product | undefined,
): StockLevel[] {
  const closed = changes
    .filter((change) => change.facilityId === facilityId && change.status === 'closed' && change.closedAt !== null)
    .sort((a, b) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? -1 : (a.closedAt ?? '') > (b.closedAt ?? '') ? 1 : 0));
  const levels = new Map<string, { quantity: number; updatedAt: string }>();
  for (const change of closed) {
    for (const item of change.items) {
      const level = levels.get(item.productId) ?? { quantity: 0, updatedAt: change.closedAt ?? change.updatedAt };
      level.quantity = Math.max(0, level.quantity + SIGN[change.type] * item.quantity);
      level.updatedAt = change.closedAt ?? change.updatedAt;
      levels.set(item.productId, level);
    }
  }
  const served: StockLevel[] = [];
  for (const [productId, { quantity, updatedAt }] of levels) {
    const product = productOf(productId);
    if (!product) continue;
    served.push({
      productId,
      productName: product.name,
      productGtin: product.gtin,
      productType: product.type,
      quantity,
      updatedAt,
    });
  }
  return served.sort((a, b) =>
    a.productName < b.productName ? -1 : a.productName > b.productName ? 1 : a.productId < b.productId ? -1 : 1,
  );
}
