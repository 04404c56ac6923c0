import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestDatabase, openSecondHandle, TEST_DATABASE_URL } from '../../test/support/database.ts';
import { claimJobs, enqueue, findJob, JobClaimLost, runJob, startWorker } from './jobs.ts';
import { emit } from './outbox.ts';
import { queryRows, withTransaction } from './db/index.ts';

const testDb = await startTestDatabase();
const { db } = testDb.database;

test('a job enqueued in a rolled-back transaction never exists', async () => {
  await assert.rejects(
    withTransaction(db, async (tx) => {
      await enqueue(tx, 'probe', { dedupeKey: 'rolled-back' });
      throw new Error('abort');
    }),
  );
  const rows = await queryRows(db, sql`SELECT 1 FROM jobs WHERE dedupe_key = 'rolled-back'`);
  assert.equal(rows.length, 0);
});

test('an outbox event commits or rolls back with its transaction', async () => {
  await assert.rejects(
    withTransaction(db, async (tx) => {
      await emit(tx, 'probe.rolled_back', {});
      throw new Error('abort');
    }),
  );
  await withTransaction(db, (tx) => emit(tx, 'probe.committed', { n: 1 }));
  const rows = await queryRows<{ type: string }>(db, sql`SELECT type FROM outbox_events WHERE type LIKE 'probe.%'`);
  assert.deepEqual(rows, [{ type: 'probe.committed' }]);
});

test('a worker runs a job, records progress and result', async () => {
  const id = await enqueue(db, 'count', { payload: { to: 3 } });
  const worker = startWorker(
    db,
    {
      count: async (job, context) => {
        await context.progress({ done: 1 });
        return { counted: job.payload.to };
      },
    },
    { pollMs: 60_000 },
  );
  assert.equal(await worker.drain(), 1);
  await worker.stop();
  const job = await findJob(db, id);
  assert.equal(job?.status, 'succeeded');
  assert.deepEqual(job?.progress, { done: 1 });
  assert.deepEqual(job?.result, { counted: 3 });
});

test('a failing job is retried with backoff, then parked as dead', async () => {
  const id = await enqueue(db, 'always_fails', { maxAttempts: 2 });
  const failing = async () => {
    throw new Error('provider down');
  };
  let [job] = await claimJobs(db, ['always_fails'], 1);
  assert.ok(job);
  await runJob(db, job, failing);
  assert.equal((await findJob(db, id))?.status, 'queued');
  await db.execute(sql`UPDATE jobs SET run_at = now() WHERE id = ${id}`);
  [job] = await claimJobs(db, ['always_fails'], 1);
  assert.ok(job);
  await runJob(db, job, failing);
  const dead = await findJob(db, id);
  assert.equal(dead?.status, 'dead');
  assert.equal(dead?.lastError, 'provider down');
});

test('a dedupe key enqueues once', async () => {
  const a = await enqueue(db, 'periodic', { dedupeKey: 'slot-1' });
  const b = await enqueue(db, 'periodic', { dedupeKey: 'slot-1' });
  assert.equal(a, b);
});

test('concurrent workers never claim the same job (SKIP LOCKED)', { skip: !TEST_DATABASE_URL }, async () => {
  for (let i = 0; i < 40; i += 1) await enqueue(db, 'fanout');
  const other = await openSecondHandle(testDb);
  const batches = await Promise.all([
    claimJobs(db, ['fanout'], 10),
    claimJobs(other.db, ['fanout'], 10),
    claimJobs(db, ['fanout'], 10),
    claimJobs(other.db, ['fanout'], 10),
  ]);
  const ids = batches.flat().map((j) => j.id);
  assert.equal(ids.length, 40);
  assert.equal(new Set(ids).size, 40);
});

test('a worker runs due jobs in run_at order, not in the order they were stored', async () => {
  const base = Date.now() - 60 * 60 * 1000;
  // Stored newest-due first, so the physical order is the reverse of the due order.
  for (const [i, label] of ['c', 'b', 'a', 'e', 'd'].entries()) {
    const minutes = { a: 1, b: 2, c: 3, d: 4, e: 5 }[label]!;
    await enqueue(db, 'ordered', { payload: { label, i }, runAt: new Date(base + minutes * 60_000) });
  }
  const [first, second, third] = await claimJobs(db, ['ordered'], 3);
  assert.deepEqual(
    [first, second, third].map((j) => j?.payload.label),
    ['a', 'b', 'c'],
    'a claimed batch comes back in run_at order',
  );
  for (const job of [first, second, third]) if (job) await runJob(db, job, async () => ({}));
  const order: unknown[] = [];
  const worker = startWorker(
    db,
    {
      ordered: async (job) => {
        order.push(job.payload.label);
      },
    },
    { pollMs: 60_000 },
  );
  await worker.drain();
  await worker.stop();
  assert.deepEqual(order, ['d', 'e']);
});

test('a worker that lost its claim cannot mark the job done, nor report progress', async () => {
  const id = await enqueue(db, 'stolen');
  const [mine] = await claimJobs(db, ['stolen'], 1, { leaseSeconds: 60 });
  assert.ok(mine);
  let lostProgress: unknown;
  let signalled = false;
  const recorded = await runJob(
    db,
    mine,
    async (_job, context) => {
      // This worker stalls past its lease; another worker claims the job meanwhile.
      await db.execute(sql`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = ${id}`);
      const [theirs] = await claimJobs(db, ['stolen'], 1);
      assert.equal(theirs?.id, id, 'the expired job is claimed again');
      try {
        await context.progress({ step: 'after losing the claim' });
      } catch (error) {
        lostProgress = error;
      }
      signalled = context.signal?.aborted ?? false;
      return { by: 'the stalled worker' };
    },
    { heartbeatMs: 60_000 },
  );
  assert.equal(recorded, false, "the stalled worker's outcome is not recorded");
  assert.ok(lostProgress instanceof JobClaimLost, 'progress after losing the claim throws');
  assert.ok(signalled, "the handler's signal is aborted");
  const job = await findJob(db, id);
  assert.equal(job?.status, 'running', 'still running under the new claim, not marked done');
  assert.equal(job?.result, null);
  assert.deepEqual(job?.progress, {});
  assert.equal(job?.attempts, 2);
});

test("the current claim holder finishes the job even after another worker's stale finish", async () => {
  const id = await enqueue(db, 'handover');
  const [stale] = await claimJobs(db, ['handover'], 1);
  assert.ok(stale);
  await db.execute(sql`UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = ${id}`);
  const [current] = await claimJobs(db, ['handover'], 1);
  assert.ok(current);
  assert.equal(await runJob(db, stale, async () => ({ by: 'stale' })), false);
  assert.equal(await runJob(db, current, async () => ({ by: 'current' })), true);
  const job = await findJob(db, id);
  assert.equal(job?.status, 'succeeded');
  assert.deepEqual(job?.result, { by: 'current' });
});

test('a job that outlives its lease is not claimed by another worker while its heartbeat runs', { skip: !TEST_DATABASE_URL }, async () => {
  const other = await openSecondHandle(testDb);
  const id = await enqueue(db, 'long_running');
  // A generous lease against the heartbeat (every 0.5 s), so a loaded machine's scheduling delays
  // cannot make a live worker miss it; the job runs well past the lease first granted.
  const leaseSeconds = 5;
  let stolen = 0;
  let ran = 0;
  const worker = startWorker(
    db,
    {
      long_running: async () => {
        ran += 1;
        // Run until the lease first granted has run out for certain (on the server's clock), then
        // keep running a while longer; another worker polls for due jobs the whole time.
        const [{ deadline }] = (await queryRows<{ deadline: string }>(
          db,
          sql`
        SELECT (now() + make_interval(secs => ${leaseSeconds + 3}))::text AS deadline`,
        )) as [{ deadline: string }];
        for (;;) {
          stolen += (await claimJobs(other.db, ['long_running'], 1, { leaseSeconds })).length;
          const [{ done }] = (await queryRows<{ done: boolean }>(db, sql`SELECT now() > ${deadline}::timestamptz AS done`)) as [
            { done: boolean },
          ];
          if (done) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        return { ok: true };
      },
    },
    { pollMs: 60_000, leaseSeconds, heartbeatMs: 500 },
  );
  assert.equal(await worker.drain(), 1);
  await worker.stop();
  assert.equal(stolen, 0, 'no other worker claimed the job while it ran');
  assert.equal(ran, 1);
  const job = await findJob(db, id);
  assert.equal(job?.status, 'succeeded');
  assert.equal(job?.attempts, 1);
});
