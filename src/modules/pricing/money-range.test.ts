import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { jsonCaller } from '../../../test/support/http.ts';
import { queryRows } from '../../platform/db/index.ts';
import { int8ToNumber, MAX_MONEY_AMOUNT } from '../../platform/money.ts';

/** One range of money everywhere (platform/money.ts), stored in 64-bit columns (migration 0010). */

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
type Body = Record<string, unknown> & { errors?: { path: string }[]; code?: string };
const call = jsonCaller<Body>(t.app);

const THREE_BILLION = 3_000_000_000; // an ordinary VND price, beyond a 32-bit integer

void test('a product priced 3e9 VND goes into a cart ×3 and every total is exact', async () => {
  const region = await call('POST', '/admin/regions', { name: 'Vietnam', currency: 'VND', countries: ['VN'], taxRateBps: 1000 }, admin);
  assert.equal(region.status, 201, JSON.stringify(region.body));
  const product = await createProduct(t, admin, {
    options: [],
    variants: [{ sku: 'VND-BIKE', manageInventory: false, prices: [{ currency: 'VND', amount: THREE_BILLION }] }],
  });
  const variantId = product.variants[0]?.id ?? '';
  assert.deepEqual(product.variants[0]?.prices, [{ currency: 'VND', amount: THREE_BILLION }]);

  const option = await call(
    'POST',
    '/admin/shipping-options',
    {
      regionId: region.body.id,
      name: 'Truck',
      type: 'free_over',
      amount: 2_500_000_000,
      freeOverAmount: 20_000_000_000,
    },
    admin,
  );
  assert.equal(option.status, 201, JSON.stringify(option.body));
  assert.equal(option.body.amount, 2_500_000_000);
  assert.equal(option.body.freeOverAmount, 20_000_000_000);
  const promo = await call(
    'POST',
    '/admin/promotions',
    {
      code: 'BIGVND',
      type: 'fixed',
      value: 4_000_000_000,
      currency: 'VND',
      minSubtotal: 5_000_000_000,
    },
    admin,
  );
  assert.equal(promo.status, 201, JSON.stringify(promo.body));
  assert.equal(promo.body.value, 4_000_000_000);
  assert.equal(promo.body.minSubtotal, 5_000_000_000);

  const cart = await call('POST', '/store/carts', { currency: 'VND' });
  assert.equal(cart.status, 201, JSON.stringify(cart.body));
  const cartId = String(cart.body.id);
  const added = await call('POST', `/store/carts/${cartId}/items`, { variantId, quantity: 3 });
  assert.equal(added.status, 200, JSON.stringify(added.body));
  const items = added.body.items as { unitPrice: number; subtotal: number; total: number }[];
  assert.equal(items[0]?.unitPrice, THREE_BILLION);
  assert.equal(items[0]?.subtotal, 9_000_000_000);
  assert.equal(added.body.subtotal, 9_000_000_000);
  assert.equal(added.body.taxTotal, 900_000_000);
  assert.equal(added.body.total, 9_900_000_000);

  const promoted = await call('POST', `/store/carts/${cartId}/promotions`, { code: 'BIGVND' });
  assert.equal(promoted.status, 200, JSON.stringify(promoted.body));
  assert.equal(promoted.body.discountTotal, 4_000_000_000);
  assert.equal(promoted.body.total, 5_500_000_000); // (9e9 − 4e9) + 10 % tax

  // The stored line is a 64-bit column, and a raw query reads it back as an exact number.
  const [row] = await queryRows<{ unit_price: string | number | bigint }>(
    t.database.db,
    sql`SELECT unit_price FROM cart_items WHERE cart_id = ${cartId}`,
  );
  assert.ok(row);
  assert.equal(int8ToNumber(row.unit_price), THREE_BILLION);
});

void test('an amount above the one money range is 400 validation_failed naming the field, everywhere', async () => {
  const tooMuch = MAX_MONEY_AMOUNT + 1;
  const region = await call('POST', '/admin/regions', { name: 'Indonesia', currency: 'IDR', countries: ['ID'], taxRateBps: 1100 }, admin);
  assert.equal(region.status, 201, JSON.stringify(region.body));
  const cases: [string, string, unknown, string][] = [
    [
      'POST',
      '/admin/products',
      { title: 'Too dear', variants: [{ sku: 'IDR-X', prices: [{ currency: 'IDR', amount: tooMuch }] }] },
      '/variants/0/prices/0/amount',
    ],
    ['POST', '/admin/shipping-options', { regionId: region.body.id, name: 'Ship', type: 'flat', amount: tooMuch }, '/amount'],
    [
      'POST',
      '/admin/shipping-options',
      { regionId: region.body.id, name: 'Ship', type: 'free_over', amount: 1, freeOverAmount: tooMuch },
      '/freeOverAmount',
    ],
    ['POST', '/admin/promotions', { code: 'TOOBIG', type: 'fixed', value: tooMuch, currency: 'IDR' }, '/value'],
    ['POST', '/admin/promotions', { code: 'TOOBIG2', type: 'fixed', value: 1, currency: 'IDR', minSubtotal: tooMuch }, '/minSubtotal'],
    ['GET', `/store/products?currency=IDR&maxPrice=${tooMuch}`, undefined, '/query/maxPrice'],
  ];
  for (const [method, url, body, path] of cases) {
    const res = await call(method as 'GET' | 'POST', url, body, admin);
    assert.equal(res.status, 400, `${method} ${url}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.code, 'validation_failed');
    assert.ok(
      res.body.errors?.some((e) => e.path === path),
      `${url}: ${JSON.stringify(res.body.errors)}`,
    );
  }
  // the largest amount in range is accepted and comes back exactly
  const max = await call(
    'POST',
    '/admin/shipping-options',
    { regionId: region.body.id, name: 'Max', type: 'flat', amount: MAX_MONEY_AMOUNT },
    admin,
  );
  assert.equal(max.status, 201, JSON.stringify(max.body));
  assert.equal((await call('GET', `/admin/shipping-options/${String(max.body.id)}`, undefined, admin)).body.amount, MAX_MONEY_AMOUNT);
});
