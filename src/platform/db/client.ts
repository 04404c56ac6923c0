import { closeSync, fsync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync, constants } from 'node:fs';
import { hostname } from 'node:os';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { Database, Db } from './types.ts';
import { isStalePreparedStatement, registerCommitHook } from './tx.ts';
import { openReplicaRouting } from './replicas.ts';

export interface OpenDatabaseOptions {
  /** `postgres://…` for a server; undefined for the embedded database. */
  url?: string | undefined;
  /** Embedded data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** Server only: prepare and reuse statements per connection (default true). */
  prepareStatements?: boolean;
  /** Server only: run every connection with this search_path (each test file gets its own schema). */
  searchPath?: string;
  /** Embedded only: fsync the write-ahead log after every committed transaction. */
  fsyncOnCommit?: boolean;
  /** Embedded, in memory only: start from this dump (`dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob;
}

export class DataDirLocked extends Error {
  override name = 'DataDirLocked';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Opens the database the configuration names: `DATABASE_URL`, or the embedded one in the data dir. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    connectTimeoutMs: config.dbConnectTimeoutMs,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    fsyncOnCommit: config.embeddedFsync,
  });
}

/** Opens PostgreSQL (when `url` is set) or the embedded PGlite database. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options) : openEmbedded(options);
}

/**
 * The node-postgres pool settings for a server database. Besides the server-side statement_timeout,
 * the client bounds every query itself (`query_timeout`, a little above statement_timeout): when the
 * network path silently drops packets, the server's timeout error never arrives, and a request
 * holding a connection would otherwise wait as long as TCP retransmits (minutes). TCP keepalive
 * makes the OS notice a dead peer on idle connections too.
 */
export function postgresPoolConfig(url: string, options: OpenDatabaseOptions): pg.PoolConfig {
  const statementTimeoutMs = options.statementTimeoutMs ?? 15000;
  const pgOptions = [`-c statement_timeout=${statementTimeoutMs}`];
  const fromUrl = new URL(url).searchParams.get('options'); // e.g. `-c search_path=shop`
  if (fromUrl) pgOptions.push(fromUrl);
  if (options.searchPath) pgOptions.push(`-c search_path=${options.searchPath}`);
  return {
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
    application_name: 'stockroom',
    options: pgOptions.join(' '),
    query_timeout: statementTimeoutMs + QUERY_TIMEOUT_SLACK_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

/** The client's bound on one migration script (many statements, each under statement_timeout). */
const SCRIPT_QUERY_TIMEOUT_MS = 30 * 60 * 1000;

/** How much longer than statement_timeout the client waits for an answer before giving up. */
export const QUERY_TIMEOUT_SLACK_MS = 2000;

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const subscribers = new Map<string, Set<(payload: string, own: boolean) => void>>();
  const schema: { name?: string } = {};
  /** Backend pids of this pool's connections: their notifications reach this process through them. */
  const ownBackends = new Set<number>();
  const dispatch = (channel: string, payload: string): void => {
    const message = ofSchema(payload, schema.name);
    if (message === undefined) return;
    for (const fn of subscribers.get(channel) ?? []) fn(message, true);
  };
  const listenOnConnection = async (client: pg.ClientBase): Promise<void> => {
    const pid = (client as unknown as { processID?: number }).processID;
    client.on('notification', (message) => {
      if (message.processId === pid) dispatch(message.channel, message.payload ?? '');
    });
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    if (pid !== undefined) ownBackends.add(pid);
  };
  const pool = new pg.Pool({
    ...postgresPoolConfig(url, options),
    // Every pooled connection listens for change notifications, and handles those its own
    // transactions sent: they arrive before its COMMIT answers, so this process drops stale cache
    // entries before the writing request responds (read-your-writes). Other processes' changes are
    // the dedicated listener's (`listen`), which skips this pool's own, so each change is handled once.
    // pg-pool waits for the hook's promise before handing the connection out (its typings say void).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onConnect: listenOnConnection,
  });
  pool.on('remove', (client) => {
    const pid = (client as unknown as { processID?: number }).processID;
    if (pid !== undefined) ownBackends.delete(pid);
  });
  // A connection that dies while idle (server restart) must not crash the process; the pool drops it.
  pool.on('error', () => undefined);
  const generation = { value: 0 };
  pool.on('connect', (client) => {
    keepProcessOnConnectionLoss(client);
    dropConnectionOnQueryTimeout(client);
    if (options.prepareStatements !== false) preparePerConnection(client, generation);
  });
  const stats = { queries: 0 };
  const db = drizzlePg(pool, {
    logger: {
      logQuery: () => {
        stats.queries += 1;
      },
    },
  }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    stats,
    async ping(timeoutMs) {
      await withTimeout(pool.query('SELECT 1'), timeoutMs);
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async listen(channel, onNotify, onGap) {
      // The dedicated connection hears other processes' changes while the pool is idle or empty.
      const set = subscribers.get(channel) ?? new Set();
      subscribers.set(channel, set);
      const dedicated = new Set([onNotify]);
      const stop = await listenPostgres(
        url,
        options,
        channel,
        schema,
        ownBackends,
        (payload) => dedicated.forEach((fn) => fn(payload, false)),
        onGap,
      );
      if (channel === CHANGE_CHANNEL) set.add(onNotify);
      return async () => {
        set.delete(onNotify);
        dedicated.clear();
        await stop();
      };
    },
    openReplicas(urls, settings) {
      const replicaGeneration = { value: 0 };
      return openReplicaRouting(
        pool,
        urls,
        settings,
        (replicaUrl) => postgresPoolConfig(replicaUrl, options),
        (client) => {
          keepProcessOnConnectionLoss(client);
          dropConnectionOnQueryTimeout(client);
          if (options.prepareStatements !== false) preparePerConnection(client, replicaGeneration);
        },
        stats,
      );
    },
    async scriptTransaction(fn) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await fn(async (script) => {
          // A script (one migration file) runs many statements in one message; statement_timeout
          // bounds each, so the client's bound for the whole message is a generous one.
          const out = (await connection.query({ text: script, query_timeout: SCRIPT_QUERY_TIMEOUT_MS } as pg.QueryConfig)) as
            pg.QueryResult | pg.QueryResult[];
          const last = Array.isArray(out) ? out.at(-1) : out;
          return (last?.rows ?? []) as Record<string, unknown>[];
        });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** The channel the database's change triggers notify (migration 0018); pooled connections listen on it. */
export const CHANGE_CHANNEL = 'stockroom_cache';

/** How long a lost LISTEN connection waits before it connects again. */
const LISTEN_RETRY_MS = 500;

/**
 * A LISTEN on its own connection (outside the pool: a pooled connection is handed to other work).
 * When the connection fails it is opened again after a short pause, and `onGap` tells the listener
 * that notifications may have been missed meanwhile.
 */
/**
 * The message of a `<schema>:<message>` payload when it belongs to `schema` (any schema while it is
 * not known yet: an extra invalidation is harmless, a missed one is not).
 */
function ofSchema(payload: string, schema: string | undefined): string | undefined {
  const colon = payload.indexOf(':');
  if (colon < 0) return payload;
  if (schema !== undefined && payload.slice(0, colon) !== schema) return undefined;
  return payload.slice(colon + 1);
}

async function listenPostgres(
  url: string,
  options: OpenDatabaseOptions,
  channel: string,
  schema: { name?: string },
  ownBackends: ReadonlySet<number>,
  onNotify: (payload: string) => void,
  onGap?: () => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const config = postgresPoolConfig(url, options);
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ ...config, query_timeout: undefined, keepAlive: true });
    next.on('notification', (notification) => {
      if (notification.channel !== channel || ownBackends.has(notification.processId)) return;
      const message = ofSchema(notification.payload ?? '', schema.name);
      if (message !== undefined) onNotify(message);
    });
    next.on('error', () => undefined);
    next.on('end', () => {
      if (closed || client !== next) return;
      client = undefined;
      retry = setTimeout(reconnect, LISTEN_RETRY_MS);
    });
    await next.connect();
    schema.name = (await next.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0]?.schema;
    await next.query(`LISTEN ${channel}`);
    client = next;
  };
  const reconnect = (): void => {
    if (closed) return;
    connect().then(
      () => onGap?.(),
      () => {
        retry = setTimeout(reconnect, LISTEN_RETRY_MS);
      },
    );
  };
  await connect();
  return async () => {
    closed = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

const PREPARE_MAX_PARAMS = 100;
const PREPARE_MAX_TEXT = 8_000;

/**
 * A query that timed out on the client leaves its connection waiting for an answer that may never
 * come (the statement is still active on it): the connection is destroyed, so the pool replaces it
 * instead of handing it to the next request.
 */
/**
 * pg emits 'error' on a client whose socket ends (the server killed the backend, a failover, or
 * `dropConnectionOnQueryTimeout` below); pg-pool listens only while the client is idle, so a
 * connection lost while a request holds it would be an uncaught error that ends the process. The
 * loss already reaches the request as its query's rejection, and pg-pool drops the client when it is
 * released (it is no longer queryable), so the event itself needs no handling.
 */
function keepProcessOnConnectionLoss(client: pg.ClientBase): void {
  client.on('error', () => undefined);
}

function dropConnectionOnQueryTimeout(client: pg.PoolClient): void {
  type Query = (...args: unknown[]) => unknown;
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      if (error instanceof Error && error.message === 'Query read timeout') {
        (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      }
      throw error;
    });
  };
}

/**
 * Makes each connection prepare the statements it runs and reuse them: planning a catalog page
 * query costs about as much as running it, and the same few statement texts serve nearly every
 * request. A statement is named by a hash of its text, so the name is stable across requests and
 * connections. Bulk statements (many parameters, long texts) vary with their row count and are
 * left unprepared, which bounds the statements a connection keeps.
 *
 * When another process migrates, a prepared statement whose result columns changed (`SELECT *`,
 * `RETURNING *`) fails once with "cached plan must not change result type". The first connection
 * to see that bumps the pool-wide `generation`, which is part of every statement name, so from then
 * on every connection of the pool prepares its statements afresh instead of each failing once. The
 * failed statement is retried at once when it ran outside a transaction; inside one, the
 * transaction is aborted and `withTransaction` retries it (see `isStalePreparedStatement`).
 * Statements of older generations stay prepared until their connection closes (a few per migration).
 */
function preparePerConnection(client: pg.PoolClient, generation: { value: number }): void {
  type Query = (...args: unknown[]) => unknown;
  const query = client.query.bind(client) as Query;
  const hashes = new Map<string, string>();
  const nameOf = (text: string): string => {
    let hash = hashes.get(text);
    if (hash === undefined) {
      hash = createHash('sha1').update(text).digest('hex').slice(0, 24);
      hashes.set(text, hash);
    }
    return `s${hash}_${generation.value}`;
  };
  (client as unknown as { query: Query }).query = (config: unknown, values?: unknown, ...rest: unknown[]) => {
    if (
      config &&
      typeof config === 'object' &&
      !('name' in config && (config as { name?: unknown }).name) &&
      typeof (config as { text?: unknown }).text === 'string' &&
      Array.isArray(values) &&
      values.length > 0 &&
      values.length <= PREPARE_MAX_PARAMS &&
      rest.length === 0
    ) {
      const text = (config as { text: string }).text;
      if (text.length <= PREPARE_MAX_TEXT) {
        const used = generation.value;
        const first = query({ ...config, name: nameOf(text) }, values) as Promise<unknown>;
        return first.catch((error: unknown) => {
          if (!isStalePreparedStatement(error)) throw error;
          if (generation.value === used) generation.value += 1;
          // Inside a transaction the error aborted it: only the whole transaction can be retried.
          if (client.getTransactionStatus() !== 'I') throw error;
          return query({ ...config, name: nameOf(text) }, values);
        });
      }
    }
    return query(config, values, ...rest);
  };
}

/**
 * Takes an exclusive lock on the data directory: PGlite has none of its own, and two processes
 * writing one directory corrupt it. The lock file holds the owner's pid; a lock whose pid is gone
 * (a killed process) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lockPath = join(dir, 'stockroom.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: unknown; host?: unknown } = {};
      try {
        holder = JSON.parse(readFileSync(lockPath, 'utf8')) as typeof holder;
      } catch {
        /* half-written */
      }
      const pid = typeof holder.pid === 'number' ? holder.pid : undefined;
      if (pid !== undefined && holder.host === hostname() && !isAlive(pid)) {
        unlinkSync(lockPath); // the holder died without cleaning up: take over
        continue;
      }
      throw new DataDirLocked(
        `The data directory ${dir} is in use by another Stockroom process (pid ${pid ?? 'unknown'}). ` +
          'Stop it first, or point STOCKROOM_DATA_DIR elsewhere.',
      );
    }
  }
  throw new DataDirLocked(`Could not lock the data directory ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  const inMemory = !options.dataDir || options.dataDir.startsWith('memory://');
  let unlock = (): void => undefined;
  let client: PGlite;
  let walDir: string | undefined;
  if (inMemory) {
    client = new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  } else {
    const dir = resolve(options.dataDir ?? './data');
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dir);
    const pgdata = join(dir, 'pgdata');
    try {
      client = new PGlite(pgdata);
      await client.waitReady;
    } catch (error) {
      unlock();
      throw error;
    }
    walDir = join(pgdata, 'pg_wal');
  }
  await client.waitReady;
  const stats = { queries: 0 };
  const db = drizzlePglite(client, {
    logger: {
      logQuery: () => {
        stats.queries += 1;
      },
    },
  }) as unknown as Db;
  if (walDir && options.fsyncOnCommit !== false) {
    const sync = walSyncer(walDir, () => currentWalSegment(client));
    registerCommitHook(db, async () => {
      await sync();
    });
  }
  return {
    kind: 'pglite',
    db,
    stats,
    async ping(timeoutMs) {
      await withTimeout(client.query('SELECT 1'), timeoutMs);
    },
    poolStats: () => undefined,
    async listen(channel, onNotify) {
      const unlisten = await client.listen(channel, (payload) => {
        const message = ofSchema(payload, undefined);
        if (message !== undefined) onNotify(message, true); // one process: every change is its own
      });
      return () => unlisten();
    },
    scriptTransaction: (fn) =>
      client.transaction((tx) =>
        fn(async (script) => {
          const results = await tx.exec(script);
          return results.at(-1)?.rows ?? [];
        }),
      ),
    async dump() {
      return client.dumpDataDir('none');
    },
    async close() {
      try {
        if (!inMemory) await client.exec('CHECKPOINT');
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

function fsyncFd(fd: number): Promise<void> {
  return new Promise<void>((done, fail) => fsync(fd, (error) => (error ? fail(error) : done())));
}

function fsyncPath(path: string): Promise<void> {
  const fd = openSync(path, 'r');
  return fsyncFd(fd).finally(() => closeSync(fd));
}

/**
 * PGlite runs PostgreSQL with fsync off: a commit reaches the OS page cache (so a killed process
 * loses nothing) but not the disk. After each committed transaction we fsync the WAL ourselves, so
 * an OS crash or power loss cannot lose an acknowledged order.
 *
 * What to sync is asked of PostgreSQL: `pg_walfile_name(pg_current_wal_lsn())` names the segment
 * holding the last WAL byte written. (The greatest segment name in pg_wal is *not* it: a checkpoint
 * recycles old segments into future names, so the greatest is often an empty segment not yet
 * written.) Every segment from the one synced last up to the current one is synced, so a commit
 * whose records crossed a segment boundary is synced whole; when the segment changes, the pg_wal
 * directory is synced too, so the new segment's name survives a crash.
 *
 * Returns the function to run after each commit; it resolves to the segments it synced.
 */
export function walSyncer(walDir: string, currentSegment: () => Promise<string | undefined>): () => Promise<string[]> {
  let current: { name: string; fd: number } | undefined;
  return async () => {
    const segment = await currentSegment();
    if (!segment || !WAL_SEGMENT.test(segment)) return [];
    const synced: string[] = [];
    if (current && current.name !== segment) {
      // Segments written since the last sync: the rest of the previous one, and any in between.
      const previous = current.name;
      const between = readdirSync(walDir)
        .filter((n) => WAL_SEGMENT.test(n) && n > previous && n < segment)
        .sort();
      await fsyncFd(current.fd);
      synced.push(current.name);
      for (const name of between) {
        await fsyncPath(join(walDir, name));
        synced.push(name);
      }
      closeSync(current.fd);
      current = undefined;
    }
    if (!current) {
      current = { name: segment, fd: openSync(join(walDir, segment), 'r+') };
      await fsyncPath(walDir);
    }
    await fsyncFd(current.fd);
    synced.push(segment);
    return synced;
  };
}

/** The WAL segment PostgreSQL is writing: the one holding the last byte it wrote. */
async function currentWalSegment(client: PGlite): Promise<string | undefined> {
  const result = await client.query<{ segment: string }>('SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment');
  return result.rows[0]?.segment;
}

/** Runs a statement and returns its rows, whichever driver is underneath. */
export async function queryRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  // Both drivers answer with `{ rows }`; Drizzle's base type leaves the row shape to the caller.
  const result = (await db.execute(query)) as { rows: T[] };
  return result.rows;
}
