import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { gql, gqlData } from '../../../test/support/graphql.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');
const auth = { authorization: `Bearer ${token}` };

const PRODUCT_FIELDS = `id handle title description options { name values } tags inStock createdAt
  seo { title description } images { url alt }
  variants { id sku title options inStock prices { currency amount } }
  categories { id handle name }`;

interface Page<T> {
  products: { edges: { cursor: string; node: T }[]; nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const rootId = await category({ name: 'Apparel', handle: 'apparel' });
const childId = await category({ name: 'Shirts', handle: 'shirts', parentId: rootId });
async function category(payload: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/admin/categories', headers: auth, payload });
  assert.equal(res.statusCode, 201, res.body);
  return res.json<{ id: string }>().id;
}

for (let i = 0; i < 55; i += 1) {
  await createProduct(t, token, {
    title: `Shirt ${i}`,
    categoryIds: i % 2 === 0 ? [childId] : [],
    images: [{ url: `https://img.example/${i}.jpg`, alt: `Shirt ${i}` }],
  });
}

async function rest(url: string): Promise<{ items: Record<string, unknown>[]; nextCursor: string | null }> {
  const res = await t.app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

void test('products: the same items, order and cursors as GET /store/products, for every sort and filter', async () => {
  const cases: { args: string; query: string }[] = [
    { args: 'first: 7', query: 'limit=7' },
    { args: 'first: 7, currency: "EUR", sort: price_desc', query: 'limit=7&currency=EUR&sort=price_desc' },
    { args: 'first: 5, category: "apparel", sort: title', query: 'limit=5&category=apparel&sort=title' },
    { args: 'first: 4, query: "shirt 1", inStock: false', query: 'limit=4&q=shirt%201&inStock=false' },
    {
      args: 'first: 6, currency: "USD", minPrice: 2000, maxPrice: 2300, sort: price_asc',
      query: 'limit=6&currency=USD&minPrice=2000&maxPrice=2300&sort=price_asc',
    },
  ];
  for (const c of cases) {
    let after: string | null = null;
    let cursor: string | null = null;
    for (let pageNo = 0; pageNo < 3; pageNo += 1) {
      const args: string = after ? `${c.args}, after: ${JSON.stringify(after)}` : c.args;
      const data: Page<Record<string, unknown>> = await gqlData(
        t,
        'store',
        `{ products(${args}) { edges { cursor node { ${PRODUCT_FIELDS} } } nodes { id } pageInfo { hasNextPage endCursor } } }`,
      );
      const expected = await rest(`/store/products?view=full&${c.query}${cursor ? `&cursor=${cursor}` : ''}`);
      assert.deepEqual(
        data.products.edges.map((e) => e.node),
        expected.items,
        `${c.args} page ${pageNo}`,
      );
      assert.deepEqual(
        data.products.nodes.map((n) => n.id),
        expected.items.map((i) => i.id),
      );
      assert.equal(data.products.pageInfo.endCursor === expected.nextCursor || !data.products.pageInfo.hasNextPage, true);
      assert.equal(data.products.pageInfo.hasNextPage, expected.nextCursor !== null);
      if (expected.nextCursor) assert.equal(data.products.pageInfo.endCursor, expected.nextCursor, 'the REST cursor');
      if (!expected.nextCursor) break;
      after = data.products.pageInfo.endCursor;
      cursor = expected.nextCursor;
    }
  }
});

void test('any edge cursor continues right after its node', async () => {
  const all = await gqlData<Page<{ id: string }>>(t, 'store', '{ products(first: 10, sort: title) { edges { cursor node { id } } } }');
  const third = all.products.edges[2];
  assert.ok(third);
  const rest = await gqlData<Page<{ id: string }>>(
    t,
    'store',
    `{ products(first: 3, sort: title, after: ${JSON.stringify(third.cursor)}) { nodes { id } } }`,
  );
  assert.deepEqual(
    rest.products.nodes.map((n) => n.id),
    all.products.edges.slice(3, 6).map((e) => e.node.id),
  );
});

void test('first outside 1..100, a foreign cursor or a price filter without currency are validation_failed errors', async () => {
  for (const args of ['first: 0', 'first: 101', 'after: "nope"', 'minPrice: 5']) {
    const res = await gql(t, 'store', `{ products(${args}) { nodes { id } } }`);
    assert.equal(res.status, 200, res.raw);
    assert.equal(res.errors?.[0]?.extensions.code, 'validation_failed', `${args}: ${res.raw}`);
    assert.ok(res.errors?.[0]?.extensions.errors?.length, args);
  }
});

void test('product(handle): the REST view, an old handle finds the product, null when none', async () => {
  const made = await createProduct(t, token, { title: 'Renamed shirt' });
  const rename = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${made.id}`,
    headers: { ...auth, 'if-match': `"${made.id}.${made.version}"` },
    payload: { handle: 'new-handle-shirt' },
  });
  assert.equal(rename.statusCode, 200, rename.body);
  const expected = await t.app.inject({ method: 'GET', url: '/store/products/new-handle-shirt?currency=EUR' });
  const data = await gqlData<{ a: unknown; b: unknown; c: unknown }>(
    t,
    'store',
    `{ a: product(handle: "new-handle-shirt", currency: "EUR") { ${PRODUCT_FIELDS} jsonLd(currency: "EUR") }
       b: product(handle: ${JSON.stringify(made.handle)}, currency: "EUR") { ${PRODUCT_FIELDS} }
       c: product(handle: "no-such-thing") { id } }`,
  );
  // The REST answer also carries the storefront's `jsonLd` (schema.org); GraphQL gives it when asked.
  const { jsonLd, ...view } = expected.json<Record<string, unknown>>();
  assert.ok(jsonLd);
  assert.deepEqual(data.a, { ...view, jsonLd });
  assert.deepEqual(data.b, view);
  assert.equal(data.c, null);
});

void test('categories tree, one category with breadcrumbs, collections: as REST shows them', async () => {
  const col = await t.app.inject({
    method: 'POST',
    url: '/admin/collections',
    headers: auth,
    payload: { title: 'Summer', handle: 'summer' },
  });
  assert.equal(col.statusCode, 201, col.body);
  const data = await gqlData<{
    categories: unknown;
    category: unknown;
    collection: { id: string; handle: string };
    collections: { nodes: { id: string }[] };
  }>(
    t,
    'store',
    `{ categories { id handle name description children { id handle name description children { id } } }
       category(handle: "shirts") { id handle name description parentId ancestors { id handle name } children { id handle name } }
       collection(handle: "summer") { id handle title description }
       collections(first: 10) { nodes { id } } }`,
  );
  const tree = (await rest('/store/categories')).items as { children: { children: unknown[] }[] }[];
  const shaped = tree.map((r) => ({
    ...r,
    children: r.children.map((c) => ({ ...c, children: c.children.map((g) => ({ id: (g as { id: string }).id })) })),
  }));
  assert.deepEqual(data.categories, shaped);
  const cat = (await t.app.inject({ method: 'GET', url: '/store/categories/shirts' })).json<Record<string, unknown>>();
  delete cat.productsUrl;
  assert.deepEqual(data.category, cat);
  assert.equal(data.collection.handle, 'summer');
  assert.deepEqual(
    data.collections.nodes.map((n) => n.id),
    [col.json<{ id: string }>().id],
  );
});

void test('a product list with variants, prices, stock, images and categories costs a fixed number of statements', async () => {
  const count = async (query: string) => {
    const before = t.database.stats.queries;
    await gqlData(t, 'store', query);
    return t.database.stats.queries - before;
  };
  const list = (first: number) =>
    `{ products(first: ${first}, currency: "EUR", sort: price_asc) { edges { cursor node { ${PRODUCT_FIELDS} } } pageInfo { hasNextPage } } }`;
  const five = await count(list(5));
  const fifty = await count(list(50));
  assert.equal(five, fifty);
  assert.ok(fifty <= 2, `${fifty} statements`);
  const byHandle = await count(`{ product(handle: "no-such-thing") { id } }`);
  assert.ok(byHandle <= 2, `${byHandle} statements`);
  const full = await gqlData<Page<{ handle: string }>>(t, 'store', '{ products(first: 1) { nodes { handle } } }');
  const one = await count(`{ product(handle: ${JSON.stringify(full.products.nodes[0]?.handle)}) { ${PRODUCT_FIELDS} } }`);
  assert.equal(one, 1);
});
