import { boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** The storefront's tables, private to it (migrations/0016_storefront.sql is the truth). */
export const shopSettings = pgTable('shop_settings', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  logoUrl: text('logo_url'),
  defaultRegionId: text('default_region_id'),
  returnDays: integer('return_days').notNull(),
  isReturnFree: boolean('is_return_free').notNull(),
  returnPolicyUrl: text('return_policy_url'),
  privacyPolicyUrl: text('privacy_policy_url'),
  termsUrl: text('terms_url'),
  shippingSummary: text('shipping_summary').notNull(),
  handlingDaysMin: integer('handling_days_min').notNull(),
  handlingDaysMax: integer('handling_days_max').notNull(),
  transitDaysMin: integer('transit_days_min').notNull(),
  transitDaysMax: integer('transit_days_max').notNull(),
  version: integer('version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
});
