import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { Response as LightMyRequestResponse } from 'light-my-request';
import { queryRows } from '../src/platform/db/index.ts';
import { setFailpointHook } from '../src/platform/failpoints.ts';
import { verifyInventory } from '../src/modules/inventory/index.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import { assertLedgerMatchesLevels, setStock } from './support/inventory.ts';

// Deleting a location races a stock receipt there. Only server PostgreSQL runs them concurrently.
const skip = !TEST_DATABASE_URL;

test('a stock receipt committing while a location is being deleted is never erased', { skip }, async () => {
  const t = await startTestApp();
  const token = await createStaffToken(t, 'admin');
  const headers = { authorization: `Bearer ${token}` };
  const db = t.database.db;

  for (let round = 0; round < 3; round += 1) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/admin/stock-locations',
      headers,
      payload: { name: `Shop ${round}`, priority: 5 },
    });
    assert.equal(created.statusCode, 201, created.body);
    const locationId = created.json<{ id: string }>().id;
    const variantId = (await createProduct(t, token)).variants[0]?.id;
    assert.ok(variantId);
    // An empty level at the location (stocked once, then emptied): the delete may remove it.
    await setStock(t, token, variantId, 3, locationId);
    await setStock(t, token, variantId, 0, locationId);

    // The receipt is sent exactly when the delete has checked that the location is empty, and the
    // delete goes on once the receipt has either committed or is waiting for one of its locks.
    let receipt: Promise<LightMyRequestResponse> | undefined;
    setFailpointHook('inventory.location.delete.checked', async () => {
      const sent = t.app.inject({
        method: 'POST',
        url: '/admin/inventory/adjustments',
        headers,
        payload: { variantId, locationId, delta: 5, reason: 'adjustment' },
      });
      receipt = sent;
      let done = false;
      void sent.finally(() => {
        done = true;
      });
      for (let i = 0; i < 600 && !done; i += 1) {
        const [waiting] = await queryRows<{ n: number }>(
          db,
          sql`
          SELECT count(*)::int AS n FROM pg_locks
          WHERE NOT granted AND pid IN (SELECT pid FROM pg_locks WHERE relation = 'inventory_levels'::regclass)`,
        );
        if ((waiting?.n ?? 0) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    let deleted;
    try {
      deleted = await t.app.inject({ method: 'DELETE', url: `/admin/stock-locations/${locationId}`, headers });
    } finally {
      setFailpointHook('inventory.location.delete.checked', undefined);
    }
    assert.ok(receipt, 'the delete reached its check');
    const received = await receipt;

    const [level] = await queryRows<{ on_hand: number }>(
      db,
      sql`
      SELECT on_hand FROM inventory_levels WHERE variant_id = ${variantId} AND location_id = ${locationId}`,
    );
    const [location] = await queryRows<{ id: string }>(db, sql`SELECT id FROM stock_locations WHERE id = ${locationId}`);
    if (received.statusCode === 201) {
      // The receipt won: the units are there, so the location was not deleted.
      assert.equal(deleted.statusCode, 409, `delete answered ${deleted.statusCode} after a receipt of 5 committed`);
      assert.equal(level?.on_hand, 5);
      assert.ok(location);
    } else {
      // The delete won: the receipt was refused whole, nothing was recorded for it.
      assert.equal(deleted.statusCode, 204, deleted.body);
      assert.equal(received.statusCode, 404, received.body);
      assert.match(String(received.headers['content-type']), /^application\/problem\+json/);
      assert.equal(level, undefined);
      assert.equal(location, undefined);
    }
    assert.deepEqual(await verifyInventory(db), { ok: true, problems: [] });
    await assertLedgerMatchesLevels(db);
  }
});
