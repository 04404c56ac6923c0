import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken, randomIp } from './support/auth.ts';
import { openSecondHandle, startTestDatabase, TEST_CONNECT_TIMEOUT_MS, TEST_DATABASE_URL } from './support/database.ts';
import { assertLedgerMatchesLevels } from './support/inventory.ts';
import { CLEAN, checkoutInvariants, complete, readyCart, send, setupShop, type Reply } from './support/checkout.ts';
import { queryRows } from '../src/platform/db/index.ts';
import { verifyInventory } from '../src/modules/inventory/index.ts';
import { configurePaymentProviders } from '../src/modules/payments/index.ts';

// Guarantees 1 and 3 through POST /store/carts/:id/complete under real concurrency, on two app
// instances sharing one PostgreSQL database (as two server processes would). PGlite runs one
// statement at a time, so these only mean something on server PostgreSQL.
const skip = !TEST_DATABASE_URL;
const UNLIMITED = { STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' }; // requests without a random IP come from 127.0.0.1

/**
 * Two app instances, each with its own pool of POOL_SIZE connections on this file's schema (CHECKS.md
 * R1: 2 processes × 10). 100 requests in flight per instance queue for them longer than the server's
 * 3 s connection wait; test pools wait TEST_CONNECT_TIMEOUT_MS instead (test/support/database.ts), as
 * the guarantees under test are about correctness, not latency.
 */
const POOL_SIZE = 10;
async function setup(): Promise<{ apps: [TestApp, TestApp]; admin: string }> {
  const created = await startTestDatabase({ poolSize: 1 }); // creates and migrates the schema
  const { schema } = created;
  const handles = await Promise.all([0, 1].map(() => openSecondHandle(created, { poolSize: POOL_SIZE }))); // closed after the file
  // The in-process test provider writes its charges through the app's own pool, so under 100
  // requests in flight per instance its calls queue behind them; a remote provider would not.
  // Its timeout (5 s by default, answered with a retryable 503) is raised to the pools' wait.
  for (const h of handles) configurePaymentProviders(h.db, { timeoutMs: TEST_CONNECT_TIMEOUT_MS });
  const first = await startTestApp(UNLIMITED, { database: handles[0]!, schema });
  const second = await startTestApp(UNLIMITED, { database: handles[1]!, schema });
  return { apps: [first, second], admin: await createStaffToken(first, 'admin') };
}
const shared = skip ? undefined : await setup();
const env = () => {
  if (!shared) throw new Error('needs server PostgreSQL');
  return shared;
};

const statusCounts = (replies: Reply[]) => {
  const counts: Record<string, number> = {};
  for (const r of replies) {
    const k = `${r.status}${r.body.code ? ` ${r.body.code}` : ''}`;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};

/** Builds `n` ready carts, a few at a time (set-up is not what is being measured). */
async function readyCarts(n: number, make: (i: number) => Promise<string>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 10) ids.push(...(await Promise.all(Array.from({ length: Math.min(10, n - i) }, (_, j) => make(i + j)))));
  return ids;
}

test(
  'R1 over HTTP: 200 buyers, 100 units, two app instances → exactly 100 orders, 100 × insufficient_stock, 0 × 5xx, 100 charges',
  { skip },
  async (ctx) => {
    const { apps, admin } = env();
    const shop = await setupShop(apps[0], admin, 100);
    const [variantId] = shop.variants;
    const carts = await readyCarts(200, () => readyCart(apps[0].app, shop, { lines: [{ variantId, quantity: 1 }] }));
    const chargesBefore = (
      await queryRows<{ n: number }>(apps[0].database.db, sql`SELECT count(*)::int AS n FROM test_provider_charges`)
    )[0]!.n;
    const started = performance.now();
    const replies = await Promise.all(carts.map((cartId, i) => complete(apps[i % 2]!.app, cartId, { key: `r1-${i}`, ip: randomIp() })));
    ctx.diagnostic(JSON.stringify([...new Set(replies.filter((r) => r.status >= 500).map((r) => r.body.detail))]));
    ctx.diagnostic(`${JSON.stringify(statusCounts(replies))} in ${Math.round(performance.now() - started)} ms`);
    assert.deepEqual(statusCounts(replies), { 201: 100, '409 insufficient_stock': 100 });
    const db = apps[0].database.db;
    const [row] = await queryRows<{ orders: number; on_hand: number; reserved: number; charges: number }>(
      db,
      sql`
    SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ANY(${sql.param(carts)}::text[])) AS orders,
           (SELECT on_hand FROM inventory_levels WHERE variant_id = ${variantId}) AS on_hand,
           (SELECT reserved FROM inventory_levels WHERE variant_id = ${variantId}) AS reserved,
           (SELECT count(*)::int FROM test_provider_charges) AS charges`,
    );
    assert.deepEqual(row, { orders: 100, on_hand: 100, reserved: 100, charges: chargesBefore + 100 });
    const displayIds = replies.filter((r) => r.status === 201).map((r) => r.body.order.displayId);
    assert.equal(new Set(displayIds).size, 100, 'no duplicate order numbers');
    assert.deepEqual(await verifyInventory(db), { ok: true, problems: [] });
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
    await assertLedgerMatchesLevels(db);
  },
);

test(
  'W4 with a short provider timeout: 200 buyers, 100 units, two instances → 100 orders, 100 × insufficient_stock, no 503 while stock remains',
  { skip },
  async (ctx) => {
    // The burst of W4: every completion starts at once, 100 per instance on 10 connections. Before
    // the admission gate (checkout/admission.ts) each later phase queued for the pool behind the
    // first phase of every other buyer, so authorizations outlasted the provider's timeout (503
    // with the stock held). Admitted completions find a connection at once, so a timeout far
    // shorter than the burst (but far longer than one authorization) still sells every unit.
    const { apps, admin } = env();
    const SHORT_PROVIDER_TIMEOUT_MS = 1500;
    for (const { database } of apps) configurePaymentProviders(database.db, { timeoutMs: SHORT_PROVIDER_TIMEOUT_MS });
    try {
      const shop = await setupShop(apps[0], admin, 100);
      const [variantId] = shop.variants;
      const carts = await readyCarts(200, () => readyCart(apps[0].app, shop, { lines: [{ variantId, quantity: 1 }] }));
      const replies = await Promise.all(carts.map((cartId, i) => complete(apps[i % 2]!.app, cartId, { key: `w4-${i}`, ip: randomIp() })));
      ctx.diagnostic(JSON.stringify([...new Set(replies.filter((r) => r.status >= 500).map((r) => r.body.detail))]));
      assert.deepEqual(statusCounts(replies), { 201: 100, '409 insufficient_stock': 100 });
      const db = apps[0].database.db;
      const [row] = await queryRows<{ orders: number; on_hand: number; reserved: number; open_attempts: number }>(
        db,
        sql`
    SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ANY(${sql.param(carts)}::text[])) AS orders,
           (SELECT on_hand FROM inventory_levels WHERE variant_id = ${variantId}) AS on_hand,
           (SELECT reserved FROM inventory_levels WHERE variant_id = ${variantId}) AS reserved,
           (SELECT count(*)::int FROM checkout_attempts WHERE cart_id = ANY(${sql.param(carts)}::text[]) AND status = 'reserved') AS open_attempts`,
      );
      assert.deepEqual(row, { orders: 100, on_hand: 100, reserved: 100, open_attempts: 0 });
      assert.deepEqual(await checkoutInvariants(db), CLEAN);
    } finally {
      for (const { database } of apps) configurePaymentProviders(database.db, { timeoutMs: TEST_CONNECT_TIMEOUT_MS });
    }
  },
);

test(
  'R3: one Idempotency-Key sent 10 times concurrently → one order, one charge; the rest replay or get 409 in_use',
  { skip },
  async () => {
    const { apps, admin } = env();
    const shop = await setupShop(apps[0], admin, 10);
    const cartId = await readyCart(apps[0].app, shop, { lines: [{ variantId: shop.variants[0], quantity: 1 }] });
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => complete(apps[i % 2]!.app, cartId, { key: 'r3-same-key' })));
    const ok = replies.filter((r) => r.status === 201);
    const inUse = replies.filter((r) => r.status === 409);
    assert.equal(ok.length + inUse.length, 10, JSON.stringify(statusCounts(replies)));
    assert.ok(ok.length >= 1);
    assert.equal(new Set(ok.map((r) => r.body.order.id)).size, 1);
    for (const r of inUse) {
      assert.equal(r.body.code, 'idempotency_key_in_use');
      assert.ok(r.headers['retry-after']);
    }
    const db = apps[0].database.db;
    const [row] = await queryRows<{ orders: number; charges: number; events: number }>(
      db,
      sql`
    SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ${cartId}) AS orders,
           (SELECT count(*)::int FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.cart_id = ${cartId}) AS charges,
           (SELECT count(*)::int FROM outbox_events e JOIN orders o ON o.id = e.aggregate_id WHERE o.cart_id = ${cartId} AND e.type = 'order.placed') AS events`,
    );
    assert.deepEqual(row, { orders: 1, charges: 1, events: 1 });
    for (let i = 0; i < 3; i += 1) {
      const replay = await complete(apps[i % 2]!.app, cartId, { key: 'r3-same-key' });
      assert.deepEqual([replay.status, replay.headers['idempotent-replayed'], replay.body.order.id], [201, 'true', ok[0]!.body.order.id]);
    }
  },
);

test('R5: two different keys complete one cart concurrently → one order, one charge; the other gets a 409', { skip }, async () => {
  const { apps, admin } = env();
  const shop = await setupShop(apps[0], admin, 10);
  for (let round = 0; round < 5; round += 1) {
    const cartId = await readyCart(apps[0].app, shop, { lines: [{ variantId: shop.variants[1], quantity: 1 }] });
    const replies = await Promise.all([
      complete(apps[0].app, cartId, { key: `r5-a-${round}` }),
      complete(apps[1].app, cartId, { key: `r5-b-${round}` }),
    ]);
    const codes = replies.map((r) => (r.status === 201 ? 201 : r.body.code)).sort();
    assert.equal(codes.filter((c) => c === 201).length, 1, JSON.stringify(codes));
    assert.ok(
      codes.every((c) => c === 201 || c === 'cart_already_completed' || c === 'checkout_in_progress'),
      JSON.stringify(codes),
    );
    const [row] = await queryRows<{ orders: number; charges: number }>(
      apps[0].database.db,
      sql`
      SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ${cartId}) AS orders,
             (SELECT count(*)::int FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.cart_id = ${cartId}) AS charges`,
    );
    assert.deepEqual(row, { orders: 1, charges: 1 });
  }
  assert.deepEqual(await checkoutInvariants(apps[0].database.db), CLEAN);
});

test(
  'promotion race: 50 concurrent checkouts of a code limited to 10 uses → exactly 10 orders carry it; the rest are refused (422) holding nothing',
  { skip },
  async (ctx) => {
    const { apps, admin } = env();
    const shop = await setupShop(apps[0], admin, 100);
    const code = `LIMIT10${Date.now() % 100000}`;
    const promo = await send(
      apps[0].app,
      'POST',
      '/admin/promotions',
      { code, type: 'fixed', value: 100, currency: 'EUR', usageLimit: 10 },
      { authorization: `Bearer ${admin}` },
    );
    assert.equal(promo.status, 201, JSON.stringify(promo.body));
    const carts = await readyCarts(50, () =>
      readyCart(apps[0].app, shop, { lines: [{ variantId: shop.variants[0], quantity: 1 }], promotion: code }),
    );
    const replies = await Promise.all(carts.map((cartId, i) => complete(apps[i % 2]!.app, cartId, { key: `promo-${i}`, ip: randomIp() })));
    ctx.diagnostic(JSON.stringify(statusCounts(replies)));
    assert.deepEqual(statusCounts(replies), { 201: 10, '422 promotion_invalid': 40 });
    for (const r of replies.filter((x) => x.status === 422)) assert.equal(r.body.reason, 'usage_limit_reached');
    const db = apps[0].database.db;
    const [row] = await queryRows<{ carrying: number; used: number; reserved: number }>(
      db,
      sql`
    SELECT (SELECT count(*)::int FROM orders WHERE ${code} = ANY(promotion_codes)) AS carrying,
           (SELECT used FROM promotions WHERE code = ${code}) AS used,
           (SELECT reserved FROM inventory_levels WHERE variant_id = ${shop.variants[0]}) AS reserved`,
    );
    assert.deepEqual(row, { carrying: 10, used: 10, reserved: 10 });
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
    await assertLedgerMatchesLevels(db);
  },
);
