import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Config } from '../../platform/config.ts';
import { queryRows, type Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { enqueue, type JobHandler } from '../../platform/jobs.ts';
import { listRegions } from '../pricing/index.ts';
import { feedLines } from './feed.ts';

/**
 * The stored product feed. A job on the platform's job runner rebuilds it every
 * `STOCKROOM_AGENT_FEED_INTERVAL_MINUTES` (and when staff ask): one gzip file per currency the
 * regions sell in, built a page of variants at a time by `feedLines` and written to the database a
 * chunk (about 256 KB of gzip) at a time, so neither the build nor a download ever holds the whole
 * catalog. GET serves the newest finished file with its SHA-256 as a strong ETag (304 when the agent
 * platform already has it); the file before it is kept so a download that began on it can finish.
 */

export const FEED_JOB = 'agents.regenerate-feed';
const CHUNK_BYTES = 256 * 1024;
/** Chunks read per statement while serving a file. */
const CHUNKS_PER_READ = 4;

export interface StoredFeed {
  id: string;
  currency: string;
  rows: number;
  bytes: number;
  sha256: string;
  finishedAt: string;
}

interface FileRow {
  id: string;
  currency: string;
  rows: number;
  bytes: string | number;
  sha256: string;
  finished_at: string | Date;
}

const toStored = (r: FileRow): StoredFeed => ({
  id: r.id,
  currency: r.currency,
  rows: r.rows,
  bytes: Number(r.bytes),
  sha256: r.sha256,
  finishedAt: new Date(r.finished_at).toISOString(),
});

/** Builds and stores the feed in `currency`; returns the finished file. */
export async function buildStoredFeed(db: Db, config: Config, currency: string, pageSize?: number): Promise<StoredFeed> {
  const id = newId('feed');
  await db.execute(sql`INSERT INTO agent_feed_files (id, currency) VALUES (${id}, ${currency})`);
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  let seq = 0;
  async function* lines(): AsyncGenerator<string> {
    for await (const chunk of feedLines(db, config, { currency, ...(pageSize === undefined ? {} : { pageSize }) })) {
      rows += chunk.split('\n').length - 1;
      yield chunk;
    }
  }
  const store = async (data: Buffer) => {
    hash.update(data);
    bytes += data.length;
    // base64 through decode(): the same on every driver (node-postgres and PGlite)
    await db.execute(
      sql`INSERT INTO agent_feed_chunks (file_id, seq, data) VALUES (${id}, ${seq}, decode(${data.toString('base64')}, 'base64'))`,
    );
    seq += 1;
  };
  try {
    await pipeline(Readable.from(lines()), createGzip(), async (source: AsyncIterable<Buffer>) => {
      let pending: Buffer[] = [];
      let size = 0;
      for await (const chunk of source) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= CHUNK_BYTES) {
          const data = Buffer.concat(pending);
          pending = [];
          size = 0;
          await store(data);
        }
      }
      if (size > 0) await store(Buffer.concat(pending));
    });
  } catch (error) {
    await db.execute(sql`DELETE FROM agent_feed_files WHERE id = ${id}`);
    throw error;
  }
  const [file] = await queryRows<FileRow>(
    db,
    sql`
    UPDATE agent_feed_files SET status = 'ready', rows = ${rows}, bytes = ${bytes}, sha256 = ${hash.digest('hex')}, finished_at = now()
    WHERE id = ${id}
    RETURNING id, currency, rows, bytes, sha256, finished_at`,
  );
  // Keep this file and the one before it; drop older ones and builds that died an hour ago.
  await db.execute(sql`
    DELETE FROM agent_feed_files
    WHERE currency = ${currency} AND id <> ${id}
      AND ((status = 'ready' AND id NOT IN (SELECT id FROM agent_feed_files WHERE currency = ${currency} AND status = 'ready'
                                             ORDER BY finished_at DESC LIMIT 2))
           OR (status = 'building' AND started_at < now() - interval '1 hour'))`);
  if (!file) throw new Error('the feed file vanished while it was built');
  return toStored(file);
}

/** The currencies the regions sell in (EUR when there are none): one stored feed each. */
export async function feedCurrencies(db: Db): Promise<string[]> {
  const regions = (await listRegions(db, { limit: 100 })).items;
  const currencies = [...new Set(regions.map((r) => r.currency.toUpperCase()))];
  return currencies.length > 0 ? currencies : ['EUR'];
}

/** Rebuilds every stored feed now. */
export async function regenerateFeeds(db: Db, config: Config): Promise<StoredFeed[]> {
  const out: StoredFeed[] = [];
  for (const currency of await feedCurrencies(db)) out.push(await buildStoredFeed(db, config, currency));
  return out;
}

/** The newest finished feed in `currency`, if one was built. */
export async function latestFeed(db: Db, currency: string): Promise<StoredFeed | undefined> {
  const [row] = await queryRows<FileRow>(
    db,
    sql`SELECT id, currency, rows, bytes, sha256, finished_at FROM agent_feed_files
        WHERE currency = ${currency} AND status = 'ready' ORDER BY finished_at DESC LIMIT 1`,
  );
  return row ? toStored(row) : undefined;
}

/** A stored file's bytes, a few chunks per statement. */
export function storedFeedStream(db: Db, fileId: string): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    let after = -1;
    for (;;) {
      const rows = await queryRows<{ seq: number; data: string }>(
        db,
        sql`SELECT seq, encode(data, 'base64') AS data FROM agent_feed_chunks
            WHERE file_id = ${fileId} AND seq > ${after} ORDER BY seq LIMIT ${CHUNKS_PER_READ}`,
      );
      for (const row of rows) {
        yield Buffer.from(row.data, 'base64');
        after = row.seq;
      }
      if (rows.length < CHUNKS_PER_READ) return;
    }
  }
  return Readable.from(chunks());
}

// ---- the schedule

let configured: Config | undefined;

/** The job needs the app's settings (public URL, shop name, interval); the module hands them over at start. */
export function configureFeed(config: Config): void {
  configured = config;
}

/** Queues the next rebuild for the interval slot after `now` (the per-slot dedupe key makes every process safe to call it). */
export async function scheduleFeed(db: Db, intervalMinutes: number, now = Date.now()): Promise<void> {
  if (intervalMinutes <= 0) return;
  const interval = intervalMinutes * 60_000;
  const slot = Math.floor(now / interval) + 1;
  await enqueue(db, FEED_JOB, {
    dedupeKey: `${FEED_JOB}:${intervalMinutes}:${slot}`,
    runAt: new Date(slot * interval),
    payload: { scheduled: true },
    maxAttempts: 3,
  });
}

/** The job: rebuilds every stored feed; a scheduled run queues the next one. */
export const regenerateFeedJob: JobHandler = async (job, context) => {
  const config = configured;
  if (!config) throw new Error('the agents module has not configured the feed in this process');
  const files = await regenerateFeeds(context.db, config);
  if (job.payload.scheduled === true) await scheduleFeed(context.db, config.agentFeedIntervalMinutes);
  return { files: files.map((f) => ({ currency: f.currency, rows: f.rows, bytes: f.bytes, sha256: f.sha256 })) };
};
