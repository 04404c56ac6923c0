import { bigint, boolean, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Drizzle tables of the inventory module: private to it (migrations/0004_inventory.sql is the truth). */

export const stockLocations = pgTable('stock_locations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  priority: integer('priority').notNull(),
  version: integer('version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const inventoryLevels = pgTable(
  'inventory_levels',
  {
    variantId: text('variant_id').notNull(),
    locationId: text('location_id').notNull(),
    onHand: integer('on_hand').notNull(),
    reserved: integer('reserved').notNull(),
    allowBackorder: boolean('allow_backorder').notNull(),
    lowStockThreshold: integer('low_stock_threshold'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.locationId] })],
);

export const LEDGER_REASONS = ['adjustment', 'reservation', 'release', 'fulfillment', 'return', 'import', 'correction'] as const;
export type LedgerReason = (typeof LEDGER_REASONS)[number];

export const inventoryLedger = pgTable('inventory_ledger', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  variantId: text('variant_id').notNull(),
  locationId: text('location_id').notNull(),
  onHandDelta: integer('on_hand_delta').notNull(),
  reservedDelta: integer('reserved_delta').notNull(),
  reason: text('reason').$type<LedgerReason>().notNull(),
  actor: text('actor').notNull(),
  orderId: text('order_id'),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type ReservationStatus = 'active' | 'released' | 'fulfilled';

export const inventoryReservations = pgTable('inventory_reservations', {
  id: text('id').primaryKey(),
  orderId: text('order_id').notNull(),
  variantId: text('variant_id').notNull(),
  locationId: text('location_id').notNull(),
  quantity: integer('quantity').notNull(),
  status: text('status').$type<ReservationStatus>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
