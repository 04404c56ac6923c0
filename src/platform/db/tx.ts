import type { Db, Tx } from './types.ts';
import { Unavailable } from '../errors.ts';

const MAX_ATTEMPTS = 3;
const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock detected

const commitHooks = new WeakMap<Db, () => Promise<void>>();

/** Runs `hook` after every transaction committed on `db` (the embedded database fsyncs its WAL). */
export function registerCommitHook(db: Db, hook: () => Promise<void>): void {
  commitHooks.set(db, hook);
}

/** The PostgreSQL SQLSTATE of an error, looking through Drizzle's wrapping `cause` chain. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (typeof current === 'object' && current !== null) {
      const code = (current as { code?: unknown }).code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
      current = (current as { cause?: unknown }).cause;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/**
 * A prepared statement whose result columns changed under it (another process migrated, e.g. added
 * a column to a table a `SELECT *` reads): PostgreSQL refuses to run the cached plan. The statement
 * is re-prepared under a new name on the next try (see `preparePerConnection`), so a retry succeeds.
 */
export function isStalePreparedStatement(error: unknown): boolean {
  if (pgErrorCode(error) !== '0A000') return false;
  for (let current: unknown = error, depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && message.includes('cached plan must not change result type')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function jitter(attempt: number): Promise<void> {
  const ms = Math.floor(Math.random() * 10 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `fn` in one database transaction and returns its result.
 * The callback is retried (at most 3 tries) only on serialization failures, deadlocks and stale
 * prepared statements (after another process migrated), so it must
 * hold no external side effects; after the last try the caller gets 503 `unavailable`.
 * It never joins an enclosing transaction: a write route's handler uses `inRequestTransaction`
 * (platform/http/request-transaction.ts), which calls this once. Given a `Tx` as `db`, it runs `fn`
 * in a savepoint of that transaction (Drizzle's nested transaction).
 */
export async function withTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const result = await db.transaction(fn);
      const hook = commitHooks.get(db);
      if (hook) await hook();
      return result;
    } catch (error) {
      const code = pgErrorCode(error);
      if ((code === undefined || !RETRYABLE.has(code)) && !isStalePreparedStatement(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new Unavailable({ detail: 'The database was too busy to complete the request; retry it.', cause: error });
      }
      await jitter(attempt);
    }
  }
}
