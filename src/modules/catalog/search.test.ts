import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { writeGroups } from './import-apply.ts';
import { buildGroup, type RowError } from './import-rows.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');
const auth = { authorization: `Bearer ${token}` };

interface Item {
  id: string;
  handle: string;
  title: string;
  variants: { prices: { currency: string; amount: number }[] }[];
}
interface PageBody {
  items: Item[];
  nextCursor: string | null;
}

async function list(query: string): Promise<PageBody> {
  const res = await t.app.inject({ method: 'GET', url: `/store/products?${query}` });
  assert.equal(res.statusCode, 200, `${query}: ${res.body}`);
  return res.json<PageBody>();
}
async function category(payload: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/admin/categories', headers: auth, payload });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: string }>().id;
}
const price = (eur: number) => [
  { currency: 'EUR', amount: eur },
  { currency: 'USD', amount: eur + 100 },
];

const clothing = await category({ name: 'Clothing', handle: 'clothing' });
const footwear = await category({ name: 'Footwear', handle: 'footwear', parentId: clothing });
const running = await category({ name: 'Running', handle: 'running', parentId: footwear });
const shoes = await createProduct(t, token, {
  title: 'Shoes for trail running',
  description: 'Light and fast.',
  handle: 'trail-shoes',
  categoryIds: [running],
  options: [],
  variants: [{ sku: 'S-1', prices: price(9000) }],
});
const boots = await createProduct(t, token, {
  title: 'Leather boots',
  description: 'Goes well with shoes polish and socks.',
  handle: 'leather-boots',
  categoryIds: [footwear],
  options: [],
  variants: [{ sku: 'B-1', prices: price(15000) }],
});
const shirt = await createProduct(t, token, {
  title: 'Cotton shirt',
  description: 'Breathable.',
  handle: 'cotton-shirt',
  categoryIds: [clothing],
  options: [],
  variants: [{ sku: 'C-1', prices: price(3000) }],
});
await createProduct(t, token, {
  title: 'Secret shoes',
  handle: 'secret-shoes',
  status: 'draft',
  options: [],
  variants: [{ sku: 'D-1', prices: price(100) }],
});
const unpriced = await createProduct(t, token, {
  title: 'Gift card',
  handle: 'gift-card',
  options: [],
  variants: [{ sku: 'G-1', prices: [{ currency: 'GBP', amount: 500 }] }],
});

void test('full-text search: prefix matching, title ranked above description, drafts hidden', async () => {
  const page = await list('q=sho');
  assert.deepEqual(
    page.items.map((p) => p.handle),
    ['trail-shoes', 'leather-boots'],
  );
  assert.deepEqual(
    (await list('q=shoes')).items.map((p) => p.handle),
    ['trail-shoes', 'leather-boots'],
  );
  assert.deepEqual(
    (await list('q=trail%20run')).items.map((p) => p.handle),
    ['trail-shoes'],
  );
  assert.deepEqual((await list('q=nothing-like-this')).items, []);
  assert.deepEqual((await list("q=' OR 1=1 --")).items, []); // only letters/digits reach to_tsquery
  assert.ok(!(await list('limit=100')).items.some((p) => p.handle === 'secret-shoes'));
});

void test('category filter includes descendants; price filter and currency narrowing', async () => {
  assert.deepEqual(
    (await list('category=clothing&sort=title')).items.map((p) => p.handle),
    ['cotton-shirt', 'leather-boots', 'trail-shoes'],
  );
  assert.deepEqual(
    (await list('category=footwear&sort=title')).items.map((p) => p.handle),
    ['leather-boots', 'trail-shoes'],
  );
  assert.deepEqual(
    (await list('category=running')).items.map((p) => p.handle),
    ['trail-shoes'],
  );
  assert.deepEqual((await list('category=no-such')).items, []);

  const ranged = await list('currency=EUR&minPrice=5000&maxPrice=10000&view=full');
  assert.deepEqual(
    ranged.items.map((p) => p.handle),
    ['trail-shoes'],
  );
  assert.deepEqual(ranged.items[0]?.variants[0]?.prices, [{ currency: 'EUR', amount: 9000 }]);
  assert.deepEqual(
    (await list('currency=USD&maxPrice=3100')).items.map((p) => p.handle),
    ['cotton-shirt'],
  );
});

void test('sorts: price both ways (unpriced last), title, newest; unknown sort and price without currency → 400', async () => {
  assert.deepEqual(
    (await list('sort=price_asc&currency=EUR')).items.map((p) => p.id),
    [shirt.id, shoes.id, boots.id, unpriced.id],
  );
  assert.deepEqual(
    (await list('sort=price_desc&currency=EUR')).items.map((p) => p.id),
    [boots.id, shoes.id, shirt.id, unpriced.id],
  );
  assert.deepEqual(
    (await list('sort=newest')).items.map((p) => p.id),
    [unpriced.id, shirt.id, boots.id, shoes.id],
  );
  assert.deepEqual(
    (await list('sort=title')).items.map((p) => p.handle),
    ['cotton-shirt', 'gift-card', 'leather-boots', 'trail-shoes'],
  );
  for (const query of [
    'sort=cheapest',
    'sort=price_asc',
    'minPrice=1',
    'limit=0',
    'limit=101',
    `q=${'a'.repeat(201)}`,
    'cursor=garbage',
    'bogus=1',
  ]) {
    const res = await t.app.inject({ method: 'GET', url: `/store/products?${query}` });
    assert.equal(res.statusCode, 400, query);
    assert.equal(res.json<{ code: string }>().code, 'validation_failed');
  }
});

void test('keyset cursors stay stable while products are inserted', async () => {
  for (const sort of ['newest', 'title', 'price_asc&currency=EUR', 'relevance&q=stable']) {
    const seeded: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      seeded.push(
        (
          await createProduct(t, token, {
            title: `Stable ${sort.slice(0, 5)} ${n}`,
            options: [],
            variants: [{ sku: `ST-${sort.slice(0, 5)}-${n}`, prices: price(1000 * n) }],
          })
        ).id,
      );
    }
    const filter = sort.includes('q=') ? '' : '&q=stable';
    const first = await list(`limit=2&sort=${sort}${filter}`);
    assert.equal(first.items.length, 2);
    // insert products that sort both before and after the cursor position
    await createProduct(t, token, {
      title: `Stable ${sort.slice(0, 5)} 0`,
      options: [],
      variants: [{ sku: `ST-${sort.slice(0, 5)}-0`, prices: price(1) }],
    });
    await createProduct(t, token, {
      title: `Stable ${sort.slice(0, 5)} 9`,
      options: [],
      variants: [{ sku: `ST-${sort.slice(0, 5)}-9`, prices: price(99999) }],
    });
    const seen = first.items.map((p) => p.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await list(`limit=2&sort=${sort}${filter}&cursor=${cursor}`);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    }
    assert.equal(new Set(seen).size, seen.length, `${sort}: no product repeats`);
    for (const id of seeded) assert.ok(seen.includes(id), `${sort}: no product is skipped`);
  }
});

void test('a page costs the same number of queries whatever its size', async () => {
  for (let i = 0; i < 50; i += 1) {
    await createProduct(t, token, { title: `Bulk ${i}` });
  }
  const count = async (query: string) => {
    const before = t.database.stats.queries;
    const page = await list(query);
    return { queries: t.database.stats.queries - before, items: page.items.length };
  };
  const small = await count('limit=5&currency=EUR&sort=price_asc&category=clothing');
  const large = await count('limit=50&currency=EUR&sort=price_asc');
  assert.equal((await count('limit=5')).queries, (await count('limit=50')).queries);
  assert.equal(small.queries, large.queries);
  assert.equal(large.items, 50);
  assert.ok(large.queries <= 2, `${large.queries} queries`);
});

void test('search, newest order and price filters use indexes (EXPLAIN on a few thousand rows)', async () => {
  const errors: RowError[] = [];
  const groups = Array.from({ length: 3000 }, (_, i) =>
    buildGroup(
      `explain-${i}`,
      [
        {
          line: i,
          errors: [],
          candidate: {
            handle: `explain-${i}`,
            title: `Explain item ${i} ${i % 3 === 0 ? 'walnut' : 'maple'}`,
            status: i % 10 === 0 ? 'draft' : 'published',
            sku: `EX-${i}`,
            prices: price(100 + i),
          },
        },
      ],
      errors,
    ),
  ).flatMap((g) => g ?? []);
  for (let i = 0; i < groups.length; i += 500) {
    await withTransaction(t.database.db, (tx) => writeGroups(tx, groups.slice(i, i + 500), errors));
  }
  assert.deepEqual(errors, []);
  await t.database.db.execute(sql`ANALYZE`);
  // With seq scans priced out, the plan shows whether an index matches the query's shape (on a few
  // thousand rows a seq scan can be honestly cheaper, so the planner would hide that otherwise).
  const plan = (query: ReturnType<typeof sql>) =>
    withTransaction(t.database.db, async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return (await queryRows<Record<string, string>>(tx, sql`EXPLAIN ${query}`)).map((r) => Object.values(r)[0]).join('\n');
    });
  assert.match(
    await plan(sql`SELECT id FROM products p WHERE p.search_vector @@ to_tsquery('english', 'walnut:*')`),
    /products_search_idx/,
  );
  assert.match(
    await plan(sql`SELECT id FROM products p WHERE p.status = 'published' AND p.deleted_at IS NULL ORDER BY p.id DESC LIMIT 21`),
    /products_published_id_idx/,
  );
  assert.match(
    await plan(sql`SELECT id FROM products p WHERE p.status = 'published' AND p.deleted_at IS NULL ORDER BY p.title, p.id LIMIT 21`),
    /products_published_title_idx/,
  );
  assert.match(
    await plan(sql`SELECT variant_id FROM variant_prices WHERE currency = 'EUR' AND amount BETWEEN 100 AND 110`),
    /variant_prices_currency_amount_idx/,
  );
  assert.match(
    await plan(sql`SELECT id FROM product_variants WHERE product_id = 'prod_x' AND deleted_at IS NULL`),
    /product_variants_product_idx/,
  );
  const found = await list('q=item%202999');
  assert.deepEqual(
    found.items.map((p) => p.handle),
    ['explain-2999'],
  );
});
