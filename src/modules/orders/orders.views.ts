import type { PaymentSummary } from '../payments/index.ts';
import type { OrderView } from './orders.schemas.ts';

/** Rows of the order tables as this module reads them, and the pure mapping to the API shape. */

export interface OrderRow {
  id: string;
  display_id: number;
  cart_id: string;
  customer_id: string | null;
  email: string;
  currency: string;
  region_id: string | null;
  status: 'pending' | 'completed' | 'canceled';
  shipping_address: Record<string, string | null> | null;
  billing_address: Record<string, string | null> | null;
  shipping_method: { shippingOptionId: string; name: string; amount: number } | null;
  promotion_codes: string[];
  tax_inclusive: boolean;
  subtotal: string | number;
  discount_total: string | number;
  shipping_total: string | number;
  tax_total: string | number;
  total: string | number;
  payment_provider: string;
  access_token_hash: string | null;
  version: number;
  created_at: string | Date;
  canceled_at: string | Date | null;
}

export interface OrderLineRow {
  id: string;
  order_id: string;
  product_id: string;
  variant_id: string;
  title: string;
  variant_title: string;
  sku: string;
  options: Record<string, string>;
  quantity: number;
  unit_price: string | number;
  subtotal: string | number;
  discount_total: string | number;
  tax_total: string | number;
  total: string | number;
  fulfilled_quantity: number;
  canceled_quantity: number;
  returned_quantity: number;
}

export type FulfillmentStatus = OrderView['fulfillmentStatus'];

/** Derived from the lines' quantities, never stored. */
export function deriveFulfillmentStatus(lines: readonly Pick<OrderLineRow, 'quantity' | 'fulfilled_quantity' | 'canceled_quantity' | 'returned_quantity'>[]): FulfillmentStatus {
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
