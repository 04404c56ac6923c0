import { sql } from 'drizzle-orm';
import { queryRows, textArray, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { BadRequest, NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findSellableVariants, type SellableVariant } from '../catalog/index.ts';
import { InsufficientStock, type ShortLine } from './inventory.errors.ts';
import type { inventoryReservations, ReservationStatus } from './inventory.tables.ts';
import { appendLedger, type LedgerInput } from './ledger.ts';
import { applyDeltas, lockLevels, syncAvailability } from './levels.ts';

/**
 * Reservations: stock held for an order at a location. Taking stock is always a conditional UPDATE
 * inside the caller's transaction, so reserved ≤ on_hand holds after commit under any concurrency.
 */

export interface StockLine {
  variantId: string;
  quantity: number;
}

export interface Reservation {
  id: string;
  orderId: string;
  variantId: string;
  locationId: string;
  quantity: number;
  status: ReservationStatus;
}

export interface ReserveStockInput {
  orderId: string;
  lines: readonly StockLine[];
  /** Who causes the movement, for the ledger (e.g. `customer:cus_…`, `system`). */
  actor: string;
}

/** Sums duplicate variants and sorts by variant id: the canonical lock order across transactions. */
export function mergeLines(lines: readonly StockLine[], path = '/lines'): StockLine[] {
  const merged = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      throw new BadRequest({ errors: [{ path: `${path}/${i}/quantity`, message: 'must be a positive integer' }] });
    }
    merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  });
  return [...merged].sort(([a], [b]) => compareIds(a, b)).map(([variantId, quantity]) => ({ variantId, quantity }));
}

/** Catalog variants for these lines; 404 naming the first unknown one. */
export async function sellableVariantsOf(tx: Tx, lines: readonly StockLine[]): Promise<Map<string, SellableVariant>> {
  const variants = await findSellableVariants(
    tx,
    lines.map((l) => l.variantId),
  );
  const missing = lines.find((l) => !variants.has(l.variantId));
  if (missing) throw new NotFound({ detail: `There is no variant ${missing.variantId}.` });
  return variants;
}

interface Take {
  locationId: string;
  quantity: number;
  /** The part that must come out of available stock; the rest (backorder) may exceed on_hand. */
  fromStock: number;
}

interface Allocation {
  takes: Take[];
  short: ShortLine | undefined;
}

/**
 * Splits `quantity` over locations in allocation order; with `backorderAt`, whatever no location
 * holds goes on that location as a backorder.
 */
function plan(
  levels: readonly { locationId: string; available: number }[],
  quantity: number,
  backorderAt: string | undefined,
): { takes: Take[]; missing: number } {
  const takes: Take[] = [];
  let remaining = quantity;
  for (const level of levels) {
    if (remaining === 0) break;
    const take = Math.min(remaining, Math.max(0, level.available));
    if (take > 0) takes.push({ locationId: level.locationId, quantity: take, fromStock: take });
    remaining -= take;
  }
  if (remaining > 0 && backorderAt !== undefined) {
    const existing = takes.find((t) => t.locationId === backorderAt);
    if (existing) {
      existing.quantity += remaining;
    } else {
      // Insert it at its place in allocation order (the order takes are listed and reported in).
      const order = levels.map((l) => l.locationId);
      const at = takes.findIndex((t) => order.indexOf(t.locationId) > order.indexOf(backorderAt));
      takes.splice(at === -1 ? takes.length : at, 0, { locationId: backorderAt, quantity: remaining, fromStock: 0 });
    }
    remaining = 0;
  }
  return { takes, missing: remaining };
}

/** Applies one take; false when the conditional UPDATE found too little stock (a stale read). */
async function applyTake(tx: Tx, variant: SellableVariant, take: Take): Promise<boolean> {
  if (take.fromStock === 0) {
    // A pure backorder may exceed on_hand, so it needs no condition; the upsert creates the level.
    // The CHECK allows it only because the same statement sets allow_backorder.
    await tx.execute(sql`
      INSERT INTO inventory_levels (variant_id, location_id, reserved, allow_backorder)
      VALUES (${variant.id}, ${take.locationId}, ${take.quantity}, true)
      ON CONFLICT (variant_id, location_id) DO UPDATE
      SET reserved = inventory_levels.reserved + EXCLUDED.reserved, allow_backorder = true, updated_at = now()`);
    return true;
  }
  // Why conditional: the availability check and the increment are one statement. Under READ
  // COMMITTED a concurrent writer of this row makes us wait, then PostgreSQL re-evaluates the WHERE
  // against the committed row, so two buyers can never both take the last unit (0 rows = too little).
  const rows = await queryRows<{ reserved: number }>(
    tx,
    sql`
    UPDATE inventory_levels
    SET reserved = reserved + ${take.quantity}, allow_backorder = ${variant.allowBackorder}, updated_at = now()
    WHERE variant_id = ${variant.id} AND location_id = ${take.locationId} AND on_hand - reserved >= ${take.fromStock}
    RETURNING reserved`,
  );
  return rows.length > 0;
}

/** Thrown inside the reservation's savepoint when an unlocked read turned out stale: start again, locking first. */
class StaleRead extends Error {}

/**
 * Takes one line. Lock order (the one every inventory writer uses): levels by (variant id, location
 * id). A variant stocked at one location takes the fast path: one conditional UPDATE from an
 * unlocked read. Otherwise (several locations, or not enough by the read), the variant's levels are
 * locked first, in location id order, and allocated by priority from their exact state, so a
 * rejection is never false. With `lockFirst` (a retry after a stale read) every line locks first.
 */
async function allocateLine(tx: Tx, variant: SellableVariant, quantity: number, lockFirst: boolean): Promise<Allocation> {
  const rows = await queryRows<{ location_id: string; available: number | null }>(
    tx,
    sql`
    SELECT s.id AS location_id, l.on_hand - l.reserved AS available
    FROM stock_locations s LEFT JOIN inventory_levels l ON l.location_id = s.id AND l.variant_id = ${variant.id}
    ORDER BY s.priority, s.id`,
  );
  // A backorder waits at the first location that stocks the variant (else the first location).
  const backorderAt = variant.allowBackorder ? (rows.find((r) => r.available !== null) ?? rows[0])?.location_id : undefined;
  const stocked = rows.filter((r) => r.available !== null).length;
  if (!lockFirst && stocked <= 1) {
    const fast = plan(
      rows.map((r) => ({ locationId: r.location_id, available: r.available ?? 0 })),
      quantity,
      backorderAt,
    );
    const [take, ...more] = fast.takes;
    if (fast.missing === 0 && take && more.length === 0) {
      // A failed conditional UPDATE still holds its row (READ COMMITTED re-check locks it), and a
      // level may have appeared at a location we did not read: rather than lock more rows around it
      // out of order, the whole reservation rolls back to its savepoint and starts again locking first.
      if (!(await applyTake(tx, variant, take))) throw new StaleRead();
      return { takes: [take], short: undefined };
    }
  }

  // Exact path. Why FOR UPDATE: with the variant's level rows locked nobody can change them until we
  // commit, so this read is the truth and the plan holds. Locked in location id order (the canonical
  // order), allocated in priority order.
  const locked = await queryRows<{ location_id: string; available: number; priority: number }>(
    tx,
    sql`
    SELECT l.location_id, l.on_hand - l.reserved AS available, s.priority
    FROM inventory_levels l JOIN stock_locations s ON s.id = l.location_id
    WHERE l.variant_id = ${variant.id}
    ORDER BY l.location_id COLLATE "C"
    FOR UPDATE OF l`,
  );
  locked.sort((a, b) => a.priority - b.priority || compareIds(a.location_id, b.location_id));
  const exact = plan(
    locked.map((r) => ({ locationId: r.location_id, available: r.available })),
    quantity,
    backorderAt,
  );
  if (exact.missing > 0) {
    const available = locked.reduce((n, r) => n + Math.max(0, r.available), 0);
    return { takes: [], short: { variantId: variant.id, requested: quantity, available } };
  }
  for (const take of exact.takes) {
    if (!(await applyTake(tx, variant, take))) throw new Error(`inventory: locked level of ${variant.id} changed under us`);
  }
  return { takes: exact.takes, short: undefined };
}

/** Code-unit order of ids, the same as PostgreSQL's `COLLATE "C"`. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The common case in a fixed number of statements whatever the line count (checkout's statement
 * budget): one read of every line's levels, a plan from it, and one conditional UPDATE for all the
 * takes. Backorder variants or a line the read says is short give up before locking anything and
 * leave every line to the per-line path of `allocateLine`, which decides exactly. A level the UPDATE
 * finds changed (a stale read) throws StaleRead: the reservation rolls back to its savepoint, which
 * releases the rows this statement locked, and starts again locking first, so no lock is ever taken
 * out of the canonical order after this one. Returns every line's allocation, or none.
 */
async function allocateAllAtOnce(
  tx: Tx,
  variants: Map<string, SellableVariant>,
  lines: readonly StockLine[],
): Promise<Map<string, Allocation>> {
  const none = new Map<string, Allocation>();
  // One line is already two statements on the per-line path; the batch pays off from two lines on.
  if (lines.length < 2 || lines.some((l) => variants.get(l.variantId)?.allowBackorder !== false)) return none;
  // Allocation order (priority, then id) for the plan; this read locks nothing.
  const rows = await queryRows<{ variant_id: string; location_id: string; available: number | null }>(
    tx,
    sql`
    SELECT v.id AS variant_id, s.id AS location_id, l.on_hand - l.reserved AS available
    FROM unnest(${textArray(lines.map((l) => l.variantId))}) AS v(id) CROSS JOIN stock_locations s
    LEFT JOIN inventory_levels l ON l.location_id = s.id AND l.variant_id = v.id
    ORDER BY v.id, s.priority, s.id`,
  );
  const plans = new Map<string, Take[]>();
  for (const line of lines) {
    const levels = rows
      .filter((r) => r.variant_id === line.variantId)
      .map((r) => ({ locationId: r.location_id, available: r.available ?? 0 }));
    const { takes, missing } = plan(levels, line.quantity, undefined);
    if (missing > 0) return none;
    plans.set(line.variantId, takes);
  }
  const all = [...plans].flatMap(([variantId, takes]) => takes.map((t) => ({ variantId, ...t })));
  const wanted = sql`VALUES ${sql.join(
    all.map((t) => sql`(${t.variantId}, ${t.locationId}, ${t.quantity}::int)`),
    sql`, `,
  )}`;
  // Why this shape: `locked` takes the level rows in the canonical order every inventory writer uses
  // (variant id, then location id, byte order — see lockLevels), so this batch cannot deadlock with
  // another batch, the per-line path, fulfilment or a restock; the UPDATE is conditional per row
  // (under READ COMMITTED PostgreSQL re-checks the WHERE against the latest committed row), so no
  // level ends with reserved > on_hand. Fewer rows than takes means the read was stale.
  const done = await queryRows<{ variant_id: string }>(
    tx,
    sql`
    WITH wanted (variant_id, location_id, quantity) AS (${wanted}),
    locked AS MATERIALIZED (
      SELECT l.variant_id, l.location_id FROM inventory_levels l
      JOIN wanted w ON w.variant_id = l.variant_id AND w.location_id = l.location_id
      ORDER BY l.variant_id COLLATE "C", l.location_id COLLATE "C"
      FOR UPDATE OF l
    )
    UPDATE inventory_levels l SET reserved = l.reserved + w.quantity, allow_backorder = false, updated_at = now()
    FROM wanted w, locked k
    WHERE w.variant_id = l.variant_id AND w.location_id = l.location_id
      AND k.variant_id = l.variant_id AND k.location_id = l.location_id
      AND l.on_hand - l.reserved >= w.quantity
    RETURNING l.variant_id`,
  );
  if (done.length !== all.length) throw new StaleRead();
  return new Map([...plans].map(([variantId, takes]) => [variantId, { takes, short: undefined }]));
}

/**
 * Reserves every line for an order, splitting over locations by priority, or none of them:
 * InsufficientStock lists each short line. Unmanaged variants are not tracked (no-op); backorder
 * variants may reserve beyond on_hand. Runs inside the caller's transaction (in a savepoint, so a
 * caller that catches the error is not left holding half the lines).
 */
export async function reserveStock(tx: Tx, input: ReserveStockInput): Promise<Reservation[]> {
  const lines = mergeLines(input.lines);
  if (lines.length === 0) return [];
  const variants = await sellableVariantsOf(tx, lines);
  const managed = lines.filter((l) => variants.get(l.variantId)?.manageInventory === true);
  if (managed.length === 0) return [];
  const attempt = (lockFirst: boolean) =>
    tx.transaction(async (sp) => {
      const short: ShortLine[] = [];
      const reservations: Reservation[] = [];
      const ledger: LedgerInput[] = [];
      // The batch covers every line, or gives up before locking anything, or throws StaleRead: the
      // per-line path never locks after it. On the retry after a stale read every line locks first.
      const batched = lockFirst ? new Map<string, Allocation>() : await allocateAllAtOnce(sp, variants, managed);
      for (const line of managed) {
        // sorted by variant id: the canonical lock order
        const variant = variants.get(line.variantId);
        if (!variant) continue;
        const allocation = batched.get(line.variantId) ?? (await allocateLine(sp, variant, line.quantity, lockFirst));
        if (allocation.short) {
          short.push(allocation.short);
          continue;
        }
        const byLocation = new Map<string, { quantity: number; backorder: boolean }>();
        for (const take of allocation.takes) {
          const at = byLocation.get(take.locationId) ?? { quantity: 0, backorder: false };
          byLocation.set(take.locationId, {
            quantity: at.quantity + take.quantity,
            backorder: at.backorder || take.fromStock < take.quantity,
          });
        }
        for (const [locationId, { quantity, backorder }] of byLocation) {
          reservations.push({
            id: newId('res'),
            orderId: input.orderId,
            variantId: line.variantId,
            locationId,
            quantity,
            status: 'active',
          });
          ledger.push({
            variantId: line.variantId,
            locationId,
            onHandDelta: 0,
            reservedDelta: quantity,
            reason: 'reservation',
            actor: input.actor,
            orderId: input.orderId,
            note: backorder ? 'backorder' : null,
          });
        }
      }
      if (short.length > 0) throw new InsufficientStock(short); // rolls the savepoint back: nothing held
      await insertReservations(sp, reservations);
      await appendLedger(sp, ledger);
      await syncAvailability(
        sp,
        managed.map((l) => l.variantId),
      );
      return reservations;
    });
  try {
    return await attempt(false);
  } catch (error) {
    if (!(error instanceof StaleRead)) throw error;
    return attempt(true); // the savepoint rolled back: nothing of this reservation is held any more
  }
}

async function insertReservations(tx: Tx, rows: readonly Reservation[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO inventory_reservations (id, order_id, variant_id, location_id, quantity, status)
    VALUES ${sql.join(
      rows.map((r) => sql`(${r.id}, ${r.orderId}, ${r.variantId}, ${r.locationId}, ${r.quantity}, ${r.status})`),
      sql`, `,
    )}`);
}

/** Active reservations of an order, by variant then location. */
export async function listReservations(tx: Tx, orderId: string): Promise<Reservation[]> {
  const rows = await queryRows<
    Pick<SqlRow<typeof inventoryReservations>, 'id' | 'order_id' | 'variant_id' | 'location_id' | 'quantity' | 'status'>
  >(
    tx,
    sql`
    SELECT id, order_id, variant_id, location_id, quantity, status FROM inventory_reservations
    WHERE order_id = ${orderId} ORDER BY variant_id, location_id, id`,
  );
  return rows.map((r) => ({
    id: r.id,
    orderId: r.order_id,
    variantId: r.variant_id,
    locationId: r.location_id,
    quantity: r.quantity,
    status: r.status,
  }));
}

/**
 * Releases everything an order still holds (cancelled order, abandoned checkout): reserved drops,
 * one ledger row per level. Idempotent: a second call finds nothing active.
 */
export async function releaseStock(tx: Tx, input: { orderId: string; actor?: string | undefined }): Promise<Reservation[]> {
  // Why an UPDATE … WHERE status = 'active' RETURNING: two concurrent releases of one order queue on
  // the reservation rows and the second re-checks the status, so nothing is released twice.
  const released = await queryRows<{ id: string; variant_id: string; location_id: string; quantity: number }>(
    tx,
    sql`
    UPDATE inventory_reservations SET status = 'released', updated_at = now()
    WHERE order_id = ${input.orderId} AND status = 'active'
    RETURNING id, variant_id, location_id, quantity`,
  );
  if (released.length === 0) return [];
  const perLevel = new Map<string, { variantId: string; locationId: string; quantity: number }>();
  for (const r of released) {
    const key = `${r.variant_id} ${r.location_id}`;
    const at = perLevel.get(key) ?? { variantId: r.variant_id, locationId: r.location_id, quantity: 0 };
    at.quantity += r.quantity;
    perLevel.set(key, at);
  }
  const levels = [...perLevel.values()];
  await lockLevels(tx, levels);
  await applyDeltas(
    tx,
    levels.map((l) => ({ variantId: l.variantId, locationId: l.locationId, onHandDelta: 0, reservedDelta: -l.quantity })),
  );
  await appendLedger(
    tx,
    levels.map((l) => ({
      variantId: l.variantId,
      locationId: l.locationId,
      onHandDelta: 0,
      reservedDelta: -l.quantity,
      reason: 'release' as const,
      actor: input.actor ?? 'system',
      orderId: input.orderId,
    })),
  );
  await syncAvailability(
    tx,
    levels.map((l) => l.variantId),
  );
  return released.map((r) => ({
    id: r.id,
    orderId: input.orderId,
    variantId: r.variant_id,
    locationId: r.location_id,
    quantity: r.quantity,
    status: 'released' as const,
  }));
}
