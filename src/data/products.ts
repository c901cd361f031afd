/**
 * Generates an organization's product catalog: what it stocks for its specialty, with synthetic
 * GTINs (drugs and vaccines embedding a synthetic NDC) and a few clinic-printed barcodes.
 */
import { clinicProfile } from './clinic-profile.js';
import type { Derivation } from './generate-clinic.js';
import { gtin14, gtinOfNdc, withIndicator } from './gs1.js';
import { ID_PREFIXES, prefixedId } from './ids.js';
import { type CatalogProduct, catalogOf, LABELERS } from './product-catalog.js';
import { chance, digits, type Faker } from './random.js';
import { addUtcMonths, DAY_MS, toIsoTimestamp } from './time.js';
import type { Product } from './types.js';

/** GS1 company prefixes of the makers without an NDC labeler code (`8` first: never `03`, a drug's). */
const COMPANY_PREFIXES: Readonly<Record<string, string>> = { 'Brightwell Medical Supply': '8614203' };

function hasNdc(entry: CatalogProduct): boolean {
  return entry.type === 'drug' || entry.type === 'vaccine';
}

/** A 5-3-2 NDC of the entry's labeler, with a drawn product and package code. */
function drawNdc(faker: Faker, entry: CatalogProduct): string {
  const labeler = LABELERS[entry.manufacturer] ?? digits(faker, 5, false);
  return `${labeler}-${digits(faker, 3)}-${digits(faker, 2)}`;
}

function drawDeviceGtin(faker: Faker, entry: CatalogProduct): string {
  const company = COMPANY_PREFIXES[entry.manufacturer] ?? `8${(LABELERS[entry.manufacturer] ?? digits(faker, 5)).padEnd(6, '0')}`;
  return gtin14(`00${company}${digits(faker, 4)}`);
}

/**
 * One product per catalog entry, in name order (the served order). Products were added to the
 * catalog two to six years before the reference date; one in ten was archived in the last year.
 */
export function generateProducts(faker: Faker, catalog: readonly CatalogProduct[], referenceMs: number): Product[] {
  const products = catalog.map((entry): Product => {
    const ndc = hasNdc(entry) ? drawNdc(faker, entry) : null;
    const gtin = ndc === null ? drawDeviceGtin(faker, entry) : gtinOfNdc(ndc);
    const createdMs = faker.number.int({ min: addUtcMonths(referenceMs, -72), max: addUtcMonths(referenceMs, -24) });
    const updatedMs = faker.number.int({ min: createdMs, max: referenceMs - 30 * DAY_MS });
    const archived = chance(faker, 0.1);
    const archivedMs = archived
      ? faker.number.int({ min: addUtcMonths(referenceMs, -12), max: referenceMs - 30 * DAY_MS })
      : null;
    return {
      id: prefixedId(faker, ID_PREFIXES.product),
      gtin,
      // A carton's GTIN (indicator 5) for about half the drugs and vaccines.
      additionalGtins: ndc !== null && chance(faker, 0.5) ? [withIndicator(gtin, 5)] : [],
      customBarcode: entry.type === 'supply' && chance(faker, 0.5) ? `INV-${digits(faker, 6)}` : null,
      ndc,
      name: entry.name,
      manufacturer: entry.manufacturer,
      type: entry.type,
      description: entry.description,
      unitOfMeasure: entry.unitOfMeasure,
      quantityPerUnit: entry.quantityPerUnit,
      metadata: { storage: entry.storage },
      archivedAt: archivedMs === null ? null : toIsoTimestamp(archivedMs),
      createdAt: toIsoTimestamp(createdMs),
      updatedAt: toIsoTimestamp(Math.max(updatedMs, archivedMs ?? 0)),
    };
  });
  return products.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The organization's catalog, in served order (name). */
export const productRecords: Derivation<Product[]> = (clinic) =>
  generateProducts(clinic.stream('products'), catalogOf(clinic.use(clinicProfile).specialty), clinic.referenceMs);

/** Every catalog entry by name (the primary-care catalog is shared by four specialties). */
const catalogOfAll = new Map<string, CatalogProduct>(
  (['Dermatology', 'Family Medicine', 'Orthopedics'] as const)
    .flatMap((specialty) => catalogOf(specialty))
    .map((entry) => [entry.name, entry]),
);

/** How much a weekly delivery of the product brings, at most (the catalog's figure; 4 for a written product). */
export function deliveryUnitsOf(product: Product): number {
  return catalogOfAll.get(product.name)?.deliveryUnits ?? 4;
}
