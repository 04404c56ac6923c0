import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestDatabase, openSecondHandle, TEST_DATABASE_URL } from '../../test/support/database.ts';
import { claimJobs, enqueue, findJob, runJob, startWorker } from './jobs.ts';
import { emit } from './outbox.ts';
import { queryRows, withTransaction } from './db/index.ts';

const testDb = await startTestDatabase();
const { db } = testDb.database;

test('a job enqueued in a rolled-back transaction never exists', async () => {
  await assert.rejects(withTransaction(db, async (tx) => {
    await enqueue(tx, 'probe', { dedupeKey: 'rolled-back' });
    throw new Error('abort');
  }));
  const rows = await queryRows(db, sql`SELECT 1 FROM jobs WHERE dedupe_key = 'rolled-back'`);
  assert.equal(rows.length, 0);
});

test('an outbox event commits or rolls back with its transaction', async () => {
  await assert.rejects(withTransaction(db, async (tx) => {
    await emit(tx, 'probe.rolled_back', {});
    throw new Error('abort');
  }));
  await withTransaction(db, (tx) => emit(tx, 'probe.committed', { n: 1 }));
  const rows = await queryRows<{ type: string }>(db, sql`SELECT type FROM outbox_events WHERE type LIKE 'probe.%'`);
  assert.deepEqual(rows, [{ type: 'probe.committed' }]);
});

test('a worker runs a job, records progress and result', async () => {
  const id = await enqueue(db, 'count', { payload: { to: 3 } });
  const worker = startWorker(db, {
    count: async (job, context) => {
      await context.progress({ done: 1 });
      return { counted: job.payload.to };
    },
  }, { pollMs: 60_000 });
  assert.equal(await worker.drain(), 1);
  await worker.stop();
  const job = await findJob(db, id);
  assert.equal(job?.status, 'succeeded');
  assert.deepEqual(job?.progress, { done: 1 });
  assert.deepEqual(job?.result, { counted: 3 });
});

test('a failing job is retried with backoff, then parked as dead', async () => {
  const id = await enqueue(db, 'always_fails', { maxAttempts: 2 });
  const failing = async () => { throw new Error('provider down'); };
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
    claimJobs(db, ['fanout'], 10), claimJobs(other.db, ['fanout'], 10),
    claimJobs(db, ['fanout'], 10), claimJobs(other.db, ['fanout'], 10),
  ]);
  const ids = batches.flat().map((j) => j.id);
  assert.equal(ids.length, 40);
  assert.equal(new Set(ids).size, 40);
});
