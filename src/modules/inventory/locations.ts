import { and, asc, eq, sql } from 'drizzle-orm';
import { firstRow, queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { Conflict, NotFound } from '../../platform/errors.ts';
import { assertVersion, staleOrMissing } from '../../platform/http/versioning.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { failpoint } from '../../platform/failpoints.ts';
import { newId } from '../../platform/ids.ts';
import { stockLocations } from './inventory.tables.ts';

/** Stock locations (warehouses, shops); lower `priority` is allocated first. */

export type StockLocation = typeof stockLocations.$inferSelect;

/** The location created by the migration; it always exists and cannot be deleted. */
export const DEFAULT_LOCATION_ID = 'loc_default';

export async function createLocation(tx: Tx, input: { name: string; priority?: number | undefined }): Promise<StockLocation> {
  const now = new Date();
  const row = firstRow(
    await tx
      .insert(stockLocations)
      .values({
        id: newId('loc'),
        name: input.name,
        priority: input.priority ?? 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning(),
    'insert',
  );
  return row;
}

export async function findLocation(db: Db, id: string): Promise<StockLocation | undefined> {
  const [row] = await db.select().from(stockLocations).where(eq(stockLocations.id, id));
  return row;
}

/** The location; 404 when there is none. */
export async function getLocation(db: Db, id: string): Promise<StockLocation> {
  const row = await findLocation(db, id);
  if (!row) throw new NotFound({ detail: `There is no stock location ${id}.` });
  return row;
}

/** Locations in allocation order (priority, id), one keyset page. */
export async function listLocations(
  db: Db,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<Paged<StockLocation>> {
  const limit = query.limit ?? 20;
  const after = cursorAfter(query.cursor, ['number', 'string']);
  const rows = await db
    .select()
    .from(stockLocations)
    .where(after === undefined ? undefined : sql`(${stockLocations.priority}, ${stockLocations.id}) > (${after[0]}, ${after[1]})`)
    .orderBy(asc(stockLocations.priority), asc(stockLocations.id))
    .limit(limit + 1);
  return toPage(rows, limit, (l) => [l.priority, l.id]);
}

/** Renames or re-prioritises a location; with `expectedVersion` (If-Match) the write is conditional on it. */
export async function updateLocation(
  tx: Tx,
  id: string,
  patch: { name?: string | undefined; priority?: number | undefined },
  expectedVersion?: number,
): Promise<StockLocation> {
  const [row] = await tx
    .update(stockLocations)
    .set({
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.priority === undefined ? {} : { priority: patch.priority }),
      version: sql`${stockLocations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(stockLocations.id, id), expectedVersion === undefined ? undefined : eq(stockLocations.version, expectedVersion)))
    .returning();
  if (row) return row;
  return staleOrMissing(() => getLocation(tx, id), 'stock location');
}

/**
 * Deletes a location that holds nothing (no stock on hand, nothing reserved); its empty levels go
 * with it. The ledger keeps its history.
 */
export async function deleteLocation(tx: Tx, id: string, expectedVersion?: number): Promise<void> {
  if (id === DEFAULT_LOCATION_ID) throw new Conflict({ detail: 'The default location cannot be deleted.' });
  // Lock the location first: a concurrent adjustment or reservation there then waits for us, and
  // fails on the missing location (foreign key) rather than stocking a deleted one.
  const [current] = await tx.select().from(stockLocations).where(eq(stockLocations.id, id)).for('update');
  if (!current) throw new NotFound({ detail: `There is no stock location ${id}.` });
  assertVersion(expectedVersion, current.version, 'stock location');
  // Why FOR UPDATE on the levels too: the location lock only stops new levels (their foreign key
  // check waits for it); a receipt into an existing empty level updates that row and would commit
  // between this check and the DELETE below, whose units the DELETE would then erase. With the
  // levels locked (canonical order) such a receipt waits for us and then fails on the missing location.
  const levels = await queryRows<{ on_hand: number; reserved: number }>(
    tx,
    sql`
    SELECT on_hand, reserved FROM inventory_levels WHERE location_id = ${id}
    ORDER BY variant_id COLLATE "C" FOR UPDATE`,
  );
  const [reservations] = await queryRows<{ n: number }>(
    tx,
    sql`
    SELECT count(*)::int AS n FROM inventory_reservations WHERE location_id = ${id}`,
  );
  if (levels.some((l) => l.on_hand !== 0 || l.reserved !== 0))
    throw new Conflict({ detail: 'The location still holds stock; move or adjust it to zero first.' });
  if ((reservations?.n ?? 0) > 0)
    throw new Conflict({ detail: 'Orders have reserved stock at this location; it is kept for their history.' });
  await failpoint('inventory.location.delete.checked');
  // Why conditional: a backstop for the check above. A level that still held anything would stay,
  // and the location's DELETE would then fail on its foreign key instead of erasing stock.
  await tx.execute(sql`DELETE FROM inventory_levels WHERE location_id = ${id} AND on_hand = 0 AND reserved = 0`);
  await tx.delete(stockLocations).where(eq(stockLocations.id, id));
}
