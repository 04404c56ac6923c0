import { bigint, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Drizzle tables of the platform (migrations/0001_platform.sql and 0009_job_claims.sql are the
 * truth; the schema drift test checks these against them). They type the raw SQL of jobs.ts.
 */

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'dead';

const ts = <N extends string>(name: N) => timestamp(name, { withTimezone: true, mode: 'string' });

export const jobs = pgTable('jobs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  status: text('status').$type<JobStatus>().notNull().default('queued'),
  progress: jsonb('progress').$type<Record<string, unknown>>().notNull().default({}),
  result: jsonb('result').$type<Record<string, unknown>>(),
  lastError: text('last_error'),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(5),
  runAt: ts('run_at').notNull().defaultNow(),
  lockedUntil: ts('locked_until'),
  dedupeKey: text('dedupe_key').unique(),
  createdBy: text('created_by'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  claimToken: text('claim_token'),
});

/** The transactional outbox (`emit`); `seq` is the commit-order position the events relay assigns (0017). */
export const outboxEvents = pgTable('outbox_events', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  eventId: text('event_id').notNull().unique(),
  type: text('type').notNull(),
  aggregateId: text('aggregate_id'),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  deliveredAt: ts('delivered_at'),
  seq: bigint('seq', { mode: 'number' }),
});
