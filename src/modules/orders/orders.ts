import { createHash, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.ts';
import { summarizePayments } from '../payments/index.ts';
import type { OrderView } from './orders.schemas.ts';
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
  const lines = await queryRows<OrderLineRow>(db, sql`SELECT * FROM order_lines WHERE order_id = ANY(${list}::text[]) ORDER BY order_id, position`);
  const payments = await summarizePayments(db, ids);
  const byId = new Map(orders.map((o) => [o.id, o]));
  const views: OrderView[] = [];
  for (const id of ids) {
    const order = byId.get(id);
    const payment = payments.get(id);
    if (!order || !payment) continue;
    views.push(toOrderView(order, lines.filter((l) => l.order_id === id), payment));
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

/** A customer's orders, newest first, keyset-paged on (created_at, id). */
export async function listCustomerOrders(db: Db, customerId: string, page: { limit: number; cursor?: string | undefined }): Promise<{ items: OrderView[]; nextCursor: string | null }> {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, 2);
  const rows = await queryRows<{ id: string; created_at: string | Date }>(db, sql`
    SELECT id, created_at FROM orders
    WHERE customer_id = ${customerId}
      ${after ? sql`AND (created_at, id) < (${String(after[0])}::timestamptz, ${String(after[1])})` : sql``}
    ORDER BY created_at DESC, id DESC LIMIT ${page.limit + 1}`);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    items: await loadOrderViews(db, pageRows.map((r) => r.id)),
    nextCursor: rows.length > page.limit && last ? encodeCursor([new Date(last.created_at).toISOString(), last.id]) : null,
  };
}
