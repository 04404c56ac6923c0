import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { enqueue, type JobHandler } from '../../platform/jobs.ts';

/**
 * Cart expiry. Every write sets `expires_at = now() + idle time`; an open cart past it answers 404
 * at once (see `carts.ts`), and this hourly job deletes such carts (their lines cascade). Completed
 * carts never expire: orders refer to them.
 */

export const DEFAULT_CART_IDLE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const EXPIRE_CARTS_JOB = 'cart.expire';
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
const BATCH = 1000;

/** Deletes open carts past their expiry, in batches; returns how many went. */
export async function deleteExpiredCarts(db: Db, maxBatches = 100): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < maxBatches; i += 1) {
    // SKIP LOCKED: a cart being written right now (and so about to get a new expiry) is left alone.
    const rows = await queryRows<{ n: number }>(
      db,
      sql`
      WITH gone AS (
        DELETE FROM carts WHERE id IN (
          SELECT id FROM carts
          WHERE completed_at IS NULL AND expires_at <= now()
          ORDER BY expires_at
          LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED
        ) AND completed_at IS NULL AND expires_at <= now()
        RETURNING 1
      ) SELECT count(*)::int AS n FROM gone`,
    );
    const n = rows[0]?.n ?? 0;
    deleted += n;
    if (n < BATCH) break;
  }
  return deleted;
}

/** Queues the sweep for the slot after `now`; the per-slot dedupe key makes this safe to call from every process. */
export async function scheduleCartExpiry(db: Db, now = Date.now()): Promise<void> {
  const slot = Math.floor(now / SWEEP_INTERVAL_MS) + 1;
  await enqueue(db, EXPIRE_CARTS_JOB, {
    dedupeKey: `${EXPIRE_CARTS_JOB}:${slot}`,
    runAt: new Date(slot * SWEEP_INTERVAL_MS),
    maxAttempts: 3,
  });
}

/** The periodic job: sweeps expired carts, then queues the next sweep. */
export const expireCartsJob: JobHandler = async (_job, context) => {
  const deleted = await deleteExpiredCarts(context.db);
  await scheduleCartExpiry(context.db);
  return { deleted };
};
