import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect, type Socket } from 'node:net';
import pg from 'pg';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import type { ReplicaStatus } from '../src/platform/db/index.ts';

// Read replicas against a real streaming replica of the test server (`scripts/test-replica.sh`
// creates it; CI exports its URL as STOCKROOM_TEST_REPLICA_URL). Each app reaches the replica
// through a TCP proxy of its own, so "the replica goes away" closes that proxy instead of stopping
// the server other tests use. Replay is paused (`pg_wal_replay_pause()`) to make it fall behind.

const REPLICA_URL = process.env.STOCKROOM_TEST_REPLICA_URL || undefined;
const mustRun = process.env.CI === 'true' && TEST_DATABASE_URL !== undefined;
const skip = REPLICA_URL || mustRun ? false : 'set STOCKROOM_TEST_REPLICA_URL (scripts/test-replica.sh) and DATABASE_URL';

function requireReplica(): string {
  assert.ok(TEST_DATABASE_URL, 'the streaming replica test runs on server PostgreSQL');
  assert.ok(REPLICA_URL, 'CI must create the replica (scripts/test-replica.sh) and export STOCKROOM_TEST_REPLICA_URL');
  return REPLICA_URL;
}

interface Proxy {
  url: string;
  /** Closes the listener and every connection through it: the replica is gone. */
  kill(): Promise<void>;
}

async function proxyTo(url: string): Promise<Proxy> {
  const target = new URL(url);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  const proxied = new URL(url);
  proxied.port = String(address.port);
  const kill = async (): Promise<void> => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  after(() => (server.listening ? kill() : undefined));
  return { url: proxied.toString(), kill };
}

/** Runs one statement on the replica itself (pause and resume replay). */
async function onReplica(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: requireReplica() });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function pauseReplay(): Promise<void> {
  await onReplica('SELECT pg_wal_replay_pause()');
  after(() => onReplica('SELECT pg_wal_replay_resume()').catch(() => undefined));
}

function status(t: TestApp): ReplicaStatus {
  const routing = t.app.readReplicas;
  assert.ok(routing);
  const [replica] = routing.status();
  assert.ok(replica);
  return replica;
}

async function eventually(t: TestApp, what: string, ok: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!(await ok())) {
    if (Date.now() > deadline) assert.fail(`still not ${what}: ${JSON.stringify(t.app.readReplicas?.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface StoreProductBody {
  variants: { prices: { currency: string; amount: number }[] }[];
}

async function storeProduct(t: TestApp, handle: string): Promise<{ status: number; eur: number | undefined; cache: unknown }> {
  const res = await t.app.inject({ method: 'GET', url: `/store/products/${handle}` });
  const eur =
    res.statusCode === 200 ? res.json<StoreProductBody>().variants[0]?.prices.find((p) => p.currency === 'EUR')?.amount : undefined;
  return { status: res.statusCode, eur, cache: res.headers['x-cache'] };
}

void test('a write on the primary becomes visible through a replica-routed read', { skip }, async () => {
  const proxy = await proxyTo(requireReplica());
  const t = await startTestApp({ DATABASE_REPLICA_URLS: proxy.url, STOCKROOM_CACHE_TTL_MS: '0', STOCKROOM_REPLICA_MAX_LAG_MS: '60000' });
  const admin = await createStaffToken(t, 'admin');
  const product = await createProduct(t, admin);
  await eventually(t, 'caught up with the write', async () => {
    await t.app.readReplicas?.check();
    return status(t).state === 'ok';
  });
  const before = status(t).reads;
  const read = await storeProduct(t, product.handle);
  assert.equal(read.status, 200);
  assert.equal(read.eur, 1999);
  assert.ok(status(t).reads > before, 'the product was read from the replica');
});

void test('replay paused: after a change, reads (and the cache) skip the replica until it has replayed it', { skip }, async () => {
  const proxy = await proxyTo(requireReplica());
  // A lag limit of a minute: only the invalidation's barrier keeps the stale replica out here.
  const t = await startTestApp({ DATABASE_REPLICA_URLS: proxy.url, STOCKROOM_REPLICA_MAX_LAG_MS: '60000' });
  const admin = await createStaffToken(t, 'admin');
  const product = await createProduct(t, admin);
  await eventually(t, 'caught up with the product', async () => {
    await t.app.readReplicas?.check();
    return status(t).state === 'ok';
  });
  // Cached from the replica.
  assert.equal((await storeProduct(t, product.handle)).eur, 1999);
  assert.equal((await storeProduct(t, product.handle)).cache, 'hit');

  await pauseReplay();
  const patch = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${product.id}`,
    headers: { authorization: `Bearer ${admin}` },
    payload: {
      variants: product.variants.map(({ id, sku, options }, i) => ({ id, sku, options, prices: [{ currency: 'EUR', amount: 1200 + i }] })),
    },
  });
  assert.equal(patch.statusCode, 200, patch.body);
  const served = status(t).reads;
  for (let i = 0; i < 5; i += 1) {
    const read = await storeProduct(t, product.handle);
    assert.equal(read.eur, 1200, `read ${i} after the change shows the new price (the paused replica still has the old one)`);
  }
  await t.app.readReplicas?.check();
  assert.equal(status(t).state, 'catching-up');
  assert.equal(status(t).reads, served, 'the replica that has not replayed the change served nothing');

  await onReplica('SELECT pg_wal_replay_resume()');
  await eventually(t, 'caught up again', async () => {
    await t.app.readReplicas?.check();
    return status(t).state === 'ok';
  });
  assert.equal((await storeProduct(t, product.handle)).eur, 1200);
});

void test('replay paused while the primary moves on: the lagging replica is skipped, reads still answer', { skip }, async () => {
  const proxy = await proxyTo(requireReplica());
  const t = await startTestApp({ DATABASE_REPLICA_URLS: proxy.url, STOCKROOM_CACHE_TTL_MS: '0', STOCKROOM_REPLICA_MAX_LAG_MS: '300' });
  const admin = await createStaffToken(t, 'admin');
  const product = await createProduct(t, admin);
  await eventually(t, 'usable', async () => {
    await t.app.readReplicas?.check();
    return status(t).state === 'ok';
  });

  await pauseReplay();
  // Writes the catalog does not see (no invalidation, so no barrier): only the lag check notices.
  const primary = new pg.Client({ connectionString: TEST_DATABASE_URL });
  primary.on('error', () => undefined);
  await primary.connect();
  after(() => primary.end());
  const schema = t.testDatabase.schema;
  assert.ok(schema);
  await primary.query(`CREATE TABLE ${schema}.lag_probe (n int)`);
  await eventually(t, 'lagging', async () => {
    await primary.query(`INSERT INTO ${schema}.lag_probe VALUES (1)`);
    await t.app.readReplicas?.check();
    return status(t).state === 'lagging';
  });
  const served = status(t).reads;
  for (let i = 0; i < 5; i += 1) assert.equal((await storeProduct(t, product.handle)).status, 200);
  assert.equal(status(t).reads, served, 'the lagging replica served nothing');

  await onReplica('SELECT pg_wal_replay_resume()');
  await eventually(t, 'back', async () => {
    await t.app.readReplicas?.check();
    return status(t).state === 'ok';
  });
});

void test('the replica goes away: every read still succeeds, from the primary', { skip }, async () => {
  const proxy = await proxyTo(requireReplica());
  const t = await startTestApp({ DATABASE_REPLICA_URLS: proxy.url, STOCKROOM_CACHE_TTL_MS: '0', STOCKROOM_REPLICA_MAX_LAG_MS: '60000' });
  const admin = await createStaffToken(t, 'admin');
  const product = await createProduct(t, admin);
  await eventually(t, 'serving', async () => {
    await t.app.readReplicas?.check();
    const before = status(t).reads;
    return status(t).state === 'ok' && (await storeProduct(t, product.handle)).status === 200 && status(t).reads > before;
  });

  await proxy.kill();
  for (let i = 0; i < 10; i += 1) {
    assert.equal((await storeProduct(t, product.handle)).status, 200, `read ${i} answers`);
    assert.equal((await t.app.inject({ method: 'GET', url: '/store/products?limit=5' })).statusCode, 200);
  }
  await t.app.readReplicas?.check();
  assert.equal(status(t).state, 'down');
});
