import { sql } from 'drizzle-orm';
import {
  firstRow,
  intArray,
  pgErrorCode,
  queryRows,
  textArray,
  type Db,
  type OuterJoined,
  type SqlRow,
  type Tx,
} from '../../platform/db/index.ts';
import { BadRequest, NotFound } from '../../platform/errors.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schema.ts';
import { findSellableVariants, findStockVariants, setVariantsAvailability, type StockVariant } from '../catalog/index.ts';
import { InsufficientStock, VariantNotTracked } from './inventory.errors.ts';
import type { inventoryLevels, LedgerReason, stockLocations } from './inventory.tables.ts';
import { appendLedger, type LedgerEntry } from './ledger.ts';
import { getLocation } from './locations.ts';

/** Levels per (variant, location): on_hand, reserved, available = on_hand − reserved. */

export interface LevelKey {
  variantId: string;
  locationId: string;
}

/** The canonical lock order of level rows: variant id, then location id (byte order, as `COLLATE "C"`). */
export function compareLevelKeys(a: LevelKey, b: LevelKey): number {
  if (a.variantId !== b.variantId) return a.variantId < b.variantId ? -1 : 1;
  return a.locationId < b.locationId ? -1 : a.locationId > b.locationId ? 1 : 0;
}

export interface LevelDelta extends LevelKey {
  onHandDelta: number;
  reservedDelta: number;
}

/** A level row as `lockLevels` returns it. */
export type LockedLevel = Pick<SqlRow<typeof inventoryLevels>, 'variant_id' | 'location_id' | 'on_hand' | 'reserved' | 'allow_backorder'>;

/**
 * Locks the given level rows in the one canonical order every inventory writer uses (variant id,
 * then location id, byte order), so two transactions touching the same levels queue behind each
 * other instead of deadlocking. Returns the locked rows (their latest committed state).
 */
export async function lockLevels(tx: Tx, keys: readonly LevelKey[]): Promise<LockedLevel[]> {
  if (keys.length === 0) return [];
  return queryRows(
    tx,
    sql`
    SELECT l.variant_id, l.location_id, l.on_hand, l.reserved, l.allow_backorder
    FROM inventory_levels l
    WHERE (l.variant_id, l.location_id) IN (
      SELECT * FROM unnest(${textArray(keys.map((k) => k.variantId))}, ${textArray(keys.map((k) => k.locationId))}))
    ORDER BY l.variant_id COLLATE "C", l.location_id COLLATE "C"
    FOR UPDATE OF l`,
  );
}

/**
 * Applies deltas to levels the caller has already locked (`lockLevels`), in one statement. The
 * CHECK constraints still hold the line: a delta that would oversell fails with 23514, never commits.
 */
export async function applyDeltas(tx: Tx, deltas: readonly LevelDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  const rows = await queryRows<{ variant_id: string }>(
    tx,
    sql`
    UPDATE inventory_levels l
    SET on_hand = l.on_hand + d.on_hand_delta, reserved = l.reserved + d.reserved_delta, updated_at = now()
    FROM unnest(${textArray(deltas.map((d) => d.variantId))}, ${textArray(deltas.map((d) => d.locationId))},
                ${intArray(deltas.map((d) => d.onHandDelta))}, ${intArray(deltas.map((d) => d.reservedDelta))})
         AS d(variant_id, location_id, on_hand_delta, reserved_delta)
    WHERE l.variant_id = d.variant_id AND l.location_id = d.location_id
    RETURNING l.variant_id`,
  );
  if (rows.length !== deltas.length) throw new Error('inventory: a level to change does not exist');
}

/**
 * Keeps catalog's `hasStock` right for these managed variants: true when any location has
 * available > 0 (catalog's `inStock` adds unmanaged and backorder variants on its own). Call it
 * after the level changes, in the same tx.
 */
export async function syncAvailability(tx: Tx, variantIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(variantIds)].sort();
  if (ids.length === 0) return;
  // Why the lock: two transactions computing availability from their own snapshots could commit in
  // the opposite order and leave the flag stale (one sets false from a view without the other's new
  // stock). A per-variant transaction-scoped lock, taken in id order, makes each computation see
  // every earlier writer's commit; the sums below are a new statement, so a new snapshot.
  await tx.execute(sql`
    SELECT count(pg_advisory_xact_lock(hashtextextended('stockroom.inventory:' || id, 0)))
    FROM (SELECT unnest(${textArray(ids)}) AS id ORDER BY 1) s`);
  const rows = await queryRows<{ variant_id: string; has_stock: boolean }>(
    tx,
    sql`
    SELECT variant_id, bool_or(on_hand > reserved) AS has_stock
    FROM inventory_levels WHERE variant_id = ANY(${textArray(ids)}) GROUP BY variant_id`,
  );
  const hasStock = new Map(rows.map((r) => [r.variant_id, r.has_stock]));
  await setVariantsAvailability(
    tx,
    ids.map((id) => ({ variantId: id, hasStock: hasStock.get(id) === true })),
  );
}

/**
 * Catalog variants whose stock is moved, deleted ones included (an order may still ship a variant
 * deleted since, and its stock must stay adjustable); 404 naming the first id that never existed.
 */
export async function stockVariantsOf(db: Db | Tx, variantIds: readonly string[]): Promise<Map<string, StockVariant>> {
  const variants = await findStockVariants(db, variantIds);
  const missing = variantIds.find((id) => !variants.has(id));
  if (missing !== undefined) throw new NotFound({ detail: `There is no variant ${missing}.` });
  return variants;
}

/** The catalog variant (deleted or not), managed by inventory; 404 when unknown, 409 when it does not manage inventory. */
export async function getTrackedVariant(db: Db | Tx, variantId: string): Promise<StockVariant> {
  const variant = (await stockVariantsOf(db, [variantId])).get(variantId);
  if (!variant) throw new NotFound({ detail: `There is no variant ${variantId}.` });
  if (!variant.manageInventory) throw new VariantNotTracked(variantId);
  return variant;
}

/**
 * For a write that creates a level: the location was deleted after we read it (its delete committed
 * while we waited for the level row), so the foreign key refused the new level: 404, as if we had
 * come a moment later.
 */
export function locationGone(locationId: string): (error: unknown) => never {
  return (error: unknown) => {
    if (pgErrorCode(error) === '23503') throw new NotFound({ detail: `There is no stock location ${locationId}.` });
    throw error;
  };
}

export interface AdjustStockInput {
  variantId: string;
  locationId: string;
  delta: number;
  reason: LedgerReason;
  actor: string;
  note?: string | undefined;
}

/**
 * Changes on_hand by `delta` and records it in the ledger. Never takes on_hand below 0 nor below
 * what is reserved (unless the variant allows backorders): 409 insufficient_stock instead.
 */
export async function adjustStock(tx: Tx, input: AdjustStockInput): Promise<LedgerEntry> {
  if (!Number.isInteger(input.delta) || input.delta === 0) {
    throw new BadRequest({ errors: [{ path: '/delta', message: 'must be a non-zero integer' }] });
  }
  const variant = await getTrackedVariant(tx, input.variantId);
  await getLocation(tx, input.locationId);
  const backorder = variant.allowBackorder;
  let changed: { on_hand: number }[];
  if (input.delta > 0) {
    // An increase can never break an invariant; the upsert creates the level on first adjustment.
    changed = await queryRows<{ on_hand: number }>(
      tx,
      sql`
      INSERT INTO inventory_levels (variant_id, location_id, on_hand, allow_backorder)
      VALUES (${input.variantId}, ${input.locationId}, ${input.delta}, ${backorder})
      ON CONFLICT (variant_id, location_id) DO UPDATE
      SET on_hand = inventory_levels.on_hand + EXCLUDED.on_hand, updated_at = now(),
          allow_backorder = ${backorder} OR inventory_levels.reserved > inventory_levels.on_hand + EXCLUDED.on_hand
      RETURNING on_hand`,
    ).catch(locationGone(input.locationId));
  } else {
    // Why conditional: the check (enough unreserved stock to remove) and the write are one
    // statement, so a concurrent reservation cannot slip in between and end up unbacked.
    changed = await queryRows(
      tx,
      sql`
      UPDATE inventory_levels
      SET on_hand = on_hand + ${input.delta}, updated_at = now(),
          allow_backorder = ${backorder} OR reserved > on_hand + ${input.delta}
      WHERE variant_id = ${input.variantId} AND location_id = ${input.locationId}
        AND on_hand + ${input.delta} >= 0 AND (${backorder} OR on_hand + ${input.delta} >= reserved)
      RETURNING on_hand`,
    );
    if (changed.length === 0) {
      const [level] = await queryRows<{ on_hand: number; reserved: number }>(
        tx,
        sql`
        SELECT on_hand, reserved FROM inventory_levels WHERE variant_id = ${input.variantId} AND location_id = ${input.locationId}`,
      );
      const removable = level ? (backorder ? level.on_hand : Math.max(0, level.on_hand - level.reserved)) : 0;
      throw new InsufficientStock(
        [{ variantId: input.variantId, requested: -input.delta, available: removable }],
        `Only ${removable} unreserved units can be removed at ${input.locationId}.`,
      );
    }
  }
  const entry = firstRow(
    await appendLedger(tx, [
      {
        variantId: input.variantId,
        locationId: input.locationId,
        onHandDelta: input.delta,
        reservedDelta: 0,
        reason: input.reason,
        actor: input.actor,
        note: input.note,
      },
    ]),
    'ledger insert',
  );
  await syncAvailability(tx, [input.variantId]);
  return entry;
}

export interface ReceiveStockInput {
  entries: readonly { variantId: string; locationId: string; quantity: number }[];
  reason: AdjustStockInput['reason'];
  actor: string;
  note?: string | undefined;
}

/**
 * Adds stock to many managed variants at once (imports, the demo shop): one upsert for the levels,
 * one insert for their ledger rows and one availability sync, whatever the number of entries.
 * Only increases, so no invariant can break; unknown or unmanaged variants are refused whole.
 */
export async function receiveStock(tx: Tx, input: ReceiveStockInput): Promise<number> {
  // In the canonical lock order (variant id, location id): the upsert locks rows as it meets them.
  const entries = input.entries.filter((e) => e.quantity !== 0).sort(compareLevelKeys);
  if (entries.length === 0) return 0;
  if (entries.some((e) => !Number.isInteger(e.quantity) || e.quantity < 0)) {
    throw new BadRequest({ errors: [{ path: '/quantity', message: 'must be a positive integer' }] });
  }
  const variants = await findSellableVariants(
    tx,
    entries.map((e) => e.variantId),
  );
  for (const entry of entries) {
    const variant = variants.get(entry.variantId);
    if (!variant) throw new NotFound({ detail: `There is no variant ${entry.variantId}.` });
    if (!variant.manageInventory) throw new VariantNotTracked(entry.variantId);
  }
  await tx.execute(sql`
    INSERT INTO inventory_levels (variant_id, location_id, on_hand, allow_backorder)
    SELECT * FROM unnest(
      ${sql.param(entries.map((e) => e.variantId))}::text[], ${sql.param(entries.map((e) => e.locationId))}::text[],
      ${sql.param(entries.map((e) => e.quantity))}::int[], ${sql.param(entries.map((e) => variants.get(e.variantId)?.allowBackorder === true))}::boolean[])
    ON CONFLICT (variant_id, location_id) DO UPDATE
    SET on_hand = inventory_levels.on_hand + EXCLUDED.on_hand, updated_at = now()`);
  await appendLedger(
    tx,
    entries.map((e) => ({
      variantId: e.variantId,
      locationId: e.locationId,
      onHandDelta: e.quantity,
      reservedDelta: 0,
      reason: input.reason,
      actor: input.actor,
      note: input.note,
    })),
  );
  await syncAvailability(
    tx,
    entries.map((e) => e.variantId),
  );
  return entries.length;
}

export interface LevelView {
  variantId: string;
  locationId: string;
  locationName: string;
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  allowBackorder: boolean;
  lowStockThreshold: number | null;
  updatedAt: string | null;
}

/** A level as the views select it, with its location's name: all zero/null where a location has no level yet (outer join). */
type LevelRow = Pick<SqlRow<typeof inventoryLevels>, 'variant_id' | 'location_id'> & {
  location_name: SqlRow<typeof stockLocations>['name'];
} & OuterJoined<Pick<SqlRow<typeof inventoryLevels>, 'on_hand' | 'reserved' | 'allow_backorder' | 'low_stock_threshold' | 'updated_at'>>;

/** `sku` is the catalog's SKU of the variant (its last one once the variant is deleted). */
function toLevelView(r: LevelRow, sku: string): LevelView {
  const onHand = r.on_hand ?? 0;
  const reserved = r.reserved ?? 0;
  return {
    variantId: r.variant_id,
    locationId: r.location_id,
    locationName: r.location_name,
    sku,
    onHand,
    reserved,
    available: onHand - reserved,
    allowBackorder: r.allow_backorder ?? false,
    lowStockThreshold: r.low_stock_threshold,
    updatedAt: r.updated_at === null ? null : iso(r.updated_at),
  };
}

/** Stock of one variant at every location (zeros where it has no level yet), by allocation order. */
export async function getVariantInventory(db: Db, variantId: string): Promise<{ variant: StockVariant; levels: LevelView[] }> {
  const variant = (await findStockVariants(db, [variantId])).get(variantId);
  if (!variant) throw new NotFound({ detail: `There is no variant ${variantId}.` });
  const rows = await queryRows<LevelRow>(
    db,
    sql`
    SELECT ${variantId}::text AS variant_id, s.id AS location_id, s.name AS location_name, l.on_hand, l.reserved,
           l.allow_backorder, l.low_stock_threshold, l.updated_at
    FROM stock_locations s LEFT JOIN inventory_levels l ON l.location_id = s.id AND l.variant_id = ${variantId}
    ORDER BY s.priority, s.id`,
  );
  return { variant, levels: rows.map((r) => toLevelView(r, variant.sku)) };
}

/** Sets a level's low-stock threshold (null: never low); creates the (empty) level when missing. */
export async function setLevelSettings(tx: Tx, key: LevelKey, settings: { lowStockThreshold: number | null }): Promise<LevelView> {
  const variant = await getTrackedVariant(tx, key.variantId);
  await getLocation(tx, key.locationId);
  await tx
    .execute(
      sql`
    INSERT INTO inventory_levels (variant_id, location_id, allow_backorder, low_stock_threshold)
    VALUES (${key.variantId}, ${key.locationId}, ${variant.allowBackorder}, ${settings.lowStockThreshold})
    ON CONFLICT (variant_id, location_id) DO UPDATE
    SET low_stock_threshold = EXCLUDED.low_stock_threshold, updated_at = now()`,
    )
    .catch(locationGone(key.locationId));
  const row = firstRow(
    await queryRows<LevelRow>(
      tx,
      sql`
    SELECT l.variant_id, l.location_id, s.name AS location_name, l.on_hand, l.reserved, l.allow_backorder,
           l.low_stock_threshold, l.updated_at
    FROM inventory_levels l JOIN stock_locations s ON s.id = l.location_id
    WHERE l.variant_id = ${key.variantId} AND l.location_id = ${key.locationId}`,
    ),
    'level upsert',
  );
  return toLevelView(row, variant.sku);
}

/** Levels whose available is below their threshold, one keyset page ordered by (variant, location). */
export async function listLowStock(db: Db, query: { limit?: number | undefined; cursor?: string | undefined }): Promise<Paged<LevelView>> {
  const limit = query.limit ?? 20;
  const after = cursorAfter(query.cursor, ['string', 'string']);
  const rows = await queryRows<LevelRow>(
    db,
    sql`
    SELECT l.variant_id, l.location_id, s.name AS location_name, l.on_hand, l.reserved, l.allow_backorder,
           l.low_stock_threshold, l.updated_at
    FROM inventory_levels l JOIN stock_locations s ON s.id = l.location_id
    WHERE l.low_stock_threshold IS NOT NULL AND l.on_hand - l.reserved < l.low_stock_threshold
      ${after ? sql`AND (l.variant_id, l.location_id) > (${after[0]}, ${after[1]})` : sql``}
    ORDER BY l.variant_id, l.location_id
    LIMIT ${limit + 1}`,
  );
  const page = toPage(rows, limit, (r) => [r.variant_id, r.location_id]);
  const variants = await findStockVariants(
    db,
    page.items.map((r) => r.variant_id),
  );
  return { items: page.items.map((r) => toLevelView(r, variants.get(r.variant_id)?.sku ?? '')), nextCursor: page.nextCursor };
}
