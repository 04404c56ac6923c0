import { sql } from 'drizzle-orm';
import { bigint, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Drizzle tables of the payments module: private to it (migrations/0011_payments.sql is the truth;
 * test/schema-drift.test.ts checks these against it). Money is bigint in minor units.
 */

export type PaymentTransactionKind = 'authorization' | 'capture' | 'refund' | 'void';
export type TestChargeStatus = 'pending' | 'authorized' | 'captured' | 'declined' | 'voided';

export const paymentSessions = pgTable('payment_sessions', {
  id: text('id').primaryKey(),
  cartId: text('cart_id').notNull(),
  provider: text('provider').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  cartHash: text('cart_hash').notNull(),
  clientData: jsonb('client_data')
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  providerData: jsonb('provider_data')
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The payment ledger: every authorization, capture, refund and void, append-only. */
export const paymentTransactions = pgTable('payment_transactions', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  orderId: text('order_id').notNull(),
  attemptId: text('attempt_id'),
  provider: text('provider').notNull(),
  kind: text('kind').$type<PaymentTransactionKind>().notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  providerReference: text('provider_reference'),
  providerKey: text('provider_key').notNull().unique(),
  actor: text('actor').notNull(),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The `test` provider's own record of charges (what a remote provider would keep). */
export const testProviderCharges = pgTable('test_provider_charges', {
  id: text('id').primaryKey(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  cardLast4: text('card_last4'),
  status: text('status').$type<TestChargeStatus>().notNull(),
  declineCode: text('decline_code'),
  capturedAmount: bigint('captured_amount', { mode: 'number' }).notNull().default(0),
  refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const testProviderOperations = pgTable('test_provider_operations', {
  idempotencyKey: text('idempotency_key').primaryKey(),
  chargeId: text('charge_id')
    .notNull()
    .references(() => testProviderCharges.id),
  kind: text('kind').$type<'capture' | 'refund'>().notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
