import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { claimCandidates } from './relay.ts';

// The claim runs on every relay pass while a backlog may hold 100,000 pending deliveries. Its
// per-aggregate ordering checks must stay index probes per candidate row: a plan that turns them
// into anti joins reads the whole backlog on every pass (seconds per claim on 10,000 events).
test('the delivery claim checks per-aggregate order with index probes, never an anti join over the backlog', async () => {
  const { database } = await startTestApp();
  const plan = await withTransaction(database.db, async (tx) => {
    const rows = await queryRows<{ 'QUERY PLAN': unknown }>(tx, sql`EXPLAIN (FORMAT JSON) ${claimCandidates(200)}`);
    return JSON.stringify(rows[0]?.['QUERY PLAN']);
  });
  const joins = [...plan.matchAll(/"Join Type":\s*"([A-Za-z ]+)"/g)].map((m) => m[1] ?? '');
  assert.deepEqual(
    joins.filter((type) => type.includes('Anti')),
    [],
    `plan: ${plan}`,
  );
  assert.match(plan, /SubPlan/, 'both ordering checks are evaluated per candidate');
});
