/**
 * `npm run bench`: the whole-shop benchmark. Starts Stockroom on PostgreSQL (BENCH_DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/stockroom_bench, created when missing; each run in a
 * fresh schema) or, with `--embedded`, on PGlite in a temporary directory; seeds 10,000 products ×
 * 3 variants through the real API; runs the workloads (bench/workloads/*.ts) against 127.0.0.1 once
 * per worker count; prints one table and writes JSON to bench/results/.
 *
 * Same-run baselines: `bare`, a minimal Fastify route answering W1's response body precomputed (the
 * HTTP ceiling), and pgbench TPC-B on the same PostgreSQL in its own database (the commit ceiling).
 *
 * W1-GQL and W2-GQL are W1 and W2 over GraphQL, for the same data; the `vs REST` column is their
 * throughput as a share of the REST workload's in the same run.
 *
 * Flags: --only=W1,W4  --duration=S (every workload; default: each its own)  --workers=1,2
 *        --products=N  --connections=N  --embedded  --reuse (keep and reuse one seeded schema)
 *        --cpu-prof (write V8 CPU profiles of the server to bench/results/profiles/)
 * Statements per request come from the database layer's counting hook (every statement Stockroom
 * sends, summed over its processes; BEGIN/COMMIT included), commits per request from
 * pg_stat_database (pg_stat_statements needs a server restart to load, so it is not used).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { call, flood, floodTool, round, type BenchContext, type Catalog, type Workload, type WorkloadResult } from './lib.ts';
import { KINDS, readCatalog, seedCatalog, seedShop, WORDS } from './seed.ts';

const flags = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key!, value];
  }),
);
const embedded = flags.has('embedded');
const only = flags
  .get('only')
  ?.split(',')
  .map((s) => s.trim().toUpperCase());
const fixedDuration = flags.has('duration') ? Number(flags.get('duration')) : undefined;
const workerCounts = (flags.get('workers') ?? (embedded ? '1' : '1,2')).split(',').map(Number);
const productCount = Number(flags.get('products') ?? 10_000);
const connections = Number(flags.get('connections') ?? 50);
const reuse = flags.has('reuse');
const cpuProf = flags.has('cpu-prof');
const customerCount = 20;
if (embedded && workerCounts.some((n) => n > 1)) throw new Error('--embedded runs one process (PGlite has one writer)');

const benchUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/stockroom_bench';
const runId = Date.now().toString(36);
const schema = reuse ? `bench_seed_${productCount}` : `bench_${runId}`;
const databaseUrl = (() => {
  const url = new URL(benchUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
})();
const dataDir = embedded ? mkdtempSync(join(tmpdir(), 'stockroom-bench-')) : undefined;

const children: ChildProcess[] = [];
/** A connection that dies ("Connection terminated unexpectedly") is reported, never an unhandled 'error'. */
const onClientError = (error: Error): void => void process.stderr.write(`bench: database connection error: ${error.message}\n`);
const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** The server's environment: the bench's database, no demo data, limits no single test client reaches. */
function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(embedded ? { STOCKROOM_DATA_DIR: dataDir, STOCKROOM_EMBEDDED_FSYNC: 'commit' } : { DATABASE_URL: databaseUrl }),
    LOG_LEVEL: 'warn',
    STOCKROOM_DEMO_DATA: 'false',
    STOCKROOM_CHECKOUT_RATE_PER_IP: '1000000',
    STOCKROOM_CHECKOUT_RATE_PER_CUSTOMER: '1000000',
    STOCKROOM_REGISTER_LIMIT_PER_IP: '1000000',
    // No longer a raised STOCKROOM_DB_CONNECT_TIMEOUT_MS: W4's 200 completions wait at the checkout
    // admission gate (src/modules/orders/checkout/admission.ts), so the server's own 3 s pool wait holds.
    // The events workloads deliver to a receiver on loopback.
    STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true',
    ...extra,
  };
  delete env.NODE_TEST_CONTEXT;
  if (embedded) delete env.DATABASE_URL;
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  port: number;
  statsPort: number;
}

function start(mode: 'stockroom' | 'bare', env: NodeJS.ProcessEnv): Promise<Started> {
  const nodeArgs = ['--import', 'tsx'];
  if (cpuProf && mode === 'stockroom') nodeArgs.push('--cpu-prof', '--cpu-prof-dir=bench/results/profiles');
  const child = spawn(process.execPath, [...nodeArgs, 'bench/server.ts', mode], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${mode} did not start`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+) (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), statsPort: Number(match[2]) });
      }
    });
    child.on('exit', (code) => reject(new Error(`${mode} exited with ${String(code)}`)));
  });
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGTERM');
  await exited;
}

async function runCli(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['bin/stockroom.mjs', ...args], { env: serverEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`stockroom ${args.join(' ')} exited with ${String(code)}`);
  return out;
}

interface ServerStats {
  queries: number;
  rss: number;
  maxRss: number;
  cpuMs: number;
}

async function stats(started: Started): Promise<ServerStats> {
  return (await (await fetch(`http://127.0.0.1:${started.statsPort}/`)).json()) as ServerStats;
}

/** Samples the server's resident memory every 250 ms until stopped; returns the peak. */
function sampleRss(started: Started): () => Promise<number> {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, (await stats(started)).rss);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

/** pgbench's environment for a database named `name` on the bench's server. */
function pgEnv(name: string): NodeJS.ProcessEnv {
  const url = new URL(benchUrl);
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
    PGDATABASE: name,
  };
}

/** pgbench TPC-B with 20 clients (as W3's customers) on its own database: the commit ceiling. */
async function pgbench(admin: pg.Client, seconds: number): Promise<number | undefined> {
  const name = 'stockroom_pgbench';
  const scale = 20;
  if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0)
    await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(benchUrl);
  url.pathname = `/${name}`;
  const probe = new pg.Client({ connectionString: url.toString() });
  probe.on('error', onClientError);
  await probe.connect();
  const branches = await probe
    .query<{ n: number }>('SELECT count(*)::int AS n FROM pgbench_branches')
    .then((r) => r.rows[0]!.n)
    .catch(() => 0);
  await probe.end();
  if (branches !== scale) {
    log(`pgbench: initializing scale ${scale}…`);
    const init = spawnSync('pgbench', ['-i', '-q', '-s', String(scale)], { env: pgEnv(name), encoding: 'utf8' });
    if (init.status !== 0) {
      log(`pgbench -i failed (${init.error?.message ?? init.stderr}); no commit baseline`);
      return undefined;
    }
  }
  const run = spawnSync('pgbench', ['-c', '20', '-j', '2', '-T', String(seconds)], { env: pgEnv(name), encoding: 'utf8' });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout ?? '');
  if (!tps) {
    log(`pgbench failed: ${run.error?.message ?? run.stderr}`);
    return undefined;
  }
  return Number(tps[1]);
}

async function loadWorkloads(): Promise<Workload[]> {
  const dir = join(import.meta.dirname, 'workloads');
  const all: Workload[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { workloads?: Workload[] };
    all.push(...(module.workloads ?? []));
  }
  return all.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

interface Row {
  workers: number;
  id: string;
  title: string;
  result: WorkloadResult;
  ratio?: number | undefined;
  baseline: string;
  statementsPerRequest: number;
  commitsPerRequest?: number | undefined;
  peakRssMb: number;
  /** The server's CPU time (every process) per request. */
  cpuMsPerRequest: number;
  /** Bare Fastify's CPU time per request divided by this one's: the share of the ceiling on an idle machine. */
  cpuRatio?: number | undefined;
}

async function commits(admin: pg.Client | undefined): Promise<number | undefined> {
  if (!admin) return undefined;
  const name = new URL(benchUrl).pathname.slice(1);
  const r = await admin.query<{ n: string }>('SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = $1', [name]);
  return Number(r.rows[0]?.n ?? 0);
}

async function main(): Promise<void> {
  const workloads = (await loadWorkloads()).filter((w) => !only || only.includes(w.id.toUpperCase()));
  if (workloads.length === 0) throw new Error(`no workload matches --only=${flags.get('only')}`);
  let admin: pg.Client | undefined;
  let seeded = false;
  if (!embedded) {
    const server = new URL(benchUrl);
    const database = server.pathname.slice(1);
    server.pathname = '/postgres';
    admin = new pg.Client({ connectionString: server.toString() });
    admin.on('error', onClientError);
    await admin.connect();
    if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 0) {
      await admin.query(`CREATE DATABASE ${database}`);
    }
    const db = new pg.Client({ connectionString: benchUrl });
    db.on('error', onClientError);
    await db.connect();
    seeded =
      reuse && (await db.query(`SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = 'bench_seeded'`, [schema])).rowCount === 1;
    await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await db.end();
  }
  const rows: Row[] = [];
  const baselines: { bareRps?: number; bareBytes?: number; bareCpuMsPerRequest?: number; pgbenchTps?: number } = {};
  let seedSeconds: number | undefined;
  try {
    await runCli(['migrate']);
    const password = `bench-${runId}-password`;
    const staffEmail = `bench-${runId}@stockroom.local`;
    await runCli(['create-staff', '--email', staffEmail, '--role', 'owner', '--password', password]);

    let catalog: Catalog | undefined;
    let context: Omit<BenchContext, 'baseUrl' | 'catalog' | 'shop'> | undefined;
    let shop: BenchContext['shop'] | undefined;
    for (const workers of workerCounts) {
      const port = await freePort();
      const server = await start('stockroom', serverEnv({ PORT: String(port), STOCKROOM_WORKERS: String(workers) }));
      const baseUrl = `http://127.0.0.1:${server.port}`;
      try {
        const login = await call<{ token: string }>(baseUrl, 'POST', '/auth/staff/login', { email: staffEmail, password });
        if (login.status !== 200) throw new Error(`staff login: ${login.status}`);
        const adminToken = login.body.token;
        if (!catalog) {
          if (seeded) {
            catalog = await readCatalog(baseUrl, adminToken, productCount);
            log(`reusing the seeded catalog in schema ${schema}`);
          } else {
            const t0 = Date.now();
            const variantIds = await seedCatalog(baseUrl, adminToken, productCount, embedded ? undefined : databaseUrl, log);
            seedSeconds = (Date.now() - t0) / 1000;
            log(`seeded ${productCount} products (${variantIds.length} variants, stocked) in ${seedSeconds.toFixed(1)} s`);
            catalog = { productCount, variantIds, words: [...WORDS, ...KINDS] };
            if (admin) {
              const db = new pg.Client({ connectionString: databaseUrl });
              db.on('error', onClientError);
              await db.connect();
              await db.query('ANALYZE');
              if (reuse) await db.query('CREATE TABLE IF NOT EXISTS bench_seeded (at timestamptz DEFAULT now())');
              await db.end();
            }
          }
          shop = await seedShop(baseUrl, adminToken, customerCount, runId);
          context = {
            adminToken,
            connections,
            seconds: (d) => fixedDuration ?? d,
            databaseUrl: embedded ? undefined : databaseUrl,
            log,
          };
        }
        if (baselines.bareRps === undefined && workloads.some((w) => w.baseline === 'http')) {
          const body = await (await fetch(`${baseUrl}/store/products?limit=20&currency=EUR`)).text();
          const file = join(mkdtempSync(join(tmpdir(), 'bench-bare-')), 'body.json');
          writeFileSync(file, body);
          const bare = await start('bare', serverEnv({ BENCH_BARE_BODY_FILE: file }));
          log(`baseline: bare Fastify route with W1's ${body.length}-byte body (${await floodTool()})…`);
          const bareBefore = await stats(bare);
          const measured = await flood(`http://127.0.0.1:${bare.port}`, ['/bare'], connections, fixedDuration ?? 15);
          const bareAfter = await stats(bare);
          await stop(bare);
          baselines.bareRps = measured.requestsPerSec;
          baselines.bareCpuMsPerRequest = round((bareAfter.cpuMs - bareBefore.cpuMs) / Math.max(1, measured.requests), 3);
          baselines.bareBytes = body.length;
        }
        if (baselines.pgbenchTps === undefined && admin && workloads.some((w) => w.baseline === 'commit')) {
          log('baseline: pgbench TPC-B, 20 clients…');
          baselines.pgbenchTps = await pgbench(admin, fixedDuration ?? 30);
        }
        const ctx: BenchContext = { ...context!, adminToken, baseUrl, catalog, shop: shop! };
        for (const workload of workloads) {
          log(`${workers} worker(s): ${workload.id} ${workload.title}…`);
          const before = await stats(server);
          const commitsBefore = await commits(admin);
          const peak = sampleRss(server);
          const result = await workload.run(ctx);
          const peakRss = await peak();
          const after = await stats(server);
          const commitsAfter = await commits(admin);
          const cpuMsPerRequest = (after.cpuMs - before.cpuMs) / Math.max(1, result.requests);
          const base = workload.baseline === 'http' ? baselines.bareRps : workload.baseline === 'commit' ? baselines.pgbenchTps : undefined;
          rows.push({
            workers,
            id: workload.id,
            title: workload.title,
            result,
            baseline: workload.baseline,
            ratio: base ? round(result.throughput / base, 3) : undefined,
            statementsPerRequest: round((after.queries - before.queries) / Math.max(1, result.requests), 2),
            commitsPerRequest:
              commitsBefore === undefined || commitsAfter === undefined
                ? undefined
                : round((commitsAfter - commitsBefore) / Math.max(1, result.requests), 2),
            peakRssMb: Math.round(peakRss / 1048576),
            cpuMsPerRequest: round(cpuMsPerRequest, 3),
            cpuRatio:
              workload.baseline === 'http' && baselines.bareCpuMsPerRequest !== undefined && cpuMsPerRequest > 0
                ? round(baselines.bareCpuMsPerRequest / cpuMsPerRequest, 3)
                : undefined,
          });
        }
      } finally {
        await stop(server);
      }
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    if (admin && !reuse) {
      const db = new pg.Client({ connectionString: benchUrl });
      db.on('error', onClientError);
      await db.connect();
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await db.end();
    }
    await admin?.end();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }

  log(
    `\nbaselines: bare Fastify ${baselines.bareRps ?? '-'} req/s (${baselines.bareBytes ?? '-'} B body); ` +
      `bare CPU ${baselines.bareCpuMsPerRequest ?? '-'} ms/req; pgbench TPC-B ${baselines.pgbenchTps ?? '-'} tps; database ${embedded ? 'PGlite (embedded)' : 'PostgreSQL'}; load: ${await floodTool()}`,
  );
  // GraphQL workloads (`W1-GQL`) beside their REST workload (`W1`) of the same run and worker count.
  const restShare = (r: Row): string => {
    if (!r.id.endsWith('-GQL')) return '-';
    const rest = rows.find((o) => o.workers === r.workers && o.id === r.id.slice(0, -'-GQL'.length));
    return rest && rest.result.throughput > 0 ? `${((r.result.throughput / rest.result.throughput) * 100).toFixed(1)} %` : '-';
  };
  console.table(
    rows.map((r) => ({
      workers: r.workers,
      workload: `${r.id} ${r.title}`.slice(0, 44),
      throughput: `${r.result.throughput} ${r.result.unit}`,
      'p50 ms': r.result.p50Ms ?? '-',
      'p99 ms': r.result.p99Ms ?? '-',
      'vs baseline': r.ratio === undefined ? '-' : `${(r.ratio * 100).toFixed(1)} % ${r.baseline === 'http' ? 'bare' : 'pgbench'}`,
      'vs REST': restShare(r),
      'stmts/req': r.statementsPerRequest,
      'commits/req': r.commitsPerRequest ?? '-',
      'peak RSS MB': r.peakRssMb,
      'CPU ms/req': r.cpuMsPerRequest,
      'vs bare CPU': r.cpuRatio === undefined ? '-' : `${(r.cpuRatio * 100).toFixed(1)} %`,
      'non-2xx': r.result.non2xx,
      errors: r.result.errors,
      check: r.result.check ? `${r.result.check.ok ? 'OK' : 'FAIL'} ${r.result.check.detail}` : '',
    })),
  );
  for (const r of rows) {
    if (r.result.extra)
      log(
        `${r.workers}w ${r.id}: ${Object.entries(r.result.extra)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
  }
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), database: embedded ? 'pglite' : 'postgres', productCount, connections, seedSeconds, baselines, rows },
      null,
      2,
    ),
  );
  log(`wrote ${file}`);
  const failed = rows.filter((r) => r.result.check && !r.result.check.ok);
  if (failed.length > 0) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
