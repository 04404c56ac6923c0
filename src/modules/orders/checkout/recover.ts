import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db } from '../../../platform/db/index.ts';
import { enqueue, type JobHandler } from '../../../platform/jobs.ts';
import type { CliCommand } from '../../../platform/module.ts';
import {
  callProvider,
  PaymentOperationRejected,
  paymentOptionsFromConfig,
  paymentProviders,
  type PaymentProviders,
} from '../../payments/index.ts';
import { settleCapturedAttempt } from './reconcile.ts';
import { undoAttempt } from './attempts.ts';
import { finishPendingOperations } from '../order-payments.ts';

/**
 * The checkout recovery sweep: finishes what a crash or a timeout left between completion's phases.
 * 1. Every open attempt past its expiry (or older than `olderThanSeconds`) is undone: its stock and
 *    promotion uses are released and it is marked as needing a void.
 * 2. Every attempt needing a void gets one at its provider (with the authorization's own key, so a
 *    void also stops an authorization still in flight), then is marked done.
 * 3. Staff payment operations left pending by a crash are finished with their own provider keys.
 * Safe on any number of processes at once and any number of times: rows are claimed with
 * FOR UPDATE SKIP LOCKED, every state change is a conditional UPDATE, and voids are idempotent.
 */

export const RECOVER_CHECKOUTS_JOB = 'orders.recover-checkouts';
const SWEEP_INTERVAL_MS = 60 * 1000;
const BATCH = 100;

export interface RecoveryReport {
  released: number;
  voided: number;
  voidFailures: number;
  /** Undone attempts whose payment had been captured: placed after all, or refunded in full. */
  settled: number;
  /** Staff payment operations (capture, refund, void) a crash left pending, finished now. */
  operationsFinished: number;
}

export async function recoverCheckouts(
  db: Db,
  providers: PaymentProviders,
  options: { olderThanSeconds?: number } = {},
): Promise<RecoveryReport> {
  const report: RecoveryReport = { released: 0, voided: 0, voidFailures: 0, settled: 0, operationsFinished: 0 };
  const olderThan = options.olderThanSeconds;
  for (;;) {
    const undone = await withTransaction(db, async (tx) => {
      // SKIP LOCKED: an attempt being placed right now (its row is locked by the place phase) is
      // left to that request; another sweeper's batch is left to it.
      const claimed = await queryRows<{ id: string }>(
        tx,
        sql`
        SELECT id FROM checkout_attempts
        WHERE status = 'reserved'
          AND (expires_at < now() ${olderThan === undefined ? sql`` : sql`OR created_at < now() - make_interval(secs => ${olderThan})`})
        ORDER BY id LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`,
      );
      let n = 0;
      for (const { id } of claimed) if (await undoAttempt(tx, id, 'expired')) n += 1;
      return { n, full: claimed.length === BATCH };
    });
    report.released += undone.n;
    if (!undone.full) break;
  }

  // `reference`: the provider's own id of the payment, when its session made one before authorizing (Stripe's PaymentIntent).
  const toVoid = await queryRows<{ id: string; provider: string; provider_key: string; reference: string | null }>(
    db,
    sql`
    SELECT id, provider, provider_key, provider_data->>'reference' AS reference FROM checkout_attempts WHERE needs_void ORDER BY id LIMIT ${BATCH * 10}`,
  );
  for (const attempt of toVoid) {
    try {
      const provider = providers.get(attempt.provider);
      await callProvider(providers, provider, () =>
        provider.void({ authorizationKey: attempt.provider_key, reference: attempt.reference ?? undefined }),
      );
      await db.execute(sql`UPDATE checkout_attempts SET needs_void = false, updated_at = now() WHERE id = ${attempt.id} AND needs_void`);
      report.voided += 1;
    } catch (error) {
      // Refused because the money was captured (automatic capture): place the order or refund it.
      const settled =
        error instanceof PaymentOperationRejected
          ? await settleCapturedAttempt(db, providers, attempt.id).catch(() => undefined)
          : undefined;
      if (settled === 'placed' || settled === 'refunded_unplaced') report.settled += 1;
      else report.voidFailures += 1; // stays marked; the next sweep tries again
    }
  }
  const operations = await finishPendingOperations(db, providers, olderThan ?? 60);
  report.operationsFinished = operations.finished;
  return report;
}

/** Queues the next sweep; the per-slot dedupe key makes this safe to call from every process. */
export async function scheduleCheckoutRecovery(db: Db, now = Date.now()): Promise<void> {
  const slot = Math.floor(now / SWEEP_INTERVAL_MS) + 1;
  await enqueue(db, RECOVER_CHECKOUTS_JOB, {
    dedupeKey: `${RECOVER_CHECKOUTS_JOB}:${slot}`,
    runAt: new Date(slot * SWEEP_INTERVAL_MS),
    maxAttempts: 3,
  });
}

export const recoverCheckoutsJob: JobHandler = async (_job, context) => {
  const report = await recoverCheckouts(context.db, paymentProviders(context.db));
  await scheduleCheckoutRecovery(context.db);
  return { ...report };
};

/** `stockroom recover [--older-than=<seconds>]`: runs the sweep once; exits 1 if a void failed. */
export const recoverCommand: CliCommand = {
  summary:
    'undo checkouts left between phases (release stock and promotion uses, void authorizations); --older-than=<s> also takes unexpired ones',
  async run(context, args) {
    const flag = args.find((a) => a.startsWith('--older-than='));
    const olderThanSeconds = flag === undefined ? undefined : Number(flag.slice('--older-than='.length));
    if (olderThanSeconds !== undefined && !(Number.isFinite(olderThanSeconds) && olderThanSeconds >= 0)) {
      context.print('--older-than takes a number of seconds');
      return 2;
    }
    const report = await recoverCheckouts(
      context.db,
      paymentProviders(context.db, paymentOptionsFromConfig(context.config)),
      olderThanSeconds === undefined ? {} : { olderThanSeconds },
    );
    context.print(
      `Checkouts: ${report.released} undone, ${report.voided} authorization(s) voided, ${report.voidFailures} void(s) failed, ${report.settled} captured payment(s) placed or refunded; ${report.operationsFinished} payment operation(s) finished.`,
    );
    return report.voidFailures === 0 ? 0 : 1;
  },
};
