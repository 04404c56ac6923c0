import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';
import { assertLedgerMatchesLevels } from '../../../test/support/inventory.ts';
import { complete, readyCart, send, setupShop, type Reply } from '../../../test/support/checkout.ts';
import { queryRows } from '../../platform/db/index.ts';
import { verifyInventory } from '../inventory/index.ts';

// Every injected request comes from 127.0.0.1; the checkout rate limit has its own test.
const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
const viewer = await createStaffToken(t, 'viewer');
const shop = await setupShop(t, admin, 10);
const [S, M] = shop.variants;
const as = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

async function placeOrder(
  lines = [
    { variantId: S, quantity: 2 },
    { variantId: M, quantity: 1 },
  ],
) {
  const customer = await createCustomerToken(t);
  const cartId = await readyCart(t.app, shop, { token: customer.token, lines });
  const res = await complete(t.app, cartId, { token: customer.token });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { order: res.body.order, customer };
}
const post = (url: string, body: unknown, etag?: string): Promise<Reply> =>
  send(t.app, 'POST', url, body, as(admin, etag ? { 'if-match': etag } : {}));
const level = async (variantId: string) =>
  (
    await queryRows<{ on_hand: number; reserved: number }>(
      db,
      sql`
  SELECT on_hand, reserved FROM inventory_levels WHERE variant_id = ${variantId}`,
    )
  )[0];
const charge = async (orderId: string) =>
  (
    await queryRows<{ status: string; captured_amount: string; refunded_amount: string }>(
      db,
      sql`
  SELECT c.status, c.captured_amount::text, c.refunded_amount::text FROM test_provider_charges c
  JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.order_id = ${orderId}`,
    )
  )[0];

test('lifecycle: partial capture, partial fulfilment with tracking, the rest, return with restock, refunds; timeline with actors', async () => {
  const { order } = await placeOrder();
  const lines = order.items;
  const sLine = lines.find((l) => l.variantId === S)!;
  const mLine = lines.find((l) => l.variantId === M)!;
  const before = { S: await level(S), M: await level(M) };

  const part = await post(`/admin/orders/${order.id}/capture`, { amount: 1000 });
  assert.equal(part.status, 200, JSON.stringify(part.body));
  assert.deepEqual([part.body.paymentStatus, part.body.payment?.captured], ['captured', 1000]);
  const rest = await post(`/admin/orders/${order.id}/capture`, {}, String(part.headers.etag));
  assert.equal(rest.body.payment?.captured, order.total);
  const none = await post(`/admin/orders/${order.id}/capture`, {});
  assert.deepEqual([none.status, none.body.code], [409, 'nothing_to_capture']);
  assert.deepEqual(await charge(order.id), { status: 'captured', captured_amount: String(order.total), refunded_amount: '0' });

  const first = await post(`/admin/orders/${order.id}/fulfillments`, {
    items: [{ lineItemId: sLine.id, quantity: 1 }],
    locationId: 'loc_default',
    trackingNumber: 'TRACK-1',
  });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.equal(first.body.fulfillmentStatus, 'partially_fulfilled');
  assert.deepEqual(await level(S), { on_hand: before.S!.on_hand - 1, reserved: before.S!.reserved - 1 });
  const tooMany = await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineItemId: sLine.id, quantity: 2 }] });
  assert.deepEqual([tooMany.status, tooMany.body.code], [409, 'fulfillment_exceeds_order']);
  const second = await post(`/admin/orders/${order.id}/fulfillments`, {
    items: [
      { lineItemId: sLine.id, quantity: 1 },
      { lineItemId: mLine.id, quantity: 1 },
    ],
  });
  assert.deepEqual([second.body.fulfillmentStatus, second.body.status], ['fulfilled', 'completed']);
  assert.deepEqual(await level(S), { on_hand: before.S!.on_hand - 2, reserved: before.S!.reserved - 2 });
  assert.deepEqual(await level(M), { on_hand: before.M!.on_hand - 1, reserved: before.M!.reserved - 1 });

  const returned = await post(`/admin/orders/${order.id}/returns`, {
    items: [{ lineItemId: sLine.id, quantity: 1 }],
    restock: true,
    refundAmount: 500,
  });
  assert.equal(returned.status, 200, JSON.stringify(returned.body));
  assert.deepEqual(
    [returned.body.fulfillmentStatus, returned.body.paymentStatus, returned.body.payment?.refunded],
    ['partially_returned', 'partially_refunded', 500],
  );
  assert.deepEqual(await level(S), { on_hand: before.S!.on_hand - 1, reserved: before.S!.reserved - 2 });
  const overReturn = await post(`/admin/orders/${order.id}/returns`, { items: [{ lineItemId: sLine.id, quantity: 2 }], restock: false });
  assert.deepEqual([overReturn.status, overReturn.body.code], [409, 'return_exceeds_fulfilled']);

  const over = await post(`/admin/orders/${order.id}/refunds`, { amount: order.total, reason: 'too much' });
  assert.deepEqual([over.status, over.body.code], [409, 'refund_exceeds_captured']);
  const refund = await post(`/admin/orders/${order.id}/refunds`, { amount: order.total - 500, reason: 'goodwill' });
  assert.deepEqual([refund.body.paymentStatus, refund.body.payment?.refunded], ['refunded', order.total]);
  assert.deepEqual(await charge(order.id), {
    status: 'captured',
    captured_amount: String(order.total),
    refunded_amount: String(order.total),
  });

  const noted = await post(`/admin/orders/${order.id}/notes`, { note: 'Customer called.' });
  assert.equal(noted.status, 201);
  const detail = await send(t.app, 'GET', `/admin/orders/${order.id}`, undefined, as(viewer));
  assert.equal(detail.status, 200);
  const types = detail.body.timeline.map((e) => e.type);
  for (const type of ['placed', 'payment_authorized', 'payment_captured', 'fulfilled', 'shipped', 'returned', 'payment_refunded', 'note'])
    assert.ok(types.includes(type), type);
  assert.ok(
    detail.body.timeline.filter((e) => e.type !== 'placed' && e.type !== 'payment_authorized').every((e) => e.actor.startsWith('staff:')),
  );
  assert.equal(detail.body.timeline.find((e) => e.type === 'shipped')?.data.trackingNumber, 'TRACK-1');
  assert.deepEqual((await verifyInventory(db)).problems, []);
  await assertLedgerMatchesLevels(db);
});

test('cancel: releases stock, voids the authorization at the provider; cancel again → 409 order_not_cancelable', async () => {
  const before = await level(S);
  const { order } = await placeOrder([{ variantId: S, quantity: 3 }]);
  const canceled = await post(`/admin/orders/${order.id}/cancel`, undefined);
  assert.equal(canceled.status, 200, JSON.stringify(canceled.body));
  assert.deepEqual([canceled.body.status, canceled.body.paymentStatus], ['canceled', 'voided']);
  assert.equal(canceled.body.items[0]?.canceledQuantity, 3);
  assert.deepEqual(await level(S), before);
  assert.equal((await charge(order.id))?.status, 'voided');
  const again = await post(`/admin/orders/${order.id}/cancel`, undefined);
  assert.deepEqual([again.status, again.body.code], [409, 'order_not_cancelable']);
  const ship = await post(`/admin/orders/${order.id}/fulfillments`, { items: [{ lineItemId: order.items[0]!.id, quantity: 1 }] });
  assert.equal(ship.status, 409);
  await assertLedgerMatchesLevels(db);
});

test('cancel after capture refunds the capture', async () => {
  const { order } = await placeOrder([{ variantId: M, quantity: 1 }]);
  await post(`/admin/orders/${order.id}/capture`, {});
  const canceled = await post(`/admin/orders/${order.id}/cancel`, undefined);
  assert.deepEqual(
    [canceled.body.status, canceled.body.paymentStatus, canceled.body.payment?.refunded],
    ['canceled', 'refunded', order.total],
  );
});

test('If-Match: a stale ETag → 412 and nothing changes; permissions: viewer reads, cannot write; customers cannot reach admin', async () => {
  const { order, customer } = await placeOrder([{ variantId: M, quantity: 1 }]);
  const read = await send(t.app, 'GET', `/admin/orders/${order.id}`, undefined, as(admin));
  const etag = String(read.headers.etag);
  assert.equal((await post(`/admin/orders/${order.id}/notes`, { note: 'first' }, etag)).status, 201);
  const stale = await post(`/admin/orders/${order.id}/capture`, {}, etag);
  assert.deepEqual([stale.status, stale.body.code], [412, 'precondition_failed']);
  assert.equal((await send(t.app, 'GET', `/admin/orders/${order.id}`, undefined, as(admin))).body.paymentStatus, 'authorized');
  assert.equal((await send(t.app, 'POST', `/admin/orders/${order.id}/capture`, {}, as(viewer))).status, 403);
  assert.equal((await send(t.app, 'GET', '/admin/orders', undefined, as(customer.token))).status, 403);
  assert.equal((await send(t.app, 'GET', '/admin/orders')).status, 401);
  assert.equal((await send(t.app, 'GET', '/admin/orders/ord_nope', undefined, as(admin))).status, 404);
});

test('GET /admin/orders filters by status, payment and fulfilment status, email and dates; keyset pages', async () => {
  const a = await placeOrder([{ variantId: M, quantity: 1 }]);
  const b = await placeOrder([{ variantId: M, quantity: 1 }]);
  await post(`/admin/orders/${b.order.id}/capture`, {});
  const c = await placeOrder([{ variantId: M, quantity: 1 }]);
  await post(`/admin/orders/${c.order.id}/cancel`, undefined);
  const list = async (query: string) => (await send(t.app, 'GET', `/admin/orders?${query}`, undefined, as(viewer))).body;
  const ids = (body: Reply['body']) => body.items.map((o) => o.id);
  assert.deepEqual(ids(await list(`email=${encodeURIComponent(a.customer.email.toUpperCase())}`)), [a.order.id]);
  assert.ok(ids(await list('paymentStatus=captured&limit=100')).includes(b.order.id));
  assert.ok(!ids(await list('paymentStatus=captured&limit=100')).includes(a.order.id));
  assert.ok(ids(await list('status=canceled&limit=100')).includes(c.order.id));
  assert.ok(ids(await list('fulfillmentStatus=not_fulfilled&limit=100')).includes(a.order.id));
  const future = new Date(Date.now() + 60_000).toISOString();
  assert.deepEqual(ids(await list(`createdAfter=${encodeURIComponent(future)}`)), []);
  const all = ids(await list('limit=100'));
  const paged: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    paged.push(...ids(page));
    cursor = page.nextCursor;
  } while (cursor);
  assert.deepEqual(paged, all);
  assert.equal((await send(t.app, 'GET', '/admin/orders?paymentStatus=bogus', undefined, as(viewer))).status, 400);
});

test('order lists cost the same number of statements whatever the page size', async () => {
  const { customer } = await placeOrder([{ variantId: M, quantity: 1 }]);
  for (let i = 0; i < 3; i += 1) {
    const cartId = await readyCart(t.app, shop, { token: customer.token, lines: [{ variantId: M, quantity: 1 }] });
    assert.equal((await complete(t.app, cartId, { token: customer.token })).status, 201);
  }
  const cost = async (url: string, token: string) => {
    const before = t.database.stats.queries;
    const res = await send(t.app, 'GET', url, undefined, as(token));
    assert.equal(res.status, 200);
    return { statements: t.database.stats.queries - before, items: res.body.items.length };
  };
  const small = await cost('/admin/orders?limit=1', admin);
  const large = await cost('/admin/orders?limit=4', admin);
  assert.deepEqual([small.items, large.items], [1, 4]);
  assert.equal(large.statements, small.statements);
  const mineSmall = await cost('/store/orders?limit=1', customer.token);
  const mineLarge = await cost('/store/orders?limit=4', customer.token);
  assert.deepEqual([mineSmall.items, mineLarge.items], [1, 4]);
  assert.equal(mineLarge.statements, mineSmall.statements);
});
