import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db } from '../../platform/db/index.ts';
import { failpoint } from '../../platform/failpoints.ts';
import type { CommandContext } from '../../platform/module.ts';
import { listVariantIds } from '../catalog/index.ts';
import { receiveStock } from './levels.ts';
import { DEFAULT_LOCATION_ID } from './locations.ts';

/**
 * The demo shop's stock: every managed variant of the catalog gets 0…40 units at the default
 * location, through the same bulk receiving service (and ledger) as any other stock. Loaded when the
 * ledger is empty, all in one transaction: a start killed halfway leaves no stock behind and the next
 * start (the ledger still empty) stocks the whole catalog. It runs after catalog's bootstrap, so a
 * fresh demo shop opens with stock.
 */

const BATCH_SIZE = 500;
export const DEMO_STOCK_NOTE = 'demo stock';

/** The demo quantity of a variant: 0…40, the same on every run (0 for about one variant in 41). */
export function demoQuantity(variantId: string): number {
  return createHash('sha256').update(variantId).digest().readUInt32BE(0) % 41;
}

/** Stocks the demo catalog when the ledger is empty; returns how many variants got stock (0: nothing to do). */
export async function loadDemoStock(db: Db): Promise<number> {
  return withTransaction(db, async (tx) => {
    // Serialises concurrent first starts on one database; released at commit. The second start
    // then finds the ledger written and stocks nothing.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('stockroom.demo.inventory'))`);
    const [ledger] = await queryRows<{ has_rows: boolean }>(tx, sql`SELECT EXISTS (SELECT 1 FROM inventory_ledger) AS has_rows`);
    if (ledger?.has_rows !== false) return 0;
    let stocked = 0;
    let after: string | undefined;
    for (;;) {
      const ids = await listVariantIds(tx, { isManagedOnly: true, limit: BATCH_SIZE, ...(after === undefined ? {} : { after }) });
      if (ids.length === 0) break;
      after = ids.at(-1);
      // A few variants start out of stock (quantity 0: no level, no ledger row).
      const entries = ids.map((id) => ({ variantId: id, locationId: DEFAULT_LOCATION_ID, quantity: demoQuantity(id) }));
      stocked += await receiveStock(tx, { entries, reason: 'import', actor: 'system', note: DEMO_STOCK_NOTE });
      await failpoint('demo.inventory.batch');
    }
    return stocked;
  });
}

/** Gives the demo catalog stock on a start with STOCKROOM_DEMO_DATA=true and an empty ledger. */
export async function bootstrapDemoStock(context: CommandContext): Promise<void> {
  if (!context.config.demoData) return;
  const variants = await loadDemoStock(context.db);
  if (variants > 0) context.log.info({ variants }, 'stocked the demo catalog');
}
