import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { feedLines, type FeedRow } from '../src/modules/agents/feed.ts';
import { buildStoredFeed, FEED_JOB } from '../src/modules/agents/feed-store.ts';
import { agentsModule } from '../src/modules/agents/index.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { setupShop } from './support/checkout.ts';
import { setStock } from './support/inventory.ts';
import { registerTestAgent } from './support/agents.ts';

/**
 * The product feed (`jsonl.gz`) for agent platforms: one row per sellable variant with the fields
 * the platforms ingest, for agents and for staff, built with a fixed number of statements per page.
 */
const t = await startTestApp({ STOCKROOM_PUBLIC_URL: 'https://shop.example', STOCKROOM_SHOP_NAME: 'Example Shop' });
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 5);
const lamp = await createProduct(t, owner, {
  title: 'Brass desk lamp',
  description: '<p>A <strong>solid</strong> brass lamp &amp; a linen shade.</p>',
  images: [{ url: 'https://cdn.example/lamp.jpg' }],
});
await setStock(t, owner, lamp.variants[0]?.id ?? '', 2); // the other variant has none
const draft = await createProduct(t, owner, { title: 'Unreleased lamp', status: 'draft' });
const agent = await registerTestAgent(t, owner, { name: 'Feed reader', protocols: ['ucp'] });

function parseFeed(body: Buffer): FeedRow[] {
  return gunzipSync(body)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as FeedRow);
}

test('the agent feed: one gzip JSON line per sellable variant, with the fields agent platforms ingest', async () => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/agents/feed.jsonl.gz?currency=EUR',
    headers: { authorization: `Bearer ${agent.key}` },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.headers['content-type'], 'application/gzip');
  const rows = parseFeed(res.rawPayload);
  const ids = rows.map((r) => r.id);
  assert.deepEqual([...ids].sort(), [...shop.variants, ...lamp.variants.map((v) => v.id)].sort(), 'every published variant once, no draft');
  assert.ok(!draft.variants.some((v) => ids.includes(v.id)));

  const [inStock, outOfStock] = lamp.variants.map((v) => rows.find((r) => r.id === v.id));
  assert.deepEqual(inStock, {
    id: lamp.variants[0]?.id,
    item_group_id: lamp.id,
    title: 'Brass desk lamp – S',
    description: 'A solid brass lamp & a linen shade.',
    link: `https://shop.example/products/${lamp.handle}`,
    image_link: 'https://cdn.example/lamp.jpg',
    sku: lamp.variants[0]?.sku,
    price: 1999,
    currency: 'EUR',
    availability: 'in_stock',
    brand: 'Example Shop',
    seller_name: 'Example Shop',
    seller_url: 'https://shop.example',
    return_window: 30,
    target_countries: ['DE'],
    is_eligible_search: true,
    is_eligible_checkout: true,
  });
  assert.equal(outOfStock?.availability, 'out_of_stock');
  assert.equal(outOfStock?.price, 2499);

  const usd = parseFeed(
    (await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz?currency=usd', headers: { authorization: `Bearer ${agent.key}` } }))
      .rawPayload,
  );
  const lampUsd = usd.find((r) => r.id === lamp.variants[0]?.id);
  assert.equal(lampUsd?.price, 2199);
  assert.deepEqual(lampUsd?.target_countries, [], 'no region sells in USD');
  assert.equal(lampUsd?.is_eligible_checkout, false);
});

test('staff read the same feed; without a key → 401; a malformed currency → 400', async () => {
  const agentFeed = await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz', headers: { authorization: `Bearer ${agent.key}` } });
  const admin = await t.app.inject({ method: 'GET', url: '/admin/agents/feed.jsonl.gz', headers: { authorization: `Bearer ${owner}` } });
  assert.equal(admin.statusCode, 200);
  assert.deepEqual(parseFeed(admin.rawPayload), parseFeed(agentFeed.rawPayload));
  assert.equal((await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz' })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/agents/feed.jsonl.gz' })).statusCode, 401);
  const bad = await t.app.inject({
    method: 'GET',
    url: '/agents/feed.jsonl.gz?currency=euro',
    headers: { authorization: `Bearer ${agent.key}` },
  });
  assert.equal(bad.statusCode, 400);
});

test('the feed costs a fixed number of statements per page of variants, whatever the page holds', async () => {
  for (let i = 0; i < 4; i += 1) await createProduct(t, owner);
  const [count] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.deleted_at IS NULL AND p.deleted_at IS NULL`,
  );
  const variants = count?.n ?? 0;
  assert.ok(variants >= 14, `${variants} variants`);

  async function statements(pageSize: number): Promise<{ count: number; rows: number }> {
    const before = t.database.stats.queries;
    let rows = 0;
    for await (const chunk of feedLines(t.database.db, t.config, { currency: 'EUR', pageSize })) rows += chunk.split('\n').length - 1;
    return { count: t.database.stats.queries - before, rows };
  }
  // One page: the market (regions, shop settings), then the page's ids, their sellable state, their products.
  const whole = await statements(variants + 1);
  assert.equal(whole.count, 5);
  // Pages of 3: at most three statements per page (plus the market and a last empty page), never one per variant.
  const paged = await statements(3);
  assert.equal(paged.rows, whole.rows, 'paging changes nothing in the feed');
  const pages = Math.ceil(variants / 3);
  assert.ok(paged.count <= 2 + 3 * pages + 1, `${paged.count} statements for ${pages} pages`);
  assert.ok(paged.count >= 2 + 2 * pages, `${paged.count} statements for ${pages} pages: every page is read`);
});

test('GTIN and MPN where the variant has them, and the shop’s policy links and return window from the settings', async () => {
  const ownerHeaders = { authorization: `Bearer ${owner}` };
  const [withIds, without] = lamp.variants;
  const set = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${lamp.id}/variants/${withIds!.id}`,
    headers: ownerHeaders,
    payload: { gtin: '4006381333931', mpn: 'BL-100-S' },
  });
  assert.equal(set.statusCode, 200, set.body);
  const product = set.json<{ variants: { id: string; gtin?: string; mpn?: string }[] }>();
  assert.deepEqual(
    product.variants.map((v) => [v.id, v.gtin, v.mpn]),
    [
      [withIds!.id, '4006381333931', 'BL-100-S'],
      [without!.id, undefined, undefined],
    ],
  );
  const badGtin = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${lamp.id}/variants/${withIds!.id}`,
    headers: ownerHeaders,
    payload: { gtin: '12345' },
  });
  assert.equal(badGtin.statusCode, 400);
  const settings = await t.app.inject({
    method: 'PATCH',
    url: '/admin/settings',
    headers: ownerHeaders,
    payload: {
      policyLinks: { returns: '/pages/returns', privacy: 'https://legal.example/privacy', terms: '/pages/terms' },
      returnPolicy: { days: 14, isFree: false },
    },
  });
  assert.equal(settings.statusCode, 200, settings.body);

  const res = await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz', headers: { authorization: `Bearer ${agent.key}` } });
  const rows = parseFeed(res.rawPayload);
  const a = rows.find((r) => r.id === withIds!.id);
  const b = rows.find((r) => r.id === without!.id);
  assert.equal(a?.gtin, '4006381333931');
  assert.equal(a?.mpn, 'BL-100-S');
  assert.ok(b && !('gtin' in b) && !('mpn' in b), 'no identifiers where none are known');
  for (const row of rows) {
    assert.equal(row.return_policy, 'https://shop.example/pages/returns');
    assert.equal(row.seller_privacy_policy, 'https://legal.example/privacy');
    assert.equal(row.seller_tos, 'https://shop.example/pages/terms');
    assert.equal(row.return_window, 14);
  }

  // A later change that does not name them keeps them; null clears one.
  const kept = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${lamp.id}/variants/${withIds!.id}`,
    headers: ownerHeaders,
    payload: { mpn: null, weightGrams: 900 },
  });
  const variant = kept.json<{ variants: { id: string; gtin?: string; mpn?: string }[] }>().variants.find((v) => v.id === withIds!.id);
  assert.equal(variant?.gtin, '4006381333931');
  assert.equal(variant?.mpn, undefined);
});

/** Runs the rebuild job as the job runner would (no worker runs in tests). */
async function runFeedJob(jobId: string, scheduled = false): Promise<Record<string, unknown>> {
  const handler = agentsModule.jobs?.[FEED_JOB];
  assert.ok(handler);
  const result = await handler(
    { id: jobId, name: FEED_JOB, payload: { scheduled }, attempts: 1, maxAttempts: 3 },
    { db: t.database.db, progress: async () => undefined },
  );
  return result ?? {};
}

test('the stored feed: rebuilt on demand by a job, served with its SHA-256 as ETag, 304 when unchanged, rebuilt after a change', async () => {
  const agentHeaders = { authorization: `Bearer ${agent.key}` };
  const live = parseFeed((await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz', headers: agentHeaders })).rawPayload);
  const live0 = await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz', headers: agentHeaders });
  assert.equal(live0.headers.etag, undefined, 'before the first rebuild the feed is built live');

  assert.equal((await t.app.inject({ method: 'POST', url: '/admin/agents/feed/regenerate' })).statusCode, 401);
  const queued = await t.app.inject({
    method: 'POST',
    url: '/admin/agents/feed/regenerate',
    headers: { authorization: `Bearer ${owner}` },
  });
  assert.equal(queued.statusCode, 202, queued.body);
  const { jobId } = queued.json<{ jobId: string }>();
  const result = (await runFeedJob(jobId)) as { files: { currency: string; rows: number; sha256: string }[] };
  assert.deepEqual(
    result.files.map((f) => [f.currency, f.rows]),
    [['EUR', live.length]],
    'one file per region currency, a row per sellable variant',
  );

  const stored = await t.app.inject({ method: 'GET', url: '/agents/feed.jsonl.gz', headers: agentHeaders });
  assert.equal(stored.statusCode, 200);
  assert.equal(stored.headers['content-type'], 'application/gzip');
  assert.equal(stored.headers.etag, `"${result.files[0]!.sha256}"`);
  assert.equal(Number(stored.headers['content-length']), stored.rawPayload.length);
  assert.deepEqual(parseFeed(stored.rawPayload), live, 'the stored file holds what the live build streams');
  const again = await t.app.inject({
    method: 'GET',
    url: '/agents/feed.jsonl.gz',
    headers: { ...agentHeaders, 'if-none-match': stored.headers.etag },
  });
  assert.equal(again.statusCode, 304);
  assert.equal(again.rawPayload.length, 0);
  const admin = await t.app.inject({ method: 'GET', url: '/admin/agents/feed.jsonl.gz', headers: { authorization: `Bearer ${owner}` } });
  assert.equal(admin.headers.etag, stored.headers.etag);

  const added = await createProduct(t, owner, { title: 'Reading lamp' });
  await runFeedJob('job_manual_2');
  const changed = await t.app.inject({
    method: 'GET',
    url: '/agents/feed.jsonl.gz',
    headers: { ...agentHeaders, 'if-none-match': stored.headers.etag },
  });
  assert.equal(changed.statusCode, 200, 'a rebuilt feed has a new ETag');
  assert.notEqual(changed.headers.etag, stored.headers.etag);
  const ids = parseFeed(changed.rawPayload).map((r) => r.id);
  assert.ok(added.variants.every((v) => ids.includes(v.id)));

  const files = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM agent_feed_files WHERE currency = 'EUR'`);
  assert.equal(files[0]?.n, 2, 'the newest file and the one before it (a download on it can finish)');
});

test('the schedule: a scheduled rebuild queues the next one an interval later; the interval is a setting', async () => {
  await runFeedJob('job_scheduled', true);
  const next = await queryRows<{ run_at: Date; payload: { scheduled: boolean } }>(
    t.database.db,
    sql`SELECT run_at, payload FROM jobs WHERE name = ${FEED_JOB} AND status = 'queued' AND payload->>'scheduled' = 'true'`,
  );
  assert.equal(next.length, 1, 'the next rebuild is queued');
  const wait = new Date(next[0]!.run_at).getTime() - Date.now();
  assert.ok(wait > 0 && wait <= t.config.agentFeedIntervalMinutes * 60_000, `next rebuild in ${wait} ms`);
  await runFeedJob('job_scheduled_again', true);
  const still = await queryRows(
    t.database.db,
    sql`SELECT 1 FROM jobs WHERE name = ${FEED_JOB} AND status = 'queued' AND payload->>'scheduled' = 'true'`,
  );
  assert.equal(still.length, 1, 'one queued rebuild per slot, however often it is asked for');
});

test('building the stored feed costs a fixed number of statements per page of variants plus one per stored chunk', async () => {
  const [count] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.deleted_at IS NULL AND p.deleted_at IS NULL`,
  );
  const variants = count?.n ?? 0;
  const before = t.database.stats.queries;
  const file = await buildStoredFeed(t.database.db, t.config, 'EUR', 3);
  const statements = t.database.stats.queries - before;
  const pages = Math.ceil(variants / 3);
  const chunks = Math.ceil(file.bytes / (256 * 1024));
  // insert the file, the market (regions, settings), per page at most 3 reads (and one read of a
  // last empty page), one insert per chunk, finish, prune: never a statement per variant
  assert.ok(statements <= 1 + 2 + 3 * pages + 1 + chunks + 2, `${statements} statements for ${pages} pages and ${chunks} chunks`);
  assert.ok(file.rows > 0);
});
