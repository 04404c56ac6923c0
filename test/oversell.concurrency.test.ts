import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { pgErrorCode, queryRows, withTransaction, type Db } from '../src/platform/db/index.ts';
import { InsufficientStock, reserveStock, verifyInventory, type StockLine } from '../src/modules/inventory/index.ts';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { openSecondHandle, startTestDatabase, TEST_DATABASE_URL } from './support/database.ts';
import { assertLedgerMatchesLevels, setStock } from './support/inventory.ts';

// Guarantee 1 under real concurrency (CHECKS.md R1, R2). PGlite runs one statement at a time, so
// these only mean something on server PostgreSQL.
const skip = !TEST_DATABASE_URL;
const POOL_SIZE = 10;

interface Outcome {
  ok: boolean;
  error?: unknown;
  lines: StockLine[];
  tries: number;
  /** Tries that PostgreSQL aborted with 40P01 (deadlock detected); withTransaction retried them. */
  deadlocks: number;
}

async function attempt(db: Db, orderId: string, lines: StockLine[]): Promise<Outcome> {
  let tries = 0;
  let deadlocks = 0;
  try {
    await withTransaction(db, async (tx) => {
      tries += 1;
      try {
        return await reserveStock(tx, { orderId, lines, actor: 'test:buyer' });
      } catch (error) {
        if (pgErrorCode(error) === '40P01') deadlocks += 1;
        throw error;
      }
    });
    return { ok: true, lines, tries, deadlocks };
  } catch (error) {
    return { ok: false, error, lines, tries, deadlocks };
  }
}

async function levelsOf(db: Db, variantIds: readonly string[]): Promise<Map<string, { onHand: number; reserved: number }>> {
  const rows = await queryRows<{ variant_id: string; on_hand: number; reserved: number }>(
    db,
    sql`
    SELECT variant_id, sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM inventory_levels
    WHERE variant_id = ANY(${sql.param([...variantIds])}::text[]) GROUP BY variant_id`,
  );
  return new Map(rows.map((r) => [r.variant_id, { onHand: r.on_hand, reserved: r.reserved }]));
}

/**
 * One app and a second handle on its schema (as a second server process would have), built once.
 * Each has a pool of 10 (CHECKS.md R1): hundreds of buyers queue for 20 connections, which the
 * test pools' long connect timeout allows for.
 */
async function setupAll(): Promise<{ t: TestApp; token: string; second: Db }> {
  const t = await startTestApp({}, await startTestDatabase({ poolSize: POOL_SIZE }));
  const token = await createStaffToken(t, 'admin');
  return { t, token, second: (await openSecondHandle(t.testDatabase, { poolSize: POOL_SIZE })).db };
}
const shared = skip ? undefined : await setupAll();
function setup(): { t: TestApp; token: string; second: Db } {
  if (!shared) throw new Error('needs server PostgreSQL');
  return shared;
}

async function stockedVariant(t: TestApp, token: string, onHand: number): Promise<string> {
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id;
  assert.ok(variantId);
  await setStock(t, token, variantId, onHand);
  return variantId;
}

for (const handles of [1, 2]) {
  test(`R1: 200 buyers race for 100 units on ${handles} database handle(s): exactly 100 win`, { skip }, async (ctx) => {
    const { t, token, second } = setup();
    const dbs = handles === 1 ? [t.database.db] : [t.database.db, second];
    for (let round = 1; round <= 3; round += 1) {
      const variantId = await stockedVariant(t, token, 100);
      const started = performance.now();
      const outcomes = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          attempt(dbs[i % dbs.length] ?? t.database.db, `ord_r1_${handles}_${round}_${i}`, [{ variantId, quantity: 1 }]),
        ),
      );
      const ms = Math.round(performance.now() - started);
      const won = outcomes.filter((o) => o.ok).length;
      const lost = outcomes.filter((o) => !o.ok);
      const retries = outcomes.reduce((n, o) => n + o.tries - 1, 0);
      ctx.diagnostic(`round ${round}: ${won} reserved, ${lost.length} insufficient_stock, ${retries} retried tries, ${ms} ms`);
      assert.equal(won, 100);
      for (const o of lost) {
        assert.ok(o.error instanceof InsufficientStock, `unexpected error: ${String(o.error)}`);
        assert.deepEqual(o.error.lines, [{ variantId, requested: 1, available: 0 }]);
      }
      const level = (await levelsOf(t.database.db, [variantId])).get(variantId);
      assert.deepEqual(level, { onHand: 100, reserved: 100 });
    }
    assert.deepEqual(await verifyInventory(t.database.db), { ok: true, problems: [] });
    await assertLedgerMatchesLevels(t.database.db);
  });
}

/** A small seeded PRNG, so a failing run can be repeated. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shared oracle of R2: 0 × 5xx, no oversell, no false rejection, ledger = levels = reservations. */
async function assertR2(db: Db, variants: readonly string[], outcomes: readonly Outcome[]): Promise<void> {
  const won = outcomes.filter((o) => o.ok);
  const levels = await levelsOf(db, variants);
  const available = (v: string) => (levels.get(v)?.onHand ?? 0) - (levels.get(v)?.reserved ?? 0);
  for (const v of variants) {
    assert.ok(available(v) >= 0, `available of ${v} is negative`);
    const reservedByWinners = won
      .flatMap((o) => o.lines)
      .filter((l) => l.variantId === v)
      .reduce((n, l) => n + l.quantity, 0);
    assert.equal(levels.get(v)?.reserved, reservedByWinners, `reserved of ${v} equals what the winners asked for`);
  }
  for (const o of outcomes.filter((x) => !x.ok)) {
    assert.ok(o.error instanceof InsufficientStock, `unexpected error (a deadlock must not surface): ${String(o.error)}`);
    assert.ok(o.error.lines.length > 0, 'a rejection names its short lines');
    for (const line of o.error.lines) {
      const asked = o.lines.find((l) => l.variantId === line.variantId);
      assert.equal(line.requested, asked?.quantity);
      assert.ok(
        available(line.variantId) < line.requested,
        `false rejection: ${line.variantId} has ${available(line.variantId)} ≥ ${line.requested}`,
      );
    }
  }
  assert.ok(won.length > 0 && won.length < outcomes.length, 'the run exercised both outcomes');
  assert.deepEqual(await verifyInventory(db), { ok: true, problems: [] });
  await assertLedgerMatchesLevels(db);
}

test('R2: 300 overlapping multi-line reservations: no deadlock surfaces, no oversell, no false rejection', { skip }, async (ctx) => {
  const { t, token, second } = setup();
  const variants: string[] = [];
  for (let i = 0; i < 5; i += 1) variants.push(await stockedVariant(t, token, 150));
  const seed = Date.now() % 100_000;
  const random = mulberry32(seed);
  const carts = Array.from({ length: 300 }, () => {
    const shuffled = [...variants].sort(() => random() - 0.5);
    return shuffled.slice(0, 1 + Math.floor(random() * 4)).map((variantId) => ({ variantId, quantity: 1 + Math.floor(random() * 5) }));
  });
  const dbs = [t.database.db, second];
  const started = performance.now();
  const outcomes = await Promise.all(carts.map((lines, i) => attempt(dbs[i % 2] ?? t.database.db, `ord_r2_${i}`, lines)));
  const ms = Math.round(performance.now() - started);
  const won = outcomes.filter((o) => o.ok);
  const retries = outcomes.reduce((n, o) => n + o.tries - 1, 0);
  ctx.diagnostic(
    `seed ${seed}: ${won.length} reserved, ${outcomes.length - won.length} insufficient_stock, ${retries} retried tries (deadlock/serialization), ${ms} ms`,
  );
  await assertR2(t.database.db, variants, outcomes);
});

test('R2 over 4 locations: multi-line carts on stock split across locations never deadlock', { skip }, async (ctx) => {
  const { t, token, second } = setup();
  const headers = { authorization: `Bearer ${token}` };
  // Four locations allocated in priority order; loc_default (priority 0) is the first of them.
  const locations = ['loc_default'];
  for (const priority of [1, 2, 3]) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/admin/stock-locations',
      headers,
      payload: { name: `R2 warehouse ${priority}`, priority },
    });
    assert.equal(res.statusCode, 201, res.body);
    locations.push(res.json<{ id: string }>().id);
  }
  // Little stock per location, so most lines span two or more of them and unlocked reads go stale.
  const variants: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const product = await createProduct(t, token);
    const variantId = product.variants[0]?.id;
    assert.ok(variantId);
    for (const [j, locationId] of locations.entries()) await setStock(t, token, variantId, 2 + 6 * j, locationId);
    variants.push(variantId);
  }
  const seed = Date.now() % 100_000;
  const random = mulberry32(seed);
  const carts = Array.from({ length: 200 }, () => {
    const shuffled = [...variants].sort(() => random() - 0.5);
    return shuffled.slice(0, 1 + Math.floor(random() * 3)).map((variantId) => ({ variantId, quantity: 1 + Math.floor(random() * 4) }));
  });
  const dbs = [t.database.db, second];
  const outcomes = await Promise.all(carts.map((lines, i) => attempt(dbs[i % 2] ?? t.database.db, `ord_r2m_${i}`, lines)));
  const won = outcomes.filter((o) => o.ok).length;
  const deadlocks = outcomes.reduce((n, o) => n + o.deadlocks, 0);
  const retries = outcomes.reduce((n, o) => n + Math.max(0, o.tries - 1), 0);
  const [split] = await queryRows<{ n: number }>(
    t.database.db,
    sql`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM inventory_reservations WHERE order_id LIKE 'ord_r2m_%' GROUP BY order_id, variant_id HAVING count(DISTINCT location_id) > 1) s`,
  );
  ctx.diagnostic(
    `seed ${seed}: ${won} reserved (${split?.n ?? 0} lines split over locations), ${outcomes.length - won} insufficient_stock, ${deadlocks} deadlocks, ${retries} retried tries`,
  );
  assert.ok((split?.n ?? 0) > 0, 'some lines were split over several locations');
  await assertR2(t.database.db, variants, outcomes);
  // One lock order on every path: PostgreSQL never had to break a deadlock (retries would hide it).
  assert.equal(deadlocks, 0, 'deadlocks detected (40P01) while reserving');
  assert.equal(retries, 0, 'no try needed a retry');
});
