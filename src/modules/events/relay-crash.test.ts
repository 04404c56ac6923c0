import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { childEnv, startChild } from '../../../test/support/child.ts';
import { TEST_DATABASE_URL } from '../../../test/support/database.ts';
import { startReceiver, waitFor } from '../../../test/support/receiver.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { emit } from '../../platform/outbox.ts';

// CHECKS.md R12 with a real crash: the server process running the relay is SIGKILLed in the middle
// of a batch (requests in flight, outcomes unrecorded) and started again. Every event arrives at
// least once, and a receiver that deduplicates on Stockroom-Event-Id sees each exactly once.
const skip = !TEST_DATABASE_URL;
const t = skip ? undefined : await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' });

test('relay SIGKILLed mid-batch and restarted: at least once, exactly once after dedup by event id', { skip }, async () => {
  if (!t) throw new Error('needs server PostgreSQL');
  const EVENTS = 150;
  // Slow answers keep a batch in flight when the kill comes.
  const receiver = await startReceiver(0, () => ({ status: 200, delayMs: 150 }));
  const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/webhooks',
    headers: owner,
    payload: { url: receiver.url, events: ['product.updated'] },
  });
  assert.equal(res.statusCode, 201, res.body);
  const emitted: string[] = [];
  for (let i = 0; i < EVENTS; i += 1) {
    emitted.push(await withTransaction(t.database.db, (tx) => emit(tx, 'product.updated', { i }, `prod_crash_${i % 30}`)));
  }
  const env = childEnv(TEST_DATABASE_URL!, t.testDatabase.schema!, {
    STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true',
    STOCKROOM_WEBHOOKS_TIMEOUT_MS: '1000',
    STOCKROOM_WEBHOOKS_RETRY_BASE_MS: '100',
  });
  const first = await startChild(env);
  await waitFor('a batch in flight', () => receiver.received.length >= 20, 60_000);
  assert.equal(await first.kill(), 'SIGKILL');
  const [leased] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'pending' AND claim_token IS NOT NULL`,
  );
  assert.ok((leased?.n ?? 0) > 0, 'the kill left claimed, unrecorded deliveries behind');

  const second = await startChild(env);
  try {
    await waitFor(
      'every event',
      async () => {
        const [row] = await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'delivered'`,
        );
        return row?.n === EVENTS;
      },
      90_000,
    );
  } finally {
    await second.kill();
  }
  const ids = receiver.received.map((r) => r.eventId);
  const unique = new Set(ids);
  assert.deepEqual([...unique].sort(), [...emitted].sort(), 'every event at least once; after dedup exactly the emitted set');
  assert.ok(ids.length >= EVENTS);
});
