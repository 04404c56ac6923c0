import { sql } from 'drizzle-orm';
import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Drizzle tables of the orders module: private to it (migrations/0012_orders.sql is the truth;
 * test/schema-drift.test.ts checks these against it). Money is bigint in minor units.
 */

export type CheckoutAttemptStatus = 'reserved' | 'placed' | 'declined' | 'expired';
export type OrderStatus = 'pending' | 'completed' | 'canceled';
export type PaymentOperationKind = 'capture' | 'refund' | 'void';
export type PaymentOperationStatus = 'pending' | 'done' | 'failed';

/** One try at completing a cart, between its reserve and place phases (at most one open per cart). */
export const checkoutAttempts = pgTable('checkout_attempts', {
  id: text('id').primaryKey(),
  cartId: text('cart_id').notNull(),
  orderId: text('order_id').notNull().unique(),
  status: text('status').$type<CheckoutAttemptStatus>().notNull(),
  cartHash: text('cart_hash').notNull(),
  provider: text('provider').notNull(),
  providerKey: text('provider_key').notNull().unique(),
  providerData: jsonb('provider_data')
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  draft: jsonb('draft').$type<Record<string, unknown>>().notNull(),
  needsVoid: boolean('needs_void').notNull().default(false),
  actor: text('actor').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An order: an immutable snapshot of the purchase (only status, quantities and version move). */
export const orders = pgTable('orders', {
  id: text('id').primaryKey(),
  displayId: integer('display_id')
    .notNull()
    .unique()
    .default(sql`nextval('order_display_id_seq')`),
  cartId: text('cart_id').notNull().unique(),
  attemptId: text('attempt_id').notNull().unique(),
  customerId: text('customer_id'),
  email: text('email').notNull(),
  currency: text('currency').notNull(),
  regionId: text('region_id'),
  status: text('status').$type<OrderStatus>().notNull().default('pending'),
  shippingAddress: jsonb('shipping_address').$type<Record<string, string | null>>(),
  billingAddress: jsonb('billing_address').$type<Record<string, string | null>>(),
  shippingMethod: jsonb('shipping_method').$type<{ shippingOptionId: string; name: string; amount: number }>(),
  promotionCodes: text('promotion_codes')
    .array()
    .notNull()
    .default(sql`'{}'`),
  taxInclusive: boolean('tax_inclusive').notNull(),
  subtotal: bigint('subtotal', { mode: 'number' }).notNull(),
  discountTotal: bigint('discount_total', { mode: 'number' }).notNull(),
  shippingTotal: bigint('shipping_total', { mode: 'number' }).notNull(),
  taxTotal: bigint('tax_total', { mode: 'number' }).notNull(),
  total: bigint('total', { mode: 'number' }).notNull(),
  paymentProvider: text('payment_provider').notNull(),
  accessTokenHash: text('access_token_hash'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  canceledAt: timestamp('canceled_at', { withTimezone: true }),
});

export const orderLines = pgTable('order_lines', {
  id: text('id').primaryKey(),
  orderId: text('order_id')
    .notNull()
    .references(() => orders.id),
  position: integer('position').notNull(),
  productId: text('product_id').notNull(),
  variantId: text('variant_id').notNull(),
  title: text('title').notNull(),
  variantTitle: text('variant_title').notNull(),
  sku: text('sku').notNull(),
  options: jsonb('options')
    .$type<Record<string, string>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  quantity: integer('quantity').notNull(),
  unitPrice: bigint('unit_price', { mode: 'number' }).notNull(),
  subtotal: bigint('subtotal', { mode: 'number' }).notNull(),
  discountTotal: bigint('discount_total', { mode: 'number' }).notNull(),
  taxTotal: bigint('tax_total', { mode: 'number' }).notNull(),
  total: bigint('total', { mode: 'number' }).notNull(),
  fulfilledQuantity: integer('fulfilled_quantity').notNull().default(0),
  canceledQuantity: integer('canceled_quantity').notNull().default(0),
  returnedQuantity: integer('returned_quantity').notNull().default(0),
});

/** The order's timeline, append-only. */
export const orderEvents = pgTable('order_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: text('order_id')
    .notNull()
    .references(() => orders.id),
  type: text('type').notNull(),
  actor: text('actor').notNull(),
  data: jsonb('data')
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const orderFulfillments = pgTable('order_fulfillments', {
  id: text('id').primaryKey(),
  orderId: text('order_id')
    .notNull()
    .references(() => orders.id),
  locationId: text('location_id'),
  trackingNumber: text('tracking_number'),
  items: jsonb('items').$type<{ lineItemId: string; quantity: number }[]>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const orderReturns = pgTable('order_returns', {
  id: text('id').primaryKey(),
  orderId: text('order_id')
    .notNull()
    .references(() => orders.id),
  items: jsonb('items').$type<{ lineItemId: string; quantity: number }[]>().notNull(),
  restock: boolean('restock').notNull(),
  refundAmount: bigint('refund_amount', { mode: 'number' }).notNull().default(0),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A staff money movement (capture, refund, void) as a phased operation the recovery sweep can finish. */
export const orderPaymentOperations = pgTable('order_payment_operations', {
  id: text('id').primaryKey(),
  orderId: text('order_id')
    .notNull()
    .references(() => orders.id),
  kind: text('kind').$type<PaymentOperationKind>().notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  providerKey: text('provider_key').notNull().unique(),
  status: text('status').$type<PaymentOperationStatus>().notNull().default('pending'),
  actor: text('actor').notNull(),
  reason: text('reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Provider webhook events applied (or deliberately ignored), once per event id. */
export const paymentWebhookEvents = pgTable(
  'payment_webhook_events',
  {
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    reference: text('reference').notNull(),
    outcome: text('outcome').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.eventId] })],
);
