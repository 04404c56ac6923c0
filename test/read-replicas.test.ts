import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import { isConnectionFailure, parseLsn, type ReplicaStatus } from '../src/platform/db/index.ts';

// Read-replica routing without a real replica: the "replica" is the primary server itself (a server
// not in recovery counts as caught up), or an address nothing listens on. The streaming replica's
// lag and failure cases are in read-replicas.streaming.test.ts.

const serverOnly = TEST_DATABASE_URL ? false : 'needs server PostgreSQL (replicas are server databases)';
/** An address where nothing answers: connections are refused at once. */
const DEAD_REPLICA = 'postgres://postgres@127.0.0.1:1/test';

function replicaStatus(t: TestApp): ReplicaStatus[] {
  const routing = t.app.readReplicas;
  assert.ok(routing, 'the app routes reads to replicas');
  return routing.status();
}

const reads = (t: TestApp): number => replicaStatus(t).reduce((n, r) => n + r.reads, 0);

async function get(t: TestApp, url: string, token?: string): Promise<number> {
  const res = await t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return res.statusCode;
}

/** Polls until `ok` holds (fails after a generous deadline: the machine may be loaded). */
async function eventually(what: string, ok: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await ok())) {
    if (Date.now() > deadline) assert.fail(`still not: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

void test('WAL positions parse and order; connection failures are told from statement errors', () => {
  assert.equal(parseLsn('0/3000000'), 0x3000000n);
  assert.ok((parseLsn('1/0') ?? 0n) > (parseLsn('0/FFFFFFFF') ?? 0n));
  assert.equal(parseLsn(null), undefined);
  assert.equal(parseLsn('garbage'), undefined);
  assert.equal(isConnectionFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })), true);
  assert.equal(isConnectionFailure(Object.assign(new Error('terminating connection'), { code: '57P01' })), true);
  assert.equal(isConnectionFailure(Object.assign(new Error('invalid input syntax'), { code: '22P02' })), false);
  assert.equal(isConnectionFailure(new Error('x', { cause: Object.assign(new Error('y'), { code: '08006' }) })), true);
});

void test(
  'on the embedded database replica URLs are ignored and catalog reads still answer',
  { skip: TEST_DATABASE_URL ? 'runs on the embedded database only' : false },
  async () => {
    const t = await startTestApp({ DATABASE_REPLICA_URLS: DEAD_REPLICA });
    assert.equal(t.app.readReplicas, undefined);
    const admin = await createStaffToken(t, 'admin');
    const product = await createProduct(t, admin);
    assert.equal(await get(t, `/store/products/${product.handle}`), 200);
    assert.ok(t.logs.some((line) => line.includes('DATABASE_REPLICA_URLS is ignored')));
  },
);

void test(
  'storefront catalog and search reads go to the replica; writes, admin reads and carts stay on the primary',
  { skip: serverOnly },
  async () => {
    const t = await startTestApp({ DATABASE_REPLICA_URLS: TEST_DATABASE_URL ?? '', STOCKROOM_CACHE_TTL_MS: '0' });
    await t.app.readReplicas?.check();
    await eventually('the replica is usable', () => replicaStatus(t)[0]?.state === 'ok');
    const admin = await createStaffToken(t, 'admin');

    let before = reads(t);
    const product = await createProduct(t, admin);
    assert.equal(await get(t, `/admin/products/${product.id}`, admin), 200);
    assert.equal(await get(t, '/admin/products?limit=5', admin), 200);
    assert.equal(reads(t), before, 'a write and admin reads never touch the replica');

    // The product's creation invalidates the catalog, and reads stay on the primary until the
    // invalidation (delivered by NOTIFY, so a moment after the commit) has been seen to reach the
    // replica: each read below is retried until it is served by the replica.
    const fromReplica = (what: string, url: string): Promise<void> =>
      eventually(what, async () => {
        const count = reads(t);
        assert.equal(await get(t, url), 200);
        return reads(t) > count;
      });
    await fromReplica('a product page is read from the replica', `/store/products/${product.handle}`);
    await fromReplica(
      'a search is read from the replica',
      `/store/products?q=${encodeURIComponent(product.title.split(' ')[0] ?? 'Test')}&limit=5`,
    );
    await fromReplica('the category tree is read from the replica', '/store/categories');

    // A cart is the customer's own: created and read on the primary.
    before = reads(t);
    const cart = await t.app.inject({ method: 'POST', url: '/store/carts', payload: { currency: 'EUR' } });
    assert.equal(cart.statusCode, 201, cart.body);
    const id = cart.json<{ id: string }>().id;
    const again = await t.app.inject({ method: 'GET', url: `/store/carts/${id}` });
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(reads(t), before, 'cart reads and writes never touch the replica');
  },
);

void test(
  'a replica that refuses connections: every read answers from the primary and the replica is left out',
  { skip: serverOnly },
  async () => {
    const t = await startTestApp({ DATABASE_REPLICA_URLS: `${DEAD_REPLICA},${TEST_DATABASE_URL ?? ''}`, STOCKROOM_CACHE_TTL_MS: '0' });
    const admin = await createStaffToken(t, 'admin');
    const product = await createProduct(t, admin);
    for (let i = 0; i < 6; i += 1) {
      assert.equal(await get(t, `/store/products/${product.handle}`), 200);
      assert.equal(await get(t, '/store/products?limit=3'), 200);
    }
    await t.app.readReplicas?.check();
    const [dead, live] = replicaStatus(t);
    assert.equal(dead?.state, 'down');
    assert.equal(dead?.reads, 0);
    assert.equal(dead?.address, '127.0.0.1:1', 'the status names the address, never credentials');
    assert.ok((live?.reads ?? 0) > 0, 'the live replica keeps serving');
  },
);
