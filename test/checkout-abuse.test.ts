import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken, randomIp } from './support/auth.ts';
import { CLEAN, checkoutInvariants, complete, readyCart, setupShop } from './support/checkout.ts';
import { queryRows } from '../src/platform/db/index.ts';

// CHECKS.md S12: one client hammering checkout is rate limited per IP and per customer (429 with
// Retry-After, nothing held); an order holds at most the configured number of units; carts hold no stock.

const t = await startTestApp({
  STOCKROOM_CHECKOUT_RATE_PER_IP: '3',
  STOCKROOM_CHECKOUT_RATE_PER_CUSTOMER: '2',
  STOCKROOM_MAX_ORDER_QUANTITY: '5',
});
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);
const [S, M] = shop.variants;
const reserved = async () =>
  (await queryRows<{ n: number }>(db, sql`SELECT coalesce(sum(reserved), 0)::int AS n FROM inventory_levels`))[0]!.n;

test('per-IP limit: the fourth completion from one address in a minute → 429 rate_limited with Retry-After; another address still works', async () => {
  const ip = randomIp();
  const carts = await Promise.all([0, 1, 2, 3].map(() => readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] })));
  for (const cartId of carts.slice(0, 3)) assert.equal((await complete(t.app, cartId, { ip })).status, 201);
  const held = await reserved();
  const limited = await complete(t.app, carts[3]!, { ip, key: 'limited-1' });
  assert.deepEqual([limited.status, limited.body.code], [429, 'rate_limited']);
  assert.ok(Number(limited.headers['retry-after']) >= 1);
  assert.equal(await reserved(), held, 'a refused request holds nothing');
  assert.equal(
    (await complete(t.app, carts[3]!, { ip: randomIp(), key: 'limited-1' })).status,
    201,
    'the key was released: a retry from elsewhere runs',
  );
});

test('per-customer limit applies across addresses', async () => {
  const customer = await createCustomerToken(t);
  const carts = await Promise.all(
    [0, 1, 2].map(() => readyCart(t.app, shop, { token: customer.token, lines: [{ variantId: M, quantity: 1 }] })),
  );
  assert.equal((await complete(t.app, carts[0]!, { token: customer.token, ip: randomIp() })).status, 201);
  assert.equal((await complete(t.app, carts[1]!, { token: customer.token, ip: randomIp() })).status, 201);
  const limited = await complete(t.app, carts[2]!, { token: customer.token, ip: randomIp() });
  assert.deepEqual([limited.status, limited.body.code], [429, 'rate_limited']);
});

test('per-order quantity cap → 422 order_quantity_exceeded, nothing held; carts alone never hold stock', async () => {
  const before = await reserved();
  const big = await readyCart(t.app, shop, {
    lines: [
      { variantId: S, quantity: 4 },
      { variantId: M, quantity: 2 },
    ],
  });
  assert.equal(await reserved(), before, 'a full cart reserves nothing');
  const res = await complete(t.app, big, { ip: randomIp() });
  assert.deepEqual([res.status, res.body.code], [422, 'order_quantity_exceeded']);
  assert.equal(await reserved(), before);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});
