import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { AgentJwk } from './agents.tables.ts';

/** The shop's signing keys (migrations/0022_shop_signing_key.sql is the truth). */
export const shopSigningKeys = pgTable('shop_signing_keys', {
  kid: text('kid').primaryKey(),
  publicJwk: jsonb('public_jwk').$type<AgentJwk>().notNull(),
  privateJwk: jsonb('private_jwk').$type<Record<string, string>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

export type ShopSigningKeyRow = typeof shopSigningKeys.$inferSelect;
