/**
 * A change's scanned items as written through `/_sandbox` (a product id, a quantity, perhaps a
 * lot) made whole: the fields left out filled in, and the product and barcode fields copied from
 * the product, so that `gtin`, `rawBarcode` and `parsedFields` always agree.
 */
import { createHash } from 'node:crypto';
import { derivedItemId, scannedItem } from './inventory-changes.js';
import type { InventoryChange, InventoryItem, Product } from './types.js';

/** A lot where none was given: derived from the item's id (`L` and five digits, fictional). */
function derivedLot(itemId: string): string {
  const number = createHash('sha256').update(itemId).digest().readUInt32BE(0) % 100_000;
  return `L${String(number).padStart(5, '0')}`;
}

/** Two years after `timestamp`, as `YYYY-MM-DD`: the expiry of an item written without one. */
function twoYearsAfter(timestamp: string): string {
  const date = new Date(timestamp);
  date.setUTCFullYear(date.getUTCFullYear() + 2);
  return date.toISOString().slice(0, 10);
}

/**
 * The change's items, each complete and copying its product as `productOf` finds it now. An item
 * whose product is gone keeps the copy it had (deletes of a named product are refused).
 */
export function inventoryItemsOf(change: InventoryChange, productOf: (id: string) => Product | undefined): InventoryItem[] {
  // Written items hold only the write shape's fields; every other field is filled here.
  const items = change.items as (Partial<InventoryItem> & Pick<InventoryItem, 'productId' | 'quantity'>)[];
  return items.map((item, index) => {
    const product = productOf(item.productId) ?? item.product;
    const id = item.id ?? derivedItemId(change.id, index);
    const createdAt = item.createdAt ?? change.createdAt;
    const whole = {
      id,
      scanSourceType: item.scanSourceType ?? 'product_packaging',
      lotNumber: item.lotNumber ?? derivedLot(id),
      expirationDate: item.expirationDate ?? twoYearsAfter(createdAt),
      serialNumber: item.serialNumber ?? null,
      quantity: item.quantity,
      notes: item.notes ?? null,
      createdAt,
    } as const;
    // Only for records built before their product was checked; the editor refuses unknown products.
    if (!product) return { ...item, ...whole, changeId: change.id } as InventoryItem;
    return scannedItem(whole, change.id, product);
  });
}

/** An item as `/v3` serves it: without the product id its `product` already shows. */
export function servedItem({ productId: _productId, ...served }: InventoryItem): Omit<InventoryItem, 'productId'> {
  return served;
}
