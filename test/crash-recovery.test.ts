import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import { assertLedgerMatchesLevels } from './support/inventory.ts';
import { CLEAN, checkoutInvariants, readyCart, send, setupShop } from './support/checkout.ts';
import { childEnv, completeOverHttp, runCli, startChild, type HttpReply } from './support/child.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase, queryRows } from '../src/platform/db/index.ts';

// Guarantee 4 with real crashes (CHECKS.md R6, R7): a child server process is SIGKILLed by a
// failpoint inside checkout, or under concurrent checkout load; after a restart, `stockroom
// recover` and `stockroom verify`, nothing is half-done and a retry with the same key ends in
// exactly one order. The child shares this file's PostgreSQL schema with an in-process app that
// sets the shop up and reads the results.
const skip = !TEST_DATABASE_URL;

const t = skip ? undefined : await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const setup = async () => {
  if (!t) throw new Error('needs server PostgreSQL');
  const admin = await createStaffToken(t, 'admin');
  await send(
    t.app,
    'POST',
    '/admin/promotions',
    { code: 'CRASH1', type: 'fixed', value: 100, currency: 'EUR' },
    { authorization: `Bearer ${admin}` },
  );
  return {
    t,
    admin,
    shop: await setupShop(t, admin, 1000),
    env: (extra: Record<string, string> = {}) => childEnv(TEST_DATABASE_URL!, t.testDatabase.schema!, extra),
  };
};
const ctx = skip ? undefined : await setup();
const need = () => {
  if (!ctx) throw new Error('needs server PostgreSQL');
  return ctx;
};

async function retryUntilAnswered(url: string, cartId: string, key: string): Promise<HttpReply> {
  for (let i = 0; i < 120; i += 1) {
    const reply = await completeOverHttp(url, cartId, key);
    // 409 in_use: the dead request's lease (15 s) has not run out yet; 503: the provider is still busy.
    if (reply && !(reply.status === 409 && reply.body.code === 'idempotency_key_in_use') && reply.status !== 503) return reply;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('no answer after a minute of retries');
}

const counts = async (cartId: string) =>
  (
    await queryRows<{ orders: number; charges: number; live: number }>(
      need().t.database.db,
      sql`
  SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ${cartId}) AS orders,
         (SELECT count(*)::int FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.cart_id = ${cartId}) AS charges,
         (SELECT count(*)::int FROM test_provider_charges c JOIN checkout_attempts a ON a.provider_key = c.idempotency_key
           WHERE a.cart_id = ${cartId} AND c.status IN ('authorized', 'captured', 'pending')) AS live`,
    )
  )[0]!;

test(
  'SIGKILL at each checkout failpoint, restart, recover: nothing half-done; a retry with the same key gives one order and one live charge',
  { skip, timeout: 600_000 },
  async (c) => {
    const { t: app, shop, env } = need();
    const points = ['checkout.after_reserve', 'payments.test.authorize', 'checkout.after_authorize', 'checkout.after_place'];
    const carts = new Map<string, string>();
    for (const point of points) {
      const cartId = await readyCart(app.app, shop, {
        lines: [
          { variantId: shop.variants[0], quantity: 1 },
          { variantId: shop.variants[1], quantity: 2 },
        ],
        promotion: 'CRASH1',
      });
      carts.set(point, cartId);
      const server = await startChild(env({ STOCKROOM_FAILPOINT: `${point}:crash` }));
      const reply = await completeOverHttp(server.url, cartId, `crash-${point}`);
      assert.equal(reply, undefined, `${point}: the client gets no answer`);
      assert.equal(await server.exited, 'SIGKILL');
    }
    const mid = await checkoutInvariants(app.database.db);
    c.diagnostic(`after the crashes: ${JSON.stringify(mid)}`);
    assert.equal(mid.openAttempts, 3, 'three crashes left an attempt between phases');

    const recovered = runCli(env(), ['recover', '--older-than=0']);
    assert.equal(recovered.status, 0, recovered.output);
    assert.match(recovered.output, /3 undone, 3 authorization\(s\) voided/);
    assert.deepEqual(await checkoutInvariants(app.database.db), CLEAN);
    const verified = runCli(env(), ['verify']);
    assert.equal(verified.status, 0, verified.output);
    const ordersVerified = runCli(env(), ['verify-orders']);
    assert.equal(ordersVerified.status, 0, ordersVerified.output);

    const server = await startChild(env());
    try {
      const replies = await Promise.all(points.map((point) => retryUntilAnswered(server.url, carts.get(point)!, `crash-${point}`)));
      for (const [i, point] of points.entries()) {
        assert.equal(replies[i]!.status, 201, `${point}: ${JSON.stringify(replies[i]!.body)}`);
        const n = await counts(carts.get(point)!);
        assert.equal(n.orders, 1, point);
        assert.equal(n.live, 1, `${point}: one live charge`);
      }
    } finally {
      await server.kill();
    }
    assert.deepEqual(await checkoutInvariants(app.database.db), CLEAN);
    await assertLedgerMatchesLevels(app.database.db);
  },
);

test(
  'R6: SIGKILL under concurrent checkout load; after restart, recover and verify every acknowledged order is there and invariants hold',
  { skip, timeout: 600_000 },
  async (c) => {
    const { t: app, shop, env } = need();
    const carts: string[] = [];
    for (let i = 0; i < 40; i += 1)
      carts.push(await readyCart(app.app, shop, { lines: [{ variantId: shop.variants[i % 2]!, quantity: 1 + (i % 3) }] }));
    const server = await startChild(env());
    const acknowledged = new Map<string, { id: string; total: number }>();
    let killed = false;
    const load = carts.map(async (cartId, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 15));
      const reply = await completeOverHttp(server.url, cartId, `load-${cartId}`);
      if (reply?.status === 201 && reply.body.order) acknowledged.set(cartId, reply.body.order);
      if (!killed && acknowledged.size >= 5) {
        killed = true;
        void server.kill();
      }
    });
    await Promise.all(load);
    await server.kill();
    c.diagnostic(`${acknowledged.size} of ${carts.length} acknowledged before the kill`);
    assert.ok(acknowledged.size >= 5);

    const restarted = await startChild(env());
    await restarted.kill(); // a restart (migrations, bootstrap) must not disturb anything either
    const recovered = runCli(env(), ['recover', '--older-than=0']);
    assert.equal(recovered.status, 0, recovered.output);
    const verified = runCli(env(), ['verify']);
    assert.equal(verified.status, 0, verified.output);
    const ordersVerified = runCli(env(), ['verify-orders']);
    assert.equal(ordersVerified.status, 0, ordersVerified.output);
    for (const [cartId, order] of acknowledged) {
      const [row] = await queryRows<{ id: string; total: string }>(
        app.database.db,
        sql`SELECT id, total::text FROM orders WHERE cart_id = ${cartId}`,
      );
      assert.deepEqual(row, { id: order.id, total: String(order.total) }, `acknowledged order of ${cartId}`);
    }
    const [dups] = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM (SELECT cart_id FROM orders GROUP BY cart_id HAVING count(*) > 1) d`,
    );
    assert.equal(dups?.n, 0);
    assert.deepEqual(await checkoutInvariants(app.database.db), CLEAN);
    await assertLedgerMatchesLevels(app.database.db);
  },
);

test(
  'embedded database: SIGKILL after the provider call, restart, same-key retry → one order, one live charge; recover and verify clean',
  { skip: !skip, timeout: 600_000 },
  async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stockroom-crash-'));
    const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
      const e: NodeJS.ProcessEnv = {
        ...process.env,
        STOCKROOM_DATA_DIR: dataDir,
        PORT: '0',
        STOCKROOM_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        STOCKROOM_CHECKOUT_RATE_PER_IP: '100000',
        ...extra,
      };
      delete e.DATABASE_URL;
      delete e.NODE_TEST_CONTEXT;
      return e;
    };
    try {
      // Set the shop up in-process on the data directory, then hand the directory to the child.
      const database = await openDatabase({ dataDir });
      await migrate(database);
      const local = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' }, { database, schema: undefined });
      const admin = await createStaffToken(local, 'admin');
      const shop = await setupShop(local, admin, 10);
      const cartId = await readyCart(local.app, shop, { lines: [{ variantId: shop.variants[0], quantity: 2 }] });
      await local.app.close();
      await database.close();

      const crashing = await startChild(env({ STOCKROOM_FAILPOINT: 'checkout.after_authorize:crash' }));
      assert.equal(await completeOverHttp(crashing.url, cartId, 'embedded-crash'), undefined);
      assert.equal(await crashing.exited, 'SIGKILL');

      const server = await startChild(env());
      let reply: HttpReply;
      try {
        reply = await retryUntilAnswered(server.url, cartId, 'embedded-crash');
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      for (const command of [['recover', '--older-than=0'], ['verify'], ['verify-orders']]) {
        const result = runCli(env(), command);
        assert.equal(result.status, 0, `${command.join(' ')}: ${result.output}`);
      }
      const check = await openDatabase({ dataDir });
      try {
        const [row] = await queryRows<{ orders: number; live: number }>(
          check.db,
          sql`
        SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ${cartId}) AS orders,
               (SELECT count(*)::int FROM test_provider_charges WHERE status IN ('authorized', 'captured', 'pending')) AS live`,
        );
        assert.deepEqual(row, { orders: 1, live: 1 });
        assert.deepEqual(await checkoutInvariants(check.db), CLEAN);
      } finally {
        await check.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
