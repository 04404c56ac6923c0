import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { setStock } from '../../../test/support/inventory.ts';
import { TEST_DATABASE_URL } from '../../../test/support/database.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { ANONYMOUS } from '../../platform/http/auth.ts';
import { modules } from '../index.ts';
import { CartAlreadyCompleted, cartModule, createCartModule, EXPIRE_CARTS_JOB, getCartForCheckout, markCartCompleted } from './index.ts';
import type { CartTestBody } from './cart.test-support.ts';
import { jsonCaller, type Method } from '../../../test/support/http.ts';

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
const db = t.database.db;

type Json = Record<string, unknown>;
type Body = CartTestBody;

const call = jsonCaller<Body>(t.app);

async function newCart(token?: string, body: Json = { currency: 'EUR' }): Promise<Body> {
  const res = await call('POST', '/store/carts', body, token);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

const region = (await call('POST', '/admin/regions', { name: 'Germany', currency: 'EUR', countries: ['DE'], taxRateBps: 1900 }, admin))
  .body;
const product = await createProduct(t, admin);
const [S, M] = product.variants.map((v) => v.id) as [string, string];

test('guest carts work anonymously; the id is an unguessable capability', async () => {
  const cart = await newCart();
  assert.match(cart.id, /^cart_[0-9a-z]{36}$/); // 48 time bits + 128 random bits
  assert.equal(cart.regionId, region.id);
  assert.equal(cart.customerId, null);
  assert.equal(cart.version, 1);
  const added = await call('POST', `/store/carts/${cart.id}/items`, { variantId: S, quantity: 2 });
  assert.equal(added.status, 200);
  assert.equal(added.body.items[0]!.unitPrice, 1999);
  assert.equal(added.body.items[0]!.sku, product.variants[0]!.sku);
  assert.equal(added.body.subtotal, 3998);
  assert.equal(added.body.version, 2);
  const got = await call('GET', `/store/carts/${cart.id}`);
  assert.equal(got.status, 200);
  assert.deepEqual(got.body, added.body);

  assert.equal((await call('POST', '/store/carts', {})).status, 400);
  const usd = await call('POST', '/store/carts', { currency: 'USD', regionId: region.id });
  assert.equal(usd.status, 400);
  assert.equal(usd.body.errors[0]!.path, '/regionId');
  assert.equal((await call('GET', '/store/carts/cart_doesnotexist')).status, 404);
});

test('a client-supplied price, total or discount is rejected with 400 and never used (S3)', async () => {
  const cart = await newCart();
  const id = cart.id;
  const attempts: [Method, string, Json][] = [
    ['POST', '/store/carts', { currency: 'EUR', total: 1 }],
    ['POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1, unitPrice: 1 }],
    ['POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1, price: { currency: 'EUR', amount: 1 } }],
    ['PATCH', `/store/carts/${id}`, { discountTotal: 5000 }],
    ['PATCH', `/store/carts/${id}`, { customerId: 'cus_x' }],
    ['POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: 'so_x', amount: 0 }],
    ['POST', `/store/carts/${id}/promotions`, { code: 'X', discount: 100 }],
  ];
  for (const [method, url, body] of attempts) {
    const res = await call(method, url, body);
    assert.equal(res.status, 400, `${method} ${url}`);
    assert.equal(res.body.code, 'validation_failed');
    const field = Object.keys(body).find((k) => !['currency', 'variantId', 'quantity', 'shippingOptionId', 'code'].includes(k));
    assert.deepEqual(
      res.body.errors.map((e) => e.path),
      [`/${String(field)}`],
    );
  }
  const added = await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1 });
  const line = added.body.items[0]!;
  assert.equal((await call('PATCH', `/store/carts/${id}/items/${line.id}`, { quantity: 2, unitPrice: 1 })).status, 400);
  const after = await call('GET', `/store/carts/${id}`);
  assert.deepEqual(
    [after.body.items[0]!.quantity, after.body.items[0]!.unitPrice, after.body.subtotal, after.body.discountTotal],
    [1, 1999, 1999, 0],
  );
});

test("a customer's cart is invisible to other customers and to anonymous callers (S1)", async () => {
  const a = await createCustomerToken(t);
  const b = await createCustomerToken(t);
  const cart = await newCart(a.token);
  const id = cart.id;
  assert.equal(cart.customerId, a.customerId);
  assert.equal(cart.email, a.email);
  const added = await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1 }, a.token);
  assert.equal(added.status, 200);
  const itemId = added.body.items[0]!.id;
  await call('PATCH', `/store/carts/${id}`, { shippingAddress: { address1: 'A street 1', city: 'Berlin', countryCode: 'de' } }, a.token);

  const routes: [Method, string, Json | undefined][] = [
    ['GET', `/store/carts/${id}`, undefined],
    ['PATCH', `/store/carts/${id}`, { email: 'thief@example.test' }],
    ['POST', `/store/carts/${id}/items`, { variantId: M, quantity: 1 }],
    ['PATCH', `/store/carts/${id}/items/${itemId}`, { quantity: 5 }],
    ['DELETE', `/store/carts/${id}/items/${itemId}`, undefined],
    ['GET', `/store/carts/${id}/shipping-options`, undefined],
    ['POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: 'so_x' }],
    ['POST', `/store/carts/${id}/promotions`, { code: 'ANY' }],
    ['DELETE', `/store/carts/${id}/promotions/ANY`, undefined],
    ['POST', `/store/carts/${id}/payment`, { provider: 'manual' }],
    ['POST', `/store/carts/${id}/adopt`, undefined],
  ];
  for (const [method, url, body] of routes) {
    for (const token of [b.token, undefined]) {
      const res = await call(method, url, body, token);
      if (url.endsWith('/adopt') && !token) {
        assert.equal(res.status, 401); // adopting needs a signed-in customer at all
        continue;
      }
      assert.equal(res.status, 404, `${method} ${url} as ${token ? 'B' : 'anonymous'}: ${res.status}`);
      assert.equal(res.body.code, 'not_found');
      assert.ok(!res.raw.includes(a.customerId) && !res.raw.includes(a.email) && !res.raw.includes('Berlin'));
    }
  }
  const mine = await call('GET', `/store/carts/${id}`, undefined, a.token);
  assert.deepEqual([mine.body.email, mine.body.items.length, mine.body.items[0]!.quantity], [a.email, 1, 1]);
  assert.equal(mine.body.shippingAddress.countryCode, 'DE');
});

test('adopt binds a guest cart to the signed-in customer', async () => {
  const a = await createCustomerToken(t);
  const b = await createCustomerToken(t);
  const cart = await newCart();
  const id = cart.id;
  await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 3 });

  const adopted = await call('POST', `/store/carts/${id}/adopt`, undefined, a.token);
  assert.equal(adopted.status, 200);
  assert.equal(adopted.body.customerId, a.customerId);
  assert.equal(adopted.body.email, a.email);
  assert.equal(adopted.body.items[0]!.quantity, 3);
  assert.equal((await call('GET', `/store/carts/${id}`)).status, 404, 'the guest link no longer opens it');
  assert.equal((await call('POST', `/store/carts/${id}/adopt`, undefined, b.token)).status, 404);
  assert.equal((await call('POST', `/store/carts/${id}/adopt`, undefined, a.token)).status, 200, 'adopting again is a no-op');
  const staff = await call('POST', `/store/carts/${id}/adopt`, undefined, admin);
  assert.equal(staff.status, 403);
});

test('re-adding merges into the line; quantities stay within 1..999', async () => {
  const id = (await newCart()).id;
  const items = (body: Body) => body.items.map((i) => [i.variantId, i.quantity]);
  await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 2 });
  await call('POST', `/store/carts/${id}/items`, { variantId: M, quantity: 1 });
  const merged = await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 3 });
  assert.deepEqual(items(merged.body), [
    [S, 5],
    [M, 1],
  ]);

  const over = await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 995 });
  assert.equal(over.status, 400);
  assert.deepEqual(
    over.body.errors.map((e) => e.path),
    ['/quantity'],
  );
  assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 994 })).body.items[0]!.quantity, 999);
  for (const quantity of [0, 1000, -1, 1.5]) {
    assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId: M, quantity })).status, 400, `quantity ${quantity}`);
  }
  assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId: M, quantity: '2' })).status, 400);

  const line = merged.body.items[1]!;
  const patched = await call('PATCH', `/store/carts/${id}/items/${line.id}`, { quantity: 999 });
  assert.deepEqual(items(patched.body), [
    [S, 999],
    [M, 999],
  ]);
  assert.equal((await call('PATCH', `/store/carts/${id}/items/${line.id}`, { quantity: 0 })).status, 400);
  assert.equal((await call('PATCH', `/store/carts/${id}/items/item_nope`, { quantity: 1 })).status, 404);
  const removed = await call('DELETE', `/store/carts/${id}/items/${line.id}`);
  assert.deepEqual(items(removed.body), [[S, 999]]);
  assert.equal((await call('DELETE', `/store/carts/${id}/items/${line.id}`)).status, 404);
});

test('a cart write reads lines and variants once and prices once: adding an item costs six statements', async () => {
  const id = (await newCart()).id;
  const counted = async (fn: () => Promise<unknown>) => {
    const before = t.database.stats.queries;
    await fn();
    return t.database.stats.queries - before;
  };
  // What opening and committing a transaction costs on this driver (BEGIN/COMMIT on PostgreSQL; none on PGlite).
  const overhead = await counted(() => withTransaction(db, async () => undefined));
  const add = (variantId: string, quantity: number) =>
    counted(async () => {
      const res = await call('POST', `/store/carts/${id}/items`, { variantId, quantity });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    });
  // Lock the cart, read its lines, read their variants with the new one, upsert the line, read the
  // lines' stock (reserving nothing), read the region (tax), save the cart. (Before the cart was
  // priced from what the write had read: 9.)
  const statements = { first: await add(S, 1), merge: await add(S, 2), second: await add(M, 1) };
  assert.deepEqual(statements, { first: overhead + 7, merge: overhead + 7, second: overhead + 7 });

  // Writes that check something against the cart's lines first (a shipping option, a code) read the
  // lines once too, and price the cart once.
  const flat = (await call('POST', '/admin/shipping-options', { regionId: region.id, name: 'Counted', type: 'flat', amount: 100 }, admin))
    .body;
  assert.equal((await call('POST', '/admin/promotions', { code: 'COUNTED', type: 'percentage', value: 5 }, admin)).status, 201);
  await call('PATCH', `/store/carts/${id}`, { shippingAddress: { address1: 'x', city: 'Köln', countryCode: 'DE' } });
  const write = (url: string, body: Json) =>
    counted(async () => {
      const res = await call('POST', url, body);
      assert.equal(res.status, 200, JSON.stringify(res.body));
    });
  const shipping = await write(`/store/carts/${id}/shipping-method`, { shippingOptionId: flat.id });
  const promotion = await write(`/store/carts/${id}/promotions`, { code: 'COUNTED' });
  // Shipping: lock, lines, variants, quote, stock, region, quote for the totals, save (before: 11).
  // Promotion: lock, lines, variants, validate the code, stock, region, quote, validate it for the totals, save (before: 13).
  assert.deepEqual({ shipping, promotion }, { shipping: overhead + 8, promotion: overhead + 9 });
});

test('prices come from the catalog: price_missing, unavailable variants, price changes', async () => {
  const id = (await newCart()).id;
  const usdOnly = await createProduct(t, admin, {
    options: [],
    variants: [{ sku: `USD-${Date.now()}`, options: {}, prices: [{ currency: 'USD', amount: 500 }] }],
  });
  const missing = await call('POST', `/store/carts/${id}/items`, { variantId: usdOnly.variants[0]!.id, quantity: 1 });
  assert.equal(missing.status, 422);
  assert.equal(missing.body.code, 'price_missing');

  const draft = await createProduct(t, admin, { status: 'draft' });
  const unpublished = await call('POST', `/store/carts/${id}/items`, { variantId: draft.variants[0]!.id, quantity: 1 });
  assert.equal(unpublished.status, 404);
  assert.deepEqual(
    unpublished.body.errors.map((e) => e.path),
    ['/variantId'],
  );
  assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId: 'var_nope', quantity: 1 })).status, 404);

  // A price change shows at once: lines are priced at the current catalog price.
  const own = await createProduct(t, admin);
  const variant = own.variants[0]!;
  assert.equal((await call('POST', `/store/carts/${id}/items`, { variantId: variant.id, quantity: 2 })).body.subtotal, 3998);
  const repriced = await call(
    'PATCH',
    `/admin/products/${own.id}/variants/${variant.id}`,
    { prices: [{ currency: 'EUR', amount: 1500 }] },
    admin,
  );
  assert.equal(repriced.status, 200, JSON.stringify(repriced.body));
  const after = await call('GET', `/store/carts/${id}`);
  assert.deepEqual([after.body.items[0]!.unitPrice, after.body.subtotal], [1500, 3000]);

  // A variant that loses its price stays in the cart, unpriced and flagged.
  await call('PATCH', `/admin/products/${own.id}/variants/${variant.id}`, { prices: [{ currency: 'USD', amount: 1500 }] }, admin);
  const flagged = await call('GET', `/store/carts/${id}`);
  assert.deepEqual([flagged.body.items[0]!.isAvailable, flagged.body.items[0]!.total, flagged.body.subtotal], [false, 0, 0]);
});

test('promotions: each refusal has its reason; one that stops applying is dropped', async () => {
  const promo = async (body: Json) => assert.equal((await call('POST', '/admin/promotions', body, admin)).status, 201);
  const day = 24 * 3600 * 1000;
  const other = await createProduct(t, admin);
  await promo({ code: 'MIN50', type: 'percentage', value: 10, minSubtotal: 5000, currency: 'EUR' });
  await promo({ code: 'OLD', type: 'percentage', value: 10, endsAt: new Date(Date.now() - day).toISOString() });
  await promo({ code: 'SOON', type: 'percentage', value: 10, startsAt: new Date(Date.now() + day).toISOString() });
  await promo({ code: 'USEDUP', type: 'percentage', value: 10, usageLimit: 0 });
  await promo({ code: 'OTHERONLY', type: 'percentage', value: 10, productIds: [other.id] });
  await promo({ code: 'DOLLARS', type: 'fixed', value: 100, currency: 'USD' });
  await promo({ code: 'OK5', type: 'fixed', value: 500, currency: 'EUR' });

  const id = (await newCart()).id;
  const added = await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 2 }); // 3998
  const reasons: [string, string][] = [
    ['NOPE', 'not_found'],
    ['MIN50', 'min_subtotal_not_met'],
    ['OLD', 'expired'],
    ['SOON', 'not_started'],
    ['USEDUP', 'usage_limit_reached'],
    ['OTHERONLY', 'not_applicable'],
    ['DOLLARS', 'not_applicable'],
  ];
  for (const [code, reason] of reasons) {
    const res = await call('POST', `/store/carts/${id}/promotions`, { code });
    assert.equal(res.status, 422, code);
    assert.deepEqual([res.body.code, res.body.reason], ['promotion_invalid', reason], code);
  }
  assert.deepEqual((await call('POST', `/store/carts/${id}/promotions`, { code: 'ok5' })).body.discountTotal, 500);
  const twice = await call('POST', `/store/carts/${id}/promotions`, { code: 'OK5' });
  assert.deepEqual([twice.status, twice.body.reason], [422, 'already_applied']);

  // MIN50 applies at 5997 (3 × S) and is dropped again when the cart falls below 50.00.
  await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1 });
  const both = await call('POST', `/store/carts/${id}/promotions`, { code: 'MIN50' });
  assert.deepEqual(both.body.promotions, ['OK5', 'MIN50']);
  const fewer = await call('PATCH', `/store/carts/${id}/items/${added.body.items[0]!.id}`, { quantity: 1 });
  assert.deepEqual([fewer.body.promotions, fewer.body.discountTotal], [['OK5'], 500]);
  const stored = await queryRows<{ promotions: { code: string }[] }>(db, sql`SELECT promotions FROM carts WHERE id = ${id}`);
  assert.deepEqual(
    stored[0]!.promotions.map((p) => p.code),
    ['OK5'],
  );
  assert.equal((await call('DELETE', `/store/carts/${id}/promotions/MIN50`)).status, 404);
});

test('a cart holds at most five codes that apply: a sixth is refused and changes nothing; a held code that stopped applying does not count', async () => {
  const ids: string[] = [];
  for (let i = 1; i <= 6; i += 1) {
    const res = await call('POST', '/admin/promotions', { code: `CAP${i}`, type: 'fixed', value: 10, currency: 'EUR' }, admin);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ids.push(res.body.id);
  }
  const id = (await newCart()).id;
  await call('POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1 });
  for (let i = 1; i <= 5; i += 1) assert.equal((await call('POST', `/store/carts/${id}/promotions`, { code: `CAP${i}` })).status, 200);
  const full = await call('GET', `/store/carts/${id}`);
  const refused = await call('POST', `/store/carts/${id}/promotions`, { code: 'CAP6' });
  assert.deepEqual([refused.status, refused.body.code], [409, 'conflict']);
  assert.deepEqual((await call('GET', `/store/carts/${id}`)).body, full.body);

  // CAP1 ends: the cart still holds it until its next write, but it no longer counts.
  const ended = await call('PATCH', `/admin/promotions/${ids[0]!}`, { endsAt: new Date(Date.now() - 60_000).toISOString() }, admin);
  assert.equal(ended.status, 200, JSON.stringify(ended.body));
  const sixth = await call('POST', `/store/carts/${id}/promotions`, { code: 'CAP6' });
  assert.equal(sixth.status, 200, JSON.stringify(sixth.body));
  assert.deepEqual(sixth.body.promotions, ['CAP2', 'CAP3', 'CAP4', 'CAP5', 'CAP6']);
});

test('shipping options follow the address', async () => {
  const flat = (await call('POST', '/admin/shipping-options', { regionId: region.id, name: 'Standard', type: 'flat', amount: 490 }, admin))
    .body;
  const id = (await newCart()).id;
  const noAddress = await call('GET', `/store/carts/${id}/shipping-options`);
  assert.deepEqual([noAddress.status, noAddress.body.code], [409, 'shipping_address_required']);
  const refused = await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: flat.id });
  assert.deepEqual([refused.status, refused.body.errors[0]!.path], [400, '/shippingOptionId']);
  await call('PATCH', `/store/carts/${id}`, { shippingAddress: { address1: 'x', city: 'Köln', countryCode: 'DE' } });
  const options = await call('GET', `/store/carts/${id}/shipping-options`);
  assert.ok(options.body.items.some((o) => o.id === flat.id && o.price.amount === 490 && o.price.currency === 'EUR'));
  const chosen = await call('POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: flat.id });
  assert.deepEqual([chosen.body.shippingMethod.amount, chosen.body.shippingTotal], [490, 490]);

  // Payment sessions (POST /store/carts/:id/payment) belong to the payments module and are tested there.
});

test('idle carts expire (404) and the cleanup job deletes them; the idle time is a module option', async () => {
  const stale = await newCart();
  const fresh = await newCart();
  const ttl = Date.parse(stale.expiresAt) - Date.parse(stale.createdAt);
  assert.ok(Math.abs(ttl - 30 * 24 * 3600 * 1000) < 5000, `default idle time is 30 days, got ${ttl}`);
  await call('POST', `/store/carts/${stale.id}/items`, { variantId: S, quantity: 1 });
  await db.execute(sql`UPDATE carts SET expires_at = now() - interval '1 second' WHERE id = ${stale.id}`);
  assert.equal((await call('GET', `/store/carts/${stale.id}`)).status, 404);
  assert.equal((await call('POST', `/store/carts/${stale.id}/items`, { variantId: S, quantity: 1 })).status, 404);

  const handler = cartModule.jobs?.[EXPIRE_CARTS_JOB];
  assert.ok(handler);
  const result = await handler(
    { id: 'job_test', name: EXPIRE_CARTS_JOB, payload: {}, attempts: 1, maxAttempts: 3 },
    { db, progress: async () => undefined },
  );
  assert.ok((result as { deleted: number }).deleted >= 1);
  const left = await queryRows<{ id: string }>(db, sql`SELECT id FROM carts WHERE id IN (${stale.id}, ${fresh.id})`);
  assert.deepEqual(
    left.map((r) => r.id),
    [fresh.id],
  );
  assert.equal((await queryRows(db, sql`SELECT 1 FROM cart_items WHERE cart_id = ${stale.id}`)).length, 0);
  const next = await queryRows<{ run_at: Date }>(db, sql`SELECT run_at FROM jobs WHERE name = ${EXPIRE_CARTS_JOB} AND status = 'queued'`);
  assert.equal(next.length, 1, 'the job queued its next run');

  const short = await startTestApp(
    {},
    t.testDatabase,
    modules.map((m) => (m.name === 'cart' ? createCartModule({ idleTtlMs: 60_000 }) : m)),
  );
  const res = await short.app.inject({ method: 'POST', url: '/store/carts', payload: { currency: 'EUR' } });
  const body = res.json<Body>();
  assert.ok(Math.abs(Date.parse(body.expiresAt) - Date.parse(body.createdAt) - 60_000) < 5000);
});

test('completed carts refuse changes; checkout helpers lock, price and complete once', async () => {
  const a = await createCustomerToken(t);
  const id = (await newCart(a.token)).id;
  await call('POST', `/store/carts/${id}/items`, { variantId: M, quantity: 2 }, a.token);
  const principal = { kind: 'customer', id: a.customerId, sessionId: 'sess_test' } as const;

  await assert.rejects(
    withTransaction(db, (tx) => getCartForCheckout(tx, id, ANONYMOUS)),
    { code: 'not_found' },
  );
  await withTransaction(db, async (tx) => {
    const priced = await getCartForCheckout(tx, id, principal);
    assert.deepEqual(
      priced.lines.map((l) => [l.item.variantId, l.item.quantity, l.unitPrice, l.isAvailable]),
      [[M, 2, 2499, true]],
    );
    assert.equal(priced.totals.subtotal, 4998);
    await markCartCompleted(tx, id);
  });
  await assert.rejects(
    withTransaction(db, (tx) => markCartCompleted(tx, id)),
    CartAlreadyCompleted,
  );
  await assert.rejects(
    withTransaction(db, (tx) => getCartForCheckout(tx, id, principal)),
    CartAlreadyCompleted,
  );

  const got = await call('GET', `/store/carts/${id}`, undefined, a.token);
  assert.equal(got.status, 200);
  assert.equal(typeof got.body.completedAt, 'string');
  for (const [method, url, body] of [
    ['POST', `/store/carts/${id}/items`, { variantId: S, quantity: 1 }],
    ['PATCH', `/store/carts/${id}`, { email: 'late@example.test' }],
    ['POST', `/store/carts/${id}/promotions`, { code: 'OK5' }],
  ] as [Method, string, Json][]) {
    const res = await call(method, url, body, a.token);
    assert.deepEqual([res.status, res.body.code], [409, 'cart_already_completed'], url);
  }
});

test('carts never hold stock (S12): five carts of 3 against a stock of 3 leave availability and inStock as they were', async () => {
  const suffix = String(Date.now());
  const stocked = await createProduct(t, admin, {
    variants: [
      { sku: `S12-${suffix}-S`, options: { Size: 'S' }, prices: [{ currency: 'EUR', amount: 1000 }] },
      { sku: `S12-${suffix}-M`, options: { Size: 'M' }, prices: [{ currency: 'EUR', amount: 1000 }], manageInventory: false },
    ],
  });
  const [managed, unmanaged] = stocked.variants.map((v) => v.id) as [string, string];
  await setStock(t, admin, managed, 3);
  const availability = async (variantId: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/admin/inventory?variantId=${variantId}`,
      headers: { authorization: `Bearer ${admin}` },
    });
    assert.equal(res.statusCode, 200, res.body);
    const { onHand, reserved, available } = res.json<{ onHand: number; reserved: number; available: number }>();
    return { onHand, reserved, available };
  };
  const inStock = async () =>
    (await call('GET', `/store/products/${stocked.handle}`)).body as unknown as { variants: { inStock: boolean }[] };
  const before = await availability(managed);
  assert.deepEqual(before, { onHand: 3, reserved: 0, available: 3 });
  assert.deepEqual(
    (await inStock()).variants.map((v) => v.inStock),
    [true, true],
  );

  for (let i = 0; i < 5; i += 1) {
    const added = await call('POST', `/store/carts/${(await newCart()).id}/items`, { variantId: managed, quantity: 3 });
    assert.equal(added.status, 200, JSON.stringify(added.body));
  }
  const big = await call('POST', `/store/carts/${(await newCart()).id}/items`, { variantId: unmanaged, quantity: 999 });
  assert.equal(big.status, 200, JSON.stringify(big.body));

  assert.deepEqual(await availability(managed), before, 'adding to carts reserves nothing');
  assert.deepEqual(
    (await inStock()).variants.map((v) => v.inStock),
    [true, true],
  );
});

test('20 concurrent add-item requests on one cart all land (PostgreSQL)', { skip: !TEST_DATABASE_URL }, async () => {
  const many = await createProduct(t, admin, {
    options: [{ name: 'N', values: Array.from({ length: 10 }, (_, i) => `n${i}`) }],
    variants: Array.from({ length: 10 }, (_, i) => ({
      sku: `CONC-${Date.now()}-${i}`,
      options: { N: `n${i}` },
      prices: [{ currency: 'EUR', amount: 100 + i }],
    })),
  });
  const id = (await newCart()).id;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) => call('POST', `/store/carts/${id}/items`, { variantId: many.variants[i % 10]!.id, quantity: 1 })),
  );
  assert.deepEqual(
    results.map((r) => r.status),
    Array.from({ length: 20 }, () => 200),
  );
  const cart = (await call('GET', `/store/carts/${id}`)).body;
  assert.equal(cart.items.length, 10);
  assert.ok(cart.items.every((i) => i.quantity === 2));
  assert.equal(cart.version, 21);
  assert.equal(cart.subtotal, 2 * (100 + 101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109));
});
