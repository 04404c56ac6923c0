import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { startTestDatabase, openSecondHandle, TEST_DATABASE_URL } from '../../../test/support/database.ts';
import { openDatabase, migrate, queryRows, readMigrations, withTransaction, DataDirLocked, MigrationError } from './index.ts';
import { Unavailable } from '../errors.ts';
import { walSyncer } from './client.ts';

const test_db = await startTestDatabase();
const { db } = test_db.database;

function serializationFailure(): Error {
  return Object.assign(new Error('could not serialize access due to concurrent update'), { code: '40001' });
}

test('withTransaction retries serialization failures, then succeeds', async () => {
  let calls = 0;
  const result = await withTransaction(db, async () => {
    calls += 1;
    if (calls < 3) throw serializationFailure();
    return 'done';
  });
  assert.equal(result, 'done');
  assert.equal(calls, 3);
});

test('withTransaction gives up after three tries with 503 unavailable, and rolls back every try', async () => {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS retry_probe (n int)`);
  let calls = 0;
  await assert.rejects(
    withTransaction(db, async (tx) => {
      calls += 1;
      await tx.execute(sql`INSERT INTO retry_probe VALUES (1)`);
      throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    }),
    (error: unknown) => error instanceof Unavailable,
  );
  assert.equal(calls, 3);
  const rows = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM retry_probe`);
  assert.equal(rows[0]?.n, 0);
});

test('other errors are not retried', async () => {
  let calls = 0;
  await assert.rejects(
    withTransaction(db, async () => {
      calls += 1;
      throw new Error('boom');
    }),
    /boom/,
  );
  assert.equal(calls, 1);
});

test('migrations are recorded once; running again applies nothing', async () => {
  assert.deepEqual(await migrate(test_db.database), []);
  const rows = await queryRows<{ name: string }>(db, sql`SELECT name FROM schema_migrations ORDER BY name`);
  assert.deepEqual(
    rows.map((r) => r.name),
    readMigrations().map((m) => m.name),
  );
});

test('an applied migration that was edited afterwards is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-mig-'));
  try {
    const [first] = readMigrations();
    assert.ok(first);
    writeFileSync(join(dir, first.name), `${first.sql}\n-- edited`);
    await assert.rejects(migrate(test_db.database, readMigrations(dir)), MigrationError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two processes migrating one PostgreSQL at once apply each migration exactly once', { skip: !TEST_DATABASE_URL }, async () => {
  const fresh = await startTestDatabase({ migrate: false });
  const [other, another] = [await openSecondHandle(fresh), await openSecondHandle(fresh)];
  const [a, b] = await Promise.all([migrate(other), migrate(another)]);
  const all = readMigrations().map((m) => m.name);
  assert.deepEqual([...a, ...b].sort(), all.sort(), 'each migration applied by exactly one of them');
});

test('the embedded data directory is locked: a second open fails with a clear message', { skip: Boolean(TEST_DATABASE_URL) }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-lock-'));
  try {
    const first = await openDatabase({ dataDir: dir });
    await assert.rejects(openDatabase({ dataDir: dir }), (error: unknown) => {
      assert.ok(error instanceof DataDirLocked);
      assert.match(error.message, new RegExp(`in use by another Stockroom process \\(pid ${process.pid}\\)`));
      return true;
    });
    await migrate(first);
    await withTransaction(first.db, (tx) => tx.execute(sql`INSERT INTO jobs (id, name) VALUES ('job_persisted', 'probe')`));
    await first.close();
    // Closed cleanly: the lock is gone and the committed row survived.
    const reopened = await openDatabase({ dataDir: dir });
    const rows = await queryRows<{ id: string }>(reopened.db, sql`SELECT id FROM jobs`);
    assert.deepEqual(rows, [{ id: 'job_persisted' }]);
    await reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock left by a dead process is taken over', { skip: Boolean(TEST_DATABASE_URL) }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stockroom-stale-'));
  try {
    mkdirSync(dir, { recursive: true });
    const { hostname } = await import('node:os');
    writeFileSync(join(dir, 'stockroom.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const database = await openDatabase({ dataDir: dir });
    await database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'prepared statements keep working after another process migrates (SELECT * over an added column)',
  { skip: !TEST_DATABASE_URL },
  async () => {
    await db.execute(sql`CREATE TABLE plan_probe (id int PRIMARY KEY, a text NOT NULL)`);
    await db.execute(sql`INSERT INTO plan_probe VALUES (1, 'one'), (2, 'two')`);
    // This process: a pool whose every connection has prepared `SELECT *` (held open at once).
    const mine = await openDatabase({ url: TEST_DATABASE_URL, searchPath: test_db.schema, poolSize: 3 });
    after(() => mine.close());
    const readOne = (tx: typeof mine.db, id: number) =>
      queryRows<Record<string, unknown>>(tx, sql`SELECT * FROM plan_probe WHERE id = ${id}`);
    await Promise.all(
      [1, 2, 3].map(() =>
        withTransaction(mine.db, async (tx) => {
          await readOne(tx, 1);
          await tx.execute(sql`SELECT pg_sleep(0.2)`);
        }),
      ),
    );
    assert.equal(mine.poolStats()?.total, 3, 'three connections each prepared the statement');
    // Another process migrates: the result type of `SELECT *` changes.
    const other = await openSecondHandle(test_db);
    await other.db.execute(sql`ALTER TABLE plan_probe ADD COLUMN b text`);
    // Outside a transaction, on every connection, concurrently and one after another.
    const concurrent = await Promise.all([1, 2, 1, 2, 1, 2].map((id) => readOne(mine.db, id)));
    for (const rows of concurrent) assert.deepEqual(Object.keys(rows[0] ?? {}).sort(), ['a', 'b', 'id']);
    for (let i = 0; i < 6; i += 1) assert.equal((await readOne(mine.db, 1))[0]?.a, 'one');
    // And inside transactions (after a second migration, so the plans are stale again).
    await other.db.execute(sql`ALTER TABLE plan_probe ADD COLUMN c int`);
    const inTx = await Promise.all(
      [1, 2, 3].map((id) =>
        withTransaction(mine.db, async (tx) => {
          const rows = await readOne(tx, id === 3 ? 1 : id);
          await tx.execute(sql`SELECT pg_sleep(0.05)`);
          return rows;
        }),
      ),
    );
    for (const rows of inTx) assert.deepEqual(Object.keys(rows[0] ?? {}).sort(), ['a', 'b', 'c', 'id']);
  },
);

test(
  'the embedded commit fsync syncs the WAL segment being written, not a recycled future one',
  { skip: Boolean(TEST_DATABASE_URL) },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stockroom-wal-'));
    const client = new PGlite(join(dir, 'pgdata'));
    try {
      await client.waitReady;
      const walDir = join(dir, 'pgdata', 'pg_wal');
      const writing = async () => (await client.query<{ s: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS s')).rows[0]!.s;
      const sync = walSyncer(walDir, writing);
      await client.exec('CREATE TABLE wal_probe (x text)');
      assert.deepEqual(await sync(), [await writing()]);
      const first = await writing();
      // More than one 16 MiB segment of WAL: the next sync covers every segment written since.
      await client.exec("INSERT INTO wal_probe SELECT repeat('x', 1000) FROM generate_series(1, 20000)");
      const second = await writing();
      assert.ok(second > first, 'the WAL moved on to a later segment');
      const synced = await sync();
      assert.equal(synced[0], first, 'the rest of the segment synced last');
      assert.equal(synced.at(-1), second, 'and the one being written');
      // A checkpoint recycles old segments into future names: the greatest name is not being written.
      await client.exec('CHECKPOINT');
      await client.exec("INSERT INTO wal_probe VALUES ('after the checkpoint')");
      const current = await writing();
      const greatest = readdirSync(walDir)
        .filter((n) => /^[0-9A-F]{24}$/.test(n))
        .sort()
        .at(-1);
      assert.notEqual(greatest, current, 'the greatest segment name (what a directory listing would pick) is a recycled, unwritten one');
      const afterCheckpoint = await sync();
      assert.equal(afterCheckpoint.at(-1), current);
      assert.ok(!afterCheckpoint.includes(greatest!));
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test(
  'a connection that dies while a transaction holds it fails that transaction, never the process',
  { skip: !TEST_DATABASE_URL },
  async () => {
    // pg emits 'error' on a checked-out client whose socket ends (the server killed the backend, a
    // failover, or our own query-timeout handling destroying the stream); pg-pool only listens while
    // the client is idle, so without a listener of ours the whole server crashed.
    const uncaught: unknown[] = [];
    const record = (error: unknown): void => void uncaught.push(error);
    process.on('uncaughtException', record);
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      await assert.rejects(
        db.transaction(async (tx) => {
          const rows = await queryRows<{ pid: number }>(tx, sql`SELECT pg_backend_pid() AS pid`);
          await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
          // The socket's end reaches the client a moment later; wait for it inside the transaction.
          for (let i = 0; i < 100; i += 1) {
            await tx.execute(sql`SELECT 1`);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.deepEqual(uncaught, []);
      const after = await queryRows<{ one: number }>(db, sql`SELECT 1 AS one`);
      assert.equal(after[0]?.one, 1);
    } finally {
      process.off('uncaughtException', record);
      await admin.end();
    }
  },
);
