import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoShop, Visitor, canonicals, jsonLdBlocks, titleOf, metaContent, links } from './storefront.test-support.ts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createProduct } from '../../../test/support/catalog.ts';

const t = await startDemoShop();
const admin = { authorization: `Bearer ${t.admin}` };
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

test('home: title, description, one absolute canonical, Organization and WebSite with SearchAction, category links', async () => {
  const res = await get('/');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/html/);
  assert.equal(titleOf(res.body), 'Stockroom – online shop');
  assert.ok(metaContent(res.body, 'description'));
  assert.deepEqual(canonicals(res.body), ['https://shop.example.test/']);
  assert.equal(metaContent(res.body, 'og:url'), 'https://shop.example.test/');
  const types = jsonLdBlocks(res.body).map((b) => b['@type']);
  assert.deepEqual(types, ['Organization', 'WebSite']);
  const site = jsonLdBlocks(res.body)[1] as { potentialAction: { target: { urlTemplate: string } } };
  assert.equal(site.potentialAction.target.urlTemplate, 'https://shop.example.test/search?q={search_term_string}');
  assert.ok(links(res.body).some((l) => l.startsWith('/categories/')));
  assert.ok(links(res.body).some((l) => l.startsWith('/collections/')));
  // Non-production: no page may be indexed.
  assert.equal(res.headers['x-robots-tag'], 'noindex');
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
});

test('a product title of <script> renders as text, in the page and in its JSON-LD', async () => {
  const product = await createProduct(t, t.admin, {
    title: '<script>alert("x")</script> & co',
    handle: 'script-title',
    description: '</script><img src=x onerror=alert(1)>',
  });
  const res = await get(`/products/${product.handle}`);
  assert.equal(res.statusCode, 200);
  assert.doesNotMatch(res.body, /<script>alert/);
  assert.doesNotMatch(res.body, /<img src=x/);
  assert.match(res.body, /<h1>&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; co<\/h1>/);
  assert.equal(titleOf(res.body), '<script>alert("x")</script> & co | Stockroom');
  // Every script element on the page is a JSON-LD data block (each parses whole) or the shop's own file.
  const scripts = [...res.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
  assert.ok(
    scripts.every(
      (attrs) => attrs === ' type="application/ld+json"' || /^ src="\/assets\/storefront\.js\?v=[\w-]+" defer$/.test(attrs ?? ''),
    ),
    scripts.join(),
  );
  const [ld] = jsonLdBlocks(res.body);
  assert.equal(ld?.name, '<script>alert("x")</script> & co');
});

test('a product renamed twice: every old handle answers ONE 301 straight to the current page', async () => {
  const product = await createProduct(t, t.admin, { handle: 'first-name' });
  for (const handle of ['second-name', 'third-name']) {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/admin/products/${product.id}`,
      headers: admin,
      payload: { handle },
    });
    assert.equal(res.statusCode, 200, res.body);
  }
  for (const old of ['first-name', 'second-name']) {
    const res = await get(`/products/${old}`);
    assert.equal(res.statusCode, 301);
    assert.equal(res.headers.location, '/products/third-name');
  }
  const current = await get('/products/third-name');
  assert.equal(current.statusCode, 200);
  assert.deepEqual(canonicals(current.body), ['https://shop.example.test/products/third-name']);
});

test('unknown product: 404 page; deleted product: 410 page; draft: 404', async () => {
  const unknown = await get('/products/no-such-thing');
  assert.equal(unknown.statusCode, 404);
  assert.match(String(unknown.headers['content-type']), /^text\/html/);
  assert.match(unknown.body, /<h1>Page not found<\/h1>/);
  assert.equal(metaContent(unknown.body, 'robots'), 'noindex');

  const doomed = await createProduct(t, t.admin, { handle: 'soon-gone' });
  const deleted = await t.app.inject({ method: 'DELETE', url: `/admin/products/${doomed.id}`, headers: admin });
  assert.equal(deleted.statusCode, 204, deleted.body);
  const gone = await get('/products/soon-gone');
  assert.equal(gone.statusCode, 410);
  assert.match(gone.body, /no longer available/);

  const draft = await createProduct(t, t.admin, { handle: 'just-a-draft', status: 'draft' });
  assert.equal((await get(`/products/${draft.handle}`)).statusCode, 404);
  assert.equal((await get('/categories/no-such-category')).statusCode, 404);
  assert.equal((await get('/collections/no-such-collection')).statusCode, 404);
});

test('product page: offers in JSON-LD equal the prices the page shows and the store API answer for the region', async () => {
  const product = await createProduct(t, t.admin, { handle: 'priced-twice' });
  for (const [cookie, currency, shown] of [
    [undefined, 'EUR', ['€19.99', '€24.99']],
    ['US', 'USD', ['$21.99', '$26.99']],
  ] as const) {
    const visitor = new Visitor(t.app);
    await visitor.get('/products/priced-twice');
    if (cookie) {
      const regions = (await t.app.inject({ method: 'GET', url: '/admin/regions', headers: admin })).json<{
        items: { id: string; currency: string }[];
      }>();
      const us = regions.items.find((r) => r.currency === 'USD');
      assert.ok(us);
      const chosen = await visitor.post('/region', { id: us.id, return: '/products/priced-twice' });
      assert.equal(chosen.statusCode, 303);
      assert.equal(chosen.headers.location, '/products/priced-twice');
      const line = visitor.setCookieLines.find((l) => l.startsWith('sf_region='));
      assert.match(line ?? '', /HttpOnly/);
      assert.match(line ?? '', /SameSite=Lax/);
    }
    const page = await visitor.get('/products/priced-twice');
    assert.equal(page.statusCode, 200);
    for (const price of shown) assert.ok(page.body.includes(price), `${price} on the page`);
    // The region never reaches the canonical URL.
    assert.deepEqual(canonicals(page.body), ['https://shop.example.test/products/priced-twice']);
    const [group, crumbs] = jsonLdBlocks(page.body) as [
      { '@type': string; hasVariant: { sku: string; offers: { price: string; priceCurrency: string; availability: string } }[] },
      { '@type': string },
    ];
    assert.equal(group['@type'], 'ProductGroup');
    assert.equal(crumbs['@type'], 'BreadcrumbList');
    assert.deepEqual(
      group.hasVariant.map((v) => [v.sku, v.offers.price, v.offers.priceCurrency]),
      product.variants.map((v) => {
        const price = v.prices.find((p) => p.currency === currency);
        return [v.sku, ((price?.amount ?? 0) / 100).toFixed(2), currency];
      }),
    );
    const api = await get(`/store/products/priced-twice?currency=${currency}`);
    assert.equal(api.statusCode, 200);
    const body = api.json<{ jsonLd: unknown; variants: { prices: { amount: number; currency: string }[]; inStock: boolean }[] }>();
    assert.deepEqual(body.jsonLd, group);
    assert.deepEqual(
      group.hasVariant.map((v) => [v.offers.price, v.offers.availability]),
      body.variants.map((v) => [
        ((v.prices[0]?.amount ?? 0) / 100).toFixed(2),
        v.inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      ]),
    );
  }
});

test('listing pages: canonical drops sort, filter and tracking parameters; facets are noindex; pages link on with ?page=', async () => {
  const home = await get('/');
  const category = links(home.body).find((l) => l.startsWith('/categories/'));
  assert.ok(category);
  const clean = await get(category);
  assert.equal(clean.statusCode, 200);
  const canonical = `https://shop.example.test${category}`;
  assert.deepEqual(canonicals(clean.body), [canonical]);
  assert.equal(metaContent(clean.body, 'robots'), undefined);
  const crumbs = jsonLdBlocks(clean.body).find((b) => b['@type'] === 'BreadcrumbList');
  assert.ok(crumbs);

  const tracked = await get(`${category}?utm_source=news&gclid=abc`);
  assert.deepEqual(canonicals(tracked.body), [canonical]);
  assert.equal(metaContent(tracked.body, 'robots'), undefined);

  const faceted = await get(`${category}?sort=price_asc&color=red`);
  assert.equal(faceted.statusCode, 200);
  assert.deepEqual(canonicals(faceted.body), [canonical]);
  assert.equal(metaContent(faceted.body, 'robots'), 'noindex,follow');

  // The demo's largest category holds more than one page.
  const big = await get('/categories/apparel');
  assert.equal(big.statusCode, 200);
  assert.ok(links(big.body).includes('/categories/apparel?page=2'));
  const second = await get('/categories/apparel?page=2');
  assert.equal(second.statusCode, 200);
  assert.equal(metaContent(second.body, 'robots'), 'noindex,follow');
  assert.notEqual(titleOf(second.body), titleOf(big.body));
  assert.equal((await get('/categories/apparel?page=999')).statusCode, 404);
});

test('search: results, noindex,follow, no canonical', async () => {
  const res = await get('/search?q=hoodie');
  assert.equal(res.statusCode, 200);
  assert.equal(metaContent(res.body, 'robots'), 'noindex,follow');
  assert.deepEqual(canonicals(res.body), []);
  assert.ok(links(res.body).some((l) => l.startsWith('/products/')));
  const empty = await get('/search?q=%3Cscript%3E');
  assert.equal(empty.statusCode, 200);
  assert.doesNotMatch(empty.body, /<script>/);
});

test('caching: ETag and Cache-Control on pages, 304 on revalidation, a new ETag after a price change', async () => {
  const product = await createProduct(t, t.admin, { handle: 'cached-thing' });
  const first = await get('/products/cached-thing');
  const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
  const again = await get('/products/cached-thing', { cookie });
  const tag = String(again.headers.etag);
  assert.ok(tag.length > 2);
  assert.equal(again.headers['cache-control'], 'private, no-cache');
  assert.ok(again.headers['last-modified']);
  const revalidated = await get('/products/cached-thing', { cookie, 'if-none-match': tag });
  assert.equal(revalidated.statusCode, 304);

  const [variant] = product.variants;
  assert.ok(variant);
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${product.id}/variants/${variant.id}`,
    headers: admin,
    payload: { prices: [{ currency: 'EUR', amount: 1234 }] },
  });
  assert.equal(patched.statusCode, 200, patched.body);
  const changed = await get('/products/cached-thing', { cookie, 'if-none-match': tag });
  assert.equal(changed.statusCode, 200);
  assert.ok(changed.body.includes('€12.34'));
  for (const url of ['/', '/categories/apparel', '/search?q=x']) {
    const res = await get(url);
    assert.ok(res.headers.etag, url);
    assert.ok(res.headers['cache-control'], url);
  }
});

test('an unknown path: a browser gets the shop’s HTML 404 page, an API client keeps problem+json', async () => {
  const browser = await get('/no-such-page', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
  assert.equal(browser.statusCode, 404);
  assert.match(String(browser.headers['content-type']), /^text\/html/);
  assert.match(browser.body, /<h1>Page not found<\/h1>/);
  assert.match(String(browser.headers['content-security-policy']), /script-src 'self'/);
  for (const accept of [undefined, 'application/json', '*/*']) {
    const api = await get('/no-such-page', accept ? { accept } : {});
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
    assert.equal(api.json<{ code: string }>().code, 'not_found');
  }
  // A route's own 404 answer is not replaced: an unknown product in the store API stays problem+json.
  const store = await get('/store/products/no-such-product', { accept: 'text/html' });
  assert.equal(store.statusCode, 404);
  assert.match(String(store.headers['content-type']), /^application\/problem\+json/);
});

test('the shop has an icon, linked from every page', async () => {
  const icon = await get('/favicon.svg');
  assert.equal(icon.statusCode, 200);
  assert.match(String(icon.headers['content-type']), /^image\/svg\+xml/);
  assert.match(icon.body, /^<svg /);
  assert.match((await get('/')).body, /<link rel="icon" href="\/favicon\.svg\?v=[\w-]+" type="image\/svg\+xml" \/>/);
});

test('Last-Modified on catalog pages; 304 on If-Modified-Since until a price changes; the ETag wins when both are sent', async () => {
  const product = await createProduct(t, t.admin, { handle: 'dated-thing' });
  const first = await get('/products/dated-thing');
  const cookie = String(first.headers['set-cookie']).split(';')[0] ?? '';
  for (const url of ['/', '/categories/apparel', '/collections/best-sellers', '/products/dated-thing']) {
    const res = await get(url, { cookie });
    assert.equal(res.statusCode, 200, url);
    const lastModified = String(res.headers['last-modified']);
    assert.ok(Number.isFinite(Date.parse(lastModified)), `${url}: Last-Modified ${lastModified}`);
    assert.equal((await get(url, { cookie, 'if-modified-since': lastModified })).statusCode, 304, url);
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    assert.equal((await get(url, { cookie, 'if-modified-since': older })).statusCode, 200, url);
  }

  const page = await get('/products/dated-thing', { cookie });
  const lastModified = String(page.headers['last-modified']);
  const tag = String(page.headers.etag);
  const fresh = await get('/products/dated-thing', { cookie, 'if-modified-since': lastModified });
  assert.equal(fresh.statusCode, 304);
  assert.equal(fresh.body, '');
  assert.equal(fresh.headers.etag, tag, 'a 304 carries the page’s ETag');
  // Both validators: a stale ETag means 200 even though the date says not modified.
  const both = await get('/products/dated-thing', { cookie, 'if-modified-since': lastModified, 'if-none-match': '"stale"' });
  assert.equal(both.statusCode, 200);
  // A price change makes the page newer than the client's copy (timestamps have second precision).
  while (Date.now() < Date.parse(lastModified) + 1000) await new Promise((resolve) => setTimeout(resolve, 50));
  const [variant] = product.variants;
  assert.ok(variant);
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${product.id}/variants/${variant.id}`,
    headers: admin,
    payload: { prices: [{ currency: 'EUR', amount: 4321 }] },
  });
  assert.equal(patched.statusCode, 200, patched.body);
  const changed = await get('/products/dated-thing', { cookie, 'if-modified-since': lastModified });
  assert.equal(changed.statusCode, 200);
  assert.ok(changed.body.includes('€43.21'));
  assert.ok(Date.parse(String(changed.headers['last-modified'])) > Date.parse(lastModified));
});

test('pages and assets are compressed for clients that accept it; versioned assets are cached for a year', async () => {
  const plain = await get('/categories/apparel');
  assert.equal(plain.headers['content-encoding'], undefined);
  for (const [accept, encoding, decode] of [
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip, deflate, br', 'br', brotliDecompressSync],
  ] as const) {
    const res = await get('/categories/apparel', { 'accept-encoding': accept });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], encoding);
    assert.match(String(res.headers.vary), /Cookie, Accept-Encoding/);
    const body = decode(res.rawPayload).toString('utf8');
    assert.ok(res.rawPayload.length < body.length / 2, 'well compressed');
    assert.match(body, /<h1>Apparel<\/h1>/);
  }
  assert.equal((await get('/categories/apparel', { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding'], undefined);

  const home = (await get('/')).body;
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1] ?? '';
  assert.match(stylesheet, /^\/assets\/storefront\.css\?v=[\w-]+$/);
  const css = await get(stylesheet);
  assert.equal(css.statusCode, 200);
  assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal((await get('/assets/storefront.css')).headers['cache-control'], 'public, max-age=3600');
});
