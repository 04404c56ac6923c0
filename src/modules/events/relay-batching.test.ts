import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { startReceiver, waitFor } from '../../../test/support/receiver.ts';
import { queryRows } from '../../platform/db/index.ts';
import { createRelay } from './runner.ts';
import { systemResolver } from './ssrf.ts';
import { SEND_EMAIL_JOB } from './emails.ts';

// The relay's cost in SQL statements is per batch, never per event: sequencing, fan-out (with the
// email requests), the claim and the recording of results are each a constant number of statements
// whatever the batch holds. A change that adds a statement per event (a lookup of the endpoint, an
// insert per email, an update per delivery) fails here long before a benchmark would show it.
// Counts are every statement Stockroom sends (on PostgreSQL including BEGIN and COMMIT).

const t = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' });
const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };

/** The most statements one relay pass may send (a pass that sequences, fans out, delivers and records). */
const PER_PASS = t.database.kind === 'postgres' ? 20 : 10;

async function emitMany(prefix: string, webhookEvents: number, emailEvents: number): Promise<void> {
  await t.database.db.execute(sql`
    INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
    SELECT ${prefix} || g, 'product.updated', ${prefix} || g, jsonb_build_object('id', ${prefix} || g)
    FROM generate_series(1, ${webhookEvents}::int) g`);
  await t.database.db.execute(sql`
    INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
    SELECT ${prefix} || 'mail-' || g, 'email.requested', NULL, jsonb_build_object('template', 'none', 'to', 'owner@example.test')
    FROM generate_series(1, ${emailEvents}::int) g`);
}

test('delivering 300 events in batches of 100 costs a constant number of statements per batch, none per event', async () => {
  const receiver = await startReceiver();
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: receiver.url, events: ['product.updated'] },
  });
  assert.equal(res.statusCode, 201, res.body);
  const relay = createRelay(t.database.db, {
    timeoutMs: 10_000,
    retryBaseMs: 1000,
    allowPrivate: true,
    resolve: systemResolver,
    batchSize: 100,
  });
  test.after(() => relay.stop());
  await relay.drain(); // whatever the app emitted while starting

  await emitMany('evt_budget_', 300, 40);
  const before = t.database.stats.queries;
  const report = await relay.drain();
  const statements = t.database.stats.queries - before;

  assert.equal(report.delivered, 300);
  assert.equal(new Set(receiver.received.map((r) => r.eventId)).size, 300);
  const [jobs] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM jobs WHERE name = ${SEND_EMAIL_JOB} AND payload->>'eventId' LIKE 'evt_budget_mail-%'`,
  );
  assert.equal(jobs?.n, 40, 'every email request was queued');
  // Three delivering passes and the pass that finds nothing left: 340 events, at most 4 passes' worth.
  const budget = 4 * PER_PASS;
  assert.ok(statements <= budget, `${statements} statements for 340 events (budget ${budget}, ${PER_PASS} per pass)`);
  process.stdout.write(`# relay statements for 340 events: ${statements}\n`);
});

test('a backlog drained by three lanes: every event once, in per-aggregate order, with batches in flight side by side', async () => {
  await t.database.db.execute(sql`DELETE FROM webhook_endpoints`);
  let inFlight = 0;
  let mostInFlight = 0;
  const receiver = await startReceiver(0, () => {
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    setTimeout(() => (inFlight -= 1), 200).unref();
    return { status: 204, delayMs: 200 };
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: receiver.url, events: ['product.updated'] },
  });
  assert.equal(res.statusCode, 201, res.body);
  // 40 aggregates with 6 events each; each step commits after the previous one.
  for (let step = 1; step <= 6; step += 1) {
    await t.database.db.execute(sql`
      INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
      SELECT 'evt_lane_' || g || '_' || ${step}, 'product.updated', 'prod_lane_' || g, jsonb_build_object('step', ${step}::int)
      FROM generate_series(1, 40) g`);
  }
  const relay = createRelay(t.database.db, {
    timeoutMs: 10_000,
    retryBaseMs: 1000,
    allowPrivate: true,
    resolve: systemResolver,
    batchSize: 20,
    lanes: 3,
    pollMs: 10,
  });
  relay.start();
  test.after(() => relay.stop());
  await waitFor('240 deliveries', () => new Set(receiver.received.map((r) => r.eventId)).size >= 240, 120_000);
  await relay.stop();

  assert.equal(receiver.received.length, 240, 'no event sent twice');
  const steps = new Map<string, number[]>();
  for (const r of receiver.received) {
    const [, , aggregate, step] = r.eventId.split('_');
    steps.set(aggregate!, [...(steps.get(aggregate!) ?? []), Number(step)]);
  }
  assert.equal(steps.size, 40);
  for (const [aggregate, order] of steps) assert.deepEqual(order, [1, 2, 3, 4, 5, 6], `aggregate ${aggregate}`);
  // One lane holds at most one batch (20) on the wire; more at once means lanes overlapped.
  assert.ok(mostInFlight > 20, `at most ${mostInFlight} deliveries were in flight at once`);
  assert.ok(mostInFlight <= 60, `${mostInFlight} in flight: more than 3 lanes × 20`);
});
