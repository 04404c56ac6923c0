import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { jsonCaller } from '../../../test/support/http.ts';
import { loadDemoPricing } from './demo.ts';

/** Amount-bearing promotions (fixed, minSubtotal) name a currency and apply only to carts in it. */

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
type Body = Record<string, unknown> & { code?: string; reason?: string; detail?: string; errors?: { path: string }[] };
const call = jsonCaller<Body>(t.app);
const paths = (b: Body) => (b.errors ?? []).map((e) => e.path).sort();

const euro = await call('POST', '/admin/regions', { name: 'Germany', currency: 'EUR', countries: ['DE'], taxRateBps: 0 }, admin);
const yen = await call('POST', '/admin/regions', { name: 'Japan', currency: 'JPY', countries: ['JP'], taxRateBps: 0 }, admin);
assert.equal(euro.status, 201);
assert.equal(yen.status, 201);
const product = await createProduct(t, admin, {
  options: [],
  variants: [
    {
      sku: 'CUR-TEA',
      manageInventory: false,
      prices: [
        { currency: 'EUR', amount: 5000 },
        { currency: 'JPY', amount: 5000 },
      ],
    },
  ],
});
const variantId = product.variants[0]?.id ?? '';

async function cartWithTea(currency: string): Promise<string> {
  const cart = await call('POST', '/store/carts', { currency });
  assert.equal(cart.status, 201, JSON.stringify(cart.body));
  const id = String(cart.body.id);
  assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId, quantity: 1 })).status, 200);
  return id;
}

void test('a fixed promotion or a minSubtotal without a currency is refused (400 naming /currency)', async () => {
  const fixed = await call('POST', '/admin/promotions', { code: 'TENOFF', type: 'fixed', value: 1000 }, admin);
  assert.equal(fixed.status, 400);
  assert.equal(fixed.body.code, 'validation_failed');
  assert.deepEqual(paths(fixed.body), ['/currency']);
  const min = await call('POST', '/admin/promotions', { code: 'PCTMIN', type: 'percentage', value: 10, minSubtotal: 3000 }, admin);
  assert.equal(min.status, 400);
  assert.deepEqual(paths(min.body), ['/currency']);
  // a percentage without amounts applies in every currency and needs none
  assert.equal((await call('POST', '/admin/promotions', { code: 'PCTANY', type: 'percentage', value: 10 }, admin)).status, 201);

  const ok = await call('POST', '/admin/promotions', { code: 'TENEUR', type: 'fixed', value: 1000, currency: 'EUR' }, admin);
  assert.equal(ok.status, 201, JSON.stringify(ok.body));
  const dropped = await call('PATCH', `/admin/promotions/${String(ok.body.id)}`, { currency: null }, admin);
  assert.equal(dropped.status, 400);
  assert.deepEqual(paths(dropped.body), ['/currency']);
  const pct = await call('POST', '/admin/promotions', { code: 'PCTEUR', type: 'percentage', value: 10 }, admin);
  const addMin = await call('PATCH', `/admin/promotions/${String(pct.body.id)}`, { minSubtotal: 100 }, admin);
  assert.equal(addMin.status, 400);
  assert.deepEqual(paths(addMin.body), ['/currency']);
});

void test('a promotion in EUR takes €10 off a EUR cart and does not apply to a JPY cart (422 with a reason)', async () => {
  await call('POST', '/admin/promotions', { code: 'TENNER', type: 'fixed', value: 1000, currency: 'EUR' }, admin);
  await call('POST', '/admin/promotions', { code: 'BIGSPEND', type: 'percentage', value: 10, currency: 'EUR', minSubtotal: 4000 }, admin);
  const eurCart = await cartWithTea('EUR');
  const inEur = await call('POST', `/store/carts/${eurCart}/promotions`, { code: 'TENNER' });
  assert.equal(inEur.status, 200, JSON.stringify(inEur.body));
  assert.equal(inEur.body.discountTotal, 1000);
  assert.equal((await call('POST', `/store/carts/${eurCart}/promotions`, { code: 'BIGSPEND' })).status, 200);

  const jpyCart = await cartWithTea('JPY');
  for (const code of ['TENNER', 'BIGSPEND']) {
    const inYen = await call('POST', `/store/carts/${jpyCart}/promotions`, { code });
    assert.equal(inYen.status, 422, JSON.stringify(inYen.body));
    assert.equal(inYen.body.code, 'promotion_invalid');
    assert.equal(inYen.body.reason, 'not_applicable');
    assert.match(String(inYen.body.detail), /only valid in EUR/);
  }
  assert.equal((await call('GET', `/store/carts/${jpyCart}`)).body.discountTotal, 0);
});

void test('a fixed promotion stored before currencies were required applies to no cart', async () => {
  // As rows written before migration 0010's rules: a fixed amount and no currency.
  await t.database.db.execute(sql`
    INSERT INTO promotions (id, code, type, value, currency) VALUES ('promo_legacy', 'LEGACY1000', 'fixed', 1000, NULL)`);
  for (const currency of ['EUR', 'JPY']) {
    const cart = await cartWithTea(currency);
    const res = await call('POST', `/store/carts/${cart}/promotions`, { code: 'LEGACY1000' });
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.equal(res.body.reason, 'not_applicable');
  }
});

void test('the demo codes keep working in their currencies', async () => {
  await t.database.db.execute(sql`DELETE FROM regions`);
  assert.equal(await loadDemoPricing(t.database.db), true);
  const cart = await cartWithTea('EUR'); // €50.00: above FIVEOFF's €30 minimum
  for (const code of ['WELCOME10', 'FIVEOFF', 'SHIPFREE']) {
    const res = await call('POST', `/store/carts/${cart}/promotions`, { code });
    assert.equal(res.status, 200, `${code}: ${JSON.stringify(res.body)}`);
  }
});
