import { after } from 'node:test';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { openDatabase, migrate, readMigrations, type Database } from '../../src/platform/db/index.ts';

/** The server under test, if any: CI runs the suite a second time with DATABASE_URL set. */
export const TEST_DATABASE_URL = process.env.DATABASE_URL || undefined;

export interface TestDatabase {
  database: Database;
  /** The schema this test file owns on server PostgreSQL (undefined on PGlite). */
  schema: string | undefined;
}

/**
 * Connection budget on server PostgreSQL (max_connections 100 by default, shared by every test file
 * running at once, TEST_CONCURRENCY=3, and anything else using the server): a test file's pool holds
 * TEST_POOL_SIZE connections, a concurrency test asks for more (CHECKS.md R1: 2 processes × 10).
 * Requests beyond the pool queue for a connection; on a loaded 2-core machine that queue can be
 * seconds long, so test pools wait up to TEST_CONNECT_TIMEOUT_MS for one instead of the server's 3 s
 * (a test of connect timeouts opens its own database with its own).
 */
export const TEST_POOL_SIZE = 5;
export const TEST_CONNECT_TIMEOUT_MS = 60_000;

export interface TestDatabaseOptions {
  poolSize?: number;
  migrate?: boolean;
}

/**
 * A fresh, migrated database for one test file: its own in-memory PGlite, or its own schema on the
 * PostgreSQL server (created here and dropped when the file's tests end), so files run in parallel.
 */
export async function startTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const database = options.migrate === false ? await openDatabase({ dataDir: 'memory://' }) : await openMigratedEmbedded();
    after(() => database.close());
    return { database, schema: undefined };
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = await openDatabase({
    url: TEST_DATABASE_URL,
    searchPath: schema,
    poolSize: options.poolSize ?? TEST_POOL_SIZE,
    connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS,
  });
  if (options.migrate !== false) await migrate(database);
  after(async () => {
    await database.close();
    const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await cleanup.connect();
    await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
    await cleanup.end();
  });
  return { database, schema };
}

/** Opens a second handle on the same test database (a second app instance, as another process would). */
export async function openSecondHandle(test: TestDatabase, options: { poolSize?: number } = {}): Promise<Database> {
  if (!TEST_DATABASE_URL || !test.schema) throw new Error('a second handle needs server PostgreSQL');
  const database = await openDatabase({
    url: TEST_DATABASE_URL,
    searchPath: test.schema,
    poolSize: options.poolSize ?? TEST_POOL_SIZE,
    connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS,
  });
  after(() => database.close());
  return database;
}

/**
 * A fresh in-memory PGlite with every migration applied. Creating a cluster (initdb) costs seconds,
 * so the first test file to need one dumps it as a template keyed by the migrations' checksums, and
 * later files load that dump instead.
 */
async function openMigratedEmbedded(): Promise<Database> {
  const key = createHash('sha256')
    .update(
      readMigrations()
        .map((m) => `${m.name}:${m.checksum}`)
        .join(','),
    )
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), 'stockroom-test-templates');
  const file = join(dir, `pglite-${key}.tar`);
  if (existsSync(file)) {
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(file)]) });
    await migrate(database); // a no-op, and a check that the template is what it claims
    return database;
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const dump = await database.dump?.();
  if (dump) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file); // atomic: parallel files never read a half-written template
  }
  return database;
}
