import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken } from './support/auth.ts';
import { complete, readyCart, send, setupShop } from './support/checkout.ts';
import { queryRows } from '../src/platform/db/index.ts';
import { startWorker } from '../src/platform/jobs.ts';
import { createRelay, eventsModule } from '../src/modules/events/index.ts';

// Every business write listed in the events contract emits its event in its own transaction, and
// the order emails (confirmation, shipping with tracking, refund) follow from them.
const t = await startTestApp({
  STOCKROOM_CHECKOUT_RATE_PER_IP: '100000',
  STOCKROOM_SHOP_NAME: 'Corner Shop',
  STOCKROOM_EVENTS_RELAY: 'false',
});
const db = t.database.db;
const admin = await createStaffToken(t, 'owner');
const auth = { authorization: `Bearer ${admin}` };
const shop = await setupShop(t, admin, 10);

const typesFor = async (aggregateId: string) =>
  (await queryRows<{ type: string }>(db, sql`SELECT type FROM outbox_events WHERE aggregate_id = ${aggregateId} ORDER BY id`)).map(
    (r) => r.type,
  );

test('orders, stock, products and customers emit their events; order emails follow', async () => {
  const customer = await createCustomerToken(t);
  assert.deepEqual(await typesFor(customer.customerId), ['customer.created']);
  const [variant] = shop.variants;
  const cartId = await readyCart(t.app, shop, { token: customer.token, lines: [{ variantId: variant, quantity: 2 }] });
  const placed = await complete(t.app, cartId, { token: customer.token });
  assert.equal(placed.status, 201, JSON.stringify(placed.body));
  const orderId = placed.body.order?.id ?? '';
  const order = (await send(t.app, 'GET', `/admin/orders/${orderId}`, undefined, auth)).body as {
    items: { id: string }[];
    version: number;
  };
  const line = order.items[0]!.id;
  const fulfilled = await send(
    t.app,
    'POST',
    `/admin/orders/${orderId}/fulfillments`,
    { items: [{ lineItemId: line, quantity: 1 }], trackingNumber: 'TRACK-123' },
    auth,
  );
  assert.ok(fulfilled.status < 300, JSON.stringify(fulfilled.body));
  const captured = await send(t.app, 'POST', `/admin/orders/${orderId}/capture`, {}, auth);
  assert.ok(captured.status < 300, JSON.stringify(captured.body));
  const refunded = await send(t.app, 'POST', `/admin/orders/${orderId}/refunds`, { amount: 100, reason: 'goodwill' }, auth);
  assert.ok(refunded.status < 300, JSON.stringify(refunded.body));
  const returned = await send(
    t.app,
    'POST',
    `/admin/orders/${orderId}/returns`,
    { items: [{ lineItemId: line, quantity: 1 }], restock: true },
    auth,
  );
  assert.ok(returned.status < 300, JSON.stringify(returned.body));
  const canceled = await send(t.app, 'POST', `/admin/orders/${orderId}/cancel`, {}, auth);
  assert.ok(canceled.status < 300, JSON.stringify(canceled.body));

  const types = await typesFor(orderId);
  for (const type of ['order.placed', 'order.payment_captured', 'order.fulfilled', 'order.refunded', 'order.returned', 'order.canceled'])
    assert.ok(types.includes(type), `${type} in ${types.join(', ')}`);
  const stock = await typesFor(variant);
  assert.ok(stock.filter((x) => x === 'inventory.level_changed').length >= 3, stock.join(', '));

  // A threshold crossed from above emits low_stock once.
  const [level] = await queryRows<{ location_id: string; available: number }>(
    db,
    sql`SELECT location_id, on_hand - reserved AS available FROM inventory_levels WHERE variant_id = ${variant}`,
  );
  await db.execute(sql`UPDATE inventory_levels SET low_stock_threshold = ${level!.available - 1} WHERE variant_id = ${variant}`);
  await db.execute(sql`UPDATE inventory_levels SET on_hand = on_hand - 1 WHERE variant_id = ${variant}`);
  await db.execute(sql`UPDATE inventory_levels SET on_hand = on_hand - 1 WHERE variant_id = ${variant}`);
  assert.equal((await typesFor(variant)).filter((x) => x === 'inventory.low_stock').length, 1);

  const deleted = await t.app.inject({ method: 'DELETE', url: `/admin/products/${shop.productId}`, headers: auth });
  assert.equal(deleted.statusCode, 204, deleted.body);
  const product = await typesFor(shop.productId);
  assert.equal(product[0], 'product.created');
  assert.equal(product.at(-1), 'product.deleted');

  const relay = createRelay(db, { timeoutMs: 1000, retryBaseMs: 1000, allowPrivate: false, resolve: async () => [] });
  await relay.drain();
  await relay.stop();
  const worker = startWorker(db, eventsModule.jobs ?? {}, { pollMs: 60_000 });
  await worker.drain();
  await worker.stop();
  const emails = await queryRows<{ subject: string; body: string }>(
    db,
    sql`SELECT subject, body FROM emails WHERE to_address = ${customer.email} ORDER BY id`,
  );
  const subjects = emails.map((e) => e.subject);
  assert.equal(subjects.length, 4, subjects.join(' | ')); // confirmation, shipped, refund, refund of the canceled rest
  assert.ok(subjects.every((s) => s.endsWith('— Corner Shop')));
  assert.ok(emails.some((e) => e.subject.includes('has shipped') && e.body.includes('TRACK-123')));
  assert.ok(emails.some((e) => e.subject.startsWith('Refund') && e.body.includes('1.00')));
});
