import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Type, type Static } from '@sinclair/typebox';
import type { Db, Tx } from './db/types.ts';
import type { SqlRow } from './db/rows.ts';
import { queryRows } from './db/client.ts';
import type { jobs } from './platform.tables.ts';
import { newId } from './ids.ts';
import { closed, iso, Nullable, Timestamp } from './http/schema.ts';

/**
 * Background jobs in the database. `enqueue` runs in the caller's transaction; workers claim due
 * jobs in `run_at` order with `FOR UPDATE SKIP LOCKED`, so any number of processes share the queue
 * without taking a job twice. Failures back off exponentially; a job out of attempts is parked as
 * `dead`.
 *
 * Leases and ownership: every claim of a job writes a fresh `claim_token` and a lease
 * (`locked_until`) for that one job. While the handler runs, a heartbeat renews the lease (every
 * third of it), so a long job is never taken over by another worker while its own is alive; a job
 * whose worker died is claimed again once its lease runs out. Every later write of the claim —
 * heartbeat, progress, finish — is conditional on the token, so a worker that lost its claim (its
 * process stalled past the lease and another worker took the job) can no longer record anything:
 * its heartbeat and progress report the loss (`context.signal` aborts), and its finish is dropped.
 * A worker claims and runs one job at a time, so no claimed job waits, unrenewed, behind another.
 */

export interface JobRecord {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** A job as one worker claimed it. */
export interface ClaimedJob extends JobRecord {
  /** This claim's token: only its holder may renew, report on or finish the job. */
  claimToken: string;
  /** How long this claim's lease lasts without renewal. */
  leaseSeconds: number;
}

export interface JobContext {
  db: Db;
  /** Saves progress (visible at GET /admin/jobs/:id) and extends the lease; throws `JobClaimLost` once the claim is gone. */
  progress(progress: Record<string, unknown>): Promise<void>;
  /**
   * Aborted when this worker has lost its claim on the job: stop work, nothing more will be
   * recorded. Always set by the worker (optional only so a test can call a handler directly).
   */
  signal?: AbortSignal;
}

/** This worker no longer holds the job: its lease ran out and the job was claimed again (or finished). */
export class JobClaimLost extends Error {
  override name = 'JobClaimLost';
  constructor(jobId: string) {
    super(`lost the claim on job ${jobId}`);
  }
}

export type JobHandler = (job: JobRecord, context: JobContext) => Promise<Record<string, unknown> | void>;

export interface EnqueueOptions {
  payload?: Record<string, unknown>;
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  createdBy?: string;
}

/** A job as GET /admin/jobs/:id shows it: the response schema and the type `findJob` returns. */
export const JobView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    status: Type.Union([
      Type.Literal('queued'),
      Type.Literal('running'),
      Type.Literal('succeeded'),
      Type.Literal('failed'),
      Type.Literal('dead'),
    ]),
    progress: Type.Record(Type.String(), Type.Unknown()),
    result: Nullable(Type.Record(Type.String(), Type.Unknown())),
    lastError: Nullable(Type.String()),
    attempts: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Job' },
);
export type JobView = Static<typeof JobView>;

const LEASE_SECONDS = 60;

export interface ClaimOptions {
  /** Lease of each claimed job, renewed by the heartbeat while it runs (default 60 s). */
  leaseSeconds?: number;
}

/** Adds a job in the caller's transaction. With a `dedupeKey` already used, nothing is added and the existing job's id is returned. */
export async function enqueue(tx: Tx | Db, name: string, options: EnqueueOptions = {}): Promise<string> {
  const id = newId('job');
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
    INSERT INTO jobs (id, name, payload, dedupe_key, run_at, max_attempts, created_by)
    VALUES (${id}, ${name}, ${JSON.stringify(options.payload ?? {})}::jsonb, ${options.dedupeKey ?? null},
            ${(options.runAt ?? new Date()).toISOString()}, ${options.maxAttempts ?? 5}, ${options.createdBy ?? null})
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id`,
  );
  if (rows[0]) return rows[0].id;
  const [existing] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM jobs WHERE dedupe_key = ${options.dedupeKey ?? null}`);
  return existing?.id ?? id;
}

type JobRow = SqlRow<typeof jobs>;

export async function findJob(db: Db, id: string): Promise<JobView | undefined> {
  const [row] = await queryRows<JobRow>(db, sql`SELECT * FROM jobs WHERE id = ${id}`);
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    progress: row.progress,
    result: row.result,
    lastError: row.last_error,
    attempts: row.attempts,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

type ClaimedRow = Pick<JobRow, 'id' | 'name' | 'payload' | 'attempts' | 'max_attempts' | 'run_at' | 'created_at'>;

/**
 * Claims up to `limit` due jobs among `names`, in `run_at` order (oldest first); each gets its own
 * lease under a fresh claim token. Returned in the order they should run.
 */
export async function claimJobs(db: Db, names: readonly string[], limit: number, options: ClaimOptions = {}): Promise<ClaimedJob[]> {
  if (names.length === 0 || limit < 1) return [];
  const leaseSeconds = options.leaseSeconds ?? LEASE_SECONDS;
  const token = randomUUID();
  // Conditional on the row still being claimable as the subquery saw it, under its row lock: SKIP
  // LOCKED lets concurrent workers pass each other's candidates instead of claiming them twice.
  const rows = await queryRows<ClaimedRow>(
    db,
    sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, updated_at = now(),
                    claim_token = ${token} || ':' || id,
                    locked_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE id IN (
      SELECT id FROM jobs
      WHERE name IN (${sql.join(
        names.map((n) => sql`${n}`),
        sql`, `,
      )})
        AND run_at <= now()
        AND (status = 'queued' OR (status = 'running' AND locked_until < now()))
      ORDER BY run_at, created_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, name, payload, attempts, max_attempts, run_at, created_at`,
  );
  // RETURNING follows the physical order of the rows, not the subquery's: restore run_at order.
  const time = (v: string | Date) => new Date(v).getTime();
  rows.sort(
    (a, b) => time(a.run_at) - time(b.run_at) || time(a.created_at) - time(b.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    claimToken: `${token}:${r.id}`,
    leaseSeconds,
  }));
}

/**
 * Renews the claim's lease. False when the claim is gone (the job was claimed again after the lease
 * ran out, or finished), so the worker must stop.
 */
export async function renewClaim(db: Db, job: ClaimedJob): Promise<boolean> {
  // Conditional on the token: only the current claim holder extends the lease.
  const rows = await queryRows<{ ok: number }>(
    db,
    sql`
    UPDATE jobs SET locked_until = now() + make_interval(secs => ${job.leaseSeconds})
    WHERE id = ${job.id} AND claim_token = ${job.claimToken} AND status = 'running'
    RETURNING 1 AS ok`,
  );
  return rows.length > 0;
}

/** Records the outcome of a claim; false (and nothing written) when this worker no longer holds it. */
async function finish(db: Db, job: ClaimedJob, outcome: { result?: Record<string, unknown>; error?: unknown }): Promise<boolean> {
  // Every finish is conditional on the claim token: a worker whose lease ran out and whose job was
  // claimed again must not mark it done (or failed) under the new claim holder.
  if (outcome.error === undefined) {
    const rows = await queryRows<{ ok: number }>(
      db,
      sql`
      UPDATE jobs SET status = 'succeeded', result = ${JSON.stringify(outcome.result ?? {})}::jsonb,
                      locked_until = NULL, claim_token = NULL, updated_at = now()
      WHERE id = ${job.id} AND claim_token = ${job.claimToken} AND status = 'running'
      RETURNING 1 AS ok`,
    );
    return rows.length > 0;
  }
  const message = outcome.error instanceof Error ? outcome.error.message : 'job failed';
  const isDead = job.attempts >= job.maxAttempts;
  const backoffSeconds = Math.min(3600, 2 ** job.attempts * 5) * (0.5 + Math.random() / 2);
  const rows = await queryRows<{ ok: number }>(
    db,
    sql`
    UPDATE jobs SET status = ${isDead ? 'dead' : 'queued'}, last_error = ${message.slice(0, 2000)},
                    run_at = now() + make_interval(secs => ${backoffSeconds}), locked_until = NULL,
                    claim_token = NULL, updated_at = now()
    WHERE id = ${job.id} AND claim_token = ${job.claimToken} AND status = 'running'
    RETURNING 1 AS ok`,
  );
  return rows.length > 0;
}

export interface RunOptions {
  /** How often the lease is renewed while the handler runs; a third of the lease by default. */
  heartbeatMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Runs one claimed job to completion, renewing its lease while it runs, and records its result or
 * its failure — unless the claim was lost meanwhile, in which case nothing is recorded. Resolves to
 * whether the outcome was recorded.
 */
export async function runJob(db: Db, job: ClaimedJob, handler: JobHandler, options: RunOptions = {}): Promise<boolean> {
  const controller = new AbortController();
  const lose = () => {
    if (!controller.signal.aborted) controller.abort(new JobClaimLost(job.id));
  };
  const heartbeatMs = options.heartbeatMs ?? Math.max(100, (job.leaseSeconds * 1000) / 3);
  let beating: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    beating = beating.then(async () => {
      if (controller.signal.aborted) return;
      try {
        if (!(await renewClaim(db, job))) lose();
      } catch (error) {
        options.onError?.(error); // a missed beat is retried at the next; the lease has slack
      }
    });
  }, heartbeatMs);
  const context: JobContext = {
    db,
    signal: controller.signal,
    async progress(progress) {
      if (controller.signal.aborted) throw new JobClaimLost(job.id);
      const rows = await queryRows<{ ok: number }>(
        db,
        sql`
        UPDATE jobs SET progress = ${JSON.stringify(progress)}::jsonb, updated_at = now(),
                        locked_until = now() + make_interval(secs => ${job.leaseSeconds})
        WHERE id = ${job.id} AND claim_token = ${job.claimToken} AND status = 'running'
        RETURNING 1 AS ok`,
      );
      if (rows.length === 0) {
        lose();
        throw new JobClaimLost(job.id);
      }
    },
  };
  let outcome: { result?: Record<string, unknown>; error?: unknown };
  try {
    outcome = { result: (await handler(job, context)) ?? {} };
  } catch (error) {
    outcome = { error };
  } finally {
    clearInterval(timer);
    await beating;
  }
  if (controller.signal.aborted) return false;
  return finish(db, job, outcome);
}

export interface Worker {
  /** Claims and runs due jobs now; resolves when the batch is done (tests call it directly). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a polling worker for the given handlers. */
export function startWorker(
  db: Db,
  handlers: Readonly<Record<string, JobHandler>>,
  options: { pollMs?: number; onError?: (error: unknown) => void; leaseSeconds?: number; heartbeatMs?: number } = {},
): Worker {
  const names = Object.keys(handlers);
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);

  const drain = async (): Promise<number> => {
    let done = 0;
    for (;;) {
      // One job per claim: a job claimed in a batch would wait, its lease unrenewed, behind the others.
      const [job] = await claimJobs(db, names, 1, options.leaseSeconds === undefined ? {} : { leaseSeconds: options.leaseSeconds });
      if (!job) return done;
      const handler = handlers[job.name];
      if (handler) {
        await runJob(db, job, handler, {
          ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
          ...(options.onError ? { onError: options.onError } : {}),
        });
      }
      done += 1;
      if (stopped) return done;
    }
  };

  const tick = (): void => {
    if (stopped) return;
    running = drain().catch((error: unknown) => {
      options.onError?.(error);
      return 0;
    });
    void running.finally(() => {
      if (!stopped) timer = setTimeout(tick, options.pollMs ?? 1000);
    });
  };
  let timer: NodeJS.Timeout | undefined = names.length > 0 ? setTimeout(tick, options.pollMs ?? 1000) : undefined;

  return {
    drain: () => drain(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
