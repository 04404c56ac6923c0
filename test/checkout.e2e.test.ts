import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken } from './support/auth.ts';
import { assertLedgerMatchesLevels } from './support/inventory.ts';
import { ADDRESS, CARD_DECLINED, CLEAN, checkoutInvariants, complete, readyCart, send, setupShop } from './support/checkout.ts';
import { queryRows } from '../src/platform/db/index.ts';
import { startWorker } from '../src/platform/jobs.ts';
import { verifyInventory } from '../src/modules/inventory/index.ts';
import { ordersModule } from '../src/modules/orders/index.ts';
import { createRelay, eventsModule } from '../src/modules/events/index.ts';

// Every injected request comes from 127.0.0.1; the checkout rate limit has its own test.
const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
const adminAuth = { authorization: `Bearer ${admin}` };
const shop = await setupShop(t, admin, 10);
const [S, M] = shop.variants;
const promo = await send(t.app, 'POST', '/admin/promotions', { code: 'TENOFF', type: 'percentage', value: 10 }, adminAuth);
assert.equal(promo.status, 201, JSON.stringify(promo.body));

const level = async (variantId: string) =>
  (
    await queryRows<{ on_hand: number; reserved: number }>(
      db,
      sql`
  SELECT on_hand, reserved FROM inventory_levels WHERE variant_id = ${variantId}`,
    )
  )[0];
const chargeCount = async () => (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM test_provider_charges`))[0]!.n;

test('happy path: a customer buys two lines with shipping and a promotion; totals by hand; stock reserved; email; in their list', async () => {
  const customer = await createCustomerToken(t);
  const cartId = await readyCart(t.app, shop, {
    token: customer.token,
    lines: [
      { variantId: S, quantity: 2 },
      { variantId: M, quantity: 1 },
    ],
    promotion: 'TENOFF',
  });
  const res = await complete(t.app, cartId, { token: customer.token, key: 'happy-1' });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const order = res.body.order;
  // By hand: subtotal 2×1999 + 2499 = 6497; 10 % = 650, split 400 (S line) / 250 (M line) by largest
  // remainder; tax 19 % per line on the discounted amounts: 3598 → 684, 2249 → 427; shipping 490
  // taxed → 93. Total 6497 − 650 + 490 + (684 + 427 + 93) = 7541.
  assert.deepEqual([order.subtotal, order.discountTotal, order.shippingTotal, order.taxTotal, order.total], [6497, 650, 490, 1204, 7541]);
  assert.deepEqual(
    order.items.map((l) => [l.variantId, l.quantity, l.unitPrice, l.discountTotal, l.taxTotal, l.total]),
    [
      [S, 2, 1999, 400, 684, 4282],
      [M, 1, 2499, 250, 427, 2676],
    ],
  );
  assert.equal(order.status, 'pending');
  assert.equal(order.paymentStatus, 'authorized');
  assert.equal(order.fulfillmentStatus, 'not_fulfilled');
  assert.deepEqual(order.promotionCodes, ['TENOFF']);
  assert.equal(order.customerId, customer.customerId);
  assert.equal(order.email, customer.email);
  assert.equal(order.shippingAddress?.city, ADDRESS.city);
  assert.ok(order.displayId >= 1001);
  assert.equal(res.body.accessToken, undefined, 'a customer order needs no access token');
  assert.match(order.id, /^ord_[0-9a-z]{36}$/);

  assert.deepEqual(await level(S), { on_hand: 10, reserved: 2 });
  assert.deepEqual(await level(M), { on_hand: 10, reserved: 1 });
  const [promoRow] = await queryRows<{ used: number }>(db, sql`SELECT used FROM promotions WHERE code = 'TENOFF'`);
  assert.equal(promoRow?.used, 1);
  const cart = await send(t.app, 'GET', `/store/carts/${cartId}`, undefined, { authorization: `Bearer ${customer.token}` });
  assert.ok(cart.body.completedAt);

  // The confirmation follows from order.placed: the events relay queues the email job.
  const relay = createRelay(db, { timeoutMs: 1000, retryBaseMs: 1000, allowPrivate: false, resolve: async () => [] });
  await relay.drain();
  await relay.stop();
  const worker = startWorker(db, { ...ordersModule.jobs, ...eventsModule.jobs }, { pollMs: 60_000 });
  await worker.drain();
  await worker.stop();
  const emails = await queryRows<{ subject: string; body: string }>(
    db,
    sql`SELECT subject, body FROM emails WHERE to_address = ${customer.email}`,
  );
  assert.equal(emails.length, 1);
  assert.match(emails[0]!.subject, new RegExp(`#${order.displayId}`));
  assert.match(emails[0]!.body, /Total: 75\.41 EUR/);
  assert.match(emails[0]!.body, /2 × /);

  const mine = await send(t.app, 'GET', '/store/orders', undefined, { authorization: `Bearer ${customer.token}` });
  assert.equal(mine.status, 200);
  assert.deepEqual(
    mine.body.items.map((o) => o.id),
    [order.id],
  );
  const one = await send(t.app, 'GET', `/store/orders/${order.id}`, undefined, { authorization: `Bearer ${customer.token}` });
  assert.deepEqual(one.body, order);
  const [{ n }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM outbox_events WHERE type = 'order.placed' AND aggregate_id = ${order.id}`,
  )) as [{ n: number }];
  assert.equal(n, 1);

  const replay = await complete(t.app, cartId, { token: customer.token, key: 'happy-1' });
  assert.equal(replay.status, 201);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.deepEqual(replay.body, res.body);
  const again = await complete(t.app, cartId, { token: customer.token, key: 'happy-2' });
  assert.deepEqual([again.status, again.body.code], [409, 'cart_already_completed']);
  const noKey = await complete(t.app, cartId, { token: customer.token });
  assert.deepEqual([noKey.status, noKey.body.code], [409, 'cart_already_completed']);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
  await assertLedgerMatchesLevels(db);
});

test('guest order: the access token is returned once and opens the order; nobody else sees it (404)', async () => {
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  const res = await complete(t.app, cartId);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const token = String(res.body.accessToken);
  assert.ok(Buffer.from(token, 'base64url').length >= 16, 'at least 128 bits');
  const id = res.body.order.id;
  assert.equal((await send(t.app, 'GET', `/store/orders/${id}`, undefined, { 'x-order-token': token })).status, 200);
  assert.equal((await send(t.app, 'GET', `/store/orders/${id}`)).status, 404);
  assert.equal((await send(t.app, 'GET', `/store/orders/${id}`, undefined, { 'x-order-token': `${token}x` })).status, 404);
  const stranger = await createCustomerToken(t);
  assert.equal((await send(t.app, 'GET', `/store/orders/${id}`, undefined, { authorization: `Bearer ${stranger.token}` })).status, 404);
  const [row] = await queryRows<{ access_token_hash: string }>(db, sql`SELECT access_token_hash FROM orders WHERE id = ${id}`);
  assert.notEqual(row?.access_token_hash, token, 'stored hashed');
});

test("another customer's order is 404; /store/orders needs a customer", async () => {
  const owner = await createCustomerToken(t);
  const other = await createCustomerToken(t);
  const cartId = await readyCart(t.app, shop, { token: owner.token, lines: [{ variantId: M, quantity: 1 }] });
  const id = (await complete(t.app, cartId, { token: owner.token })).body.order.id;
  assert.equal((await send(t.app, 'GET', `/store/orders/${id}`, undefined, { authorization: `Bearer ${other.token}` })).status, 404);
  const list = await send(t.app, 'GET', '/store/orders', undefined, { authorization: `Bearer ${other.token}` });
  assert.deepEqual(list.body.items, []);
  assert.equal((await send(t.app, 'GET', '/store/orders')).status, 401);
});

test('a declined card releases stock and promotion use (402); the cart stays usable and a later attempt works', async () => {
  const before = await level(S);
  const usedBefore = (await queryRows<{ used: number }>(db, sql`SELECT used FROM promotions WHERE code = 'TENOFF'`))[0]!.used;
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 3 }], promotion: 'TENOFF', card: CARD_DECLINED });
  const declined = await complete(t.app, cartId, { key: 'decline-1' });
  assert.deepEqual([declined.status, declined.body.code, declined.body.reason], [402, 'payment_declined', 'card_declined']);
  assert.deepEqual(await level(S), before);
  assert.equal((await queryRows<{ used: number }>(db, sql`SELECT used FROM promotions WHERE code = 'TENOFF'`))[0]!.used, usedBefore);
  const replay = await complete(t.app, cartId, { key: 'decline-1' });
  assert.deepEqual([replay.status, replay.headers['idempotent-replayed']], [402, 'true']);

  const session = await send(t.app, 'POST', `/store/carts/${cartId}/payment`, { provider: 'test', data: { card: '4242424242424242' } });
  assert.equal(session.status, 201);
  const ok = await complete(t.app, cartId, { key: 'decline-2' });
  assert.equal(ok.status, 201, JSON.stringify(ok.body));
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('a cart changed after its payment session → 409 cart_changed, nothing held, nothing charged', async () => {
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  await send(t.app, 'POST', `/store/carts/${cartId}/items`, { variantId: M, quantity: 1 });
  const charges = await chargeCount();
  const res = await complete(t.app, cartId);
  assert.deepEqual([res.status, res.body.code], [409, 'cart_changed']);
  assert.equal(await chargeCount(), charges);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('insufficient stock → 409 listing every short line, holding nothing', async () => {
  const low = await setupShop(t, admin, 1);
  const cartId = await readyCart(t.app, low, {
    lines: [
      { variantId: low.variants[0], quantity: 2 },
      { variantId: low.variants[1], quantity: 5 },
    ],
  });
  const res = await complete(t.app, cartId);
  assert.equal(res.status, 409);
  assert.equal(res.body.code, 'insufficient_stock');
  assert.deepEqual(res.body.lines.map((l) => l.variantId).sort(), [...low.variants].sort());
  assert.deepEqual(await level(low.variants[0]), { on_hand: 1, reserved: 0 });
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('a variant unpublished after the session → 409 cart_changed naming the line', async () => {
  const other = await setupShop(t, admin, 5);
  const cartId = await readyCart(t.app, other, { lines: [{ variantId: other.variants[0], quantity: 1 }] });
  const edit = await send(t.app, 'PATCH', `/admin/products/${other.productId}`, { status: 'draft' }, adminAuth);
  assert.equal(edit.status, 200, JSON.stringify(edit.body));
  const res = await complete(t.app, cartId);
  assert.deepEqual([res.status, res.body.code], [409, 'cart_changed']);
  assert.equal(res.body.lines[0]?.variantId, other.variants[0]);
});

test('catalog edits after purchase never change the order', async () => {
  const other = await setupShop(t, admin, 5);
  const customer = await createCustomerToken(t);
  const cartId = await readyCart(t.app, other, { token: customer.token, lines: [{ variantId: other.variants[0], quantity: 1 }] });
  const placed = (await complete(t.app, cartId, { token: customer.token })).body.order;
  const edit = await send(t.app, 'PATCH', `/admin/products/${other.productId}`, { title: 'Renamed' }, adminAuth);
  assert.equal(edit.status, 200, JSON.stringify(edit.body));
  const del = await t.app.inject({ method: 'DELETE', url: `/admin/products/${other.productId}`, headers: adminAuth });
  assert.ok(del.statusCode < 300, del.body);
  const later = await send(t.app, 'GET', `/store/orders/${placed.id}`, undefined, { authorization: `Bearer ${customer.token}` });
  assert.deepEqual(later.body, placed);
  assert.deepEqual((await verifyInventory(db)).problems, []);
});

test('R4: the same key on another cart → 422 and nothing done; the same key from another customer runs on its own', async () => {
  // A signed-in caller's keys are theirs: the same key on another of their carts is misuse.
  const owner = await createCustomerToken(t);
  const first = await readyCart(t.app, shop, { token: owner.token, lines: [{ variantId: S, quantity: 1 }] });
  const second = await readyCart(t.app, shop, { token: owner.token, lines: [{ variantId: S, quantity: 1 }] });
  assert.equal((await complete(t.app, first, { token: owner.token, key: 'r4-key' })).status, 201);
  const charges = await chargeCount();
  const misuse = await complete(t.app, second, { token: owner.token, key: 'r4-key' });
  assert.deepEqual([misuse.status, misuse.body.code], [422, 'idempotency_key_reused']);
  assert.equal(await chargeCount(), charges);
  assert.equal(
    (await send(t.app, 'GET', `/store/carts/${second}`, undefined, { authorization: `Bearer ${owner.token}` })).body.completedAt,
    null,
  );
  // A guest's keys belong to the guest's cart (its credential): another guest cart never sees that reply.
  const guestFirst = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  const guestSecond = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  const g1 = await complete(t.app, guestFirst, { key: 'r4-guest-key' });
  const g2 = await complete(t.app, guestSecond, { key: 'r4-guest-key' });
  assert.deepEqual([g1.status, g2.status], [201, 201]);
  assert.notEqual(g1.body.order.id, g2.body.order.id);
  assert.equal(g2.headers['idempotent-replayed'], undefined);
  const a = await createCustomerToken(t);
  const b = await createCustomerToken(t);
  const cartA = await readyCart(t.app, shop, { token: a.token, lines: [{ variantId: M, quantity: 1 }] });
  const cartB = await readyCart(t.app, shop, { token: b.token, lines: [{ variantId: M, quantity: 1 }] });
  const resA = await complete(t.app, cartA, { token: a.token, key: 'shared-key' });
  const resB = await complete(t.app, cartB, { token: b.token, key: 'shared-key' });
  assert.deepEqual([resA.status, resB.status], [201, 201]);
  assert.notEqual(resA.body.order.id, resB.body.order.id);
  assert.equal(resB.headers['idempotent-replayed'], undefined);
});

test('R15: after the key is pruned, replaying a completed checkout makes no second order (409 from the cart guard)', async () => {
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  assert.equal((await complete(t.app, cartId, { key: 'r15-key' })).status, 201);
  await db.execute(sql`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'r15-key'`);
  const { pruneIdempotencyKeys } = await import('../src/platform/http/idempotency.ts');
  assert.ok((await pruneIdempotencyKeys(db)) >= 1);
  const again = await complete(t.app, cartId, { key: 'r15-key' });
  assert.deepEqual([again.status, again.body.code], [409, 'cart_already_completed']);
  const [{ n }] = (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM orders WHERE cart_id = ${cartId}`)) as [
    { n: number },
  ];
  assert.equal(n, 1);
});
