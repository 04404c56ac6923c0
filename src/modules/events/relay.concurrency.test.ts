import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { openSecondHandle, startTestDatabase, TEST_DATABASE_URL } from '../../../test/support/database.ts';
import { startReceiver, waitFor } from '../../../test/support/receiver.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { emit } from '../../platform/outbox.ts';
import { createRelay } from './runner.ts';
import { sequenceOutbox } from './relay.ts';
import { systemResolver } from './ssrf.ts';

// Relays on one PostgreSQL, as several server processes would run them: commit order (not outbox id
// order) per aggregate and in the feed, and each event delivered once per endpoint by two relays.
const skip = !TEST_DATABASE_URL;
const t = skip
  ? undefined
  : await startTestApp(
      { STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' },
      await startTestDatabase({ poolSize: 8 }),
    );
const need = () => {
  if (!t) throw new Error('needs server PostgreSQL');
  return t;
};
const options = { timeoutMs: 2000, retryBaseMs: 50, allowPrivate: true, resolve: systemResolver, pollMs: 10 };

async function register(url: string): Promise<string> {
  const app = need();
  const owner = { authorization: `Bearer ${await createStaffToken(app, 'owner')}` };
  const res = await app.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url, events: ['product.updated'] },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: string }>().id;
}

const feed = async (after: number) =>
  queryRows<{ seq: string; id: string; payload: { step: string } }>(
    need().database.db,
    sql`SELECT seq::text, id::text, payload FROM outbox_events WHERE seq > ${after} AND aggregate_id = 'prod_ordered' ORDER BY seq`,
  );

test('two transactions committing out of id order: the feed and the deliveries follow commit order', { skip }, async () => {
  const { database } = need();
  const receiver = await startReceiver();
  await register(receiver.url);
  const second = await openSecondHandle(need().testDatabase);

  let releaseFirst!: () => void;
  const firstMayCommit = new Promise<void>((r) => (releaseFirst = r));
  let firstEmitted!: () => void;
  const emittedFirst = new Promise<void>((r) => (firstEmitted = r));
  // The first transaction takes the lower outbox id, then waits; the second takes a higher id and commits.
  const first = withTransaction(database.db, async (tx) => {
    await emit(tx, 'product.updated', { step: 'first-by-id' }, 'prod_ordered');
    firstEmitted();
    await firstMayCommit;
  });
  await emittedFirst;
  await withTransaction(second.db, async (tx) => {
    await emit(tx, 'product.updated', { step: 'second-by-id' }, 'prod_ordered');
  });
  await sequenceOutbox(database.db);
  const seen = await feed(0);
  assert.deepEqual(
    seen.map((e) => e.payload.step),
    ['second-by-id'],
    'only the committed event is in the feed',
  );
  const cursor = Number(seen[0]!.seq);
  releaseFirst();
  await first;
  await sequenceOutbox(database.db);
  const later = await feed(cursor);
  assert.deepEqual(
    later.map((e) => e.payload.step),
    ['first-by-id'],
    'the late commit comes after the cursor (an id cursor would have skipped it)',
  );
  assert.ok(Number(later[0]!.id) < Number(seen[0]!.id), 'its outbox id is the older one');

  const relay = createRelay(database.db, options);
  await relay.drain();
  await relay.stop();
  assert.deepEqual(
    receiver.received.map((r) => (JSON.parse(r.body) as { data: { step: string } }).data.step),
    ['second-by-id', 'first-by-id'],
    'delivered in commit order',
  );
  await database.db.execute(sql`DELETE FROM webhook_endpoints`);
});

test('two relays on one database: each event reaches each endpoint once, in per-aggregate order', { skip }, async () => {
  const { database, testDatabase } = need();
  const receivers = [await startReceiver(), await startReceiver()];
  for (const r of receivers) await register(r.url);
  const AGGREGATES = 12;
  const PER_AGGREGATE = 15;
  // Each event its own transaction, aggregates interleaved.
  for (let n = 0; n < PER_AGGREGATE; n += 1) {
    for (let a = 0; a < AGGREGATES; a += 1) {
      await withTransaction(database.db, (tx) => emit(tx, 'product.updated', { aggregate: a, n }, `prod_two_${a}`).then(() => undefined));
    }
  }
  const other = await openSecondHandle(testDatabase);
  const relays = [createRelay(database.db, { ...options, batchSize: 7 }), createRelay(other.db, { ...options, batchSize: 7 })];
  for (const relay of relays) relay.start();
  const total = AGGREGATES * PER_AGGREGATE;
  await waitFor('every delivery', () => receivers.every((r) => r.received.length >= total), 60_000);
  // Let anything in flight land, then stop both.
  await new Promise((r) => setTimeout(r, 300));
  await Promise.all(relays.map((relay) => relay.stop()));

  for (const receiver of receivers) {
    assert.equal(receiver.received.length, total, 'no event twice');
    assert.equal(new Set(receiver.received.map((r) => r.eventId)).size, total);
    const byAggregate = new Map<number, number[]>();
    for (const r of receiver.received) {
      const { data } = JSON.parse(r.body) as { data: { aggregate: number; n: number } };
      byAggregate.set(data.aggregate, [...(byAggregate.get(data.aggregate) ?? []), data.n]);
    }
    for (const [aggregate, order] of byAggregate) {
      assert.deepEqual(order, [...Array(PER_AGGREGATE).keys()], `aggregate ${aggregate} in order`);
    }
  }
  const [claims] = await queryRows<{ relays_used: number }>(
    database.db,
    sql`SELECT count(*)::int AS relays_used FROM webhook_attempts WHERE succeeded`,
  );
  assert.equal(claims?.relays_used, total * receivers.length, 'one successful attempt per event and endpoint');
});
