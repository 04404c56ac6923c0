import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Drizzle tables of the agents module: private to it (migrations/0021_agents.sql is the truth;
 * test/schema-drift.test.ts checks these against it).
 */

export type AgentProtocol = 'acp' | 'ucp' | 'mcp';
export type AgentSessionStatus = 'open' | 'completed' | 'canceled';

/** A public key of an agent as a JWK (EC P-256 for ES256). */
export interface AgentJwk {
  kty: string;
  kid?: string | undefined;
  crv?: string | undefined;
  x?: string | undefined;
  y?: string | undefined;
  alg?: string | undefined;
  use?: string | undefined;
}

export const agents = pgTable('agents', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  protocols: text('protocols').array().$type<AgentProtocol[]>().notNull(),
  keyHash: text('key_hash').unique(),
  publicKeys: jsonb('public_keys')
    .$type<AgentJwk[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  rateLimitPerMinute: integer('rate_limit_per_minute').notNull(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const agentCheckoutSessions = pgTable(
  'agent_checkout_sessions',
  {
    id: text('id').primaryKey(),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id),
    protocol: text('protocol').$type<AgentProtocol>().notNull(),
    cartId: text('cart_id').notNull().unique(),
    status: text('status').$type<AgentSessionStatus>().notNull().default('open'),
    orderId: text('order_id'),
    buyer: jsonb('buyer').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agent_checkout_sessions_agent_idx').on(t.agentId, t.createdAt, t.id)],
);

export type AgentRow = typeof agents.$inferSelect;
export type AgentSessionRow = typeof agentCheckoutSessions.$inferSelect;

/** One stored product feed file (migrations/0023): gzip JSON Lines in one currency, written chunk by chunk. */
export const agentFeedFiles = pgTable('agent_feed_files', {
  id: text('id').primaryKey(),
  currency: text('currency').notNull(),
  status: text('status').$type<'building' | 'ready'>().notNull().default('building'),
  rows: integer('rows').notNull().default(0),
  bytes: integer('bytes').notNull().default(0),
  sha256: text('sha256'),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

/** The bytes of a stored feed file, in order. */
export const agentFeedChunks = pgTable('agent_feed_chunks', {
  fileId: text('file_id').notNull(),
  seq: integer('seq').notNull(),
  data: text('data').notNull(),
});
