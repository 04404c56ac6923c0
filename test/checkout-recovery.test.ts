import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { assertLedgerMatchesLevels } from './support/inventory.ts';
import { CLEAN, checkoutInvariants, complete, readyCart, send, setupShop } from './support/checkout.ts';
import { queryRows } from '../src/platform/db/index.ts';
import { configureFailpoint } from '../src/platform/failpoints.ts';
import { configurePaymentProviders, paymentProviders, TEST_CARDS } from '../src/modules/payments/index.ts';
import { recoverCheckouts, verifyOrders } from '../src/modules/orders/index.ts';

// Guarantee 4 with in-process failpoints (`error`): a checkout that fails between or after its
// phases leaves nothing half-done once the recovery sweep ran, and a retry with the same key ends
// in exactly one order and one charge. SIGKILL variants are in crash-recovery.test.ts.

// Every injected request comes from 127.0.0.1; the checkout rate limit has its own test.
const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);
await send(
  t.app,
  'POST',
  '/admin/promotions',
  { code: 'RECOVER5', type: 'fixed', value: 500, currency: 'EUR' },
  { authorization: `Bearer ${admin}` },
);
const [S] = shop.variants;

const sweep = () => recoverCheckouts(db, paymentProviders(db), { olderThanSeconds: 0 });
const counts = async (cartId: string) =>
  (
    await queryRows<{ orders: number; charges: number; live: number }>(
      db,
      sql`
  SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ${cartId}) AS orders,
         (SELECT count(*)::int FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.cart_id = ${cartId}) AS charges,
         (SELECT count(*)::int FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key
           WHERE a.cart_id = ${cartId} AND c.status IN ('authorized', 'captured', 'pending')) AS live`,
    )
  )[0]!;
const reserved = async () =>
  (await queryRows<{ reserved: number }>(db, sql`SELECT reserved FROM inventory_levels WHERE variant_id = ${S}`))[0]!.reserved;
const usesOf = async () => (await queryRows<{ used: number }>(db, sql`SELECT used FROM promotions WHERE code = 'RECOVER5'`))[0]!.used;

async function failingOnce(point: string, run: () => Promise<{ status: number }>): Promise<number> {
  configureFailpoint(`${point}:error`);
  try {
    return (await run()).status;
  } finally {
    configureFailpoint(undefined);
  }
}

/** What "time passing" means for the test provider: its in-flight call is abandoned (the process died). */
async function abandonPendingCharges(): Promise<void> {
  await db.execute(sql`UPDATE test_provider_charges SET updated_at = now() - interval '1 minute' WHERE status = 'pending'`);
}

for (const point of ['checkout.after_reserve', 'payments.test.authorize', 'checkout.after_authorize']) {
  test(`an error at ${point}, then a retry with the same key: exactly one order and one charge`, async () => {
    const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 2 }], promotion: 'RECOVER5' });
    const key = `retry-${point}`;
    assert.equal(await failingOnce(point, () => complete(t.app, cartId, { key })), 500);
    const mid = await checkoutInvariants(db);
    assert.equal(mid.openAttempts, 1, 'phase 1 committed and is the recovery point');
    if (point === 'payments.test.authorize') await abandonPendingCharges();
    const retry = await complete(t.app, cartId, { key });
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.deepEqual(await counts(cartId), { orders: 1, charges: 1, live: 1 });
    const replay = await complete(t.app, cartId, { key });
    assert.deepEqual([replay.status, replay.body.order.id], [201, retry.body.order.id]);
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
    await assertLedgerMatchesLevels(db);
  });

  test(`an error at ${point} and no retry: the sweep releases stock and promotion use and voids any authorization`, async () => {
    const before = { reserved: await reserved(), uses: await usesOf() };
    const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 3 }], promotion: 'RECOVER5' });
    assert.equal(await failingOnce(point, () => complete(t.app, cartId)), 500);
    assert.equal(await reserved(), before.reserved + 3, 'held between phases');
    assert.equal(await usesOf(), before.uses + 1);
    const report = await sweep();
    assert.equal(report.released, 1);
    assert.deepEqual({ reserved: await reserved(), uses: await usesOf() }, before);
    assert.equal((await counts(cartId)).live, 0, 'no live authorization without an order');
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
    assert.deepEqual(
      await sweep(),
      { released: 0, voided: 0, voidFailures: 0, settled: 0, operationsFinished: 0 },
      'a second sweep finds nothing',
    );
    // the cart is still usable
    await send(t.app, 'POST', `/store/carts/${cartId}/payment`, { provider: 'test', data: { card: TEST_CARDS.success } });
    assert.equal((await complete(t.app, cartId)).status, 201);
    await assertLedgerMatchesLevels(db);
  });
}

test('an error after phase 3: the order exists; the retry with the same key replays it', async () => {
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  assert.equal(await failingOnce('checkout.after_place', () => complete(t.app, cartId, { key: 'after-place' })), 500);
  assert.deepEqual(await counts(cartId), { orders: 1, charges: 1, live: 1 });
  const retry = await complete(t.app, cartId, { key: 'after-place' });
  assert.deepEqual([retry.status, retry.headers['idempotent-replayed']], [201, 'true']);
  assert.deepEqual(await counts(cartId), { orders: 1, charges: 1, live: 1 });
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('a provider timeout: 503 and the stock stays held for the retry; the late answer is used, charged once', async () => {
  configurePaymentProviders(db, { timeoutMs: 300, test: { stallMs: 1500 } });
  try {
    const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }], card: TEST_CARDS.stall });
    const first = await complete(t.app, cartId, { key: 'timeout-1' });
    assert.deepEqual([first.status, first.body.code], [503, 'unavailable']);
    assert.ok(first.headers['retry-after']);
    assert.equal((await checkoutInvariants(db)).openAttempts, 1);
    let retry = await complete(t.app, cartId, { key: 'timeout-1' });
    for (let i = 0; i < 40 && retry.status === 503; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      retry = await complete(t.app, cartId, { key: 'timeout-1' });
    }
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.deepEqual(await counts(cartId), { orders: 1, charges: 1, live: 1 });
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
  } finally {
    configurePaymentProviders(db, {});
  }
});

test('a provider timeout and an abandoned client: the sweep voids the authorization even though it lands later', async () => {
  configurePaymentProviders(db, { timeoutMs: 200, test: { stallMs: 800 } });
  try {
    const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }], card: TEST_CARDS.stall });
    assert.equal((await complete(t.app, cartId)).status, 503);
    const report = await sweep();
    assert.deepEqual([report.released, report.voided], [1, 1]);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the stalled call finishes now
    assert.deepEqual(await counts(cartId), { orders: 0, charges: 1, live: 0 });
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
  } finally {
    configurePaymentProviders(db, {});
  }
});

test('verify-orders: clean after all of the above; it names an unvoided authorization and a hold without an order', async () => {
  assert.deepEqual(await verifyOrders(db), { ok: true, problems: [] });
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  assert.equal(await failingOnce('checkout.after_authorize', () => complete(t.app, cartId)), 500);
  assert.deepEqual(await verifyOrders(db), { ok: true, problems: [] }, 'an open attempt may hold stock');
  await db.execute(
    sql`UPDATE checkout_attempts SET status = 'expired', needs_void = true WHERE cart_id = ${cartId} AND status = 'reserved'`,
  );
  const kinds = (await verifyOrders(db)).problems.map((p) => p.kind);
  assert.deepEqual(kinds, ['authorization_not_voided', 'stock_without_order']);
  await db.execute(
    sql`UPDATE checkout_attempts SET status = 'reserved', needs_void = false WHERE cart_id = ${cartId} AND status = 'expired'`,
  );
  await sweep();
  assert.deepEqual(await verifyOrders(db), { ok: true, problems: [] });
});

test('R13: orphaned authorizations are voided exactly once, by concurrent and repeated sweeps', async () => {
  const carts: string[] = [];
  for (let i = 0; i < 5; i += 1) carts.push(await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] }));
  for (const cartId of carts) assert.equal(await failingOnce('checkout.after_authorize', () => complete(t.app, cartId)), 500);
  const reports = await Promise.all([sweep(), sweep(), sweep()]);
  assert.equal(
    reports.reduce((n, r) => n + r.released, 0),
    5,
    'each attempt undone by exactly one sweep',
  );
  assert.equal(
    reports.reduce((n, r) => n + r.voidFailures, 0),
    0,
  );
  for (const cartId of carts) assert.deepEqual(await counts(cartId), { orders: 0, charges: 1, live: 0 });
  assert.deepEqual(await sweep(), { released: 0, voided: 0, voidFailures: 0, settled: 0, operationsFinished: 0 });
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
  await assertLedgerMatchesLevels(db);
});

test('staff capture interrupted after the provider call: a same-key retry and the sweep each finish it once, never capturing twice', async () => {
  const staff = { authorization: `Bearer ${admin}` };
  const place = async () => {
    const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
    const res = await complete(t.app, cartId);
    assert.equal(res.status, 201);
    return res.body.order;
  };
  const capture = (orderId: string, key?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/admin/orders/${orderId}/capture`,
      payload: {},
      headers: { ...staff, ...(key ? { 'idempotency-key': key } : {}) },
    });
  const providerCaptured = async (orderId: string) =>
    (
      await queryRows<{ captured: string }>(
        db,
        sql`
    SELECT c.captured_amount::text AS captured FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.order_id = ${orderId}`,
      )
    )[0]?.captured;
  const ledgerCaptured = async (orderId: string) =>
    (
      await queryRows<{ n: string | null }>(
        db,
        sql`
    SELECT sum(amount)::text AS n FROM payment_transactions WHERE order_id = ${orderId} AND kind = 'capture'`,
      )
    )[0]?.n;

  const retried = await place();
  assert.equal(
    await failingOnce('orders.payment.after_call', () => capture(retried.id, 'cap-retry').then((r) => ({ status: r.statusCode }))),
    500,
  );
  assert.equal(await providerCaptured(retried.id), String(retried.total), 'the provider captured');
  assert.equal(await ledgerCaptured(retried.id), null, 'our ledger does not know yet');
  const again = await capture(retried.id, 'cap-retry');
  assert.equal(again.statusCode, 200, again.body);
  assert.equal(again.json<{ paymentStatus: string }>().paymentStatus, 'captured');
  assert.equal(await providerCaptured(retried.id), String(retried.total), 'captured once at the provider');
  assert.equal(await ledgerCaptured(retried.id), String(retried.total));

  const swept = await place();
  assert.equal(await failingOnce('orders.payment.after_call', () => capture(swept.id).then((r) => ({ status: r.statusCode }))), 500);
  const report = await sweep();
  assert.equal(report.operationsFinished, 1);
  assert.equal(await ledgerCaptured(swept.id), String(swept.total));
  assert.equal(await providerCaptured(swept.id), String(swept.total));
  assert.equal((await sweep()).operationsFinished, 0);
});

test('a retry after the sweep undid the attempt starts afresh: one order, the first authorization voided', async () => {
  const cartId = await readyCart(t.app, shop, { lines: [{ variantId: S, quantity: 1 }] });
  assert.equal(await failingOnce('checkout.after_authorize', () => complete(t.app, cartId, { key: 'after-sweep' })), 500);
  assert.equal((await sweep()).released, 1);
  const retry = await complete(t.app, cartId, { key: 'after-sweep' });
  assert.equal(retry.status, 201, JSON.stringify(retry.body));
  assert.deepEqual(await counts(cartId), { orders: 1, charges: 2, live: 1 });
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});
