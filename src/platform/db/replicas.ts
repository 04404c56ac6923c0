import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Db } from './types.ts';
import { pgErrorCode } from './tx.ts';

/**
 * Read replicas: a Drizzle handle whose plain reads go to streaming replicas in turn, and whose
 * transactions (and every read a replica cannot serve now) go to the primary.
 *
 * - A replica read that fails is run again on the primary, so no error reaches the client; when the
 *   failure is the connection's (refused, reset, timed out, the server shutting down) the replica is
 *   left out for `downMs`, and the health check brings it back once it answers again.
 * - A health check every `checkIntervalMs` reads the primary's WAL position and each replica's replay
 *   position. A replica's lag is the age of the newest primary position it has replayed (0 when it
 *   has replayed the latest); one lagging more than `maxLagMs` is skipped until it catches up.
 * - `barrier()` runs when the data changed (the cache invalidation): until each replica has replayed
 *   the primary's WAL as it stood after the change, reads go to the primary. So an answer computed
 *   after an invalidation never comes from a replica that has not seen the change yet, and the
 *   response cache cannot store such a stale answer.
 * A "replica" that is not in recovery (a primary, e.g. the same server in tests) counts as caught up.
 */
export interface ReplicaSettings {
  readonly maxLagMs: number;
  readonly checkIntervalMs?: number;
  /** How long a replica whose connection failed is left out. */
  readonly downMs?: number;
}

export interface ReplicaStatus {
  /** The replica's host and port (never its credentials). */
  readonly address: string;
  readonly state: 'ok' | 'down' | 'lagging' | 'catching-up';
  /** Replay lag as of the last health check, in ms (`null` before the first). */
  readonly lagMs: number | null;
  /** Reads it answered. */
  readonly reads: number;
  /** Reads it failed, retried on the primary. */
  readonly fallbacks: number;
}

export interface ReplicaRouting {
  /** Reads through this handle may go to a replica; transactions never do. */
  readonly db: Db;
  /** The data changed: reads stay on the primary until every replica has replayed the change. */
  barrier(this: void): void;
  /** Runs one health check now (tests; the timer runs them anyway). */
  check(this: void): Promise<void>;
  status(this: void): ReplicaStatus[];
  close(): Promise<void>;
}

interface PoolLike {
  query(config: unknown, values?: unknown): Promise<pg.QueryResult>;
}

interface Replica {
  readonly address: string;
  readonly pool: pg.Pool & PoolLike;
  downUntil: number;
  lagMs: number | null;
  /** Replayed WAL position; `undefined` = not in recovery (always current). */
  replayLsn: bigint | undefined;
  inRecovery: boolean;
  reads: number;
  fallbacks: number;
}

const DEFAULT_CHECK_INTERVAL_MS = 500;
const DEFAULT_DOWN_MS = 5000;
/** Primary WAL positions kept to date a replica's replay position (about a minute at the default interval). */
const HISTORY = 120;
/** After a barrier, how often the replicas are checked until they have caught up. */
const CATCH_UP_POLL_MS = 25;
const CATCH_UP_POLLS = 80;

/** `16/B374D848` → a number that orders like the WAL position. */
export function parseLsn(text: string | null | undefined): bigint | undefined {
  if (!text) return undefined;
  const match = /^([0-9A-Fa-f]+)\/([0-9A-Fa-f]+)$/.exec(text);
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** Errors that say the connection to the server is unusable, not the statement. */
export function isConnectionFailure(error: unknown): boolean {
  const code = pgErrorCode(error);
  if (code === undefined) return true; // ECONNREFUSED, ECONNRESET, timeouts, "Connection terminated"
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

function addressOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'replica';
  }
}

/**
 * Pools to `urls` beside `primary`. `poolConfig` gives each replica pool the primary's settings
 * (timeouts, search_path); `prepare` installs the per-connection statement handling.
 */
export function openReplicaRouting(
  primary: pg.Pool,
  urls: readonly string[],
  settings: ReplicaSettings,
  poolConfig: (url: string) => pg.PoolConfig,
  onConnect: (client: pg.PoolClient) => void,
  stats: { queries: number },
): ReplicaRouting {
  const checkIntervalMs = settings.checkIntervalMs ?? DEFAULT_CHECK_INTERVAL_MS;
  const downMs = settings.downMs ?? DEFAULT_DOWN_MS;
  const replicas: Replica[] = urls.map((url) => {
    const pool = new pg.Pool(poolConfig(url)) as pg.Pool & PoolLike;
    pool.on('error', () => undefined); // an idle connection dying must not crash the process
    pool.on('connect', onConnect);
    return { address: addressOf(url), pool, downUntil: 0, lagMs: null, replayLsn: undefined, inRecovery: true, reads: 0, fallbacks: 0 };
  });
  /** Recent primary WAL positions with when they were read, oldest first. */
  const history: { at: number; lsn: bigint }[] = [];
  let barrierLsn: bigint | undefined;
  let barriersPending = 0;
  let next = 0;
  let closed = false;

  const caughtUp = (replica: Replica): boolean =>
    barriersPending === 0 &&
    (!replica.inRecovery || barrierLsn === undefined || (replica.replayLsn !== undefined && replica.replayLsn >= barrierLsn));

  const stateOf = (replica: Replica, now: number): ReplicaStatus['state'] => {
    if (replica.downUntil > now) return 'down';
    if (replica.lagMs === null || replica.lagMs > settings.maxLagMs) return 'lagging';
    if (!caughtUp(replica)) return 'catching-up';
    return 'ok';
  };

  const pick = (): Replica | undefined => {
    const now = Date.now();
    for (let i = 0; i < replicas.length; i += 1) {
      const replica = replicas[(next + i) % replicas.length];
      if (replica && stateOf(replica, now) === 'ok') {
        next = (next + i + 1) % replicas.length;
        return replica;
      }
    }
    return undefined;
  };

  const markDown = (replica: Replica): void => {
    replica.downUntil = Date.now() + downMs;
  };

  const primaryLsn = async (): Promise<bigint | undefined> => {
    const result = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
    return parseLsn(result.rows[0]?.lsn);
  };

  const checkReplica = async (replica: Replica, current: { at: number; lsn: bigint } | undefined): Promise<void> => {
    try {
      const result = await replica.pool.query('SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS replay');
      const row = result.rows[0] as { recovery: boolean; replay: string | null } | undefined;
      if (!row) return;
      replica.inRecovery = row.recovery;
      if (!row.recovery) {
        replica.replayLsn = undefined;
        replica.lagMs = 0;
      } else {
        const replay = parseLsn(row.replay);
        replica.replayLsn = replay;
        if (replay === undefined) replica.lagMs = Number.POSITIVE_INFINITY;
        else if (current && replay >= current.lsn) replica.lagMs = 0;
        else {
          // Its data is at least as old as the newest primary position it has replayed.
          let seenAt: number | undefined;
          for (const sample of history) if (sample.lsn <= replay) seenAt = sample.at;
          // Behind every position sampled: older than the history reaches, so certainly lagging.
          replica.lagMs = seenAt === undefined ? Number.POSITIVE_INFINITY : Date.now() - seenAt;
        }
      }
      if (replica.downUntil > Date.now()) replica.downUntil = 0; // it answers again
    } catch {
      markDown(replica);
    }
  };

  let running: Promise<void> | undefined;
  const check = (): Promise<void> => {
    running ??= (async () => {
      try {
        let current: { at: number; lsn: bigint } | undefined;
        try {
          const lsn = await primaryLsn();
          if (lsn !== undefined) {
            current = { at: Date.now(), lsn };
            history.push(current);
            if (history.length > HISTORY) history.shift();
          }
        } catch {
          // The primary did not answer: keep the replicas' last state.
        }
        await Promise.all(replicas.map((replica) => checkReplica(replica, current)));
        // Once every replica has replayed the change, the barrier has done its work.
        if (barrierLsn !== undefined && barriersPending === 0 && replicas.every(caughtUp)) barrierLsn = undefined;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timer = setInterval(() => void check(), checkIntervalMs);
  timer.unref();

  let catchUp: NodeJS.Timeout | undefined;
  const pollUntilCaughtUp = (polls: number): void => {
    clearTimeout(catchUp);
    catchUp = setTimeout(() => {
      void check().then(() => {
        if (!closed && barrierLsn !== undefined && polls > 1) pollUntilCaughtUp(polls - 1);
      });
    }, CATCH_UP_POLL_MS);
    catchUp.unref();
  };

  const barrier = (): void => {
    if (replicas.length === 0) return;
    barriersPending += 1;
    primaryLsn().then(
      (lsn) => {
        if (lsn !== undefined && (barrierLsn === undefined || lsn > barrierLsn)) barrierLsn = lsn;
        barriersPending -= 1;
        if (!closed) pollUntilCaughtUp(CATCH_UP_POLLS);
      },
      () => {
        // Without the primary's position, no replica can be shown to have the change: wait for one.
        // Reads stay on the primary until a later attempt learns it.
        setTimeout(() => {
          barriersPending -= 1;
          if (!closed) barrier();
        }, checkIntervalMs).unref();
      },
    );
  };

  const routing: PoolLike & { connect(): Promise<pg.PoolClient> } = {
    connect: () => primary.connect(),
    async query(config: unknown, values?: unknown): Promise<pg.QueryResult> {
      const replica = pick();
      if (!replica) return primary.query(config as pg.QueryConfig, values as unknown[]);
      try {
        const result = await replica.pool.query(config, values);
        replica.reads += 1;
        return result;
      } catch (error) {
        replica.fallbacks += 1;
        if (isConnectionFailure(error)) markDown(replica);
        return primary.query(config as pg.QueryConfig, values as unknown[]);
      }
    },
  };
  // Drizzle opens a transaction with `connect()` on anything whose class name says Pool.
  const pool = Object.assign(Object.create(RoutingPool.prototype) as RoutingPool, routing);
  const db = drizzlePg(pool as unknown as pg.Pool, {
    logger: {
      logQuery: () => {
        stats.queries += 1;
      },
    },
  }) as unknown as Db;

  void check();
  return {
    db,
    barrier,
    check,
    status: () => {
      const now = Date.now();
      return replicas.map((r) => ({
        address: r.address,
        state: stateOf(r, now),
        lagMs: r.lagMs,
        reads: r.reads,
        fallbacks: r.fallbacks,
      }));
    },
    async close() {
      closed = true;
      clearInterval(timer);
      clearTimeout(catchUp);
      await running?.catch(() => undefined);
      await Promise.all(replicas.map((r) => r.pool.end().catch(() => undefined)));
    },
  };
}

/** Named so Drizzle's node-postgres session treats it as a pool (transactions take a connection). */
class RoutingPool {}
