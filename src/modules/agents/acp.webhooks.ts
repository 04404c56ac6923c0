import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import { signWebhookBody, type DeliveryFormat, type FormatContext, type FormattedEvent } from '../events/index.ts';
import { loadOrderViews, type OrderView } from '../orders/index.ts';

/**
 * ACP's order webhooks (`order_create`, `order_update`, version 2026-04-17) to the agent that placed
 * the order, as a delivery format of the events relay. The outbox events come from triggers
 * (migrations/0023): `agents.acp.order_create` when an ACP session completes, and
 * `agents.acp.order_update` when its order is captured, fulfilled, canceled or refunded, each in the
 * transaction of the change. The relay delivers them to the agent's own endpoint with its retries;
 * this renders the body when it sends: `{ type, data }` with the whole ACP Order as it is then (the
 * protocol wants the full order, not a delta), signed as ACP says:
 * `Merchant-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the secret
 * the agent's platform shared, plus `Request-Id` (the event id, the same on every retry) and
 * `Timestamp`.
 */

export const ACP_ORDER_EVENTS = ['agents.acp.order_create', 'agents.acp.order_update'] as const;

interface FulfillmentRow {
  id: string;
  tracking_number: string | null;
  items: { lineItemId: string; quantity: number }[];
  created_at: string | Date;
}

interface RefundRow {
  id: string | number;
  amount: string | number;
  currency: string;
  created_at: string | Date;
}

const total = (type: string, display_text: string, amount: number) => ({ type, display_text, amount });

/** The ACP order status: what the agent shows the buyer. */
function orderStatus(order: OrderView): string {
  if (order.status === 'canceled') return 'canceled';
  if (order.fulfillmentStatus === 'partially_returned' || order.fulfillmentStatus === 'returned') return 'completed';
  // Stockroom's `completed`: every unit shipped or canceled. Whether it arrived is the carrier's to know.
  if (order.fulfillmentStatus === 'fulfilled' || order.status === 'completed') return 'shipped';
  if (order.fulfillmentStatus === 'partially_fulfilled') return 'processing';
  return order.paymentStatus === 'not_paid' ? 'created' : 'confirmed';
}

function lineStatus(current: number, fulfilled: number): string {
  if (current === 0) return 'removed';
  if (fulfilled >= current) return 'fulfilled';
  return fulfilled > 0 ? 'partial' : 'processing';
}

/** The ACP `Order` of a placed order (the full object the webhook's `data` carries). */
export function toAcpOrder(
  publicUrl: string,
  sessionId: string,
  order: OrderView,
  fulfillments: readonly FulfillmentRow[],
  refunds: readonly RefundRow[],
): Record<string, unknown> {
  const base = publicUrl.replace(/\/$/, '');
  const refunded = refunds.reduce((sum, r) => sum + Number(r.amount), 0);
  return {
    type: 'order',
    id: order.id,
    checkout_session_id: sessionId,
    order_number: String(order.displayId),
    permalink_url: `${base}/orders/${order.id}`,
    status: orderStatus(order),
    line_items: order.items.map((line) => {
      const current = line.quantity - line.canceledQuantity;
      const fulfilled = Math.min(line.fulfilledQuantity, current);
      return {
        id: line.id,
        title: line.variantTitle ? `${line.title} — ${line.variantTitle}` : line.title,
        product_id: line.productId,
        quantity: { ordered: line.quantity, current, fulfilled },
        unit_price: line.unitPrice,
        subtotal: line.subtotal,
        status: lineStatus(current, fulfilled),
      };
    }),
    fulfillments: fulfillments.map((f) => ({
      id: f.id,
      type: 'shipping',
      status: 'shipped',
      line_items: f.items.map((i) => ({ id: i.lineItemId, quantity: i.quantity })),
      ...(f.tracking_number ? { tracking_number: f.tracking_number } : {}),
      events: [{ id: `${f.id}_shipped`, type: 'shipped', occurred_at: iso(f.created_at) }],
    })),
    adjustments: refunds.map((r) => ({
      id: `refund_${r.id}`,
      type: 'refund',
      occurred_at: iso(r.created_at),
      status: 'completed',
      amount: Number(r.amount),
      currency: r.currency.toLowerCase(),
    })),
    totals: [
      total('subtotal', 'Subtotal', order.subtotal - order.discountTotal),
      ...(order.discountTotal > 0 ? [total('discount', 'Discount', order.discountTotal)] : []),
      total('fulfillment', 'Shipping', order.shippingTotal),
      total('tax', order.taxInclusive ? 'Tax (included)' : 'Tax', order.taxTotal),
      total('total', 'Total', order.total),
      ...(refunded > 0 ? [total('amount_refunded', 'Refunded', refunded)] : []),
    ],
  };
}

/** Renders the webhook body of one `agents.acp.*` outbox event: the order as it is now. */
export async function renderAcpWebhook({ db, publicUrl }: FormatContext, event: FormattedEvent): Promise<string> {
  const { orderId, sessionId } = event.payload as { orderId: string; sessionId: string };
  const [order] = await loadOrderViews(db, [orderId]);
  if (!order) throw new Error(`order ${orderId} not found`);
  const fulfillments = await queryRows<FulfillmentRow>(
    db,
    sql`SELECT id, tracking_number, items, created_at FROM order_fulfillments WHERE order_id = ${orderId} ORDER BY created_at, id`,
  );
  const refunds = await queryRows<RefundRow>(
    db,
    sql`SELECT id, amount, currency, created_at FROM payment_transactions WHERE order_id = ${orderId} AND kind = 'refund' ORDER BY id`,
  );
  const type = event.type === 'agents.acp.order_create' ? 'order_create' : 'order_update';
  return JSON.stringify({ type, data: toAcpOrder(publicUrl, sessionId, order, fulfillments, refunds) });
}

/** The `acp` delivery format of the events relay. */
export const acpDeliveryFormat: DeliveryFormat = {
  render: renderAcpWebhook,
  headers: ({ secrets, timestamp, body, eventId }) => ({
    // One v1 only: ACP's header is exactly `t=<digits>,v1=<64 hex>`, signed with the current secret.
    'merchant-signature': `t=${timestamp},v1=${signWebhookBody(secrets[0] ?? '', timestamp, body)}`,
    'request-id': eventId,
    timestamp: new Date(timestamp * 1000).toISOString(),
  }),
};
