import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import type { StoreProductFacets } from './catalog.schemas.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');
const auth = { authorization: `Bearer ${token}` };

interface Card {
  id: string;
  handle: string;
  title: string;
  thumbnail: { url: string; alt?: string } | null;
  priceRanges: { currency: string; min: number; max: number }[];
  inStock: boolean;
  variantCount: number;
  variants?: unknown[];
}
interface ListBody {
  items: Card[];
  nextCursor: string | null;
  total?: number;
  facets?: StoreProductFacets;
}
interface Problem {
  code: string;
  errors?: { path: string; message: string }[];
}

async function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url, headers });
}
async function list(query: string): Promise<ListBody> {
  const res = await get(`/store/products?${query}`);
  assert.equal(res.statusCode, 200, `${query}: ${res.body}`);
  return res.json<ListBody>();
}
async function category(name: string, handle: string, parentId?: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/admin/categories', headers: auth, payload: { name, handle, parentId } });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: string }>().id;
}
const eur = (amount: number) => [
  { currency: 'EUR', amount },
  { currency: 'USD', amount: amount + 100 },
];

const apparel = await category('Apparel', 'apparel');
const shirts = await category('Shirts', 'shirts', apparel);
const hats = await category('Hats', 'hats', apparel);
const colorsAndSizes = [
  { name: 'Color', values: ['Blue', 'Red'] },
  { name: 'Size', values: ['S', 'M'] },
];
// Blue only in S, Red only in M; in stock (inventory not managed).
await createProduct(t, token, {
  title: 'Split shirt',
  handle: 'split-shirt',
  categoryIds: [shirts],
  options: colorsAndSizes,
  images: [{ url: 'https://cdn.example/split.png', alt: 'split' }, { url: 'https://cdn.example/split-2.png' }],
  variants: [
    { sku: 'SPLIT-BS', options: { Color: 'Blue', Size: 'S' }, prices: eur(1500), manageInventory: false },
    { sku: 'SPLIT-RM', options: { Color: 'Red', Size: 'M' }, prices: eur(2500), manageInventory: false },
  ],
});
// Blue in S and M; out of stock (managed, nothing on hand).
await createProduct(t, token, {
  title: 'Blue shirt',
  handle: 'blue-shirt',
  categoryIds: [shirts],
  options: colorsAndSizes,
  variants: [
    { sku: 'BLUE-S', options: { Color: 'Blue', Size: 'S' }, prices: eur(3000) },
    { sku: 'BLUE-M', options: { Color: 'Blue', Size: 'M' }, prices: eur(3500) },
  ],
});
// Red in M, a hat; in stock.
await createProduct(t, token, {
  title: 'Red hat',
  handle: 'red-hat',
  categoryIds: [hats],
  options: colorsAndSizes,
  variants: [{ sku: 'HAT-RM', options: { Color: 'Red', Size: 'M' }, prices: eur(12_000), allowBackorder: true }],
});
// Outside the category.
await createProduct(t, token, { title: 'Mug', handle: 'mug', options: [], variants: [{ sku: 'MUG', prices: eur(800) }] });

const handles = (body: ListBody) => body.items.map((p) => p.handle).sort();

void test('lists answer compact cards by default and full products with view=full', async () => {
  const cards = await list('category=shirts&currency=EUR&sort=title');
  assert.deepEqual(cards.items[1], {
    id: cards.items[1]?.id,
    handle: 'split-shirt',
    title: 'Split shirt',
    thumbnail: { url: 'https://cdn.example/split.png', alt: 'split' },
    priceRanges: [{ currency: 'EUR', min: 1500, max: 2500 }],
    inStock: true,
    variantCount: 2,
  });
  assert.equal(cards.items[0]?.inStock, false);
  assert.equal(cards.total, undefined, 'no counts unless asked');
  const everyCurrency = await list('category=shirts&sort=title');
  assert.deepEqual(everyCurrency.items[1]?.priceRanges, [
    { currency: 'EUR', min: 1500, max: 2500 },
    { currency: 'USD', min: 1600, max: 2600 },
  ]);
  const full = await list('category=shirts&sort=title&view=full');
  assert.equal(full.items[1]?.variants?.length, 2);
  const bad = await get('/store/products?view=tiny');
  assert.equal(bad.statusCode, 400);
});

void test('option filters: OR within an option, AND across options, on one variant', async () => {
  assert.deepEqual(handles(await list('option.Color=Blue')), ['blue-shirt', 'split-shirt']);
  assert.deepEqual(handles(await list('option.Color=Blue&option.Color=Red')), ['blue-shirt', 'red-hat', 'split-shirt']);
  // Split shirt has Blue (in S) and M (in Red) but no variant that is both.
  assert.deepEqual(handles(await list('option.Color=Blue&option.Size=M')), ['blue-shirt']);
  assert.deepEqual(handles(await list('option.Color=Green')), []);
  assert.deepEqual(handles(await list('option.Color=Red&category=shirts')), ['split-shirt']);
  const unknown = await get('/store/products?colour=Blue');
  assert.equal(unknown.statusCode, 400, 'other unknown parameters are still refused');
});

void test('facets=true answers the total and facet counts for the current filters', async () => {
  const body = await list('category=apparel&currency=EUR&option.Color=Blue&facets=true&limit=1');
  assert.equal(body.items.length, 1);
  assert.equal(body.total, 2);
  const facets = body.facets;
  assert.ok(facets);
  // Color is counted without its own filter (all three apparel products), Size with Color=Blue.
  assert.deepEqual(facets.options, [
    {
      name: 'Color',
      values: [
        { value: 'Blue', count: 2 },
        { value: 'Red', count: 2 },
      ],
    },
    {
      name: 'Size',
      values: [
        { value: 'M', count: 1 },
        { value: 'S', count: 2 },
      ],
    },
  ]);
  assert.deepEqual(facets.categories, [{ handle: 'shirts', name: 'Shirts', count: 2 }]);
  // Lowest EUR prices of the two matches: 1500 and 3000.
  assert.deepEqual(facets.priceRanges, [
    { min: 0, max: 2000, count: 1 },
    { min: 2000, max: 5000, count: 1 },
  ]);
  assert.equal(facets.inStock, 1);

  const everything = await list('facets=true&currency=EUR');
  assert.equal(everything.total, 4);
  assert.deepEqual(
    everything.facets?.priceRanges.map((r) => [r.min, r.count]),
    [
      [0, 2],
      [2000, 1],
      [10_000, 1],
    ],
  );
  assert.equal(everything.facets?.inStock, 2, 'the split shirt and the hat (backorder); the mug has no stock');
  const noCurrency = await list('facets=true&inStock=true');
  assert.equal(noCurrency.total, 2);
  assert.deepEqual(noCurrency.facets?.priceRanges, [], 'price ranges need a currency');
  const none = await list('facets=true&q=zzzzqqq');
  assert.equal(none.total, 0);
});

void test('a faceted category page costs three statements whatever its size', async () => {
  const count = async (query: string) => {
    const before = t.database.stats.queries;
    await list(query);
    return t.database.stats.queries - before;
  };
  const faceted = await count('category=apparel&currency=EUR&option.Color=Blue&option.Size=S&sort=price_asc&facets=true&limit=1');
  assert.equal(faceted, 3, 'page ids, cards, facets');
  assert.equal(await count('category=apparel&currency=EUR&facets=true&limit=50'), 3);
  assert.equal(await count('category=apparel&currency=EUR&limit=50'), 2, 'without facets: page ids and cards');
  assert.equal(await count('category=apparel&view=full'), 2);
});

void test('inconsistent or unpriced requests are 400 naming the parameter', async () => {
  const cases: [string, string][] = [
    ['/store/products?sort=relevance', '/query/sort'],
    ['/store/products?currency=GBP', '/query/currency'],
    ['/store/products?currency=GBP&facets=true', '/query/currency'],
    ['/store/products/mug?currency=GBP', '/query/currency'],
    ['/store/products?currency=EUR&minPrice=500&maxPrice=100', '/query/minPrice'],
  ];
  for (const [url, path] of cases) {
    const res = await get(url);
    assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
    const problem = res.json<Problem>();
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(
      problem.errors?.map((e) => e.path),
      [path],
      url,
    );
  }
  assert.equal((await get('/store/products?sort=relevance&q=shirt')).statusCode, 200);
  assert.equal((await get('/store/products/mug?currency=EUR')).statusCode, 200);
});

void test('store reads carry an ETag and Cache-Control, and answer 304 to a current If-None-Match', async () => {
  const collection = await t.app.inject({
    method: 'POST',
    url: '/admin/collections',
    headers: auth,
    payload: { title: 'Summer', handle: 'summer' },
  });
  assert.equal(collection.statusCode, 201, collection.body);
  for (const url of [
    '/store/products?limit=2',
    '/store/products/mug',
    '/store/categories',
    '/store/categories/shirts',
    '/store/collections',
    '/store/collections/summer',
  ]) {
    const first = await get(url);
    assert.equal(first.statusCode, 200, `${url}: ${first.body}`);
    const etag = first.headers.etag;
    assert.ok(typeof etag === 'string' && etag.length > 2, `${url}: ETag`);
    assert.match(String(first.headers['cache-control']), /^public, max-age=\d+$/, url);
    const again = await get(url, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304, url);
    assert.equal(again.body, '');
    const stale = await get(url, { 'if-none-match': '"stale"' });
    assert.equal(stale.statusCode, 200, url);
  }
  // A change gives a new ETag.
  const before = (await get('/store/products/mug')).headers.etag;
  const mug = (await list('q=mug&view=full')).items[0];
  const patched = await t.app.inject({ method: 'PATCH', url: `/admin/products/${mug?.id}`, headers: auth, payload: { title: 'Big mug' } });
  assert.equal(patched.statusCode, 200, patched.body);
  const after = await get('/store/products/mug', { 'if-none-match': String(before) });
  assert.equal(after.statusCode, 200);
  assert.notEqual(after.headers.etag, before);
  // Errors are not cached publicly.
  const missing = await get('/store/products/no-such-product');
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.headers['cache-control'], 'no-store');
});

void test('GET /store/collections lists collections without a token, paged', async () => {
  for (const title of ['Winter', 'Autumn']) {
    const res = await t.app.inject({ method: 'POST', url: '/admin/collections', headers: auth, payload: { title } });
    assert.equal(res.statusCode, 201, res.body);
  }
  const first = await get('/store/collections?limit=2');
  assert.equal(first.statusCode, 200, first.body);
  const page = first.json<{ items: { handle: string; productsUrl: string }[]; nextCursor: string | null }>();
  assert.equal(page.items.length, 2);
  assert.ok(page.nextCursor);
  const second = await get(`/store/collections?limit=2&cursor=${page.nextCursor}`);
  const rest = second.json<{ items: { handle: string; productsUrl: string }[] }>();
  assert.deepEqual([...page.items, ...rest.items].map((c) => c.handle).sort(), ['autumn', 'summer', 'winter']);
  const summer = [...page.items, ...rest.items].find((c) => c.handle === 'summer');
  assert.equal(summer?.productsUrl, '/store/products?collection=summer');
});
