import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';

// Cache invalidation over Redis: two app instances on two DIFFERENT databases that share one Redis.
// No database notification can pass between them, so when a change made through one empties the
// other's catalog cache, Redis carried it.

const REDIS = { REDIS_URL: 'redis://127.0.0.1:6379' };

async function cacheState(t: TestApp, url: string): Promise<unknown> {
  const res = await t.app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, 200, res.body);
  return res.headers['x-cache'];
}

/** Polls until `url` is a cache hit on `t` (the first request fills the cache). */
async function warm(t: TestApp, url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await cacheState(t, url)) !== 'hit') {
    if (Date.now() > deadline) assert.fail(`${url} never became a cache hit`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

void test('a catalog change on one instance empties the catalog cache of an instance on another database, through Redis, within 1 s', async (ctx) => {
  const a = await startTestApp(REDIS);
  const b = await startTestApp(REDIS);
  const adminA = await createStaffToken(a, 'admin');
  const adminB = await createStaffToken(b, 'admin');
  const onB = await createProduct(b, adminB);
  const url = `/store/products/${onB.handle}`;

  const delays: number[] = [];
  for (const change of ['create', 'unpublish'] as const) {
    await warm(b, url);
    const before = b.database.stats.queries;
    assert.equal(await cacheState(b, url), 'hit');
    assert.equal(b.database.stats.queries, before, 'a hit does not touch the database');

    if (change === 'create') await createProduct(a, adminA);
    else {
      const product = await createProduct(a, adminA);
      const res = await a.app.inject({
        method: 'PATCH',
        url: `/admin/products/${product.id}`,
        headers: { authorization: `Bearer ${adminA}` },
        payload: { status: 'draft' },
      });
      assert.equal(res.statusCode, 200, res.body);
    }
    // b's own database did not change; only a's message over Redis can empty b's cache. (a
    // publishes before its write answers, so the delay counts from the answer.)
    const started = performance.now();
    let state = await cacheState(b, url);
    while (state === 'hit') {
      assert.ok(performance.now() - started < 1000 + 60_000, 'the change never reached the other instance');
      await new Promise((resolve) => setTimeout(resolve, 10));
      state = await cacheState(b, url);
    }
    delays.push(performance.now() - started);
    assert.equal(state, 'miss');
  }
  ctx.diagnostic(`b's cache emptied ${delays.map((d) => d.toFixed(0)).join(' ms, ')} ms after a's change was answered`);
  assert.ok(
    delays.every((d) => d < 1000),
    `visible within 1 s of the change: ${delays.map((d) => d.toFixed(0)).join(', ')} ms`,
  );
});
