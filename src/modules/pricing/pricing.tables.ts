import { bigint, boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Drizzle tables of the pricing module: private to it (migrations/0005_pricing.sql is the truth). */

export interface TaxOverride {
  country: string;
  taxRateBps: number;
}

export interface WeightBand {
  /** Inclusive upper bound of the band, in grams. */
  maxGrams: number;
  amount: number;
}

export const regions = pgTable('regions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  currency: text('currency').notNull(),
  countries: text('countries').array().notNull(),
  taxRateBps: integer('tax_rate_bps').notNull(),
  taxInclusive: boolean('tax_inclusive').notNull(),
  isShippingTaxed: boolean('is_shipping_taxed').notNull(),
  taxOverrides: jsonb('tax_overrides').$type<TaxOverride[]>().notNull(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** One row per country served (0010): its primary key keeps a country in at most one region. */
export const regionCountries = pgTable('region_countries', {
  country: text('country').primaryKey(),
  regionId: text('region_id').notNull(),
});

export const shippingOptions = pgTable('shipping_options', {
  id: text('id').primaryKey(),
  regionId: text('region_id').notNull(),
  name: text('name').notNull(),
  type: text('type').$type<'flat' | 'weight_based' | 'free_over'>().notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  freeOverAmount: bigint('free_over_amount', { mode: 'number' }),
  weightBands: jsonb('weight_bands').$type<WeightBand[]>().notNull(),
  isActive: boolean('is_active').notNull(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const promotions = pgTable('promotions', {
  id: text('id').primaryKey(),
  code: text('code').notNull(),
  type: text('type').$type<'percentage' | 'fixed' | 'free_shipping'>().notNull(),
  value: bigint('value', { mode: 'number' }).notNull(),
  currency: text('currency'),
  startsAt: timestamp('starts_at', { withTimezone: true }),
  endsAt: timestamp('ends_at', { withTimezone: true }),
  usageLimit: integer('usage_limit'),
  perCustomerLimit: integer('per_customer_limit'),
  minSubtotal: bigint('min_subtotal', { mode: 'number' }),
  productIds: text('product_ids').array().notNull(),
  categoryIds: text('category_ids').array().notNull(),
  used: integer('used').notNull(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

export const promotionRedemptions = pgTable('promotion_redemptions', {
  id: text('id').primaryKey(),
  promotionId: text('promotion_id').notNull(),
  customerId: text('customer_id'),
  /** Lower-cased. */
  email: text('email'),
  orderId: text('order_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
