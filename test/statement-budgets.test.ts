import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { setStock } from './support/inventory.ts';
import { ADDRESS, CARD_OK, setupShop } from './support/checkout.ts';

// Statement budgets of the buying path: every cart and checkout route costs a fixed number of SQL
// statements whatever the cart holds (no statement per line), and no more than its budget, so a
// change that adds statements fails here even where a benchmark's timings would not show it.
// Counts are every statement Stockroom sends (BEGIN, COMMIT and idempotency bookkeeping included).

const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 1000);
const extra = await Promise.all(Array.from({ length: 3 }, () => createProduct(t, admin)));
const variants = [...shop.variants, ...extra.flatMap((p) => p.variants.map((v) => v.id))];
for (const v of variants.slice(2)) await setStock(t, admin, v, 1000);

/**
 * The budget of each step: the most statements it may send, as counted on PGlite. On server
 * PostgreSQL each transaction also counts its BEGIN and COMMIT (TRANSACTIONS: how many each step opens;
 * the payment session opens two, with the provider called between them).
 */
const TRANSACTIONS = { createCart: 1, addItem: 1, getCart: 0, address: 1, shippingOptions: 0, shippingMethod: 1, payment: 2, complete: 2 };
// Pricing a cart reads real stock for its lines (one statement that reserves nothing), so every step
// that answers the cart costs one more than before that read existed.
const EMBEDDED_BUDGET = {
  createCart: 4,
  addItem: 7,
  getCart: 5,
  address: 7,
  shippingOptions: 4,
  shippingMethod: 8,
  payment: 7,
  complete: 34,
};
const BUDGET = Object.fromEntries(
  Object.entries(EMBEDDED_BUDGET).map(([step, n]) => [
    step,
    n + (t.database.kind === 'postgres' ? 2 * TRANSACTIONS[step as keyof typeof TRANSACTIONS] : 0),
  ]),
) as typeof EMBEDDED_BUDGET;

async function statements(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>, key?: string) {
  const before = t.database.stats.queries;
  const res = await t.app.inject({ method, url, ...(payload ? { payload } : {}), ...(key ? { headers: { 'idempotency-key': key } } : {}) });
  assert.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.body}`);
  return { count: t.database.stats.queries - before, body: res.json<{ id: string }>() };
}

async function costsOfACart(lines: number): Promise<Record<keyof typeof BUDGET, number>> {
  const created = await statements('POST', '/store/carts', { regionId: shop.regionId });
  const id = created.body.id;
  let addItem = 0;
  for (const variantId of variants.slice(0, lines))
    addItem = (await statements('POST', `/store/carts/${id}/items`, { variantId, quantity: 1 })).count;
  const address = await statements('PATCH', `/store/carts/${id}`, { shippingAddress: ADDRESS, email: 'budget@example.test' });
  const getCart = await statements('GET', `/store/carts/${id}`);
  const shippingOptions = await statements('GET', `/store/carts/${id}/shipping-options`);
  const shippingMethod = await statements('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: shop.shippingOptionId });
  const payment = await statements('POST', `/store/carts/${id}/payment`, { provider: 'test', data: { card: CARD_OK } });
  const complete = await statements('POST', `/store/carts/${id}/complete`, undefined, `budget-${id}`);
  return {
    createCart: created.count,
    addItem,
    getCart: getCart.count,
    address: address.count,
    shippingOptions: shippingOptions.count,
    shippingMethod: shippingMethod.count,
    payment: payment.count,
    complete: complete.count,
  };
}

void test('cart and checkout routes cost a fixed number of statements, within budget, whatever the line count', async (ctx) => {
  const one = await costsOfACart(1);
  const many = await costsOfACart(variants.length);
  ctx.diagnostic(`statements with 1 line: ${JSON.stringify(one)}`);
  ctx.diagnostic(`statements with ${variants.length} lines: ${JSON.stringify(many)}`);
  assert.deepEqual(many, one, 'no route sends a statement per cart line');
  for (const [step, budget] of Object.entries(BUDGET)) {
    const used = one[step as keyof typeof BUDGET];
    assert.ok(used <= budget, `${step} sends ${used} statements; its budget is ${budget}`);
  }
});

void test('catalog reads cost a fixed number of statements: four for a product, two for a page (cache off)', async () => {
  const uncached = await startTestApp({ STOCKROOM_CACHE_TTL_MS: '0' }, t.testDatabase);
  const cost = async (url: string) => {
    const before = uncached.database.stats.queries;
    const res = await uncached.app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, res.body);
    return uncached.database.stats.queries - before;
  };
  // One for the product, three for its schema.org `jsonLd` (shop settings, regions, shipping options).
  assert.equal(await cost(`/store/products/${extra[0]!.handle}`), 4);
  assert.equal(await cost('/store/products?limit=2&currency=EUR'), 2);
  assert.equal(await cost('/store/products?limit=50&currency=EUR'), 2);
  assert.equal(await cost('/store/products?q=test&limit=50'), 2);
});

void test('with the cache on, a product read that misses the response cache costs its one statement (the shop data is cached)', async () => {
  const cost = async (url: string) => {
    const before = t.database.stats.queries;
    const res = await t.app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['x-cache'], 'miss');
    assert.ok(res.json<{ jsonLd?: unknown }>().jsonLd, 'the answer carries its structured data');
    return t.database.stats.queries - before;
  };
  // The first read also loads the shop settings, regions and shipping options; later misses do not.
  await cost(`/store/products/${extra[1]!.handle}?currency=EUR`);
  assert.equal(await cost(`/store/products/${extra[2]!.handle}?currency=EUR`), 1);
  assert.equal(await cost(`/store/products/${extra[2]!.handle}`), 1);
});
