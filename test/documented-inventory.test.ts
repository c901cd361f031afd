/**
 * Traceability for the inventory part of api-model A7 (and the two scopes A5 names): one case per
 * documented fact, named after it, in the style of documented-api.test.ts. What the sandbox
 * decided where the pages were cut off is tested in test/routes/v3/inventory.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CLINICS, KEYS } from '../src/testing/well-known.js';
import { createTestSandbox } from './support/sandbox.js';

const prefixed = (prefix: string) => new RegExp(`^${prefix}[0-9a-f]{32}$`);
const { request } = createTestSandbox({ rateLimit: 1_000_000 });

async function firstFacility(): Promise<string> {
  return (await request('/v3/facilities?pageSize=1')).body.data.facilities[0].id;
}

async function closedReceiving(facilityId: string) {
  const { body } = await request(`/v3/inventory/changes?facilityId=${facilityId}&status=closed`);
  return body.data.changes.find((change: { type: string }) => change.type === 'receiving');
}

/** A key holding every scope but `scope`, as a key of the full-access key's app. */
async function keyWithout(scope: string): Promise<string> {
  const me = await request('/v3/marketplace/me');
  const scopes = me.body.data.scopes.filter((candidate: string) => candidate !== scope);
  const created = await request('/_sandbox/keys', {
    method: 'POST',
    body: { appId: me.body.data.app.id, scopes },
  });
  expect(created.status).toBe(201);
  return created.body.key;
}

const PRODUCT_FIELDS = [
  'id',
  'gtin',
  'additionalGtins',
  'customBarcode',
  'ndc',
  'name',
  'manufacturer',
  'type',
  'description',
  'unitOfMeasure',
  'quantityPerUnit',
  'metadata',
  'archivedAt',
  'createdAt',
  'updatedAt',
];

describe('A5/A7. Inventory scopes', () => {
  it('A5: read:inventory unlocks the inventory change and stock-level endpoints (A7)', async () => {
    const facilityId = await firstFacility();
    const key = await keyWithout('read:inventory');
    for (const path of [
      `/v3/inventory/changes?facilityId=${facilityId}`,
      `/v3/inventory/stock-levels?facilityId=${facilityId}`,
    ]) {
      expect((await request(path)).status).toBe(200);
      const refused = await request(path, { key });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe('Insufficient scope. Required: read:inventory');
    }
  });

  it('A5: read:products unlocks GET /v3/inventory/products and GET /v3/inventory/products/{id} (A7)', async () => {
    const list = await request('/v3/inventory/products');
    expect(list.status).toBe(200);
    const id = list.body.data.products[0].id;
    expect((await request(`/v3/inventory/products/${id}`)).status).toBe(200);
    const key = await keyWithout('read:products');
    for (const path of ['/v3/inventory/products', `/v3/inventory/products/${id}`]) {
      const refused = await request(path, { key });
      expect(refused.status).toBe(403);
      expect(refused.body.message).toBe('Insufficient scope. Required: read:products');
    }
  });
});

describe('A7. Inventory', () => {
  it('A7: GET /v3/inventory/changes needs facilityId (required)', async () => {
    const missing = await request('/v3/inventory/changes');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe("'facilityId' is required");
  });

  it('A7: a change is {id ("chg_..."), facilityId, name, type, status, notes, closedAt, createdAt, updatedAt, itemCount}', async () => {
    const facilityId = await firstFacility();
    const { status, body } = await request(`/v3/inventory/changes?facilityId=${facilityId}`);
    expect(status).toBe(200);
    expect(body.data.changes.length).toBeGreaterThan(0);
    for (const change of body.data.changes) {
      expect(Object.keys(change)).toEqual([
        'id',
        'facilityId',
        'name',
        'type',
        'status',
        'notes',
        'closedAt',
        'createdAt',
        'updatedAt',
        'itemCount',
      ]);
      expect(change.id).toMatch(prefixed('chg_'));
      expect(change.facilityId).toBe(facilityId);
    }
  });

  it('A7: documented values: name "Weekly Receiving - Jan 20", type "receiving", status "closed"', async () => {
    const change = await closedReceiving(await firstFacility());
    expect(change).toMatchObject({ type: 'receiving', status: 'closed' });
    expect(change.name).toMatch(/^Weekly Receiving - (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$/);
    expect(change.closedAt).not.toBeNull();
  });

  it('A7: the optional status filters the changes', async () => {
    const facilityId = await firstFacility();
    const open = await request(`/v3/inventory/changes?facilityId=${facilityId}&status=open`);
    expect(open.status).toBe(200);
    expect(open.body.data.changes.length).toBeGreaterThan(0);
    for (const change of open.body.data.changes) expect(change.status).toBe('open');
  });

  it('A7: GET /v3/inventory/changes/{id}?facilityId= (required) returns the change', async () => {
    const facilityId = await firstFacility();
    const change = await closedReceiving(facilityId);
    const got = await request(`/v3/inventory/changes/${change.id}?facilityId=${facilityId}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(change);
    const missing = await request(`/v3/inventory/changes/${change.id}`);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe("'facilityId' is required");
  });

  it('A7: GET /v3/inventory/changes/{id}/products -> items[{id ("cit_..."), changeId, scanSourceType ("product_packaging"), rawBarcode, gtin, lotNumber, expirationDate, serialNumber, quantity, parsedFields, notes, createdAt, product}]', async () => {
    const change = await closedReceiving(await firstFacility());
    const { status, body } = await request(`/v3/inventory/changes/${change.id}/products`);
    expect(status).toBe(200);
    expect(body.data.items).toHaveLength(change.itemCount);
    for (const item of body.data.items) {
      expect(Object.keys(item)).toEqual([
        'id',
        'changeId',
        'scanSourceType',
        'rawBarcode',
        'gtin',
        'lotNumber',
        'expirationDate',
        'serialNumber',
        'quantity',
        'parsedFields',
        'notes',
        'createdAt',
        'product',
      ]);
      expect(item.id).toMatch(prefixed('cit_'));
      expect(item.changeId).toBe(change.id);
      expect(item.scanSourceType).toBe('product_packaging');
      expect(Number.isInteger(item.quantity)).toBe(true);
    }
  });

  it('A7: an item\'s quantity is a number such as 2, and its parsedFields hold "01", "10" and "17"', async () => {
    const facilityId = await firstFacility();
    const changes = (await request(`/v3/inventory/changes?facilityId=${facilityId}`)).body.data.changes;
    const quantities = new Set<number>();
    for (const change of changes.slice(0, 20)) {
      for (const item of (await request(`/v3/inventory/changes/${change.id}/products`)).body.data.items) {
        quantities.add(item.quantity);
        expect(Object.keys(item.parsedFields)).toEqual(expect.arrayContaining(['01', '10', '17']));
      }
    }
    expect(quantities.has(2)).toBe(true);
  });

  it("A7: an item's product is the Product, as GET /v3/inventory/products/{id} returns it", async () => {
    const change = await closedReceiving(await firstFacility());
    const [item] = (await request(`/v3/inventory/changes/${change.id}/products`)).body.data.items;
    const product = await request(`/v3/inventory/products/${item.product.id}`);
    expect(product.body.data).toEqual(item.product);
  });

  it('A7: GET /v3/inventory/stock-levels?facilityId= (required) -> {productId, productName, productGtin, productType, quantity, updatedAt}', async () => {
    const missing = await request('/v3/inventory/stock-levels');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe("'facilityId' is required");
    const { status, body } = await request(`/v3/inventory/stock-levels?facilityId=${await firstFacility()}`);
    expect(status).toBe(200);
    expect(body.data.stockLevels.length).toBeGreaterThan(0);
    for (const level of body.data.stockLevels) {
      expect(Object.keys(level)).toEqual(['productId', 'productName', 'productGtin', 'productType', 'quantity', 'updatedAt']);
      expect(level.productId).toMatch(prefixed('prd_'));
    }
  });

  it('A7: GET /v3/inventory/products takes search', async () => {
    const all = (await request('/v3/inventory/products')).body.data.products;
    const target = all[all.length - 1];
    const word = target.name.split(' ')[0];
    const found = await request(`/v3/inventory/products?search=${encodeURIComponent(word.toLowerCase())}`);
    expect(found.status).toBe(200);
    expect(found.body.data.products.map((p: { id: string }) => p.id)).toContain(target.id);
    for (const product of found.body.data.products) {
      const texts = [
        product.name,
        product.manufacturer,
        product.gtin,
        ...product.additionalGtins,
        product.ndc,
        product.customBarcode,
      ];
      expect(texts.some((text) => text?.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    }
  });

  it('A7: a product is {id ("prd_..."), gtin, additionalGtins[], customBarcode, ndc, name, manufacturer, type, description, unitOfMeasure, quantityPerUnit, metadata, archivedAt, createdAt, updatedAt}', async () => {
    const { body } = await request('/v3/inventory/products');
    for (const product of body.data.products) {
      expect(Object.keys(product)).toEqual(PRODUCT_FIELDS);
      expect(product.id).toMatch(prefixed('prd_'));
      expect(Array.isArray(product.additionalGtins)).toBe(true);
    }
  });

  it('A7: documented product values: name "Botox 100 Units", type "drug" (a dermatology clinic carries it)', async () => {
    // Harbor Dermatology did not grant read:products: read it as the sandbox's admin routes serve it.
    const { body } = await request(`/_sandbox/organizations/${CLINICS.harbor.id}/products`);
    const botox = body.data.products.find((product: { name: string }) => product.name === 'Botox 100 Units');
    expect(botox).toMatchObject({ name: 'Botox 100 Units', type: 'drug', unitOfMeasure: 'vial', quantityPerUnit: 100 });
    // The same record at /v3, once Harbor grants read:products to the app.
    const me = await request('/v3/marketplace/me', { organizationId: CLINICS.harbor.id });
    const installed = await request('/_sandbox/installations', {
      method: 'PUT',
      body: {
        appId: me.body.data.app.id,
        organizationId: CLINICS.harbor.id,
        grantedScopes: [...me.body.data.scopes, 'read:products'],
      },
    });
    expect(installed.status).toBeLessThan(300);
    const served = await request('/v3/inventory/products?search=botox', {
      organizationId: CLINICS.harbor.id,
      key: KEYS.fullAccess.key,
    });
    expect(served.body.data.products).toEqual([botox]);
  });
});
