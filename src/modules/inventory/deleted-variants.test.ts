import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { assertLedgerMatchesLevels, setStock } from '../../../test/support/inventory.ts';
import { fulfillStock, reserveStock, restockItems } from './index.ts';

// A variant deleted from the catalog (soft-deleted, alone or with its product) is no longer sold,
// but orders already holding it must still ship and its stock must stay manageable.

const t = await startTestApp();
const db = t.database.db;
const token = await createStaffToken(t, 'admin');
const headers = { authorization: `Bearer ${token}` };

async function level(variantId: string): Promise<{ onHand: number; reserved: number }> {
  const [row] = await queryRows<{ on_hand: number; reserved: number }>(
    db,
    sql`
    SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM inventory_levels WHERE variant_id = ${variantId}`,
  );
  return { onHand: row?.on_hand ?? 0, reserved: row?.reserved ?? 0 };
}

for (const deleting of ['the variant', 'its product'] as const) {
  test(`after deleting ${deleting}, held stock ships, returns restock and stock can be adjusted and read`, async () => {
    const product = await createProduct(t, token);
    const [variantId, sibling] = product.variants.map((v) => v.id);
    assert.ok(variantId && sibling);
    const sku = product.variants[0]?.sku;
    await setStock(t, token, variantId, 10);
    const orderId = `ord_del_${deleting === 'the variant' ? 'v' : 'p'}`;
    await withTransaction(db, (tx) => reserveStock(tx, { orderId, lines: [{ variantId, quantity: 4 }], actor: 'test' }));

    const url = deleting === 'the variant' ? `/admin/products/${product.id}/variants/${variantId}` : `/admin/products/${product.id}`;
    const deleted = await t.app.inject({ method: 'DELETE', url, headers });
    assert.ok([200, 204].includes(deleted.statusCode), deleted.body);

    // No longer sold: a new reservation is refused.
    await assert.rejects(
      withTransaction(db, (tx) => reserveStock(tx, { orderId: `${orderId}_new`, lines: [{ variantId, quantity: 1 }], actor: 'test' })),
      NotFound,
    );

    // The order that holds it still ships, line by line and then the rest.
    await withTransaction(db, (tx) => fulfillStock(tx, { orderId, lines: [{ variantId, quantity: 1 }] }));
    assert.deepEqual(await level(variantId), { onHand: 9, reserved: 3 });
    await withTransaction(db, (tx) => fulfillStock(tx, { orderId }));
    assert.deepEqual(await level(variantId), { onHand: 6, reserved: 0 });

    // A return goes back on the shelf it shipped from.
    const restocked = await withTransaction(db, (tx) => restockItems(tx, { orderId, lines: [{ variantId, quantity: 2 }], note: 'RMA' }));
    assert.deepEqual(restocked, [{ variantId, locationId: 'loc_default', quantity: 2 }]);
    assert.deepEqual(await level(variantId), { onHand: 8, reserved: 0 });

    // Staff can read it and write it off (or count more in).
    const read = await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers });
    assert.equal(read.statusCode, 200, read.body);
    const view = read.json<{ variantId: string; sku: string; onHand: number; locations: { locationId: string; onHand: number }[] }>();
    assert.equal(view.variantId, variantId);
    assert.equal(view.sku, sku);
    assert.equal(view.onHand, 8);
    const writeOff = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers,
      payload: { variantId, locationId: 'loc_default', delta: -8, reason: 'adjustment', note: 'discontinued' },
    });
    assert.equal(writeOff.statusCode, 201, writeOff.body);
    const found = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers,
      payload: { variantId, locationId: 'loc_default', delta: 1, reason: 'correction' },
    });
    assert.equal(found.statusCode, 201, found.body);
    const threshold = await t.app.inject({
      method: 'PATCH',
      url: `/admin/inventory/levels/${variantId}/loc_default`,
      headers,
      payload: { lowStockThreshold: null },
    });
    assert.equal(threshold.statusCode, 200, threshold.body);
    assert.deepEqual(await level(variantId), { onHand: 1, reserved: 0 });

    const ledger = await t.app.inject({ method: 'GET', url: `/admin/inventory/ledger?variantId=${variantId}&limit=100`, headers });
    assert.equal(ledger.statusCode, 200, ledger.body);
    const reasons = ledger.json<{ items: { reason: string; onHandDelta: number }[] }>().items.map((e) => `${e.reason}:${e.onHandDelta}`);
    assert.deepEqual(reasons, [
      'correction:1',
      'adjustment:-8',
      'return:2',
      'fulfillment:-3',
      'fulfillment:-1',
      'reservation:0',
      'correction:10',
    ]);

    // Ids that never existed are still 404.
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers,
      payload: { variantId: 'var_nope', locationId: 'loc_default', delta: 1, reason: 'correction' },
    });
    assert.equal(unknown.statusCode, 404, unknown.body);
    await assert.rejects(
      withTransaction(db, (tx) => restockItems(tx, { lines: [{ variantId: 'var_nope', quantity: 1 }] })),
      NotFound,
    );
    await assertLedgerMatchesLevels(db);
  });
}
