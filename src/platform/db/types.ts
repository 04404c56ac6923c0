import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ReplicaRouting, ReplicaSettings } from './replicas.ts';

/**
 * `Db` is the pool (or a transaction) for reads; `Tx` is only what `withTransaction` hands out.
 * Both are Drizzle's base types, so the PGlite and `pg` drivers fit the same signatures.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** One opened database: the Drizzle handle plus what the platform needs to run and observe it. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Statements issued through Drizzle since open; tests assert query counts with it. */
  readonly stats: { queries: number };
  /** Resolves when the database answers `SELECT 1` within `timeoutMs`, rejects otherwise. */
  ping(timeoutMs: number): Promise<void>;
  poolStats(): PoolStats | undefined;
  /**
   * Runs multi-statement SQL scripts in one transaction on one connection (migrations). `exec`
   * returns the rows of the script's last statement.
   */
  scriptTransaction<T>(fn: (exec: (script: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T>;
  /**
   * LISTENs on `channel` (on its own connection for a server, reconnecting after a failure) and
   * calls `onNotify` with each payload. Payloads are `<schema>:<message>`; only those of this
   * database handle's schema (its search_path's first) are delivered, as `<message>`. `onGap` runs after a reconnect: notifications sent while the
   * connection was down are lost, so the listener must assume it missed some. Resolves to `unlisten`.
   * `own` is true for a change this process's own transaction made (it may tell other processes).
   */
  listen(channel: string, onNotify: (payload: string, own: boolean) => void, onGap?: () => void): Promise<() => Promise<void>>;
  /**
   * Server only: pools to the read replicas at `urls` and a handle whose plain reads go to them
   * (see `replicas.ts`). The caller closes it before the database.
   */
  openReplicas?(urls: readonly string[], settings: ReplicaSettings): ReplicaRouting;
  /** Embedded only: the whole data directory as a tarball (test templates, backups). */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}
