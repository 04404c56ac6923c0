import type { SqlRow } from '../../platform/db/index.ts';
import type { PaymentSummary } from '../payments/index.ts';
import type { orderLines, orders } from './orders.tables.ts';
import type { OrderView } from './orders.schemas.ts';

/** Rows of the order tables as this module reads them, and the pure mapping to the API shape. */

/** An order row as raw SQL returns it (`SELECT * FROM orders`). */
export type OrderRow = SqlRow<typeof orders>;

/** An order line row as raw SQL returns it (`SELECT * FROM order_lines`). */
export type OrderLineRow = SqlRow<typeof orderLines>;

export type FulfillmentStatus = OrderView['fulfillmentStatus'];

/** Derived from the lines' quantities, never stored. */
export function deriveFulfillmentStatus(
  lines: readonly Pick<OrderLineRow, 'quantity' | 'fulfilled_quantity' | 'canceled_quantity' | 'returned_quantity'>[],
): FulfillmentStatus {
  const fulfilled = lines.reduce((n, l) => n + l.fulfilled_quantity, 0);
  const returned = lines.reduce((n, l) => n + l.returned_quantity, 0);
  const open = lines.reduce((n, l) => n + l.quantity - l.canceled_quantity - l.fulfilled_quantity, 0);
  if (returned > 0) return returned >= fulfilled ? 'returned' : 'partially_returned';
  if (fulfilled === 0) return 'not_fulfilled';
  return open > 0 ? 'partially_fulfilled' : 'fulfilled';
}

const iso = (v: string | Date): string => new Date(v).toISOString();

export function toOrderView(order: OrderRow, lines: readonly OrderLineRow[], payment: PaymentSummary): OrderView {
  return {
    id: order.id,
    displayId: order.display_id,
    status: order.status,
    paymentStatus: payment.status,
    fulfillmentStatus: deriveFulfillmentStatus(lines),
    email: order.email,
    customerId: order.customer_id,
    currency: order.currency,
    regionId: order.region_id,
    items: lines.map((l) => ({
      id: l.id,
      productId: l.product_id,
      variantId: l.variant_id,
      title: l.title,
      variantTitle: l.variant_title,
      sku: l.sku,
      options: l.options,
      quantity: l.quantity,
      unitPrice: Number(l.unit_price),
      subtotal: Number(l.subtotal),
      discountTotal: Number(l.discount_total),
      taxTotal: Number(l.tax_total),
      total: Number(l.total),
      fulfilledQuantity: l.fulfilled_quantity,
      canceledQuantity: l.canceled_quantity,
      returnedQuantity: l.returned_quantity,
    })),
    shippingAddress: order.shipping_address,
    billingAddress: order.billing_address,
    shippingMethod: order.shipping_method,
    promotionCodes: order.promotion_codes,
    taxInclusive: order.tax_inclusive,
    subtotal: Number(order.subtotal),
    discountTotal: Number(order.discount_total),
    shippingTotal: Number(order.shipping_total),
    taxTotal: Number(order.tax_total),
    total: Number(order.total),
    payment: {
      provider: payment.provider ?? order.payment_provider,
      authorized: payment.authorized,
      captured: payment.captured,
      refunded: payment.refunded,
      voided: payment.voided,
    },
    version: order.version,
    createdAt: iso(order.created_at),
    canceledAt: order.canceled_at === null ? null : iso(order.canceled_at),
  };
}
