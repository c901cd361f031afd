/**
 * Generates each facility's inventory changes over the sixteen weeks before the reference date:
 * a delivery received every week, stock used on patients, now and then expired stock thrown out
 * and a count corrected. Removals only take what closed changes put on the shelf, and only lots
 * that were received there, so stock levels never go below zero. The last days' changes are
 * still open; a few were cancelled.
 */
import { createHash } from 'node:crypto';
import { facilityRecords } from './facilities.js';
import type { Derivation } from './generate-clinic.js';
import { elementString, parsedFields } from './gs1.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { deliveryUnitsOf, productRecords } from './products.js';
import { chance, digits, type Faker, letters, pick, pickDistinct } from './random.js';
import { addUtcMonths, DAY_MS, HOUR_MS, MINUTE_MS, toIsoDate, toIsoTimestamp } from './time.js';
import type { Facility, InventoryChange, InventoryChangeStatus, InventoryChangeType, InventoryItem, Product } from './types.js';

const WEEKS = 16;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Jan 20`: how the documented example names a change by its day. */
export function dayLabel(ms: number): string {
  const date = new Date(ms);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

const TITLES: Readonly<Record<InventoryChangeType, string>> = {
  receiving: 'Weekly Receiving',
  usage: 'Treatment Room Usage',
  waste: 'Expired Stock Disposal',
  adjustment: 'Cycle Count Adjustment',
};

const NOTES: Readonly<Record<InventoryChangeType, readonly (string | null)[]>> = {
  receiving: [null, null, 'Delivery checked against packing slip.', 'Cold-chain items moved to the refrigerator.'],
  usage: [null, null, 'Logged at end of clinic day.'],
  waste: ['Past expiration; disposed per policy.', 'Vial dropped and broken.', 'Temperature excursion; discarded.'],
  adjustment: ['Shelf count lower than system count.', 'Monthly cycle count.'],
};

/** A lot on a facility's shelf: what usage and waste scan again. */
interface Lot {
  lotNumber: string;
  expirationDate: string;
  serialNumber: string | null;
  quantity: number;
}

/** One facility's shelf while its changes are generated: lots on hand by product id. */
class Shelf {
  readonly #lots = new Map<string, Lot[]>();

  onHand(productId: string): number {
    return (this.#lots.get(productId) ?? []).reduce((sum, lot) => sum + lot.quantity, 0);
  }

  stocked(): string[] {
    return [...this.#lots.keys()].filter((id) => this.onHand(id) > 0);
  }

  add(productId: string, lot: Lot): void {
    this.#lots.set(productId, [...(this.#lots.get(productId) ?? []), lot]);
  }

  /** Takes up to `quantity` from the oldest lot that has any: the lot scanned. */
  take(productId: string, quantity: number): Lot | null {
    const lot = (this.#lots.get(productId) ?? []).find((candidate) => candidate.quantity > 0);
    if (!lot) return null;
    const taken = Math.min(quantity, lot.quantity);
    lot.quantity -= taken;
    return { ...lot, quantity: taken };
  }
}

/**
 * An item's id where none was given: derived from its change's id and its place, so a change
 * written with items gets the same ids again after a reset.
 */
export function derivedItemId(changeId: string, index: number): string {
  const hex = createHash('sha256').update(`${changeId}/${index}`).digest('hex').slice(0, 32);
  return `${ID_PREFIXES.inventoryItem}${hex}`;
}

/** The scanned item's copied fields: its product and what its barcode says. */
export function scannedItem(
  item: Omit<InventoryItem, 'changeId' | 'rawBarcode' | 'gtin' | 'parsedFields' | 'product' | 'productId'>,
  changeId: string,
  product: Product,
): InventoryItem {
  const scanned = {
    gtin: product.gtin,
    expirationDate: item.expirationDate,
    lotNumber: item.lotNumber,
    serialNumber: item.serialNumber,
  };
  return {
    id: item.id,
    changeId,
    scanSourceType: item.scanSourceType,
    rawBarcode: elementString(scanned),
    gtin: product.gtin,
    lotNumber: item.lotNumber,
    expirationDate: item.expirationDate,
    serialNumber: item.serialNumber,
    quantity: item.quantity,
    parsedFields: parsedFields(scanned),
    notes: item.notes,
    createdAt: item.createdAt,
    product,
    productId: product.id,
  };
}

/** A fictional lot number: a letter, four digits, a letter (`K4821B`). */
export function drawLotNumber(faker: Faker): string {
  return `${letters(faker, 1)}${digits(faker, 4)}${letters(faker, 1)}`;
}

interface Movement {
  product: Product;
  lot: Lot;
}

function statusOf(faker: Faker, createdMs: number, referenceMs: number): InventoryChangeStatus {
  if (referenceMs - createdMs < 3 * DAY_MS) return 'open';
  return chance(faker, 0.03) ? 'cancelled' : 'closed';
}

class FacilityChanges {
  readonly changes: InventoryChange[] = [];
  readonly #shelf = new Shelf();

  constructor(
    private readonly faker: Faker,
    private readonly facility: Facility,
    private readonly products: readonly Product[],
    private readonly referenceMs: number,
  ) {}

  /** Products that may be ordered on `ms`: not archived by then. */
  #orderable(ms: number): Product[] {
    return this.products.filter((product) => product.archivedAt === null || Date.parse(product.archivedAt) > ms);
  }

  receive(ms: number): void {
    const chosen = pickDistinct(this.faker, this.#orderable(ms), this.faker.number.int({ min: 3, max: 6 }));
    const movements = chosen.map((product) => ({
      product,
      lot: {
        lotNumber: drawLotNumber(this.faker),
        expirationDate: toIsoDate(addUtcMonths(ms, this.faker.number.int({ min: 9, max: 30 }))),
        serialNumber:
          product.ndc !== null && chance(this.faker, 0.7) ? `${letters(this.faker, 2)}${digits(this.faker, 8)}` : null,
        quantity: this.faker.number.int({ min: Math.ceil(deliveryUnitsOf(product) / 2), max: deliveryUnitsOf(product) }),
      },
    }));
    this.#record('receiving', ms, movements);
  }

  remove(type: InventoryChangeType, ms: number, maxProducts: number, maxUnits: number): void {
    const stocked = this.#shelf.stocked();
    if (stocked.length === 0) return;
    const chosen = pickDistinct(this.faker, stocked, this.faker.number.int({ min: 1, max: maxProducts }));
    // Drawn before the status: a removal only takes stock when it counts, which its status decides.
    const wanted = chosen.map((productId) => [productId, this.faker.number.int({ min: 1, max: maxUnits })] as const);
    this.#record(type, ms, [], wanted);
  }

  #record(
    type: InventoryChangeType,
    ms: number,
    received: Movement[],
    wanted: readonly (readonly [string, number])[] = [],
  ): void {
    const status = statusOf(this.faker, ms, this.referenceMs);
    const counts = status === 'closed';
    const movements = [...received];
    for (const [productId, quantity] of wanted) {
      const product = this.products.find((candidate) => candidate.id === productId);
      // An open or cancelled removal scans a lot on the shelf without taking it.
      const lot = counts ? this.#shelf.take(productId, quantity) : this.#peek(productId, quantity);
      if (product && lot) movements.push({ product, lot });
    }
    if (movements.length === 0) return;
    if (counts && type === 'receiving') for (const { product, lot } of movements) this.#shelf.add(product.id, { ...lot });

    const id = prefixedId(this.faker, ID_PREFIXES.inventoryChange);
    const items = movements.map(({ product, lot }, index) =>
      scannedItem(
        {
          id: prefixedId(this.faker, ID_PREFIXES.inventoryItem),
          scanSourceType: 'product_packaging',
          lotNumber: lot.lotNumber,
          expirationDate: lot.expirationDate,
          serialNumber: lot.serialNumber,
          quantity: lot.quantity,
          notes: type === 'waste' && index === 0 ? 'Expired on shelf.' : null,
          createdAt: toIsoTimestamp(ms + (index + 1) * 20_000),
        },
        id,
        product,
      ),
    );
    const closedMs = ms + this.faker.number.int({ min: 20 * MINUTE_MS, max: 6 * HOUR_MS });
    this.changes.push({
      id,
      facilityId: this.facility.id,
      name: `${TITLES[type]} - ${dayLabel(ms)}`,
      type,
      status,
      notes: pick(this.faker, NOTES[type]),
      closedAt: counts ? toIsoTimestamp(closedMs) : null,
      createdAt: toIsoTimestamp(ms),
      updatedAt: toIsoTimestamp(status === 'open' ? ms + items.length * 20_000 : closedMs),
      itemCount: items.length,
      items,
    });
  }

  #peek(productId: string, quantity: number): Lot | null {
    const onHand = this.#shelf.onHand(productId);
    if (onHand === 0) return null;
    const lot = this.#shelf.take(productId, 0);
    return lot ? { ...lot, quantity: Math.min(quantity, onHand) } : null;
  }
}

/** A time on the clinic day `day` (days since the epoch), 14:00-22:00 UTC: office hours across US zones. */
function clinicTime(faker: Faker, day: number): number {
  return day * DAY_MS + faker.number.int({ min: 14 * 60, max: 22 * 60 - 1 }) * MINUTE_MS;
}

/** Every facility's changes, in createdAt order (the served order). */
export function generateInventoryChanges(
  faker: Faker,
  facilities: readonly Facility[],
  products: readonly Product[],
  referenceMs: number,
): InventoryChange[] {
  if (products.length === 0) return [];
  const all: InventoryChange[] = [];
  const today = Math.floor(referenceMs / DAY_MS);
  for (const facility of facilities) {
    const changes = new FacilityChanges(faker, facility, products, referenceMs);
    for (let week = WEEKS; week >= 0; week--) {
      const monday = today - week * 7 - ((today + 3) % 7);
      const plan: [InventoryChangeType, number][] = [['receiving', monday]];
      plan.push(['usage', monday + 2], ['usage', monday + 4]);
      if (chance(faker, 0.2)) plan.push(['waste', monday + 3]);
      if (week % 4 === 0) plan.push(['adjustment', monday + 4]);
      for (const [type, day] of plan) {
        const ms = clinicTime(faker, day);
        if (ms >= referenceMs) continue;
        if (type === 'receiving') changes.receive(ms);
        else if (type === 'usage') changes.remove('usage', ms, 3, 2);
        else changes.remove(type, ms, 2, 1);
      }
    }
    all.push(...changes.changes);
  }
  return all.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** The clinic's inventory changes, in served order (createdAt). */
export const inventoryChangeRecords: Derivation<InventoryChange[]> = (clinic) =>
  generateInventoryChanges(
    clinic.stream('inventoryChanges'),
    clinic.use(facilityRecords),
    clinic.use(productRecords),
    clinic.referenceMs,
  );
