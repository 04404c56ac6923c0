import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import type { CartTestBody } from './cart.test-support.ts';
import { jsonCaller } from '../../../test/support/http.ts';

// Example carts with amounts worked out by hand (rounding rules: src/modules/pricing/totals.ts).
// The default test product: variant S costs EUR 19.99 (250 g), variant M EUR 24.99 (300 g).

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');

type Json = Record<string, unknown>;
type Body = CartTestBody;

const call = jsonCaller<Body>(t.app);

async function adminPost(url: string, body: Json): Promise<Body> {
  const res = await call('POST', url, body, admin);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

const product = await createProduct(t, admin);
const [S, M] = product.variants.map((v) => v.id) as [string, string];
const address = (countryCode: string) => ({ address1: '1 Main St', city: 'Town', countryCode });

function totalsOf(cart: Body) {
  const { subtotal, discountTotal, shippingTotal, taxTotal, total } = cart;
  return { subtotal, discountTotal, shippingTotal, taxTotal, total };
}

function linesOf(cart: Body) {
  return cart.items.map((i) => [i.variantId === S ? 'S' : 'M', i.quantity, i.unitPrice, i.discountTotal, i.taxTotal, i.total]);
}

async function cartIn(regionId: string, country: string, lines: [string, number][]): Promise<string> {
  const created = await call('POST', '/store/carts', { regionId });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  assert.equal((await call('PATCH', `/store/carts/${id}`, { shippingAddress: address(country) })).status, 200);
  for (const [variantId, quantity] of lines) {
    assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId, quantity })).status, 200);
  }
  return id;
}

test('tax-exclusive region (DE 19 %): percentage and fixed promotions, flat and weight-based shipping', async () => {
  const region = await adminPost('/admin/regions', {
    name: 'Germany',
    currency: 'EUR',
    countries: ['DE'],
    taxRateBps: 1900,
    taxInclusive: false,
    isShippingTaxed: true,
  });
  const flat = await adminPost('/admin/shipping-options', { regionId: region.id, name: 'Flat', type: 'flat', amount: 500 });
  const byWeight = await adminPost('/admin/shipping-options', {
    regionId: region.id,
    name: 'By weight',
    type: 'weight_based',
    amount: 300,
    weightBands: [
      { maxGrams: 500, amount: 200 },
      { maxGrams: 2000, amount: 600 },
    ],
  });
  await adminPost('/admin/promotions', { code: 'TEN-DE', type: 'percentage', value: 10 });
  await adminPost('/admin/promotions', { code: 'TENNER-DE', type: 'fixed', value: 1000, currency: 'EUR' });

  // 2 × S (3998) + 1 × M (2499): subtotal 6497, weight 800 g.
  const id = await cartIn(region.id, 'DE', [
    [S, 2],
    [M, 1],
  ]);

  const options = await call('GET', `/store/carts/${id}/shipping-options`);
  assert.deepEqual(
    options.body.items.map((o) => [o.name, o.price.amount]),
    [
      ['Flat', 500],
      ['By weight', 900],
    ],
  );

  // 10 % of 6497 = 649.7 → 650, split 3998:2499 → 399.98/250.02 → floor 399/250, the missing cent to S
  // (larger remainder): S 400, M 250. Tax 19 % on 3598 → 683.62 → 684, on 2249 → 427.31 → 427,
  // on shipping 500 → 95. Total 6497 − 650 + 500 + 1206 = 7553.
  assert.equal((await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: flat.id })).status, 200);
  let cart = (await call('POST', `/store/carts/${id}/promotions`, { code: 'ten-de' })).body;
  assert.deepEqual(cart.promotions, ['TEN-DE']);
  assert.deepEqual(linesOf(cart), [
    ['S', 2, 1999, 400, 684, 4282],
    ['M', 1, 2499, 250, 427, 2676],
  ]);
  assert.deepEqual(totalsOf(cart), { subtotal: 6497, discountTotal: 650, shippingTotal: 500, taxTotal: 1206, total: 7553 });
  assert.equal(cart.taxInclusive, false);

  // Fixed 1000 split 3998:2499 → 615.36/384.64 → 615/384, the missing cent to M: S 615, M 385.
  // Tax on 3383 → 642.77 → 643, on 2114 → 401.66 → 402. Weight 800 g → 300 + 600 = 900, tax 171.
  // Total 6497 − 1000 + 900 + 1216 = 7613.
  assert.equal((await call('DELETE', `/store/carts/${id}/promotions/TEN-DE`)).status, 200);
  assert.equal((await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: byWeight.id })).status, 200);
  cart = (await call('POST', `/store/carts/${id}/promotions`, { code: 'TENNER-DE' })).body;
  assert.deepEqual(cart.shippingMethod, { shippingOptionId: byWeight.id, name: 'By weight', amount: 900 });
  assert.deepEqual(linesOf(cart), [
    ['S', 2, 1999, 615, 643, 4026],
    ['M', 1, 2499, 385, 402, 2516],
  ]);
  assert.deepEqual(totalsOf(cart), { subtotal: 6497, discountTotal: 1000, shippingTotal: 900, taxTotal: 1216, total: 7613 });

  // GET recomputes the same numbers.
  assert.deepEqual(totalsOf((await call('GET', `/store/carts/${id}`)).body), totalsOf(cart));
});

test('tax-inclusive region (FR 20 %): percentage and free-shipping promotions, free-over and flat shipping', async () => {
  const region = await adminPost('/admin/regions', {
    name: 'France',
    currency: 'EUR',
    countries: ['FR'],
    taxRateBps: 2000,
    taxInclusive: true,
    isShippingTaxed: true,
  });
  const freeOver = await adminPost('/admin/shipping-options', {
    regionId: region.id,
    name: 'Free over 40',
    type: 'free_over',
    amount: 700,
    freeOverAmount: 4000,
  });
  const flat = await adminPost('/admin/shipping-options', { regionId: region.id, name: 'Flat', type: 'flat', amount: 600 });
  await adminPost('/admin/promotions', { code: 'FIFTEEN-FR', type: 'percentage', value: 15 });
  await adminPost('/admin/promotions', { code: 'FREESHIP-FR', type: 'free_shipping' });

  // 1 × S + 1 × M: subtotal 4498 (gross).
  const id = await cartIn(region.id, 'FR', [
    [S, 1],
    [M, 1],
  ]);

  // 15 % of 4498 = 674.7 → 675, split 1999:2499 → 299.98/375.02 → 299/375, missing cent to S: S 300,
  // M 375. Contained tax: 1699 − round(1699/1.2 = 1415.83) = 283; 2124 − 1770 = 354. Free over
  // 40.00: 4498 ≥ 4000 → shipping 0. Total 4498 − 675 + 0 = 3823, tax 637 inside it.
  assert.equal((await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: freeOver.id })).status, 200);
  let cart = (await call('POST', `/store/carts/${id}/promotions`, { code: 'FIFTEEN-FR' })).body;
  assert.equal(cart.taxInclusive, true);
  assert.deepEqual(linesOf(cart), [
    ['S', 1, 1999, 300, 283, 1699],
    ['M', 1, 2499, 375, 354, 2124],
  ]);
  assert.deepEqual(totalsOf(cart), { subtotal: 4498, discountTotal: 675, shippingTotal: 0, taxTotal: 637, total: 3823 });

  // Free shipping on a flat 600 option: lines undiscounted, 1999 − 1666 = 333 and 2499 −
  // round(2082.5 → 2083) = 416 tax; shipping 0 and untaxed. Total 4498.
  assert.equal((await call('DELETE', `/store/carts/${id}/promotions/fifteen-fr`)).status, 200);
  assert.equal((await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: flat.id })).status, 200);
  cart = (await call('POST', `/store/carts/${id}/promotions`, { code: 'FREESHIP-FR' })).body;
  assert.deepEqual(totalsOf(cart), { subtotal: 4498, discountTotal: 0, shippingTotal: 0, taxTotal: 749, total: 4498 });

  // Without it, flat 600 contains 600 − 500 = 100 tax: total 5098, tax 849.
  cart = (await call('DELETE', `/store/carts/${id}/promotions/FREESHIP-FR`)).body;
  assert.deepEqual(totalsOf(cart), { subtotal: 4498, discountTotal: 0, shippingTotal: 600, taxTotal: 849, total: 5098 });

  // Free over 40.00 no longer applies once M is gone: 1999 < 4000, so shipping costs 700 (117 tax
  // inside: 700 − round(583.33)); S carries 333. Total 1999 + 700 = 2699, tax 450.
  assert.equal((await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: freeOver.id })).status, 200);
  const mLine = cart.items.find((i) => i.variantId === M)!;
  cart = (await call('DELETE', `/store/carts/${id}/items/${mLine.id}`)).body;
  assert.deepEqual(totalsOf(cart), { subtotal: 1999, discountTotal: 0, shippingTotal: 700, taxTotal: 450, total: 2699 });
});
