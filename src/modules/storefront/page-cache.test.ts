import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoShop, Visitor, jsonLdBlocks } from './storefront.test-support.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { CSRF_COOKIE } from '../../platform/http/csrf.ts';

// Product pages are rendered once per (region, URL) and kept in the process's cache; each visitor's
// copy gets their own CSRF token. These tests hold the guarantees that make that safe: no visitor
// ever sees another's token, the region is part of the key, and a change to what the page shows
// (a price, the shop's settings, a shipping price) is on the very next render.

const t = await startDemoShop();
const admin = { authorization: `Bearer ${t.admin}` };

const tokenIn = (body: string): string[] => [...body.matchAll(/name="_csrf" value="([^"]*)"/g)].map((m) => m[1] ?? '');

interface Offer {
  price: string;
  priceCurrency: string;
  seller: { name: string };
  shippingDetails?: { shippingRate: { value: string } };
}
const offersOf = (body: string): Offer[] => {
  const [ld] = jsonLdBlocks(body) as [{ hasVariant?: { offers: Offer }[]; offers?: Offer }];
  return ld.hasVariant ? ld.hasVariant.map((v) => v.offers) : [ld.offers as Offer];
};

async function patch(url: string, payload: Record<string, unknown>): Promise<void> {
  const res = await t.app.inject({ method: 'PATCH', url, headers: admin, payload });
  assert.equal(res.statusCode, 200, res.body);
}

test('a product page is rendered once per region and URL: a repeat view sends no statement, and each visitor gets only their own CSRF token', async () => {
  const product = await createProduct(t, t.admin, { handle: 'cached-page' });
  const url = `/products/${product.handle}`;
  const alice = new Visitor(t.app);
  const bob = new Visitor(t.app);
  // Another URL of the page (a tracking parameter) loads the shop data and the category trail; the
  // page itself then costs one statement to render: the product with its last change.
  assert.equal((await alice.get(`${url}?utm_source=test`)).statusCode, 200);
  const rendering = t.database.stats.queries;
  const first = await alice.get(url);
  assert.equal(first.statusCode, 200);
  assert.equal(t.database.stats.queries - rendering, 1, 'a page not yet stored costs one statement');

  const before = t.database.stats.queries;
  const again = await bob.get(url);
  assert.equal(again.statusCode, 200);
  assert.equal(t.database.stats.queries, before, 'a stored page is answered without the database');

  // Each page carries its visitor's own token (the cookie just issued to them), in every form.
  const aliceToken = alice.cookies.get(CSRF_COOKIE);
  const bobToken = bob.cookies.get(CSRF_COOKIE);
  assert.ok(aliceToken && bobToken && aliceToken !== bobToken);
  assert.ok(tokenIn(first.body).length >= 1);
  assert.deepEqual(new Set(tokenIn(first.body)), new Set([aliceToken]));
  assert.deepEqual(new Set(tokenIn(again.body)), new Set([bobToken]));
  assert.ok(!again.body.includes(aliceToken), "Bob's page holds nothing of Alice's token");
  // Apart from the token the two copies are the same page.
  assert.equal(again.body.replaceAll(bobToken, 'T'), first.body.replaceAll(aliceToken, 'T'));

  // A returning visitor keeps their token on a stored page (the form they post still matches).
  const back = await alice.get(url);
  assert.deepEqual(new Set(tokenIn(back.body)), new Set([aliceToken]));
  assert.equal(back.headers['set-cookie'], undefined, 'no new token for a visitor who has one');
  // The ETag is the copy's: the same for Alice's views, another for Bob's; Alice revalidates to a 304.
  assert.equal(back.headers.etag, first.headers.etag);
  assert.notEqual(again.headers.etag, first.headers.etag);
  const revalidated = await t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: `${CSRF_COOKIE}=${aliceToken}`, 'if-none-match': String(first.headers.etag) },
  });
  assert.equal(revalidated.statusCode, 304);
  const added = await alice.post('/cart/items', { variantId: product.variants[0]!.id, quantity: '1' });
  assert.equal(added.statusCode, 303, added.body);

  // A visitor with no cookie at all (a crawler) gets a fresh token, never a stored one.
  const anonymous = await t.app.inject({ method: 'GET', url });
  const issued = /sr_csrf=([^;]+)/.exec(String(anonymous.headers['set-cookie']))?.[1];
  assert.ok(issued);
  assert.deepEqual(new Set(tokenIn(anonymous.body)), new Set([issued]));
  assert.ok(![aliceToken, bobToken].some((token) => anonymous.body.includes(token)));
});

test('the region is part of a stored page: a US visitor never gets the EU page', async () => {
  await createProduct(t, t.admin, { handle: 'cached-two-regions' });
  const url = '/products/cached-two-regions';
  const eu = new Visitor(t.app);
  const eur = await eu.get(url);
  assert.deepEqual([...new Set(offersOf(eur.body).map((o) => o.priceCurrency))], ['EUR']);

  const regions = (await t.app.inject({ method: 'GET', url: '/admin/regions', headers: admin })).json<{
    items: { id: string; currency: string }[];
  }>();
  const us = regions.items.find((r) => r.currency === 'USD');
  assert.ok(us);
  const visitor = new Visitor(t.app);
  await visitor.get(url);
  assert.equal((await visitor.post('/region', { id: us.id, return: url })).statusCode, 303);
  const usd = await visitor.get(url);
  assert.deepEqual([...new Set(offersOf(usd.body).map((o) => o.priceCurrency))], ['USD']);
  assert.ok(usd.body.includes('$21.99'));
  // Both stay stored side by side.
  assert.deepEqual([...new Set(offersOf((await eu.get(url)).body).map((o) => o.priceCurrency))], ['EUR']);
  assert.deepEqual([...new Set(offersOf((await visitor.get(url)).body).map((o) => o.priceCurrency))], ['USD']);
});

test('a price, shop settings or shipping change shows on the next product page and store API read', async () => {
  const product = await createProduct(t, t.admin, { handle: 'cached-then-changed' });
  const page = `/products/${product.handle}`;
  const api = `/store/products/${product.handle}?currency=EUR`;
  const visitor = new Visitor(t.app);
  const read = async () => {
    const html = await visitor.get(page);
    const json = await t.app.inject({ method: 'GET', url: api });
    assert.equal(html.statusCode, 200);
    assert.equal(json.statusCode, 200);
    return { html: html.body, offers: offersOf(html.body), json: json.json<{ jsonLd: { hasVariant: { offers: Offer }[] } }>() };
  };
  // Stored (the second read of each is a hit).
  await read();
  const stored = await read();
  assert.equal(stored.offers[0]?.price, '19.99');

  await patch(`/admin/products/${product.id}`, {
    variants: product.variants.map(({ id, sku, options }, i) => ({
      id,
      sku,
      options,
      prices: [{ currency: 'EUR', amount: i === 0 ? 1234 : 2345 }],
    })),
  });
  const repriced = await read();
  assert.equal(repriced.offers[0]?.price, '12.34');
  assert.ok(repriced.html.includes('€12.34'));

  // The shop's name is the seller in the structured data of both the page and the API answer.
  await patch('/admin/settings', { name: 'Renamed Shop' });
  const renamed = await read();
  assert.equal(renamed.offers[0]?.seller.name, 'Renamed Shop');
  assert.equal(renamed.json.jsonLd.hasVariant[0]?.offers.seller.name, 'Renamed Shop');
  assert.match(renamed.html, /<title>[^<]*\| Renamed Shop<\/title>/);

  // The region's shipping price is quoted in the offers.
  const options = (await t.app.inject({ method: 'GET', url: '/admin/shipping-options?limit=100', headers: admin })).json<{
    items: { id: string; amount: number }[];
  }>();
  const rate = renamed.offers[0]?.shippingDetails?.shippingRate.value;
  assert.ok(rate !== undefined, 'the EU offers quote shipping');
  // The cheapest EU option (standard, free over a threshold this product is under) is quoted.
  const quoted = options.items.filter((o) => o.amount === Math.round(Number(rate) * 100));
  assert.ok(quoted.length > 0, `an option costs ${rate}`);
  for (const option of quoted) await patch(`/admin/shipping-options/${option.id}`, { amount: 1 });
  const reshipped = await read();
  assert.equal(reshipped.offers[0]?.shippingDetails?.shippingRate.value, '0.01');
  assert.equal(reshipped.json.jsonLd.hasVariant[0]?.offers.shippingDetails?.shippingRate.value, '0.01');
});
