import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { jsonCaller } from '../../../test/support/http.ts';
import { setStock } from '../../../test/support/inventory.ts';
import type { CartTestBody } from './cart.test-support.ts';

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
const call = jsonCaller<CartTestBody & { missing: string[]; appliedPromotions: { code: string; type: string; amount: number }[] }>(t.app);

const region = await call('POST', '/admin/regions', { name: 'Germany', currency: 'EUR', countries: ['DE'], taxRateBps: 1900 }, admin);
assert.equal(region.status, 201);
const product = await createProduct(t, admin);
const [S, M] = product.variants.map((v) => v.id) as [string, string];
const unmanaged = (
  await createProduct(t, admin, {
    options: [],
    variants: [{ sku: 'FREE-1', prices: [{ currency: 'EUR', amount: 500 }], manageInventory: false }],
  })
).variants[0]!.id;
const backorder = (
  await createProduct(t, admin, {
    options: [],
    variants: [{ sku: 'BACK-1', prices: [{ currency: 'EUR', amount: 700 }], allowBackorder: true }],
  })
).variants[0]!.id;

async function newCart(token?: string): Promise<string> {
  const res = await call('POST', '/store/carts', { currency: 'EUR' }, token);
  assert.equal(res.status, 201, res.raw);
  return res.body.id;
}
async function add(id: string, variantId: string, quantity: number, token?: string) {
  const res = await call('POST', `/store/carts/${id}/items`, { variantId, quantity }, token);
  assert.equal(res.status, 200, res.raw);
  return res.body;
}

void test('each cart line tells its stock truth across every location, reserving nothing', async () => {
  const second = await call('POST', '/admin/stock-locations', { name: 'Second warehouse', priority: 2 }, admin);
  assert.equal(second.status, 201, second.raw);
  await setStock(t, admin, S, 2);
  await setStock(t, admin, S, 3, (second.body as unknown as { id: string }).id);
  const id = await newCart();
  await add(id, S, 4);
  await add(id, M, 1); // nothing on hand anywhere
  await add(id, unmanaged, 50);
  const cart = await add(id, backorder, 9);
  const line = (variantId: string) => cart.items.find((i) => i.variantId === variantId)!;
  assert.deepEqual([line(S).isAvailable, line(S).availableQuantity], [true, 5], 'two here and three there');
  assert.deepEqual([line(M).isAvailable, line(M).availableQuantity], [false, 0]);
  assert.deepEqual([line(unmanaged).isAvailable, line(unmanaged).availableQuantity], [true, null]);
  assert.deepEqual([line(backorder).isAvailable, line(backorder).availableQuantity], [true, null]);
  // An out-of-stock line stays priced, so the shopper sees what lowering the quantity changes.
  assert.equal(line(M).subtotal, 2499);

  // Asking for more than there is flips the line; the read reserves nothing.
  const more = await call('PATCH', `/store/carts/${id}/items/${line(S).id}`, { quantity: 6 });
  assert.deepEqual(
    [more.body.items.find((i) => i.variantId === S)?.isAvailable, more.body.items.find((i) => i.variantId === S)?.availableQuantity],
    [false, 5],
  );
  const inventory = await t.app.inject({
    method: 'GET',
    url: `/admin/inventory?variantId=${S}`,
    headers: { authorization: `Bearer ${admin}` },
  });
  const levels = inventory.json<{ locations: { reserved: number }[] }>().locations;
  assert.ok(
    levels.every((l) => l.reserved === 0),
    'reading a cart holds no stock',
  );

  // Stock arriving shows on the next read.
  await setStock(t, admin, M, 1);
  const again = await call('GET', `/store/carts/${id}`);
  assert.deepEqual(
    [again.body.items.find((i) => i.variantId === M)?.isAvailable, again.body.items.find((i) => i.variantId === M)?.availableQuantity],
    [true, 1],
  );
});

void test('each applied promotion shows what it saves; codes stack in the order applied', async () => {
  for (const body of [
    { code: 'TENOFF', type: 'percentage', value: 10 },
    { code: 'FIVER', type: 'fixed', value: 500, currency: 'EUR' },
    { code: 'NOSHIP', type: 'free_shipping', value: 0 },
  ]) {
    const res = await call('POST', '/admin/promotions', body, admin);
    assert.equal(res.status, 201, res.raw);
  }
  const option = await call(
    'POST',
    '/admin/shipping-options',
    { regionId: region.body.id, name: 'Flat', type: 'flat', amount: 490 },
    admin,
  );
  assert.equal(option.status, 201, option.raw);
  const id = await newCart();
  await add(id, unmanaged, 4); // 2000
  await call('PATCH', `/store/carts/${id}`, { shippingAddress: { address1: 'x', city: 'Köln', countryCode: 'DE' } });
  await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: (option.body as unknown as { id: string }).id });
  for (const code of ['TENOFF', 'FIVER', 'NOSHIP']) {
    const res = await call('POST', `/store/carts/${id}/promotions`, { code });
    assert.equal(res.status, 200, res.raw);
  }
  const cart = (await call('GET', `/store/carts/${id}`)).body;
  // 10 % of 2000, then 500 off the 1800 left; shipping 490 waived.
  assert.deepEqual(cart.appliedPromotions, [
    { code: 'TENOFF', type: 'percentage', amount: 200 },
    { code: 'FIVER', type: 'fixed', amount: 500 },
    { code: 'NOSHIP', type: 'free_shipping', amount: 490 },
  ]);
  assert.deepEqual([cart.discountTotal, cart.shippingTotal, cart.shippingDiscountTotal], [700, 0, 490]);
  assert.deepEqual(cart.promotions, ['TENOFF', 'FIVER', 'NOSHIP']);
});

void test('shipping options of a cart without an address say what is missing', async () => {
  const id = await newCart();
  const res = await call('GET', `/store/carts/${id}/shipping-options`);
  assert.equal(res.status, 409);
  assert.equal(res.body.code, 'shipping_address_required');
  assert.deepEqual(res.body.missing, ['shippingAddress']);
  await call('PATCH', `/store/carts/${id}`, { shippingAddress: { address1: 'x', city: 'Köln', countryCode: 'DE' } });
  assert.equal((await call('GET', `/store/carts/${id}/shipping-options`)).status, 200);
});

void test("GET /store/me/carts lists the customer's own open carts, newest first", async () => {
  const alice = await createCustomerToken(t);
  const bob = await createCustomerToken(t);
  const older = await newCart(alice.token);
  await add(older, unmanaged, 3, alice.token);
  const newer = await newCart(alice.token);
  await newCart(bob.token);
  await newCart(); // a guest cart
  const res = await call('GET', '/store/me/carts', undefined, alice.token);
  assert.equal(res.status, 200, res.raw);
  const body = res.body as unknown as {
    items: { id: string; lineCount: number; quantity: number; currency: string }[];
    nextCursor: string | null;
  };
  assert.deepEqual(
    body.items.map((c) => c.id),
    [newer, older],
  );
  assert.deepEqual([body.items[1]?.lineCount, body.items[1]?.quantity, body.items[1]?.currency], [1, 3, 'EUR']);
  const paged = (await call('GET', '/store/me/carts?limit=1', undefined, alice.token)).body as unknown as {
    items: { id: string }[];
    nextCursor: string;
  };
  assert.deepEqual(
    paged.items.map((c) => c.id),
    [newer],
  );
  const rest = (await call('GET', `/store/me/carts?limit=1&cursor=${paged.nextCursor}`, undefined, alice.token)).body as unknown as {
    items: { id: string }[];
  };
  assert.deepEqual(
    rest.items.map((c) => c.id),
    [older],
  );
  assert.equal((await call('GET', '/store/me/carts')).status, 401);
  assert.equal((await call('GET', '/store/me/carts', undefined, admin)).status, 403, 'staff have no carts of their own');
});

void test('cart and customer reads are private, no-store; regions are public and revalidate with 304', async () => {
  const alice = await createCustomerToken(t);
  const id = await newCart(alice.token);
  for (const url of [`/store/carts/${id}`, '/store/me/carts', '/store/me', '/store/orders']) {
    const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${alice.token}` } });
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    assert.equal(res.headers['cache-control'], 'private, no-store', url);
    assert.equal(res.headers.etag, undefined, url);
  }
  const regions = await t.app.inject({ method: 'GET', url: '/store/regions' });
  assert.equal(regions.statusCode, 200);
  assert.match(String(regions.headers['cache-control']), /^public, max-age=\d+$/);
  const [first] = regions.json<{ items: Record<string, unknown>[] }>().items;
  assert.deepEqual(first, {
    id: region.body.id,
    name: 'Germany',
    currency: 'EUR',
    countries: ['DE'],
    taxRateBps: 1900,
    taxInclusive: false,
    taxOverrides: [],
  });
  const revalidated = await t.app.inject({
    method: 'GET',
    url: '/store/regions',
    headers: { 'if-none-match': String(regions.headers.etag) },
  });
  assert.equal(revalidated.statusCode, 304);
});
