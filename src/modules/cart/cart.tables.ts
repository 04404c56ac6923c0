import { bigint, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { PostalAddress } from '../identity/index.ts';

/** Drizzle tables of the cart module: private to it (migrations/0006_cart.sql is the truth). */

/** A cart address as stored: identity's postal address (country upper-cased). */
export type StoredAddress = PostalAddress;

/** A promotion attached to a cart: its id (what it really is) and its code (what the shopper typed). */
export interface CartPromotionRef {
  id: string;
  code: string;
}

export const carts = pgTable('carts', {
  id: text('id').primaryKey(),
  currency: text('currency').notNull(),
  regionId: text('region_id'),
  customerId: text('customer_id'),
  email: text('email'),
  shippingAddress: jsonb('shipping_address').$type<StoredAddress>(),
  billingAddress: jsonb('billing_address').$type<StoredAddress>(),
  shippingOptionId: text('shipping_option_id'),
  promotions: jsonb('promotions').$type<CartPromotionRef[]>().notNull(),
  paymentProvider: text('payment_provider'),
  paymentData: jsonb('payment_data').$type<Record<string, unknown>>(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  completedAt: timestamp('completed_at', { withTimezone: true }),
});

export const cartItems = pgTable(
  'cart_items',
  {
    id: text('id').primaryKey(),
    cartId: text('cart_id').notNull(),
    variantId: text('variant_id').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique().on(t.cartId, t.variantId)],
);

export type CartRow = typeof carts.$inferSelect;
export type CartItemRow = typeof cartItems.$inferSelect;
