import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { inventoryLedger, type LedgerReason } from './inventory.tables.ts';

/** The stock ledger: every change of on_hand or reserved is one row, written with the level change. */

export type LedgerEntry = typeof inventoryLedger.$inferSelect;

export interface LedgerInput {
  variantId: string;
  locationId: string;
  onHandDelta: number;
  reservedDelta: number;
  reason: LedgerReason;
  actor: string;
  orderId?: string | null | undefined;
  note?: string | null | undefined;
}

/** Appends entries in one statement, inside the caller's transaction (so they commit with the levels). */
export async function appendLedger(tx: Tx, entries: readonly LedgerInput[]): Promise<LedgerEntry[]> {
  const rows = entries.filter((e) => e.onHandDelta !== 0 || e.reservedDelta !== 0);
  if (rows.length === 0) return [];
  return tx
    .insert(inventoryLedger)
    .values(
      rows.map((e) => ({
        variantId: e.variantId,
        locationId: e.locationId,
        onHandDelta: e.onHandDelta,
        reservedDelta: e.reservedDelta,
        reason: e.reason,
        actor: e.actor,
        orderId: e.orderId ?? null,
        note: e.note ?? null,
      })),
    )
    .returning();
}

export interface LedgerQuery {
  variantId?: string | undefined;
  locationId?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Movements newest first, one keyset page (by the ever-growing id, so inserts never shift a page). */
export async function listLedger(db: Db, query: LedgerQuery): Promise<Paged<LedgerEntry>> {
  const limit = query.limit ?? 20;
  const conditions: SQL[] = [];
  if (query.variantId !== undefined) conditions.push(eq(inventoryLedger.variantId, query.variantId));
  if (query.locationId !== undefined) conditions.push(eq(inventoryLedger.locationId, query.locationId));
  const [before] = cursorAfter(query.cursor, ['number']) ?? [];
  if (before !== undefined) conditions.push(lt(inventoryLedger.id, before));
  const rows = await db
    .select()
    .from(inventoryLedger)
    .where(and(...conditions))
    .orderBy(desc(inventoryLedger.id))
    .limit(limit + 1);
  return toPage(rows, limit, (e) => [e.id]);
}
