/**
 * GraphQL beside REST, same server, same data, one run: `node --import tsx bench/graphql.ts`.
 *   W1 REST     GET  /store/products?limit=20&currency=EUR  (product cards)
 *   W1 GraphQL  POST /store/graphql  products(first: 20, currency: "EUR") with the fields a card shows
 *   W1f REST    GET  /store/products?limit=20&currency=EUR&view=full  (whole products)
 *   W1f GraphQL POST /store/graphql  products(first: 20, currency: "EUR") with every product field
 *   W2 REST     GET  /store/products/:handle  (a random handle per request)
 *   W2 GraphQL  POST /store/graphql  product(handle: $handle) (a random handle per request, in the variables)
 * Starts the app in this process on the embedded database (or BENCH_DATABASE_URL, in a fresh schema),
 * loads the demo catalog, and prints req/s, p50/p99 and GraphQL's share of REST's throughput.
 * Env: BENCH_DURATION seconds (default 10), BENCH_CONNECTIONS (default 20), BENCH_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { migrate, openDatabase } from '../src/platform/db/index.ts';
import { modules } from '../src/modules/index.ts';
import { CARD_FIELDS, PRODUCT_FIELDS as FIELDS } from './workloads/graphql.ts';

const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const url = process.env.BENCH_DATABASE_URL;

const schema = url ? `bench_gql_${randomBytes(4).toString('hex')}` : undefined;
if (url && schema) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
}
const database =
  url && schema ? await openDatabase({ url, searchPath: schema, poolSize: 10 }) : await openDatabase({ dataDir: 'memory://' });
await migrate(database);
const config = loadConfig({ LOG_LEVEL: 'warn', STOCKROOM_DEMO_DATA: 'true', NODE_ENV: 'production' });
const app = await buildApp(config, { database });
const print = (line: string) => process.stdout.write(`${line}\n`);
const context = { db: database.db, database, config, log: app.log, print };
// The demo shop (300 products with prices and stock), as the first server start makes it.
for (const module of modules) await module.bootstrap?.(context);
const address = await app.listen({ port: 0, host: '127.0.0.1' });

const handles = (await (await fetch(`${address}/store/products?limit=100`)).json()) as { items: { handle: string }[] };
const pick = () => handles.items[Math.floor(Math.random() * handles.items.length)]?.handle ?? 'none';
const gqlBody = (query: string) => JSON.stringify({ query });

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}
async function measure(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections, duration, pipelining: 1, ...options });
  return { name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

const rows: Row[] = [
  await measure('W1 REST', { url: `${address}/store/products?limit=20&currency=EUR` }),
  await measure('W1 GraphQL', {
    url: `${address}/store/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: gqlBody(`{ products(first: 20, currency: "EUR") { nodes { ${CARD_FIELDS} } pageInfo { hasNextPage endCursor } } }`),
  }),
  await measure('W1f REST', { url: `${address}/store/products?limit=20&currency=EUR&view=full` }),
  await measure('W1f GraphQL', {
    url: `${address}/store/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: gqlBody(`{ products(first: 20, currency: "EUR") { nodes { ${FIELDS} } pageInfo { hasNextPage endCursor } } }`),
  }),
  await measure('W2 REST', {
    url: address,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/store/products/${pick()}` }) }],
  }),
  await measure('W2 GraphQL', {
    url: address,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({
          ...req,
          path: '/store/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `query Product($handle: String!) { product(handle: $handle) { ${FIELDS} } }`,
            variables: { handle: pick() },
          }),
        }),
      },
    ],
  }),
];

print(`\nGraphQL vs REST, ${duration}s × ${connections} connections, ${database.kind}`);
print('name          req/s    p50 ms   p99 ms   non-2xx   GraphQL/REST');
for (const row of rows) {
  const rest = rows.find((r) => r.name === row.name.replace('GraphQL', 'REST'));
  const ratio = row.name.includes('GraphQL') && rest ? `${Math.round((row.rps / rest.rps) * 100)} %` : '';
  print(
    `${row.name.padEnd(12)} ${String(row.rps).padStart(6)} ${String(row.p50).padStart(9)} ${String(row.p99).padStart(8)} ${String(row.non2xx).padStart(9)}   ${ratio}`,
  );
}
await app.close();
await database.close();
if (url && schema) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}
