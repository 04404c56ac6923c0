import { createHash, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { BadRequest, NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schema.ts';
import { summarizePayments } from '../payments/index.ts';
import type { AdminOrderQuery, AdminOrderView, OrderView } from './orders.schemas.ts';
import { toOrderView, type OrderLineRow, type OrderRow } from './orders.views.ts';

/** Reading orders: views in a fixed number of statements, access for customers and guests. */

export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The views of `ids` (in that order): three statements whatever their number. */
export async function loadOrderViews(db: Db | Tx, ids: readonly string[]): Promise<OrderView[]> {
  if (ids.length === 0) return [];
  const list = sql.param([...ids]);
  const orders = await queryRows<OrderRow>(db, sql`SELECT * FROM orders WHERE id = ANY(${list}::text[])`);
  const lines = await queryRows<OrderLineRow>(
    db,
    sql`SELECT * FROM order_lines WHERE order_id = ANY(${list}::text[]) ORDER BY order_id, position`,
  );
  const payments = await summarizePayments(db, ids);
  const byId = new Map(orders.map((o) => [o.id, o]));
  const views: OrderView[] = [];
  for (const id of ids) {
    const order = byId.get(id);
    const payment = payments.get(id);
    if (!order || !payment) continue;
    views.push(
      toOrderView(
        order,
        lines.filter((l) => l.order_id === id),
        payment,
      ),
    );
  }
  return views;
}

export async function findOrderRow(db: Db | Tx, id: string): Promise<OrderRow | undefined> {
  const [row] = await queryRows<OrderRow>(db, sql`SELECT * FROM orders WHERE id = ${id}`);
  return row;
}

function tokenMatches(hash: string | null, token: string | undefined): boolean {
  if (!hash || !token) return false;
  const a = Buffer.from(hashAccessToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The order if the caller owns it (customer) or holds its access token (guest order); 404 otherwise. */
export async function getOrderForShopper(db: Db, id: string, principal: Principal, token: string | undefined): Promise<OrderView> {
  const row = await findOrderRow(db, id);
  const isOwner = row !== undefined && row.customer_id !== null && principal.kind === 'customer' && principal.id === row.customer_id;
  if (!row || !(isOwner || tokenMatches(row.access_token_hash, token))) throw new NotFound({ detail: `There is no order ${id}.` });
  const [view] = await loadOrderViews(db, [row.id]);
  if (!view) throw new NotFound({ detail: `There is no order ${id}.` });
  return view;
}

/** A listed order's keyset position: (created_at, id), newest first. */
type ListedOrder = { id: string; created_at: string | Date };
const byNewest = (row: ListedOrder): [string, string] => [iso(row.created_at), row.id];

/** The position an order list's cursor names; one whose first value is no instant is not this list's (400, not a cast error). */
function orderCursor(cursor: string | undefined): readonly [string, string] | undefined {
  const after = cursorAfter(cursor, ['string', 'string']);
  if (after && Number.isNaN(Date.parse(after[0]))) {
    throw new BadRequest({ errors: [{ path: '/query/cursor', message: 'is not a cursor this list issued' }] });
  }
  return after;
}

/** One page of listed orders as views (the page's views in three statements). */
async function toOrderPage(db: Db, rows: readonly ListedOrder[], limit: number): Promise<Paged<OrderView>> {
  const page = toPage(rows, limit, byNewest);
  return {
    items: await loadOrderViews(
      db,
      page.items.map((r) => r.id),
    ),
    nextCursor: page.nextCursor,
  };
}

/** A customer's orders, newest first, keyset-paged on (created_at, id). */
export async function listCustomerOrders(
  db: Db,
  customerId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<Paged<OrderView>> {
  const after = orderCursor(page.cursor);
  const rows = await queryRows<ListedOrder>(
    db,
    sql`
    SELECT id, created_at FROM orders
    WHERE customer_id = ${customerId}
      ${after ? sql`AND (created_at, id) < (${after[0]}::timestamptz, ${after[1]})` : sql``}
    ORDER BY created_at DESC, id DESC LIMIT ${page.limit + 1}`,
  );
  return toOrderPage(db, rows, page.limit);
}

const PAYMENT_STATUS_SQL = sql`CASE WHEN p.captured > 0 AND p.refunded >= p.captured THEN 'refunded' WHEN p.refunded > 0 THEN 'partially_refunded'
  WHEN p.captured > 0 THEN 'captured' WHEN p.voided > 0 THEN 'voided' WHEN p.authorized > 0 THEN 'authorized' ELSE 'not_paid' END`;
const FULFILLMENT_STATUS_SQL = sql`CASE WHEN l.returned > 0 THEN (CASE WHEN l.returned >= l.fulfilled THEN 'returned' ELSE 'partially_returned' END)
  WHEN l.fulfilled = 0 THEN 'not_fulfilled' WHEN l.ordered - l.canceled - l.fulfilled > 0 THEN 'partially_fulfilled' ELSE 'fulfilled' END`;

/**
 * Staff list: filters on stored and derived statuses (the derivations are the same rules as the
 * views', in SQL), keyset-paged on (created_at, id), newest first; a fixed number of statements.
 */
export async function listAdminOrders(db: Db, query: AdminOrderQuery): Promise<Paged<OrderView>> {
  const limit = query.limit ?? 20;
  const after = orderCursor(query.cursor);
  const filters = [
    query.status ? sql`o.status = ${query.status}` : undefined,
    query.email ? sql`lower(o.email) = lower(${query.email})` : undefined,
    query.createdAfter ? sql`o.created_at >= ${query.createdAfter}::timestamptz` : undefined,
    query.createdBefore ? sql`o.created_at < ${query.createdBefore}::timestamptz` : undefined,
    query.paymentStatus ? sql`${PAYMENT_STATUS_SQL} = ${query.paymentStatus}` : undefined,
    query.fulfillmentStatus ? sql`${FULFILLMENT_STATUS_SQL} = ${query.fulfillmentStatus}` : undefined,
    after ? sql`(o.created_at, o.id) < (${after[0]}::timestamptz, ${after[1]})` : undefined,
  ].filter((f) => f !== undefined);
  const rows = await queryRows<ListedOrder>(
    db,
    sql`
    SELECT o.id, o.created_at FROM orders o
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(amount) FILTER (WHERE kind = 'authorization'), 0) AS authorized,
             coalesce(sum(amount) FILTER (WHERE kind = 'capture'), 0) AS captured,
             coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0) AS refunded,
             coalesce(sum(amount) FILTER (WHERE kind = 'void'), 0) AS voided
      FROM payment_transactions WHERE order_id = o.id) p
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(quantity), 0) AS ordered, coalesce(sum(fulfilled_quantity), 0) AS fulfilled,
             coalesce(sum(canceled_quantity), 0) AS canceled, coalesce(sum(returned_quantity), 0) AS returned
      FROM order_lines WHERE order_id = o.id) l
    ${filters.length > 0 ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``}
    ORDER BY o.created_at DESC, o.id DESC LIMIT ${limit + 1}`,
  );
  return toOrderPage(db, rows, limit);
}

/** One order for staff, with its timeline (404 if none). */
export async function getAdminOrder(db: Db | Tx, id: string): Promise<AdminOrderView> {
  const [view] = await loadOrderViews(db, [id]);
  if (!view) throw new NotFound({ detail: `There is no order ${id}.` });
  const events = await queryRows<{ type: string; actor: string; data: Record<string, unknown>; created_at: string | Date }>(
    db,
    sql`
    SELECT type, actor, data, created_at FROM order_events WHERE order_id = ${id} ORDER BY id`,
  );
  return { ...view, timeline: events.map((e) => ({ type: e.type, actor: e.actor, data: e.data, createdAt: iso(e.created_at) })) };
}
