import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { queryRows } from '../../platform/db/index.ts';
import { loadConfig } from '../../platform/config.ts';
import type { CommandContext } from '../../platform/module.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { openSecondHandle, TEST_DATABASE_URL } from '../../../test/support/database.ts';
import { assertLedgerMatchesLevels } from '../../../test/support/inventory.ts';
import { listVariantIds } from '../catalog/index.ts';
import { modules } from '../index.ts';
import { demoQuantity, DEMO_STOCK_NOTE } from './demo.ts';
import { DEFAULT_LOCATION_ID, inventoryModule, verifyInventory } from './index.ts';

const t = await startTestApp();
const db = t.database.db;

function contextWith(demoData: boolean, database = t.database): CommandContext {
  return {
    db: database.db,
    database,
    config: loadConfig({ NODE_ENV: 'test', STOCKROOM_DEMO_DATA: String(demoData) }),
    log: pino({ level: 'silent' }),
    print: () => undefined,
  };
}

/**
 * Every bootstrap in module order, as `startServer` runs them. With `racing`, inventory's runs
 * twice at once (through a second handle on PostgreSQL), as on two processes starting together.
 */
async function start(context: CommandContext, racing?: CommandContext): Promise<void> {
  for (const module of modules) {
    if (racing && module === inventoryModule) await Promise.all([module.bootstrap?.(context), module.bootstrap?.(racing)]);
    else await module.bootstrap?.(context);
  }
}

async function allManagedVariantIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = await listVariantIds(db, { isManagedOnly: true, limit: 250 }); page.length > 0;) {
    ids.push(...page);
    page = await listVariantIds(db, { isManagedOnly: true, limit: 250, after: page.at(-1) ?? '' });
  }
  return ids;
}

const ledgerRows = async () =>
  queryRows<{ variant_id: string; location_id: string; on_hand_delta: number; reason: string; note: string | null }>(
    db,
    sql`
  SELECT variant_id, location_id, on_hand_delta, reason, note FROM inventory_ledger ORDER BY variant_id`,
  );

test('a first demo start stocks every managed variant of the demo catalog, once', async () => {
  await inventoryModule.bootstrap?.(contextWith(true)); // an empty catalog: nothing to stock
  await start(contextWith(false)); // demo data off: no catalog, no stock
  assert.deepEqual(await ledgerRows(), []);

  // Catalog loads the demo catalog first, then inventory stocks it (twice at once: still once).
  const second = TEST_DATABASE_URL ? await openSecondHandle(t.testDatabase) : t.database;
  await start(contextWith(true), contextWith(true, second));
  const managed = await allManagedVariantIds();
  assert.ok(managed.length > 100, `the demo catalog has managed variants (${managed.length})`);
  const [unmanaged] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM product_variants WHERE NOT manage_inventory`);
  assert.ok((unmanaged?.n ?? 0) > 0, 'the demo catalog also has unmanaged variants');

  const expected = managed.map((id) => ({ id, quantity: demoQuantity(id) })).filter((v) => v.quantity > 0);
  assert.ok(expected.length < managed.length, 'a few variants start out of stock');
  const levels = await queryRows<{ variant_id: string; location_id: string; on_hand: number; reserved: number }>(
    db,
    sql`
    SELECT variant_id, location_id, on_hand, reserved FROM inventory_levels ORDER BY variant_id`,
  );
  assert.deepEqual(
    levels,
    expected.map((v) => ({ variant_id: v.id, location_id: DEFAULT_LOCATION_ID, on_hand: v.quantity, reserved: 0 })),
  );
  const ledger = await ledgerRows();
  assert.deepEqual(
    ledger,
    expected.map((v) => ({
      variant_id: v.id,
      location_id: DEFAULT_LOCATION_ID,
      on_hand_delta: v.quantity,
      reason: 'import',
      note: DEMO_STOCK_NOTE,
    })),
  );
  assert.deepEqual(await verifyInventory(db), { ok: true, problems: [] });
  await assertLedgerMatchesLevels(db);

  // The store shows it: stocked variants are in stock, the zero-quantity ones are not.
  const [product] = await queryRows<{ handle: string }>(
    db,
    sql`
    SELECT p.handle FROM products p JOIN product_variants v ON v.product_id = p.id
    WHERE p.status = 'published' AND v.manage_inventory
    GROUP BY p.handle HAVING count(*) > 1 ORDER BY p.handle LIMIT 1`,
  );
  assert.ok(product);
  const detail = await t.app.inject({ method: 'GET', url: `/store/products/${product.handle}` });
  const variants = detail.json<{ variants: { id: string; inStock: boolean }[] }>().variants;
  assert.deepEqual(
    variants.map((v) => v.inStock),
    variants.map((v) => demoQuantity(v.id) > 0),
  );

  await start(contextWith(true)); // a second start changes nothing
  assert.deepEqual(await ledgerRows(), ledger);
});
