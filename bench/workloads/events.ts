/**
 * Events throughput (issue 16): the relay running inside the Stockroom server delivers outbox
 * events to a bare node:http receiver on this machine that answers 204 at once.
 *
 * - E1: events/s delivered. 20,000 events (each its own aggregate, so per-aggregate ordering does
 *   not serialise them) are committed to the outbox in one statement; the clock runs from that
 *   commit until the receiver has seen every event id. Target ≥ 1,000/s.
 * - E2: a 100,000-event backlog drains while a product read is probed (one request at a time,
 *   random handles, so mostly cache misses): p50 and p99 before the backlog and during the drain,
 *   and their ratios (during / before). Target: the p50 during the drain is less than twice the p50
 *   before.
 *
 * `BENCH_EVENTS` and `BENCH_EVENT_BACKLOG` change the two counts (defaults 20,000 and 100,000).
 * Both need the server's database (`ctx.databaseUrl`; not with --embedded). Events are written
 * straight into `outbox_events`, as the business writes' transactions do. The receiver's endpoint is
 * disabled at the end, so later workloads deliver nothing.
 */
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import { bearer, call, expectStatus, Latencies, rng, round, type BenchContext, type Workload, type WorkloadResult } from '../lib.ts';

interface Receiver {
  url: string;
  seen: Set<string>;
  requests: number;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const seen = new Set<string>();
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    const id = req.headers['stockroom-event-id'];
    req.resume();
    req.on('end', () => {
      state.requests += 1;
      if (typeof id === 'string') seen.add(id);
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hook`,
    seen,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A pg client whose connection dying (the server restarting) cannot crash the bench. */
async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', (error) => process.stderr.write(`bench: database connection error: ${error.message}\n`));
  await client.connect();
  return client;
}

/** Commits `count` events of a type every endpoint filter matches; returns their id prefix. */
async function insertEvents(db: pg.Client, count: number, label: string): Promise<string> {
  const prefix = `bench-${label}-${Date.now().toString(36)}-`;
  await db.query(
    `INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
     SELECT $1 || g, 'product.updated', $1 || g, jsonb_build_object('id', $1 || g, 'n', g)
     FROM generate_series(1, $2::int) g`,
    [prefix, count],
  );
  return prefix;
}

async function waitFor(receiver: Receiver, prefix: string, count: number, limitMs: number, during?: () => Promise<void>): Promise<number> {
  const started = performance.now();
  const seen = (): number => {
    let n = 0;
    for (const id of receiver.seen) if (id.startsWith(prefix)) n += 1;
    return n;
  };
  let last = 0;
  let lastCheck = 0;
  while (performance.now() - started < limitMs) {
    if (performance.now() - lastCheck > 200) {
      lastCheck = performance.now();
      last = seen();
      if (last >= count) return (performance.now() - started) / 1000;
    }
    if (during) await during();
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`only ${last} of ${count} events arrived within ${limitMs / 1000} s`);
}

async function withEndpoint<T>(ctx: BenchContext, run: (receiver: Receiver) => Promise<T>): Promise<T> {
  const receiver = await startReceiver();
  const created = await call<{ id: string }>(
    ctx.baseUrl,
    'POST',
    '/admin/webhooks',
    { url: receiver.url, events: ['product.updated'], description: 'bench receiver' },
    bearer(ctx.adminToken),
  );
  expectStatus(created, 201, 'create the bench webhook endpoint');
  try {
    return await run(receiver);
  } finally {
    await call(ctx.baseUrl, 'PATCH', `/admin/webhooks/${created.body.id}`, { enabled: false }, bearer(ctx.adminToken));
    await receiver.close();
  }
}

function requireDatabase(ctx: BenchContext): string {
  if (!ctx.databaseUrl) throw new Error('the events workloads need the server database (not --embedded)');
  return ctx.databaseUrl;
}

const e1: Workload = {
  id: 'E1',
  title: 'events relay throughput to a local receiver',
  baseline: 'none',
  async run(ctx) {
    const count = Number(process.env.BENCH_EVENTS ?? 20_000);
    const db = await connect(requireDatabase(ctx));
    try {
      return await withEndpoint(ctx, async (receiver) => {
        const prefix = await insertEvents(db, count, 'e1');
        const seconds = await waitFor(receiver, prefix, count, 300_000);
        const result: WorkloadResult = {
          throughput: round(count / seconds, 0),
          unit: 'events/s',
          requests: receiver.requests,
          non2xx: 0,
          errors: 0,
          check: { ok: count / seconds >= 1000, detail: `${count} events in ${seconds.toFixed(1)} s (target ≥ 1000/s)` },
          extra: { events: count, seconds: round(seconds, 1), receiverRequests: receiver.requests },
        };
        return result;
      });
    } finally {
      await db.end();
    }
  },
};

async function probe(ctx: BenchContext, random: () => number, latencies: Latencies, errors: { n: number }): Promise<void> {
  const handle = `bench-${Math.floor(random() * ctx.catalog.productCount)}`;
  const t0 = performance.now();
  try {
    const answer = await fetch(`${ctx.baseUrl}/store/products/${handle}?currency=EUR`);
    await answer.arrayBuffer();
    if (answer.status !== 200) errors.n += 1;
  } catch {
    errors.n += 1;
  }
  latencies.add(performance.now() - t0);
}

const e2: Workload = {
  id: 'E2',
  title: 'drain a 100,000-event backlog; product read p50',
  baseline: 'none',
  async run(ctx) {
    const count = Number(process.env.BENCH_EVENT_BACKLOG ?? 100_000);
    const db = await connect(requireDatabase(ctx));
    const random = rng(1602);
    const errors = { n: 0 };
    try {
      return await withEndpoint(ctx, async (receiver) => {
        const before = new Latencies();
        const probeSeconds = ctx.seconds(10);
        const end = performance.now() + probeSeconds * 1000;
        while (performance.now() < end) await probe(ctx, random, before, errors);
        const prefix = await insertEvents(db, count, 'e2');
        const during = new Latencies();
        const seconds = await waitFor(receiver, prefix, count, 600_000, () => probe(ctx, random, during, errors));
        const p50Before = before.percentile(50) ?? 0;
        const p50During = during.percentile(50) ?? 0;
        const p99Before = before.percentile(99) ?? 0;
        const p99During = during.percentile(99) ?? 0;
        const p50Ratio = p50Before > 0 ? round(p50During / p50Before, 2) : 0;
        const p99Ratio = p99Before > 0 ? round(p99During / p99Before, 2) : 0;
        return {
          throughput: round(count / seconds, 0),
          unit: 'events/s',
          p50Ms: p50During,
          p99Ms: during.percentile(99),
          requests: before.count + during.count,
          non2xx: errors.n,
          errors: 0,
          check: {
            ok: p50During < 2 * p50Before,
            detail: `read p50 ${p50Before} → ${p50During} ms (×${p50Ratio}), p99 ${p99Before} → ${p99During} ms (×${p99Ratio}) during a ${seconds.toFixed(0)} s drain`,
          },
          extra: {
            drainSeconds: round(seconds, 1),
            readP50BeforeMs: p50Before,
            readP99BeforeMs: p99Before,
            readP50DuringMs: p50During,
            readP99DuringMs: p99During,
            readP50Ratio: p50Ratio,
            readP99Ratio: p99Ratio,
            probesBefore: before.count,
            probesDuring: during.count,
          },
        };
      });
    } finally {
      await db.end();
    }
  },
};

export const workloads: Workload[] = [e1, e2];
