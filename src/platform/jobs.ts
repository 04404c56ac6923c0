import { sql } from 'drizzle-orm';
import type { Db, Tx } from './db/types.ts';
import { queryRows } from './db/client.ts';
import { newId } from './ids.ts';

/**
 * Background jobs in the database. `enqueue` runs in the caller's transaction; workers claim due
 * jobs with `FOR UPDATE SKIP LOCKED`, so any number of processes share the queue without taking a
 * job twice. A claimed job holds a lease; a job whose worker died is claimed again when the lease
 * runs out. Failures back off exponentially; a job out of attempts is parked as `dead`.
 */

export interface JobRecord {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface JobContext {
  db: Db;
  /** Saves progress (visible at GET /admin/jobs/:id) and extends the lease. */
  progress(progress: Record<string, unknown>): Promise<void>;
}

export type JobHandler = (job: JobRecord, context: JobContext) => Promise<Record<string, unknown> | void>;

export interface EnqueueOptions {
  payload?: Record<string, unknown>;
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  createdBy?: string;
}

export interface JobView {
  id: string;
  name: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'dead';
  progress: Record<string, unknown>;
  result: Record<string, unknown> | null;
  lastError: string | null;
  attempts: number;
  createdAt: string;
  updatedAt: string;
}

const LEASE_SECONDS = 60;

/** Adds a job in the caller's transaction. With a `dedupeKey` already used, nothing is added and the existing job's id is returned. */
export async function enqueue(tx: Tx | Db, name: string, options: EnqueueOptions = {}): Promise<string> {
  const id = newId('job');
  const rows = await queryRows<{ id: string }>(tx, sql`
    INSERT INTO jobs (id, name, payload, dedupe_key, run_at, max_attempts, created_by)
    VALUES (${id}, ${name}, ${JSON.stringify(options.payload ?? {})}::jsonb, ${options.dedupeKey ?? null},
            ${(options.runAt ?? new Date()).toISOString()}, ${options.maxAttempts ?? 5}, ${options.createdBy ?? null})
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING id`);
  if (rows[0]) return rows[0].id;
  const [existing] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM jobs WHERE dedupe_key = ${options.dedupeKey ?? null}`);
  return existing?.id ?? id;
}

interface JobRow {
  id: string;
  name: string;
  status: JobView['status'];
  payload: Record<string, unknown>;
  progress: Record<string, unknown>;
  result: Record<string, unknown> | null;
  last_error: string | null;
  attempts: number;
  max_attempts: number;
  created_at: string | Date;
  updated_at: string | Date;
}

const iso = (v: string | Date): string => new Date(v).toISOString();

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

/** Claims up to `limit` due jobs among `names`; each is leased to this worker. */
export async function claimJobs(db: Db, names: readonly string[], limit: number): Promise<JobRecord[]> {
  if (names.length === 0) return [];
  const rows = await queryRows<JobRow>(db, sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1, updated_at = now(),
                    locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
    WHERE id IN (
      SELECT id FROM jobs
      WHERE name IN (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
        AND run_at <= now()
        AND (status = 'queued' OR (status = 'running' AND locked_until < now()))
      ORDER BY run_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`);
  return rows.map((r) => ({ id: r.id, name: r.name, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }));
}

async function finish(db: Db, job: JobRecord, outcome: { result?: Record<string, unknown>; error?: unknown }): Promise<void> {
  if (outcome.error === undefined) {
    await db.execute(sql`
      UPDATE jobs SET status = 'succeeded', result = ${JSON.stringify(outcome.result ?? {})}::jsonb,
                      locked_until = NULL, updated_at = now()
      WHERE id = ${job.id}`);
    return;
  }
  const message = outcome.error instanceof Error ? outcome.error.message : 'job failed';
  const isDead = job.attempts >= job.maxAttempts;
  const backoffSeconds = Math.min(3600, 2 ** job.attempts * 5) * (0.5 + Math.random() / 2);
  await db.execute(sql`
    UPDATE jobs SET status = ${isDead ? 'dead' : 'queued'}, last_error = ${message.slice(0, 2000)},
                    run_at = now() + make_interval(secs => ${backoffSeconds}), locked_until = NULL, updated_at = now()
    WHERE id = ${job.id}`);
}

/** Runs one job to completion, recording its result or its failure. */
export async function runJob(db: Db, job: JobRecord, handler: JobHandler): Promise<void> {
  const context: JobContext = {
    db,
    async progress(progress) {
      await db.execute(sql`
        UPDATE jobs SET progress = ${JSON.stringify(progress)}::jsonb, updated_at = now(),
                        locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
        WHERE id = ${job.id}`);
    },
  };
  try {
    const result = await handler(job, context);
    await finish(db, job, { result: result ?? {} });
  } catch (error) {
    await finish(db, job, { error });
  }
}

export interface Worker {
  /** Claims and runs due jobs now; resolves when the batch is done (tests call it directly). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a polling worker for the given handlers. */
export function startWorker(db: Db, handlers: Readonly<Record<string, JobHandler>>, options: { pollMs?: number; onError?: (error: unknown) => void } = {}): Worker {
  const names = Object.keys(handlers);
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);

  const drain = async (): Promise<number> => {
    let done = 0;
    for (;;) {
      const jobs = await claimJobs(db, names, 4);
      if (jobs.length === 0) return done;
      for (const job of jobs) {
        const handler = handlers[job.name];
        if (handler) await runJob(db, job, handler);
        done += 1;
      }
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
