import { apiError } from '../../contract/api-error.js';
import { servedItem } from '../../data/inventory-items.js';
import { stockLevels } from '../../data/stock-levels.js';
import { byEquals, bySearch } from '../../http/filters.js';
import {
  listBody,
  listBodyOfValues,
  type PageParams,
  recordBody,
  successBody,
  unpagedListBody,
} from '../../http/list-response.js';
import type { V3Handlers } from '../../http/operation.js';
import type { ClinicData } from '../../records/clinic-data.js';
import { ResourceTable } from '../../records/resource-table.js';
import type { Sandbox } from '../../world/sandbox.js';
import { clinicOf } from './clinic-of.js';

const CHANGE = 'Inventory change';

/** A list of records, paged unless the sandbox runs with `inventoryPagination: 'all'`. */
function inventoryList<T extends { id: string }>(
  sandbox: Sandbox,
  params: PageParams,
  plural: string,
  table: ResourceTable<T>,
  records: readonly T[],
): string {
  return sandbox.config.inventoryPagination === 'all'
    ? unpagedListBody(plural, table, records)
    : listBody(params, plural, table, records);
}

/**
 * The facility a required `facilityId` names, which must be the clinic's: another is 404
 * `Facility not found`, as the facility is what the request is about (a decision of the sandbox).
 */
function requireFacility(clinic: ClinicData, facilityId: string): void {
  if (!clinic.table('facilities').get(facilityId)) throw apiError('record_not_found', 'Facility');
}

export const inventoryHandlers = {
  listInventoryChanges(request, sandbox) {
    const clinic = clinicOf(request, sandbox);
    const { params } = request;
    requireFacility(clinic, params.facilityId);
    const changes = clinic.table('inventoryChanges');
    let records = byEquals(changes.items, params.facilityId, (change) => change.facilityId);
    records = byEquals(records, params.status, (change) => change.status);
    return inventoryList(sandbox, params, 'changes', changes, records);
  },
  getInventoryChange(request, sandbox) {
    const clinic = clinicOf(request, sandbox);
    const { params } = request;
    requireFacility(clinic, params.facilityId);
    const changes = clinic.table('inventoryChanges');
    const change = changes.get(params.id);
    // A change of another facility is not found at this one.
    return recordBody(CHANGE, changes, change?.facilityId === params.facilityId ? change : undefined);
  },
  listInventoryChangeItems(request, sandbox) {
    const { params } = request;
    const change = clinicOf(request, sandbox).table('inventoryChanges').get(params.id);
    if (!change) throw apiError('record_not_found', CHANGE);
    // A table of the change's items for this answer: a change holds a few dozen at most.
    return inventoryList(sandbox, params, 'items', new ResourceTable(change.items, servedItem), change.items);
  },
  listStockLevels(request, sandbox) {
    const clinic = clinicOf(request, sandbox);
    const { params } = request;
    requireFacility(clinic, params.facilityId);
    const products = clinic.table('products');
    const levels = stockLevels(clinic.table('inventoryChanges').items, params.facilityId, (id) => products.get(id));
    return sandbox.config.inventoryPagination === 'all'
      ? successBody({ stockLevels: levels })
      : listBodyOfValues(params, 'stockLevels', levels);
  },
  listProducts(request, sandbox) {
    const products = clinicOf(request, sandbox).table('products');
    const { params } = request;
    const records = bySearch(products.items, params.search, (product) => [
      product.name,
      product.manufacturer,
      product.gtin,
      ...product.additionalGtins,
      product.ndc,
      product.customBarcode,
    ]);
    return inventoryList(sandbox, params, 'products', products, records);
  },
  getProduct(request, sandbox) {
    const products = clinicOf(request, sandbox).table('products');
    return recordBody('Product', products, products.get(request.params.id));
  },
} satisfies Pick<
  V3Handlers,
  'listInventoryChanges' | 'getInventoryChange' | 'listInventoryChangeItems' | 'listStockLevels' | 'listProducts' | 'getProduct'
>;
