import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { CLAIM_PLAN, claimStatement } from './relay.ts';

// The claim runs on every relay pass while a backlog may hold 100,000 pending deliveries. It must
// read one batch of the backlog in claim order, with its per-aggregate ordering checks as index
// probes per candidate row: a plan that sorts the backlog, or turns a check into an anti join, or
// probes with an index that reads every pending delivery of the endpoint, reads the whole backlog on
// every pass (seconds per claim on 10,000 events).

interface PlanNode {
  'Node Type': string;
  'Join Type'?: string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Alias?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}

const t = await startTestApp({ STOCKROOM_EVENTS_RELAY: 'false' });

async function explain(options: string): Promise<{ plan: PlanNode[]; text: string }> {
  return withTransaction(t.database.db, async (tx) => {
    await tx.execute(CLAIM_PLAN);
    const rows = await queryRows<{ 'QUERY PLAN': { Plan: PlanNode }[] | string }>(
      tx,
      sql`EXPLAIN (${sql.raw(options)}, FORMAT JSON) ${claimStatement(200, 'plan-test', 15_000)}`,
    );
    const raw = rows[0]!['QUERY PLAN'];
    const parsed = typeof raw === 'string' ? (JSON.parse(raw) as { Plan: PlanNode }[]) : raw;
    return { plan: nodes(parsed[0]!.Plan), text: JSON.stringify(parsed) };
  });
}

test('the delivery claim checks per-aggregate order with index probes, never an anti join over the backlog', async () => {
  const { plan, text } = await explain('COSTS OFF');
  assert.deepEqual(
    plan.filter((n) => n['Join Type']?.includes('Anti')),
    [],
    `plan: ${text}`,
  );
  assert.match(text, /SubPlan/, 'the ordering checks are evaluated per candidate');
});

test('on a 3,000-delivery backlog the planner never analyzed, the claim reads one batch in claim order, all by index', async () => {
  const { db } = t.database;
  // The statistics say "empty" (as after a quiet night), then a burst arrives before any re-analyze.
  await db.execute(sql`ANALYZE webhook_deliveries`);
  await db.execute(sql`ANALYZE outbox_events`);
  await db.execute(sql`
    INSERT INTO webhook_endpoints (id, url, events, secret) VALUES ('whe_plan', 'https://receiver.example/hook', '{product.updated}', 'whsec_plan')`);
  await db.execute(sql`
    INSERT INTO webhook_deliveries (endpoint_id, event_id, event_seq, aggregate_id)
    SELECT 'whe_plan', 'evt_plan_' || g, 1000000 + g, 'prod_plan_' || (g % 1500) FROM generate_series(1, 3000) g`);

  const { plan, text } = await explain('ANALYZE, COSTS OFF, TIMING OFF');
  assert.equal(
    plan.some((n) => n['Node Type'] === 'Sort' || n['Node Type'].startsWith('Bitmap')),
    false,
    `no sort of the backlog: ${text}`,
  );
  assert.deepEqual(
    plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
    [],
    `every table is reached by index: ${text}`,
  );
  const walk = plan.filter((n) => n['Relation Name'] === 'webhook_deliveries' && /^c(_\d+)?$/.test(n.Alias ?? ''));
  assert.equal(walk.length, 1, text);
  assert.equal(walk[0]!['Node Type'], 'Index Scan', text);
  assert.equal(walk[0]!['Actual Loops'], 1, `the candidates are walked once: ${text}`);
  assert.equal(walk[0]!['Index Name'], 'webhook_deliveries_due_idx', text);
  // 1,500 aggregates have two pending events each: the first 200 heads are found in 200 rows.
  assert.ok((walk[0]!['Actual Rows'] ?? Infinity) <= 200, `the claim read ${walk[0]!['Actual Rows']} rows: ${text}`);
  const probes = plan.filter((n) => n['Relation Name'] === 'webhook_deliveries' && /^p(_\d+)?$/.test(n.Alias ?? ''));
  assert.equal(probes.length, 1, text);
  assert.equal(probes[0]!['Index Name'], 'webhook_deliveries_order_idx', `order probe: ${text}`);
  assert.deepEqual(
    plan.filter((n) => n['Join Type']?.includes('Anti')),
    [],
    text,
  );
});
