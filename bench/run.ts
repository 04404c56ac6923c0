/**
 * `npm run bench`: load benchmarks against local servers, each in its own process, bounded in time.
 * Seeds a catalog (BENCH_PRODUCTS, default 10,000 products × 2 variants) through the real import
 * API into a fresh PostgreSQL schema, then measures with autocannon, in one run on this machine:
 *   bare        minimal Fastify route, fixed JSON of a product page   (HTTP ceiling)
 *   raw         minimal Fastify route, one hand-written SQL page query (database ceiling)
 *   list        GET /store/products?limit=20
 *   search      GET /store/products?q=…
 *   detail      GET /store/products/:handle
 * and prints req/s, p50/p99 latency and each Stockroom figure's ratio to the baselines. Results go to
 * bench/results/<time>.json. Absolute numbers drift between machines; compare the ratios.
 * Env: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), BENCH_DURATION seconds
 * (default 10), BENCH_CONNECTIONS (default 50), BENCH_PRODUCTS (default 10000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

const baseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const productCount = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const schema = `bench_${Date.now()}`;
const databaseUrl = (() => {
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
})();

const children: ChildProcess[] = [];

function start(mode: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts', mode], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${mode} did not start`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`${mode} exited with ${String(code)}`)));
  });
}

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

async function runCli(args: string[]): Promise<string> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', STOCKROOM_DEMO_DATA: 'false' };
  const child = spawn(process.execPath, ['bin/stockroom.mjs', ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`stockroom ${args.join(' ')} exited with ${String(code)}`);
  return out;
}

const WORDS = ['linen', 'wool', 'cotton', 'denim', 'leather', 'canvas', 'silk', 'organic', 'classic', 'slim'];
const KINDS = ['shirt', 'jacket', 'trousers', 'sneakers', 'scarf', 'backpack', 'hoodie', 'boots', 'cap', 'dress'];

function catalogNdjson(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const title = `${WORDS[i % WORDS.length]!} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]!} ${i}`;
    for (const size of ['M', 'L']) {
      lines.push(
        JSON.stringify({
          handle: `bench-${i}`,
          title,
          description: `A ${title} for the benchmark catalog.`,
          status: 'published',
          options: [{ name: 'Size', value: size }],
          sku: `BENCH-${i}-${size}`,
          manageInventory: false,
          prices: [
            { currency: 'EUR', amount: 1000 + (i % 500) * 10 },
            { currency: 'USD', amount: 1100 + (i % 500) * 10 },
          ],
          images: [{ url: `http://127.0.0.1/images/bench-${i}.svg`, alt: title }],
          categories: [`cat-${i % 20}`],
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

interface Result {
  name: string;
  url: string;
  requestsPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function measure(name: string, url: string): Promise<Result> {
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    name,
    url,
    requestsPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    await runCli(['migrate']);
    const password = `bench-${Date.now()}-password`;
    await runCli(['create-staff', '--email', 'bench@stockroom.local', '--role', 'owner', '--password', password]);
    const port = await start('stockroom');
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/auth/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@stockroom.local', password }),
    });
    const { token } = (await login.json()) as { token: string };
    const seedStarted = Date.now();
    const imported = await fetch(`${base}/admin/products/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
      body: catalogNdjson(productCount),
    });
    const { jobId } = (await imported.json()) as { jobId: string };
    for (;;) {
      const job = (await (await fetch(`${base}/admin/jobs/${jobId}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
        status: string;
        progress: { errors?: unknown[] };
      };
      if (job.status === 'succeeded') {
        if (job.progress.errors?.length) throw new Error(`import rejected rows: ${JSON.stringify(job.progress.errors.slice(0, 3))}`);
        break;
      }
      if (job.status === 'dead' || job.status === 'failed') throw new Error(`import ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    process.stdout.write(`seeded ${productCount} products (${productCount * 2} variants) in ${seedSeconds.toFixed(1)} s\n`);
    await admin.query(`ANALYZE`);

    const barePort = await start('bare');
    const rawPort = await start('raw');
    const results: Result[] = [];
    for (const [name, url] of [
      ['bare', `http://127.0.0.1:${barePort}/bare`],
      ['raw', `http://127.0.0.1:${rawPort}/raw`],
      ['list', `${base}/store/products?limit=20`],
      ['search', `${base}/store/products?q=linen&limit=20`],
      ['detail', `${base}/store/products/bench-4242`],
    ] as const) {
      const probe = await fetch(url);
      if (probe.status !== 200) throw new Error(`${name}: ${url} answers ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
      process.stdout.write(`measuring ${name} for ${duration} s…\n`);
      results.push(await measure(name, url));
    }
    const bare = results[0]!.requestsPerSec;
    const raw = results[1]!.requestsPerSec;
    const rows = results.map((r) => ({
      ...r,
      vsBare: Number((r.requestsPerSec / bare).toFixed(2)),
      vsRaw: Number((r.requestsPerSec / raw).toFixed(2)),
    }));
    console.table(
      rows.map(({ name, requestsPerSec, p50, p99, non2xx, errors, vsBare, vsRaw }) => ({
        name,
        'req/s': requestsPerSec,
        'p50 ms': p50,
        'p99 ms': p99,
        non2xx,
        errors,
        'x bare': vsBare,
        'x raw SQL': vsRaw,
      })),
    );
    mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    writeFileSync(
      file,
      JSON.stringify({ at: new Date().toISOString(), duration, connections, productCount, seedSeconds, results: rows }, null, 2),
    );
    process.stdout.write(`wrote ${file}\n`);
  } finally {
    stopAll();
    if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    stopAll();
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
