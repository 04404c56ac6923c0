import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp } from '../../../test/support/app.ts';
import { canonicals, links, metaContent, startDemoShop, titleOf } from './storefront.test-support.ts';
import { DISALLOWED_PATHS } from './seo.ts';

const t = await startDemoShop({ STOCKROOM_SITEMAP_MAX_URLS: '100' });
const admin = { authorization: `Bearer ${t.admin}` };
const get = (url: string) => t.app.inject({ method: 'GET', url });
const ORIGIN = 'https://shop.example.test';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
const fixtures = fileURLToPath(new URL('../../../test/fixtures/sitemaps/', import.meta.url));

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Validates a document against one of the sitemaps.org schemas with xmllint; throws with its output on failure. */
function validate(xml: string, schema: 'sitemap.xsd' | 'siteindex.xsd'): void {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    execFileSync('xmllint', ['--noout', '--schema', join(fixtures, schema), file], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every URL the sitemap index leads to, after checking each document (against the XSD when xmllint is here). */
async function sitemapUrls(
  check: (t: { diagnostic(message: string): void }) => void = () => undefined,
): Promise<{ urls: string[]; children: string[] }> {
  const index = await get('/sitemap.xml');
  assert.equal(index.statusCode, 200);
  assert.match(String(index.headers['content-type']), /^application\/xml/);
  const isValidating = hasXmllint();
  if (isValidating) validate(index.body, 'siteindex.xsd');
  check({ diagnostic: () => undefined });
  const children = locs(index.body);
  const urls: string[] = [];
  for (const child of children) {
    assert.ok(child.startsWith(`${ORIGIN}/sitemaps/`), child);
    const res = await get(new URL(child).pathname);
    assert.equal(res.statusCode, 200, child);
    if (isValidating) validate(res.body, 'sitemap.xsd');
    const list = locs(res.body);
    assert.ok(list.length <= 100, `${child} holds ${list.length} URLs`);
    urls.push(...list);
  }
  return { urls, children };
}

test('the sitemap lists exactly the canonical URLs of the indexable pages a crawler finds; titles are unique', async (c) => {
  if (!hasXmllint()) c.diagnostic('xmllint is not installed: the sitemaps are not validated against the sitemaps.org XSD');
  const { urls, children } = await sitemapUrls();
  // Split at the configured count: 300 demo products make three product sitemaps.
  assert.deepEqual(
    children.map((u) => new URL(u).pathname),
    [
      '/sitemaps/pages-1.xml',
      '/sitemaps/products-1.xml',
      '/sitemaps/products-2.xml',
      '/sitemaps/products-3.xml',
      '/sitemaps/categories-1.xml',
      '/sitemaps/collections-1.xml',
    ],
  );
  assert.equal(new Set(urls).size, urls.length, 'no URL twice');

  // Crawl from the home page along every link a crawler may follow (robots.txt of production).
  const isAllowed = (path: string) => !DISALLOWED_PATHS.some((p) => path.startsWith(p));
  const queue = ['/'];
  const seen = new Set(queue);
  const found = new Set<string>();
  const titles = new Map<string, string>();
  while (queue.length > 0) {
    const path = queue.shift() ?? '/';
    const res = await get(path);
    assert.equal(res.statusCode, 200, path);
    const robots = metaContent(res.body, 'robots');
    const canonical = canonicals(res.body);
    assert.ok(canonical.length <= 1, `${path}: one canonical at most`);
    if (robots === undefined) {
      assert.equal(canonical.length, 1, `${path}: an indexable page has a canonical`);
      found.add(canonical[0] ?? '');
      const title = titleOf(res.body) ?? '';
      assert.equal(titles.get(title), undefined, `${path} has the same title as ${titles.get(title)}`);
      titles.set(title, path);
      assert.ok(metaContent(res.body, 'description'), `${path}: a meta description`);
    }
    for (const link of links(res.body)) {
      if (!seen.has(link) && isAllowed(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  assert.ok(found.size > 300, `crawled ${found.size} indexable pages`);
  assert.deepEqual([...found].sort(), [...urls].sort());
});

test('lastmod follows real changes: a price change and a stock change move a product’s lastmod, a page view does not', async () => {
  const lastmodOf = async (handle: string) => {
    for (const n of [1, 2, 3]) {
      const xml = (await get(`/sitemaps/products-${n}.xml`)).body;
      const m = new RegExp(`<loc>${ORIGIN}/products/${handle}</loc><lastmod>([^<]+)</lastmod>`).exec(xml);
      if (m) return m[1] ?? '';
    }
    throw new Error(`${handle} is not in the sitemap`);
  };
  const list = (await get('/store/products?limit=20&view=full')).json<{
    items: { id: string; handle: string; variants: { id: string }[] }[];
  }>();
  // The stock change needs a product with stock (the demo's is random; home goods are not tracked).
  const onHand = async (variantId: string) =>
    (await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: admin }))
      .json<{ locations: { onHand: number }[] }>()
      .locations.reduce((n, l) => n + l.onHand, 0);
  const [priced] = list.items;
  let stocked: (typeof list.items)[number] | undefined;
  for (const item of list.items.slice(1)) {
    const counts = await Promise.all(item.variants.map((v) => onHand(v.id)));
    if (counts.some((n) => n > 0)) {
      stocked = item;
      break;
    }
  }
  assert.ok(priced && stocked);

  const before = await lastmodOf(priced.handle);
  await get(`/products/${priced.handle}`);
  assert.equal(await lastmodOf(priced.handle), before, 'a page view changes nothing');
  const variant = priced.variants[0]?.id ?? '';
  const patch = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${priced.id}/variants/${variant}`,
    headers: admin,
    payload: { prices: [{ currency: 'EUR', amount: 777 }] },
  });
  assert.equal(patch.statusCode, 200, patch.body);
  assert.ok((await lastmodOf(priced.handle)) > before, 'a price change moves lastmod');

  const stockBefore = await lastmodOf(stocked.handle);
  for (const v of stocked.variants) {
    const levels = (await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${v.id}`, headers: admin })).json<{
      locations: { locationId: string; onHand: number; reserved: number }[];
    }>();
    for (const level of levels.locations) {
      if (level.onHand === 0) continue;
      const res = await t.app.inject({
        method: 'POST',
        url: '/admin/inventory/adjustments',
        headers: admin,
        payload: { variantId: v.id, locationId: level.locationId, delta: -level.onHand, reason: 'correction' },
      });
      assert.equal(res.statusCode, 201, res.body);
    }
  }
  const page = await get(`/products/${stocked.handle}`);
  assert.match(page.body, /Out of stock/);
  assert.ok((await lastmodOf(stocked.handle)) > stockBefore, 'selling out moves lastmod');
});

test('robots.txt: outside production everything is disallowed and pages say noindex; in production the shop paths are open', async () => {
  const dev = await get('/robots.txt');
  assert.equal(dev.statusCode, 200);
  assert.match(String(dev.headers['content-type']), /^text\/plain/);
  assert.equal(dev.body, `User-agent: *\nDisallow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  assert.equal((await get('/')).headers['x-robots-tag'], 'noindex');

  const prod = await startTestApp({ NODE_ENV: 'production', STOCKROOM_PUBLIC_URL: 'https://shop.example.test/' }, t.testDatabase);
  const robots = await prod.app.inject({ method: 'GET', url: '/robots.txt' });
  const lines = robots.body.split('\n');
  for (const path of ['/cart', '/checkout', '/account', '/search', '/store/', '/admin/'])
    assert.ok(lines.includes(`Disallow: ${path}`), path);
  assert.ok(!lines.includes('Disallow: /'));
  assert.ok(lines.includes('Allow: /'));
  assert.ok(lines.includes(`Sitemap: ${ORIGIN}/sitemap.xml`));
  const home = await prod.app.inject({ method: 'GET', url: '/' });
  assert.equal(home.headers['x-robots-tag'], undefined);
  assert.deepEqual(canonicals(home.body), [`${ORIGIN}/`]);
});

test('unknown child sitemaps are 404', async () => {
  assert.equal((await get('/sitemaps/products-9.xml')).statusCode, 404);
  assert.equal((await get('/sitemaps/widgets-1.xml')).statusCode, 404);
  assert.equal((await get('/sitemaps/products-0.xml')).statusCode, 404);
});
