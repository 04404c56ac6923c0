import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/index.ts';
import type { CliCommand } from '../../platform/module.ts';

/**
 * `stockroom verify-orders`: the checkout guarantees as one consistent read (CHECKS.md A7's oracle):
 * no stock or promotion use held without an order or an open checkout attempt, no order without
 * its payment record or with other than one `order.placed` event, no ledger that moves more money
 * than it holds, no authorization of an undone attempt left unvoided.
 */
export interface OrderProblem {
  kind: string;
  id: string;
  message: string;
}

export async function verifyOrders(db: Db): Promise<{ ok: boolean; problems: OrderProblem[] }> {
  const problems = await queryRows<OrderProblem>(
    db,
    sql`
    WITH open_attempts AS (SELECT order_id FROM checkout_attempts WHERE status = 'reserved'),
    money AS (
      SELECT order_id, sum(amount) FILTER (WHERE kind = 'authorization') AS authorized, coalesce(sum(amount) FILTER (WHERE kind = 'capture'), 0) AS captured,
             coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0) AS refunded
      FROM payment_transactions GROUP BY order_id)
    SELECT 'stock_without_order' AS kind, r.order_id AS id, format('%s unit(s) of %s held', r.quantity, r.variant_id) AS message
    FROM inventory_reservations r
    WHERE r.status = 'active' AND r.order_id LIKE 'ord\\_%'
      AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = r.order_id) AND NOT EXISTS (SELECT 1 FROM open_attempts a WHERE a.order_id = r.order_id)
    UNION ALL
    SELECT 'promotion_use_without_order', p.order_id, format('a use of %s', p.promotion_id)
    FROM promotion_redemptions p
    WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = p.order_id) AND NOT EXISTS (SELECT 1 FROM open_attempts a WHERE a.order_id = p.order_id)
    UNION ALL
    SELECT 'order_without_payment', o.id, 'no authorization in the payment ledger'
    FROM orders o LEFT JOIN money m ON m.order_id = o.id WHERE m.authorized IS NULL
    UNION ALL
    SELECT 'payment_ledger', m.order_id, format('authorized %s, captured %s, refunded %s', m.authorized, m.captured, m.refunded)
    FROM money m WHERE m.captured > m.authorized OR m.refunded > m.captured
    UNION ALL
    SELECT 'order_placed_events', o.id, format('%s order.placed event(s)', (SELECT count(*) FROM outbox_events e WHERE e.type = 'order.placed' AND e.aggregate_id = o.id))
    FROM orders o WHERE (SELECT count(*) FROM outbox_events e WHERE e.type = 'order.placed' AND e.aggregate_id = o.id) <> 1
    UNION ALL
    SELECT 'authorization_not_voided', a.id, 'an undone checkout attempt still needs its authorization voided (run stockroom recover)'
    FROM checkout_attempts a WHERE a.needs_void
    ORDER BY 1, 2`,
  );
  return { ok: problems.length === 0, problems };
}

export const verifyOrdersCommand: CliCommand = {
  summary:
    'check the checkout guarantees (no hold without an order, no order without its payment record, …); exits non-zero on any problem',
  async run(context) {
    const { ok, problems } = await verifyOrders(context.db);
    const [counts] = await queryRows<{ orders: number }>(context.db, sql`SELECT count(*)::int AS orders FROM orders`);
    context.print(`Orders: ${counts?.orders ?? 0} checked.`);
    for (const p of problems) context.print(`  ${p.kind.padEnd(28)} ${p.id}: ${p.message}`);
    context.print(ok ? 'Orders OK.' : `Orders: ${problems.length} problem(s) found.`);
    return ok ? 0 : 1;
  },
};
