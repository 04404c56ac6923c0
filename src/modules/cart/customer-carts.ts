import { sql } from 'drizzle-orm';
import { queryRows, type Db, type SqlRow } from '../../platform/db/index.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schema.ts';
import type { CustomerCartSummary } from './cart.schemas.ts';
import type { carts } from './cart.tables.ts';

type SummaryRow = Pick<SqlRow<typeof carts>, 'id' | 'currency' | 'region_id' | 'version' | 'created_at' | 'updated_at' | 'expires_at'> & {
  line_count: number | string;
  quantity: number | string;
};

/**
 * A signed-in customer's open carts (not checked out, not expired), newest first, one keyset page
 * in ONE statement: a summary each (lines and units, not totals; `GET /store/carts/{id}` prices one).
 * Scoped to the customer by the query itself, so nobody else's cart can appear.
 */
export async function listCustomerCarts(
  db: Db,
  customerId: string,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<Paged<CustomerCartSummary>> {
  const limit = query.limit ?? 20;
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await queryRows<SummaryRow>(
    db,
    sql`
    SELECT c.id, c.currency, c.region_id, c.version, c.created_at, c.updated_at, c.expires_at,
           (SELECT count(*) FROM cart_items i WHERE i.cart_id = c.id) AS line_count,
           (SELECT COALESCE(sum(i.quantity), 0) FROM cart_items i WHERE i.cart_id = c.id) AS quantity
    FROM carts c
    WHERE c.customer_id = ${customerId} AND c.completed_at IS NULL AND c.expires_at > now()
      ${after === undefined ? sql`` : sql`AND c.id < ${after}`}
    ORDER BY c.id DESC
    LIMIT ${limit + 1}`,
  );
  const page = toPage(rows, limit, (r) => [r.id]);
  return {
    items: page.items.map((r) => ({
      id: r.id,
      currency: r.currency,
      regionId: r.region_id,
      lineCount: Number(r.line_count),
      quantity: Number(r.quantity),
      version: r.version,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
      expiresAt: iso(r.expires_at),
    })),
    nextCursor: page.nextCursor,
  };
}
