import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The events module's tables (migrations/0017_events.sql is the truth; test/schema-drift.test.ts
 * checks these against it). They type the raw SQL of the relay and the webhook services.
 */

const ts = <N extends string>(name: N) => timestamp(name, { withTimezone: true, mode: 'string' });

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  events: text('events').array().notNull(),
  description: text('description'),
  enabled: boolean('enabled').notNull().default(true),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: ts('previous_secret_expires_at'),
  failingSince: ts('failing_since'),
  disabledReason: text('disabled_reason'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  /** Set on an AI agent's own endpoint (migrations/0023): it gets only events about the agent's orders. */
  agentId: text('agent_id'),
  /** The wire format: `stockroom`, or an agent protocol's (`acp`), rendered by a registered delivery format. */
  format: text('format').notNull().default('stockroom'),
});

export const webhookDeliveries = pgTable('webhook_deliveries', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  endpointId: text('endpoint_id').notNull(),
  eventId: text('event_id').notNull(),
  eventSeq: bigint('event_seq', { mode: 'number' }).notNull(),
  aggregateId: text('aggregate_id'),
  status: text('status').$type<DeliveryStatus>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
  retrySince: ts('retry_since').notNull().defaultNow(),
  lockedUntil: ts('locked_until'),
  claimToken: text('claim_token'),
  lastResponseStatus: integer('last_response_status'),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull().defaultNow(),
  deliveredAt: ts('delivered_at'),
});

export const webhookAttempts = pgTable('webhook_attempts', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  deliveryId: bigint('delivery_id', { mode: 'number' }).notNull(),
  endpointId: text('endpoint_id').notNull(),
  eventId: text('event_id').notNull(),
  attempt: integer('attempt').notNull(),
  succeeded: boolean('succeeded').notNull(),
  responseStatus: integer('response_status'),
  latencyMs: integer('latency_ms').notNull(),
  responseBody: text('response_body'),
  error: text('error'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
