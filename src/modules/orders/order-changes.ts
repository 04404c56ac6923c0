import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/index.ts';
import { BadRequest } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { emit } from '../../platform/outbox.ts';
import { fulfillStock, releaseStock, restockItems } from '../inventory/index.ts';
import { InvalidOrderTransition } from './orders.errors.ts';
import { lockOrder, moneyState, planOperation, type PaymentOperation } from './order-payments.ts';
import type { OrderLineRow, OrderRow } from './orders.views.ts';

/** Fulfilments, cancellation, returns and notes: each one transaction under the order's row lock. */

export interface LineQuantity {
  lineItemId: string;
  quantity: number;
}

async function linesOf(tx: Tx, orderId: string): Promise<OrderLineRow[]> {
  return queryRows<OrderLineRow>(tx, sql`SELECT * FROM order_lines WHERE order_id = ${orderId} ORDER BY position`);
}

/** The order's lines named by `items` (summed per line); 400 for a line of another order. */
function pick(lines: readonly OrderLineRow[], items: readonly LineQuantity[]): { line: OrderLineRow; quantity: number }[] {
  const wanted = new Map<string, number>();
  items.forEach((item, i) => {
    if (!lines.some((l) => l.id === item.lineItemId)) {
      throw new BadRequest({
        detail: 'A line is not on this order.',
        errors: [{ path: `/items/${i}/lineItemId`, message: 'is not a line of this order' }],
      });
    }
    wanted.set(item.lineItemId, (wanted.get(item.lineItemId) ?? 0) + item.quantity);
  });
  return lines.filter((l) => wanted.has(l.id)).map((line) => ({ line, quantity: wanted.get(line.id) ?? 0 }));
}

async function event(tx: Tx, orderId: string, type: string, actor: string, data: Record<string, unknown>): Promise<void> {
  await tx.execute(
    sql`INSERT INTO order_events (order_id, type, actor, data) VALUES (${orderId}, ${type}, ${actor}, ${JSON.stringify(data)}::jsonb)`,
  );
}

/** Completed once every unit is fulfilled or canceled. */
async function settleStatus(tx: Tx, orderId: string): Promise<void> {
  await tx.execute(sql`
    UPDATE orders SET status = 'completed' WHERE id = ${orderId} AND status = 'pending'
      AND NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = ${orderId} AND fulfilled_quantity + canceled_quantity < quantity)`);
}

/**
 * Ships units: the lines' fulfilled quantities rise (never past what was ordered and not canceled)
 * and the stock leaves on_hand and reserved through the inventory ledger with the order's id.
 */
export async function createFulfillment(
  tx: Tx,
  orderId: string,
  expected: number | undefined,
  input: { items: LineQuantity[]; locationId?: string | undefined; trackingNumber?: string | undefined },
  actor: string,
): Promise<void> {
  const order = await lockOrder(tx, orderId, expected);
  if (order.status === 'canceled') throw new InvalidOrderTransition('fulfillment_exceeds_order', 'The order is canceled.');
  const picked = pick(await linesOf(tx, orderId), input.items);
  for (const { line, quantity } of picked) {
    if (line.fulfilled_quantity + line.canceled_quantity + quantity > line.quantity) {
      throw new InvalidOrderTransition(
        'fulfillment_exceeds_order',
        `Line ${line.id} has ${line.quantity - line.fulfilled_quantity - line.canceled_quantity} unit(s) left to fulfil.`,
      );
    }
  }
  // Conditional backstop behind the check above (and the CHECK constraint behind both).
  await tx.execute(sql`
    UPDATE order_lines l SET fulfilled_quantity = l.fulfilled_quantity + v.quantity
    FROM (VALUES ${sql.join(
      picked.map((p) => sql`(${p.line.id}, ${p.quantity}::int)`),
      sql`, `,
    )}) AS v (id, quantity)
    WHERE l.id = v.id AND l.fulfilled_quantity + l.canceled_quantity + v.quantity <= l.quantity`);
  await fulfillStock(tx, {
    orderId,
    lines: picked.map((p) => ({ variantId: p.line.variant_id, quantity: p.quantity })),
    locationId: input.locationId,
    actor,
  });
  const id = newId('ful');
  const items = picked.map((p) => ({ lineItemId: p.line.id, quantity: p.quantity }));
  await tx.execute(sql`
    INSERT INTO order_fulfillments (id, order_id, location_id, tracking_number, items, created_by)
    VALUES (${id}, ${orderId}, ${input.locationId ?? null}, ${input.trackingNumber ?? null}, ${JSON.stringify(items)}::jsonb, ${actor})`);
  await event(tx, orderId, 'fulfilled', actor, { fulfillmentId: id, items, locationId: input.locationId ?? null });
  if (input.trackingNumber) await event(tx, orderId, 'shipped', actor, { fulfillmentId: id, trackingNumber: input.trackingNumber });
  await emit(
    tx,
    'order.fulfilled',
    { orderId, fulfillmentId: id, items, locationId: input.locationId ?? null, trackingNumber: input.trackingNumber ?? null },
    orderId,
  );
  await settleStatus(tx, orderId);
}

/**
 * Cancels every unit not yet fulfilled: their stock is released, and the money for them goes back
 * (the authorization voided when nothing was captured or shipped; otherwise a refund of what was
 * captured for the canceled part). 409 order_not_cancelable when nothing is left to cancel.
 */
export async function cancelOrder(
  tx: Tx,
  orderId: string,
  expected: number | undefined,
  actor: string,
): Promise<PaymentOperation | undefined> {
  const order = await lockOrder(tx, orderId, expected);
  const lines = await linesOf(tx, orderId);
  const open = lines.filter((l) => l.quantity - l.fulfilled_quantity - l.canceled_quantity > 0);
  if (order.status !== 'pending' || open.length === 0) {
    throw new InvalidOrderTransition('order_not_cancelable', `The order is ${order.status} with nothing left to cancel.`);
  }
  const isWhole = lines.every((l) => l.fulfilled_quantity === 0);
  // Nothing shipped: everything goes back. Otherwise the canceled units' share of their lines'
  // totals (tax and discount included), rounded down; shipping stays charged.
  const canceledValue = isWhole
    ? Number(order.total)
    : open.reduce((n, l) => n + Math.floor((Number(l.total) * (l.quantity - l.fulfilled_quantity - l.canceled_quantity)) / l.quantity), 0);
  await tx.execute(
    sql`UPDATE order_lines SET canceled_quantity = quantity - fulfilled_quantity WHERE order_id = ${orderId} AND fulfilled_quantity + canceled_quantity < quantity`,
  );
  await releaseStock(tx, { orderId, actor });
  await tx.execute(sql`
    UPDATE orders SET status = ${isWhole ? 'canceled' : 'completed'}, canceled_at = ${isWhole ? sql`now()` : sql`NULL`} WHERE id = ${orderId}`);
  const canceledItems = open.map((l) => ({ lineItemId: l.id, quantity: l.quantity - l.fulfilled_quantity - l.canceled_quantity }));
  await event(tx, orderId, 'canceled', actor, { items: canceledItems });
  await emit(tx, 'order.canceled', { orderId, items: canceledItems, whole: isWhole }, orderId);
  const money = await moneyState(tx, order);
  if (money.refundable > 0) return planOperation(tx, order, money, 'refund', Math.min(money.refundable, canceledValue), actor, 'canceled');
  if (isWhole && money.capturable > 0) return planOperation(tx, order, money, 'void', money.capturable, actor, 'canceled');
  return undefined;
}

/** Takes units back: returned quantities rise (never past what shipped), optionally restocked through the ledger, optionally refunded. */
export async function createReturn(
  tx: Tx,
  orderId: string,
  expected: number | undefined,
  input: { items: LineQuantity[]; restock: boolean; refundAmount?: number | undefined },
  actor: string,
): Promise<PaymentOperation | undefined> {
  const order = await lockOrder(tx, orderId, expected);
  const picked = pick(await linesOf(tx, orderId), input.items);
  for (const { line, quantity } of picked) {
    if (line.returned_quantity + quantity > line.fulfilled_quantity) {
      throw new InvalidOrderTransition(
        'return_exceeds_fulfilled',
        `Line ${line.id} has ${line.fulfilled_quantity - line.returned_quantity} shipped unit(s) not yet returned.`,
      );
    }
  }
  await tx.execute(sql`
    UPDATE order_lines l SET returned_quantity = l.returned_quantity + v.quantity
    FROM (VALUES ${sql.join(
      picked.map((p) => sql`(${p.line.id}, ${p.quantity}::int)`),
      sql`, `,
    )}) AS v (id, quantity)
    WHERE l.id = v.id AND l.returned_quantity + v.quantity <= l.fulfilled_quantity`);
  if (input.restock) {
    await restockItems(tx, {
      orderId,
      lines: picked.map((p) => ({ variantId: p.line.variant_id, quantity: p.quantity })),
      actor,
      note: 'return',
    });
  }
  const id = newId('ret');
  const items = picked.map((p) => ({ lineItemId: p.line.id, quantity: p.quantity }));
  await tx.execute(sql`
    INSERT INTO order_returns (id, order_id, items, restock, refund_amount, created_by)
    VALUES (${id}, ${orderId}, ${JSON.stringify(items)}::jsonb, ${input.restock}, ${input.refundAmount ?? 0}, ${actor})`);
  await event(tx, orderId, 'returned', actor, { returnId: id, items, restock: input.restock });
  await emit(tx, 'order.returned', { orderId, returnId: id, items, restock: input.restock }, orderId);
  if (!input.refundAmount) return undefined;
  return planOperation(tx, order, await moneyState(tx, order), 'refund', input.refundAmount, actor, 'return');
}

export async function addOrderNote(tx: Tx, orderId: string, expected: number | undefined, note: string, actor: string): Promise<OrderRow> {
  const order = await lockOrder(tx, orderId, expected);
  await event(tx, orderId, 'note', actor, { note });
  return order;
}
