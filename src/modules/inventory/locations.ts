import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { Conflict, NotFound, PreconditionFailed } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import { stockLocations } from './inventory.tables.ts';

/** Stock locations (warehouses, shops); lower `priority` is allocated first. */

export type StockLocation = typeof stockLocations.$inferSelect;

/** The location created by the migration; it always exists and cannot be deleted. */
export const DEFAULT_LOCATION_ID = 'loc_default';

export async function createLocation(tx: Tx, input: { name: string; priority?: number | undefined }): Promise<StockLocation> {
  const now = new Date();
  const [row] = await tx.insert(stockLocations).values({
    id: newId('loc'), name: input.name, priority: input.priority ?? 0, version: 1, createdAt: now, updatedAt: now,
  }).returning();
  if (!row) throw new Error('insert returned no row');
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
export async function listLocations(db: Db, query: { limit?: number | undefined; cursor?: string | undefined }): Promise<{ items: StockLocation[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
  const rows = await db.select().from(stockLocations)
    .where(after === undefined ? undefined : sql`(${stockLocations.priority}, ${stockLocations.id}) > (${Number(after[0])}, ${String(after[1])})`)
    .orderBy(asc(stockLocations.priority), asc(stockLocations.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.priority, last.id]) : null };
}

/** Renames or re-prioritises a location; with `expectedVersion` (If-Match) the write is conditional on it. */
export async function updateLocation(
  tx: Tx, id: string, patch: { name?: string | undefined; priority?: number | undefined }, expectedVersion?: number,
): Promise<StockLocation> {
  const [row] = await tx.update(stockLocations)
    .set({
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.priority === undefined ? {} : { priority: patch.priority }),
      version: sql`${stockLocations.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(stockLocations.id, id), expectedVersion === undefined ? undefined : eq(stockLocations.version, expectedVersion)))
    .returning();
  if (row) return row;
  await getLocation(tx, id);
  throw new PreconditionFailed({ detail: 'The stock location has changed since you read it.' });
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
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new PreconditionFailed({ detail: `The stock location is at version ${current.version}; read it again and retry.` });
  }
  const [held] = await queryRows<{ n: number }>(tx, sql`
    SELECT count(*)::int AS n FROM inventory_levels WHERE location_id = ${id} AND (on_hand <> 0 OR reserved <> 0)`);
  const [reservations] = await queryRows<{ n: number }>(tx, sql`
    SELECT count(*)::int AS n FROM inventory_reservations WHERE location_id = ${id}`);
  if ((held?.n ?? 0) > 0) throw new Conflict({ detail: 'The location still holds stock; move or adjust it to zero first.' });
  if ((reservations?.n ?? 0) > 0) throw new Conflict({ detail: 'Orders have reserved stock at this location; it is kept for their history.' });
  await tx.execute(sql`DELETE FROM inventory_levels WHERE location_id = ${id}`);
  await tx.delete(stockLocations).where(eq(stockLocations.id, id));
}
