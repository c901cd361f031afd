/**
 * What the sandbox decided where the inventory pages were cut off (api-model A7; README
 * "Inventory"): barcodes that agree with themselves, stock that equals its changes, bad input.
 */
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit } from '../../../src/data/gs1.js';
import { CLINICS } from '../../../src/testing/well-known.js';
import { createTestSandbox } from '../../support/sandbox.js';

const { request } = createTestSandbox({ rateLimit: 1_000_000 });
const SIGN: Record<string, number> = { receiving: 1, usage: -1, waste: -1, adjustment: -1 };
const HARBOR = CLINICS.harbor.id;
const records = (organizationId: string, resource: string, query = '') =>
  request(`/_sandbox/organizations/${organizationId}/${resource}${query}`);

async function facilities(organizationId: string = CLINICS.sunrise.id): Promise<string[]> {
  const { body } = await records(organizationId, 'facilities');
  return body.data.facilities.map((facility: { id: string }) => facility.id);
}

/** Every change of the clinic with its items, as the admin routes serve them. */
async function allChanges(organizationId: string = CLINICS.sunrise.id) {
  const all = [];
  for (let page = 1; ; page++) {
    const { body } = await records(organizationId, 'inventoryChanges', `?page=${page}`);
    all.push(...body.data.inventoryChanges);
    if (page >= body.data.pagination.totalPages) return all;
  }
}

describe('products: GS1 GTINs, NDCs that agree with them, a catalog for the specialty', () => {
  it('every GTIN (and additional GTIN) is 14 digits ending in its GS1 check digit', async () => {
    for (const organizationId of [CLINICS.sunrise.id, HARBOR]) {
      for (const product of (await records(organizationId, 'products')).body.data.products) {
        for (const gtin of [product.gtin, ...product.additionalGtins]) {
          expect(gtin).toMatch(/^[0-9]{14}$/);
          expect(gtin[13]).toBe(gtinCheckDigit(gtin.slice(0, 13)));
        }
      }
    }
  });

  it("a drug's or vaccine's GTIN is 003 + its 10-digit NDC + check digit; others have no NDC and no 003", async () => {
    const { body } = await request('/v3/inventory/products');
    for (const product of body.data.products) {
      if (product.type === 'drug' || product.type === 'vaccine') {
        expect(product.ndc).toMatch(/^[0-9]{5}-[0-9]{3}-[0-9]{2}$/);
        expect(product.gtin.slice(0, 3)).toBe('003');
        expect(product.gtin.slice(3, 13)).toBe(product.ndc.replaceAll('-', ''));
      } else {
        expect(product.ndc).toBeNull();
        expect(product.gtin.startsWith('003')).toBe(false);
      }
    }
  });

  it('dermatology stocks neurotoxins, fillers and topicals; family medicine vaccines and injectables; both supplies', async () => {
    const names = async (organizationId: string) =>
      (await records(organizationId, 'products')).body.data.products.map(
        (p: { name: string; type: string }) => `${p.type}:${p.name}`,
      );
    const harbor = await names(HARBOR);
    expect(harbor).toContain('drug:Botox 100 Units');
    expect(harbor.some((name: string) => name.startsWith('device:') && name.includes('1 mL'))).toBe(true);
    expect(harbor.some((name: string) => name.includes('Cream'))).toBe(true);
    expect(harbor.some((name: string) => name.startsWith('vaccine:'))).toBe(false);
    const sunrise = await names(CLINICS.sunrise.id);
    expect(sunrise.filter((name: string) => name.startsWith('vaccine:')).length).toBeGreaterThanOrEqual(3);
    expect(sunrise).not.toContain('drug:Botox 100 Units');
    for (const list of [harbor, sunrise]) expect(list.some((name: string) => name.startsWith('supply:'))).toBe(true);
  });

  it('products are per organization: one of another clinic is 404 Product not found; malformed is 400', async () => {
    const foreign = (await records(HARBOR, 'products')).body.data.products[0].id;
    const got = await request(`/v3/inventory/products/${foreign}`);
    expect(got.status).toBe(404);
    expect(got.body.message).toBe('Product not found');
    const malformed = await request('/v3/inventory/products/prd_123');
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe("'id' must be a valid ID");
  });
});

describe('scanned items: the GS1 element string agrees with the fields', () => {
  it('rawBarcode is (01)GTIN(17)YYMMDD(10)LOT[(21)SERIAL] and parsedFields, gtin, lot, expiry and serial agree', async () => {
    let checked = 0;
    for (const change of await allChanges()) {
      for (const item of change.items) {
        const yymmdd = item.expirationDate.slice(2).replaceAll('-', '');
        const serial = item.serialNumber === null ? '' : `(21)${item.serialNumber}`;
        expect(item.rawBarcode).toBe(`(01)${item.gtin}(17)${yymmdd}(10)${item.lotNumber}${serial}`);
        expect(item.parsedFields).toEqual({
          '01': item.gtin,
          '10': item.lotNumber,
          '17': yymmdd,
          ...(item.serialNumber === null ? {} : { '21': item.serialNumber }),
        });
        expect(item.gtin).toBe(item.product.gtin);
        expect(item.changeId).toBe(change.id);
        checked++;
      }
      expect(change.itemCount).toBe(change.items.length);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('usage and waste scan lots that were received at the same facility', async () => {
    const changes = await allChanges();
    const received = new Set<string>();
    for (const change of changes)
      if (change.type === 'receiving') for (const item of change.items) received.add(`${change.facilityId}/${item.lotNumber}`);
    for (const change of changes) {
      if (change.type === 'receiving') continue;
      for (const item of change.items) expect(received.has(`${change.facilityId}/${item.lotNumber}`)).toBe(true);
    }
  });
});

describe('stock levels: what the closed changes add and remove, per facility, never negative', () => {
  it("equal the signed sum of the facility's closed changes; open and cancelled ones do not count", async () => {
    const changes = await allChanges();
    expect(changes.some((change: { status: string }) => change.status === 'open')).toBe(true);
    for (const facilityId of await facilities()) {
      const expected = new Map<string, number>();
      for (const change of changes) {
        if (change.facilityId !== facilityId || change.status !== 'closed') continue;
        for (const item of change.items)
          expected.set(item.product.id, (expected.get(item.product.id) ?? 0) + SIGN[change.type]! * item.quantity);
      }
      const { body } = await request(`/v3/inventory/stock-levels?facilityId=${facilityId}&pageSize=100`);
      const served = new Map(
        body.data.stockLevels.map((level: { productId: string; quantity: number }) => [level.productId, level.quantity]),
      );
      expect(served).toEqual(expected);
      for (const quantity of served.values()) expect(quantity).toBeGreaterThanOrEqual(0);
      expect([...served.values()].some((quantity) => (quantity as number) > 0)).toBe(true);
    }
  });

  it('a removal beyond what is on hand stops at zero', async () => {
    const { request: local } = createTestSandbox({ rateLimit: 1_000_000 });
    const [facilityId] = await facilities();
    const levels = (await local(`/v3/inventory/stock-levels?facilityId=${facilityId}`)).body.data.stockLevels;
    const stocked = levels.find((level: { quantity: number }) => level.quantity > 0);
    const created = await local(`/_sandbox/organizations/${CLINICS.sunrise.id}/inventoryChanges`, {
      method: 'POST',
      body: {
        facilityId,
        type: 'waste',
        status: 'closed',
        closedAt: '2026-06-01T11:00:00.000Z',
        items: [{ productId: stocked.productId, quantity: stocked.quantity + 5 }],
      },
    });
    expect(created.status).toBe(201);
    const after = (await local(`/v3/inventory/stock-levels?facilityId=${facilityId}`)).body.data.stockLevels;
    expect(after.find((level: { productId: string }) => level.productId === stocked.productId)).toMatchObject({
      quantity: 0,
      updatedAt: '2026-06-01T11:00:00.000Z',
    });
  });
});

describe('bad input: a 4xx naming the parameter', () => {
  it("a malformed facilityId is 400 naming it; another clinic's facility, or none, is 404 Facility not found", async () => {
    const [harborFacility] = await facilities(HARBOR);
    for (const path of ['/v3/inventory/changes', '/v3/inventory/stock-levels']) {
      const malformed = await request(`${path}?facilityId=fac_nope`);
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toBe("'facilityId' must be a valid ID");
      for (const facilityId of [harborFacility, `fac_${'0'.repeat(32)}`]) {
        const foreign = await request(`${path}?facilityId=${facilityId}`);
        expect(foreign.status).toBe(404);
        expect(foreign.body.message).toBe('Facility not found');
      }
    }
  });

  it('an unknown status is 400 naming status', async () => {
    const [facilityId] = await facilities();
    const bad = await request(`/v3/inventory/changes?facilityId=${facilityId}&status=done`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^'status' must be one of: closed, open, cancelled/);
  });

  it("a change asked for at another facility, or another clinic's change, is 404 Inventory change not found", async () => {
    const [first, second] = await facilities();
    const change = (await request(`/v3/inventory/changes?facilityId=${first}&pageSize=1`)).body.data.changes[0];
    const elsewhere = await request(`/v3/inventory/changes/${change.id}?facilityId=${second}`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.message).toBe('Inventory change not found');
    const harborChange = (await allChanges(HARBOR))[0].id;
    for (const path of [
      `/v3/inventory/changes/${harborChange}?facilityId=${first}`,
      `/v3/inventory/changes/${harborChange}/products`,
    ]) {
      const foreign = await request(path);
      expect(foreign.status).toBe(404);
      expect(foreign.body.message).toBe('Inventory change not found');
    }
    const malformed = await request(`/v3/inventory/changes/chg_xyz/products`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toBe("'id' must be a valid ID");
  });
});

describe('products and changes are records of /_sandbox; stock levels are derived', () => {
  it('a change written with items: fields filled, barcode copied, counted once closed, product edits followed', async () => {
    const { request: local } = createTestSandbox({ rateLimit: 1_000_000 });
    const base = `/_sandbox/organizations/${CLINICS.sunrise.id}`;
    const product = (
      await local(`${base}/products`, {
        method: 'POST',
        body: { name: 'Sandbox Test Vial', type: 'supply', gtin: '00861420300008' },
      })
    ).body.data;
    const [facilityId] = await facilities();
    const created = await local(`${base}/inventoryChanges`, {
      method: 'POST',
      body: {
        facilityId,
        type: 'receiving',
        status: 'open',
        name: 'Weekly Receiving - Jun 1',
        items: [{ productId: product.id, quantity: 2, lotNumber: 'T1234A', expirationDate: '2028-03-31' }],
      },
    });
    expect(created.status).toBe(201);
    const change = created.body.data;
    expect(change).toMatchObject({ itemCount: 1, closedAt: null });
    expect(change.items[0]).toMatchObject({
      changeId: change.id,
      gtin: '00861420300008',
      rawBarcode: '(01)00861420300008(17)280331(10)T1234A',
      parsedFields: { '01': '00861420300008', '10': 'T1234A', '17': '280331' },
      scanSourceType: 'product_packaging',
      serialNumber: null,
      createdAt: change.createdAt,
    });
    expect(change.items[0].id).toMatch(/^cit_[0-9a-f]{32}$/);
    const level = async () =>
      (await local(`/v3/inventory/stock-levels?facilityId=${facilityId}`)).body.data.stockLevels.find(
        (candidate: { productId: string }) => candidate.productId === product.id,
      );
    expect(await level()).toBeUndefined();
    const closed = await local(`${base}/inventoryChanges/${change.id}`, { method: 'PATCH', body: { status: 'closed' } });
    expect(closed.body.data.closedAt).toBe(change.updatedAt);
    expect(await level()).toMatchObject({ quantity: 2, productName: 'Sandbox Test Vial', productType: 'supply' });

    await local(`${base}/products/${product.id}`, { method: 'PATCH', body: { name: 'Sandbox Test Vial 2 mL' } });
    const items = (await local(`/v3/inventory/changes/${change.id}/products`)).body.data.items;
    expect(items[0].product.name).toBe('Sandbox Test Vial 2 mL');
    expect((await level()).productName).toBe('Sandbox Test Vial 2 mL');
  });

  it('refused: a GTIN with a wrong check digit, an item naming no product, deleting a product a change scanned', async () => {
    const { request: local } = createTestSandbox({ rateLimit: 1_000_000 });
    const base = `/_sandbox/organizations/${CLINICS.sunrise.id}`;
    const badGtin = await local(`${base}/products`, { method: 'POST', body: { gtin: '00861420300001' } });
    expect(badGtin.status).toBe(400);
    expect(badGtin.body.message).toMatch(/^'gtin' must be a valid GTIN-14/);
    const badExtra = await local(`${base}/products`, {
      method: 'POST',
      body: { additionalGtins: ['00861420300008', '12345678901234'] },
    });
    expect(badExtra.body.message).toMatch(/^'additionalGtins\[1\]' must be a valid GTIN-14/);

    const unknown = `prd_${'0'.repeat(32)}`;
    const noProduct = await local(`${base}/inventoryChanges`, {
      method: 'POST',
      body: { items: [{ productId: unknown, quantity: 1 }] },
    });
    expect(noProduct.status).toBe(400);
    expect(noProduct.body.message).toBe(`'items[].productId' names no product of this clinic: '${unknown}'`);

    const scanned = (await allChanges())[0].items[0].product.id;
    const deleted = await local(`${base}/products/${scanned}`, { method: 'DELETE' });
    expect(deleted.status).toBe(400);
    expect(deleted.headers.get('X-Sandbox-Reason')).toBe('record_referenced');
    expect(deleted.body.message).toMatch(/ is referenced by \d+ (inventory change|inventoryChanges): /);
  });

  it('a change created without items has none; stockLevels is no record type', async () => {
    const { request: local } = createTestSandbox({ rateLimit: 1_000_000 });
    const created = await local(`/_sandbox/organizations/${CLINICS.sunrise.id}/inventoryChanges`, { method: 'POST', body: {} });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ items: [], itemCount: 0 });
    const stock = await local(`/_sandbox/organizations/${CLINICS.sunrise.id}/stockLevels`);
    expect(stock.status).toBe(400);
    expect(stock.body.message).toMatch(/^'resource' must be one of: .*inventoryChanges/);
  });
});

describe("inventoryPagination: 'all', the other reading of the cut-off examples", () => {
  it('answers every match with no pagination, ignoring page and pageSize', async () => {
    const { request: all } = createTestSandbox({ rateLimit: 1_000_000, inventoryPagination: 'all' });
    const [facilityId] = await facilities();
    const paged = (await request(`/v3/inventory/changes?facilityId=${facilityId}&pageSize=5`)).body.data;
    const unpaged = await all(`/v3/inventory/changes?facilityId=${facilityId}&pageSize=5`);
    expect(unpaged.status).toBe(200);
    expect(Object.keys(unpaged.body.data)).toEqual(['changes']);
    expect(unpaged.body.data.changes).toHaveLength(paged.pagination.totalCount);
    for (const path of [
      `/v3/inventory/stock-levels?facilityId=${facilityId}`,
      '/v3/inventory/products',
      `/v3/inventory/changes/${paged.changes[0].id}/products`,
    ]) {
      const body = (await all(path)).body;
      expect(body.data.pagination, path).toBeUndefined();
      expect(Object.keys(body.data)).toHaveLength(1);
    }
    // Other lists keep paginating.
    expect((await all('/v3/patients?pageSize=1')).body.data.pagination.pageSize).toBe(1);
  });
});
