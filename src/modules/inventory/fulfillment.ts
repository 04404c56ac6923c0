import { sql } from 'drizzle-orm';
import { queryRows, textArray, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { Conflict } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { InsufficientStock, type ShortLine } from './inventory.errors.ts';
import type { inventoryReservations } from './inventory.tables.ts';
import { appendLedger } from './ledger.ts';
import { applyDeltas, compareLevelKeys, locationGone, lockLevels, stockVariantsOf, syncAvailability } from './levels.ts';
import { getLocation } from './locations.ts';
import { mergeLines, type StockLine } from './reservations.ts';

/** Shipping reserved stock (on_hand and reserved both drop) and taking returns back (on_hand rises). */

export interface FulfillStockInput {
  orderId: string;
  /** What ships; omitted: everything the order still holds. */
  lines?: readonly StockLine[] | undefined;
  /** Ship from this location first when the order holds stock there. */
  locationId?: string | undefined;
  actor?: string | undefined;
}

type HeldRow = Pick<SqlRow<typeof inventoryReservations>, 'id' | 'variant_id' | 'location_id' | 'quantity'>;

/**
 * Ships reserved units: each line is taken from the order's active reservations (preferred location
 * first, then by priority); on_hand and reserved drop together, so available does not change.
 * 409 when the order holds fewer units than asked; insufficient_stock when a backordered unit has
 * not arrived yet (on_hand would go below 0).
 */
export async function fulfillStock(
  tx: Tx,
  input: FulfillStockInput,
): Promise<{ variantId: string; locationId: string; quantity: number }[]> {
  // Why FOR UPDATE: two fulfilments (or a fulfilment and a cancel) of one order must not both
  // consume the same reservation; locking the order's rows first makes the second see the first.
  const held = await queryRows<HeldRow>(
    tx,
    sql`
    SELECT r.id, r.variant_id, r.location_id, r.quantity
    FROM inventory_reservations r JOIN stock_locations s ON s.id = r.location_id
    WHERE r.order_id = ${input.orderId} AND r.status = 'active'
    ORDER BY r.variant_id, (r.location_id = ${input.locationId ?? ''}) DESC, s.priority, s.id, r.id
    FOR UPDATE OF r`,
  );
  const lines = input.lines ? mergeLines(input.lines) : mergeLines(held.map((h) => ({ variantId: h.variant_id, quantity: h.quantity })));
  if (lines.length === 0) return [];
  // Deleted variants included: an order placed before the variant was deleted still ships.
  const variants = input.lines
    ? await stockVariantsOf(
        tx,
        lines.map((l) => l.variantId),
      )
    : undefined;

  const whole: string[] = [];
  const partial: { row: HeldRow; take: number }[] = [];
  const perLevel = new Map<string, { variantId: string; locationId: string; quantity: number }>();
  for (const line of lines) {
    const rows = held.filter((h) => h.variant_id === line.variantId);
    const holds = rows.reduce((n, r) => n + r.quantity, 0);
    if (holds === 0 && variants?.get(line.variantId)?.manageInventory === false) continue; // not tracked
    if (holds < line.quantity) {
      throw new Conflict({ detail: `Order ${input.orderId} holds ${holds} of variant ${line.variantId}, not ${line.quantity}.` });
    }
    let remaining = line.quantity;
    for (const row of rows) {
      if (remaining === 0) break;
      const take = Math.min(remaining, row.quantity);
      if (take === row.quantity) whole.push(row.id);
      else partial.push({ row, take });
      remaining -= take;
      const key = `${row.variant_id} ${row.location_id}`;
      const at = perLevel.get(key) ?? { variantId: row.variant_id, locationId: row.location_id, quantity: 0 };
      at.quantity += take;
      perLevel.set(key, at);
    }
  }
  if (whole.length > 0) {
    await tx.execute(sql`UPDATE inventory_reservations SET status = 'fulfilled', updated_at = now() WHERE id = ANY(${textArray(whole)})`);
  }
  for (const { row, take } of partial) {
    await tx.execute(sql`UPDATE inventory_reservations SET quantity = quantity - ${take}, updated_at = now() WHERE id = ${row.id}`);
    await tx.execute(sql`
      INSERT INTO inventory_reservations (id, order_id, variant_id, location_id, quantity, status)
      VALUES (${newId('res')}, ${input.orderId}, ${row.variant_id}, ${row.location_id}, ${take}, 'fulfilled')`);
  }
  const shipped = [...perLevel.values()];
  const levels = await lockLevels(tx, shipped);
  const short: ShortLine[] = [];
  for (const s of shipped) {
    const level = levels.find((l) => l.variant_id === s.variantId && l.location_id === s.locationId);
    if (!level || level.on_hand < s.quantity) short.push({ variantId: s.variantId, requested: s.quantity, available: level?.on_hand ?? 0 });
  }
  if (short.length > 0) throw new InsufficientStock(short, 'Backordered units have not arrived yet.');
  await applyDeltas(
    tx,
    shipped.map((s) => ({ variantId: s.variantId, locationId: s.locationId, onHandDelta: -s.quantity, reservedDelta: -s.quantity })),
  );
  await appendLedger(
    tx,
    shipped.map((s) => ({
      variantId: s.variantId,
      locationId: s.locationId,
      onHandDelta: -s.quantity,
      reservedDelta: -s.quantity,
      reason: 'fulfillment' as const,
      actor: input.actor ?? 'system',
      orderId: input.orderId,
    })),
  );
  return shipped;
}

export interface RestockItemsInput {
  orderId?: string | undefined;
  lines: readonly (StockLine & { locationId?: string | undefined })[];
  actor?: string | undefined;
  note?: string | undefined;
}

/**
 * Puts returned units back on hand: at the line's location, else where the order shipped them
 * from, else the first location by priority. Unmanaged variants are skipped.
 */
export async function restockItems(
  tx: Tx,
  input: RestockItemsInput,
): Promise<{ variantId: string; locationId: string; quantity: number }[]> {
  if (input.lines.length === 0) return [];
  mergeLines(input.lines); // validates quantities
  const variants = await stockVariantsOf(
    tx,
    input.lines.map((l) => l.variantId),
  ); // deleted ones too
  const shippedFrom = new Map<string, string>();
  if (input.orderId !== undefined) {
    const rows = await queryRows<{ variant_id: string; location_id: string }>(
      tx,
      sql`
      SELECT DISTINCT ON (variant_id) variant_id, location_id FROM inventory_reservations
      WHERE order_id = ${input.orderId} AND status = 'fulfilled' ORDER BY variant_id, created_at, id`,
    );
    for (const r of rows) shippedFrom.set(r.variant_id, r.location_id);
  }
  const [first] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM stock_locations ORDER BY priority, id LIMIT 1`);
  const perLevel = new Map<string, { variantId: string; locationId: string; quantity: number }>();
  for (const line of input.lines) {
    if (variants.get(line.variantId)?.manageInventory !== true) continue;
    if (line.locationId !== undefined) await getLocation(tx, line.locationId);
    const locationId = line.locationId ?? shippedFrom.get(line.variantId) ?? first?.id;
    if (locationId === undefined) throw new Conflict({ detail: 'There is no stock location to restock into.' });
    const key = `${line.variantId} ${locationId}`;
    const at = perLevel.get(key) ?? { variantId: line.variantId, locationId, quantity: 0 };
    at.quantity += line.quantity;
    perLevel.set(key, at);
  }
  const restocked = [...perLevel.values()].sort(compareLevelKeys); // the canonical lock order
  for (const r of restocked) {
    const variant = variants.get(r.variantId);
    // An increase never breaks an invariant; the upsert creates the level if the location had none.
    await tx
      .execute(
        sql`
      INSERT INTO inventory_levels (variant_id, location_id, on_hand, allow_backorder)
      VALUES (${r.variantId}, ${r.locationId}, ${r.quantity}, ${variant?.allowBackorder === true})
      ON CONFLICT (variant_id, location_id) DO UPDATE
      SET on_hand = inventory_levels.on_hand + EXCLUDED.on_hand, updated_at = now()`,
      )
      .catch(locationGone(r.locationId));
  }
  await appendLedger(
    tx,
    restocked.map((r) => ({
      variantId: r.variantId,
      locationId: r.locationId,
      onHandDelta: r.quantity,
      reservedDelta: 0,
      reason: 'return' as const,
      actor: input.actor ?? 'system',
      orderId: input.orderId,
      note: input.note,
    })),
  );
  await syncAvailability(
    tx,
    restocked.map((r) => r.variantId),
  );
  return restocked;
}
