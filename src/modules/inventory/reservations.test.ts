import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { Conflict } from '../../platform/errors.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { assertLedgerMatchesLevels, setStock } from '../../../test/support/inventory.ts';
import { fulfillStock, InsufficientStock, listReservations, releaseStock, reserveStock, restockItems } from './index.ts';

const t = await startTestApp();
const db = t.database.db;
const token = await createStaffToken(t, 'admin');

async function twoVariants(stockS: number, stockM: number): Promise<[string, string]> {
  const product = await createProduct(t, token);
  const [s, m] = product.variants.map((v) => v.id);
  assert.ok(s && m);
  await setStock(t, token, s, stockS);
  await setStock(t, token, m, stockM);
  return [s, m];
}

async function level(variantId: string): Promise<{ onHand: number; reserved: number }> {
  const [row] = await queryRows<{ on_hand: number; reserved: number }>(
    db,
    sql`
    SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM inventory_levels WHERE variant_id = ${variantId}`,
  );
  return { onHand: row?.on_hand ?? 0, reserved: row?.reserved ?? 0 };
}

test('a reservation is all or nothing and names every short line', async () => {
  const [s, m] = await twoVariants(5, 1);
  await assert.rejects(
    withTransaction(db, (tx) =>
      reserveStock(tx, {
        orderId: 'ord_a',
        lines: [
          { variantId: m, quantity: 2 },
          { variantId: s, quantity: 3 },
          { variantId: s, quantity: 3 },
        ],
        actor: 'test',
      }),
    ),
    (error: unknown) => {
      assert.ok(error instanceof InsufficientStock);
      const expected = [
        { variantId: s, requested: 6, available: 5 },
        { variantId: m, requested: 2, available: 1 },
      ].sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
      assert.deepEqual(error.lines, expected);
      return true;
    },
  );
  assert.deepEqual(await level(s), { onHand: 5, reserved: 0 });

  // A caller that catches the error and commits anyway holds nothing: the savepoint rolled back.
  await withTransaction(db, async (tx) => {
    await assert.rejects(
      reserveStock(tx, {
        orderId: 'ord_b',
        lines: [
          { variantId: s, quantity: 1 },
          { variantId: m, quantity: 9 },
        ],
        actor: 'test',
      }),
      InsufficientStock,
    );
  });
  assert.deepEqual(await level(s), { onHand: 5, reserved: 0 });
  await assertLedgerMatchesLevels(db);
});

test('release is idempotent; fulfil ships partially, then the rest; restock puts returns back', async () => {
  const [s, m] = await twoVariants(10, 4);
  await withTransaction(db, (tx) =>
    reserveStock(tx, {
      orderId: 'ord_f',
      lines: [
        { variantId: s, quantity: 3 },
        { variantId: m, quantity: 4 },
      ],
      actor: 'test',
    }),
  );
  assert.deepEqual(await level(m), { onHand: 4, reserved: 4 });

  await withTransaction(db, (tx) => fulfillStock(tx, { orderId: 'ord_f', lines: [{ variantId: s, quantity: 1 }] }));
  assert.deepEqual(await level(s), { onHand: 9, reserved: 2 });
  await assert.rejects(
    withTransaction(db, (tx) => fulfillStock(tx, { orderId: 'ord_f', lines: [{ variantId: s, quantity: 3 }] })),
    Conflict,
  );
  await withTransaction(db, (tx) => fulfillStock(tx, { orderId: 'ord_f' }));
  assert.deepEqual(await level(s), { onHand: 7, reserved: 0 });
  assert.deepEqual(await level(m), { onHand: 0, reserved: 0 });
  const held = await withTransaction(db, (tx) => listReservations(tx, 'ord_f'));
  assert.ok(held.every((r) => r.status === 'fulfilled'));
  assert.equal(
    held.filter((r) => r.variantId === s).reduce((n, r) => n + r.quantity, 0),
    3,
  );

  await withTransaction(db, (tx) => restockItems(tx, { orderId: 'ord_f', lines: [{ variantId: m, quantity: 2 }], note: 'RMA 7' }));
  assert.deepEqual(await level(m), { onHand: 2, reserved: 0 });

  await withTransaction(db, (tx) => reserveStock(tx, { orderId: 'ord_r', lines: [{ variantId: s, quantity: 7 }], actor: 'test' }));
  const [first, second] = await Promise.all([
    withTransaction(db, (tx) => releaseStock(tx, { orderId: 'ord_r' })),
    withTransaction(db, (tx) => releaseStock(tx, { orderId: 'ord_r' })),
  ]);
  assert.equal((first?.length ?? 0) + (second?.length ?? 0), 1, 'released once');
  assert.deepEqual(await level(s), { onHand: 7, reserved: 0 });
  await assertLedgerMatchesLevels(db);
});

test('a backordered unit cannot ship before it arrives', async () => {
  const product = await createProduct(t, token, {
    variants: [
      { sku: `BO2-${String(Date.now())}`, options: { Size: 'S' }, prices: [{ currency: 'EUR', amount: 100 }], allowBackorder: true },
    ],
  });
  const [variantId] = product.variants.map((v) => v.id);
  assert.ok(variantId);
  await withTransaction(db, (tx) => reserveStock(tx, { orderId: 'ord_bo2', lines: [{ variantId, quantity: 2 }], actor: 'test' }));
  await assert.rejects(
    withTransaction(db, (tx) => fulfillStock(tx, { orderId: 'ord_bo2' })),
    InsufficientStock,
  );
  await setStock(t, token, variantId, 2);
  await withTransaction(db, (tx) => fulfillStock(tx, { orderId: 'ord_bo2' }));
  assert.deepEqual(await level(variantId), { onHand: 0, reserved: 0 });
  await assertLedgerMatchesLevels(db);
});
