import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTransaction } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { findSellableVariants, findVariantIdBySku, listVariantIds, setVariantAvailability, type Product } from './index.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');
const viewer = await createStaffToken(t, 'viewer');
const auth = { authorization: `Bearer ${token}` };

interface Problem {
  status: number;
  code: string;
  errors?: { path: string; message: string }[];
}

async function post(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url, headers: { ...auth, ...headers }, payload: payload as Record<string, unknown> });
}
async function patch(url: string, payload: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'PATCH', url, headers: { ...auth, ...headers }, payload: payload as Record<string, unknown> });
}
const paths = (body: Problem) => (body.errors ?? []).map((e) => e.path).sort();

void test('creates a product with nested options, variants, prices, images and SEO; generates the handle', async () => {
  const res = await post('/admin/products', {
    title: 'Trail Running Shoes',
    description: 'Grippy shoes for muddy trails',
    status: 'published',
    options: [
      { name: 'Size', values: ['40', '41'] },
      { name: 'Color', values: ['Red'] },
    ],
    variants: [
      { sku: 'TRS-40-R', options: { Size: '40', Color: 'Red' }, prices: [{ currency: 'EUR', amount: 8900 }] },
      {
        sku: 'TRS-41-R',
        options: { Color: 'Red', Size: '41' },
        prices: [
          { currency: 'EUR', amount: 8900 },
          { currency: 'USD', amount: 9900 },
        ],
        manageInventory: false,
      },
    ],
    images: [{ url: 'https://cdn.example/a.png', alt: 'side' }, { url: 'data:image/svg+xml;utf8,%3Csvg%3E%3C/svg%3E' }],
    tags: ['running'],
    seo: { title: 'Trail shoes', description: 'Buy trail shoes' },
  });
  assert.equal(res.statusCode, 201, res.body);
  const product = res.json<Product>();
  assert.equal(product.handle, 'trail-running-shoes');
  assert.match(product.id, /^prod_/);
  assert.equal(product.version, 1);
  assert.equal(res.headers.etag, `"${product.id}.1"`);
  assert.deepEqual(
    product.variants.map((v) => [v.sku, v.title, v.inStock]),
    [
      ['TRS-40-R', '40 / Red', false],
      ['TRS-41-R', '41 / Red', true],
    ],
  );
  assert.deepEqual(product.variants[1]?.prices, [
    { currency: 'EUR', amount: 8900 },
    { currency: 'USD', amount: 9900 },
  ]);
  assert.equal(product.images[0]?.url, 'https://cdn.example/a.png');

  const again = await post('/admin/products', { title: 'Trail Running Shoes' });
  assert.equal(again.json<Product>().handle, 'trail-running-shoes-2');
});

void test('validation errors name the exact field', async () => {
  const cases: [unknown, string[]][] = [
    [{ title: 'x', unknown: 1 }, ['/unknown']],
    [{ title: 'x', handle: 'Not A Slug' }, ['/handle']],
    [{ title: '' }, ['/title']],
    [{ title: 'x', variants: [{ sku: 'A', prices: [{ currency: 'EUR', amount: 1.5 }] }] }, ['/variants/0/prices/0/amount']],
    [{ title: 'x', variants: [{ sku: 'A', prices: [{ currency: 'eur', amount: 1 }] }] }, ['/variants/0/prices/0/currency']],
    [
      {
        title: 'x',
        variants: [
          {
            sku: 'A',
            prices: [
              { currency: 'EUR', amount: 1 },
              { currency: 'EUR', amount: 2 },
            ],
          },
        ],
      },
      ['/variants/0/prices/1/currency'],
    ],
    [{ title: 'x', variants: [{ sku: 'DUP' }, { sku: 'DUP' }] }, ['/variants/1/options', '/variants/1/sku']],
    [{ title: 'x', options: [{ name: 'Size', values: ['S', 'M'] }], variants: [{ sku: 'A', options: {} }] }, ['/variants/0/options/Size']],
    [
      { title: 'x', options: [{ name: 'Size', values: ['S'] }], variants: [{ sku: 'A', options: { Size: 'XL' } }] },
      ['/variants/0/options/Size'],
    ],
    [
      { title: 'x', options: [{ name: 'Size', values: ['S'] }], variants: [{ sku: 'A', options: { Size: 'S', Color: 'Red' } }] },
      ['/variants/0/options/Color'],
    ],
    [
      {
        title: 'x',
        options: [{ name: 'Size', values: ['S'] }],
        variants: [
          { sku: 'A', options: { Size: 'S' } },
          { sku: 'B', options: { Size: 'S' } },
        ],
      },
      ['/variants/1/options'],
    ],
    [
      {
        title: 'x',
        options: [
          { name: 'Size', values: ['S', 'S'] },
          { name: 'size', values: ['M'] },
        ],
      },
      ['/options/0/values/1', '/options/1/name'],
    ],
    [{ title: 'x', categoryIds: ['pcat_nope'] }, ['/categoryIds/0']],
    [{ title: 'x', collectionIds: ['pcol_nope'] }, ['/collectionIds/0']],
    [{ title: 'x', images: [{ url: 'javascript:alert(1)' }] }, ['/images/0/url']],
    [{ title: 'x', status: 'archived' }, ['/status']],
    [{ title: 'x', variants: [{ sku: 'A', weightGrams: -1 }] }, ['/variants/0/weightGrams']],
  ];
  for (const [payload, expected] of cases) {
    const res = await post('/admin/products', payload);
    assert.equal(res.statusCode, 400, `${JSON.stringify(payload)} → ${res.body}`);
    const body = res.json<Problem>();
    assert.equal(body.code, 'validation_failed');
    for (const path of expected)
      assert.ok(paths(body).includes(path), `${JSON.stringify(payload)}: expected ${path} in ${JSON.stringify(paths(body))}`);
  }
});

void test('handle and SKU conflicts answer 409 with the field path', async () => {
  const first = await createProduct(t, token, { handle: 'unique-handle' });
  const handle = await post('/admin/products', { title: 'Other', handle: 'unique-handle' });
  assert.equal(handle.statusCode, 409);
  assert.equal(handle.json<Problem>().code, 'handle_taken');
  assert.deepEqual(paths(handle.json<Problem>()), ['/handle']);

  const sku = await post('/admin/products', {
    title: 'Other',
    variants: [{ sku: 'FRESH-1' }, { sku: first.variants[0]?.sku ?? '', options: {} }],
  });
  assert.equal(sku.statusCode, 400); // two variants without options repeat the (empty) combination
  const sku2 = await post('/admin/products', {
    title: 'Other',
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      { sku: 'FRESH-1', options: { Size: 'S' } },
      { sku: first.variants[0]?.sku ?? '', options: { Size: 'M' } },
    ],
  });
  assert.equal(sku2.statusCode, 409);
  assert.equal(sku2.json<Problem>().code, 'sku_taken');
  assert.deepEqual(paths(sku2.json<Problem>()), ['/variants/1/sku']);

  const sub = await post(`/admin/products/${first.id}/variants`, { sku: first.variants[1]?.sku ?? '', options: { Size: 'S' } });
  assert.equal(sub.statusCode, 400);
  assert.ok(paths(sub.json<Problem>()).includes('/sku'));
});

void test('PATCH honours If-Match (412 when stale) and bumps the version', async () => {
  const product = await createProduct(t, token);
  const etag = `"${product.id}.${product.version}"`;
  const ok = await patch(`/admin/products/${product.id}`, { title: 'Renamed' }, { 'if-match': etag });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json<Product>().version, product.version + 1);
  assert.equal(ok.headers.etag, `"${product.id}.${product.version + 1}"`);
  const stale = await patch(`/admin/products/${product.id}`, { title: 'Again' }, { 'if-match': etag });
  assert.equal(stale.statusCode, 412);
  assert.equal(stale.json<Problem>().code, 'precondition_failed');
  const staleDelete = await t.app.inject({
    method: 'DELETE',
    url: `/admin/products/${product.id}`,
    headers: { ...auth, 'if-match': etag },
  });
  assert.equal(staleDelete.statusCode, 412);
});

void test('PATCH variants: with id updates, without id creates, omitted deletes', async () => {
  const product = await createProduct(t, token);
  const [s, m] = product.variants;
  assert.ok(s && m);
  const res = await patch(`/admin/products/${product.id}`, {
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: [
      { id: s.id, sku: s.sku, options: { Size: 'S' }, prices: [{ currency: 'EUR', amount: 100 }] },
      { sku: `${s.sku}-L`, options: { Size: 'L' } },
    ],
  });
  assert.equal(res.statusCode, 200, res.body);
  const updated = res.json<Product>();
  assert.deepEqual(
    updated.variants.map((v) => v.sku),
    [s.sku, `${s.sku}-L`],
  );
  assert.equal(updated.variants[0]?.id, s.id);
  assert.deepEqual(updated.variants[0]?.prices, [{ currency: 'EUR', amount: 100 }]);

  // the deleted variant's SKU is free again; the deleted variant is not sellable
  const sellable = await findSellableVariants(t.database.db, [s.id, m.id, 'var_unknown']);
  assert.deepEqual([...sellable.keys()], [s.id]);

  const badId = await patch(`/admin/products/${product.id}`, { variants: [{ id: 'var_other', sku: 'Z', options: { Size: 'S' } }] });
  assert.equal(badId.statusCode, 400);
  assert.deepEqual(paths(badId.json<Problem>()), ['/variants/0/id']);

  // removing an option value still used by a variant is refused at the variant's path
  const orphan = await patch(`/admin/products/${product.id}`, { options: [{ name: 'Size', values: ['S'] }] });
  assert.equal(orphan.statusCode, 400);
  assert.deepEqual(paths(orphan.json<Problem>()), ['/variants/1/options/Size']);
});

void test('variant sub-routes add, change and delete one variant', async () => {
  const product = await createProduct(t, token, { options: [{ name: 'Size', values: ['S', 'M', 'L'] }] });
  const added = await post(`/admin/products/${product.id}/variants`, {
    sku: `${product.handle}-L`,
    options: { Size: 'L' },
    prices: [{ currency: 'EUR', amount: 3000 }],
  });
  assert.equal(added.statusCode, 201, added.body);
  const withL = added.json<Product>();
  const l = withL.variants.find((v) => v.sku === `${product.handle}-L`);
  assert.ok(l);
  const changed = await patch(
    `/admin/products/${product.id}/variants/${l.id}`,
    { weightGrams: 999, allowBackorder: true },
    { 'if-match': `"${product.id}.${withL.version}"` },
  );
  assert.equal(changed.statusCode, 200, changed.body);
  assert.equal(changed.json<Product>().variants.find((v) => v.id === l.id)?.weightGrams, 999);
  const dup = await patch(`/admin/products/${product.id}/variants/${l.id}`, { options: { Size: 'S' } });
  assert.equal(dup.statusCode, 400);
  assert.deepEqual(paths(dup.json<Problem>()), ['/options']);
  const removed = await t.app.inject({ method: 'DELETE', url: `/admin/products/${product.id}/variants/${l.id}`, headers: auth });
  assert.equal(removed.statusCode, 200);
  assert.equal(removed.json<Product>().variants.length, 2);
  const missing = await t.app.inject({ method: 'DELETE', url: `/admin/products/${product.id}/variants/${l.id}`, headers: auth });
  assert.equal(missing.statusCode, 404);
});

void test('a renamed handle answers 301 straight to the current one (a→b→c, no chains)', async () => {
  const product = await createProduct(t, token, { handle: 'hop-a' });
  await patch(`/admin/products/${product.id}`, { handle: 'hop-b' });
  await patch(`/admin/products/${product.id}`, { handle: 'hop-c' });
  for (const old of ['hop-a', 'hop-b']) {
    const res = await t.app.inject({ method: 'GET', url: `/store/products/${old}` });
    assert.equal(res.statusCode, 301, old);
    assert.equal(res.headers.location, '/store/products/hop-c');
  }
  const current = await t.app.inject({ method: 'GET', url: '/store/products/hop-c' });
  assert.equal(current.statusCode, 200);
  // an old handle cannot be claimed by another product
  const claim = await post('/admin/products', { title: 'Thief', handle: 'hop-a' });
  assert.equal(claim.statusCode, 409);
  // renaming back to an old handle works and drops that redirect
  const back = await patch(`/admin/products/${product.id}`, { handle: 'hop-a' });
  assert.equal(back.statusCode, 200);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/products/hop-a' })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/products/hop-c' })).headers.location, '/store/products/hop-a');
});

void test('drafts and deleted products are invisible to the store; detail narrows prices by currency', async () => {
  const draft = await createProduct(t, token, { status: 'draft' });
  assert.equal((await t.app.inject({ method: 'GET', url: `/store/products/${draft.handle}` })).statusCode, 404);
  const live = await createProduct(t, token);
  const detail = await t.app.inject({ method: 'GET', url: `/store/products/${live.handle}?currency=USD` });
  assert.equal(detail.statusCode, 200);
  const body = detail.json<{ variants: { prices: unknown[]; inStock: boolean }[]; seo: { title: string } }>();
  assert.deepEqual(body.variants[0]?.prices, [{ currency: 'USD', amount: 2199 }]);
  assert.equal(body.variants[0]?.inStock, false);
  assert.equal(body.seo.title, live.title);

  const del = await t.app.inject({ method: 'DELETE', url: `/admin/products/${live.id}`, headers: auth });
  assert.equal(del.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: `/store/products/${live.handle}` })).statusCode, 404);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/products/${live.id}`, headers: auth })).statusCode, 404);
  assert.equal(
    (
      await findSellableVariants(
        t.database.db,
        live.variants.map((v) => v.id),
      )
    ).size,
    0,
  );
  // its handle and SKUs are free again
  await createProduct(t, token, { handle: live.handle, variants: [{ sku: live.variants[0]?.sku ?? '' }], options: [] });
});

void test('admin routes check permissions', async () => {
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/products' })).statusCode, 401);
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/admin/products', headers: { authorization: `Bearer ${viewer}` } })).statusCode,
    200,
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/products',
    headers: { authorization: `Bearer ${viewer}` },
    payload: { title: 'x' },
  });
  assert.equal(res.statusCode, 403);
});

void test('categories form a tree without cycles; collections keep a curated order', async () => {
  const cat = async (payload: Record<string, unknown>) => {
    const res = await post('/admin/categories', payload);
    assert.equal(res.statusCode, 201, res.body);
    return res.json<{ id: string; version: number }>();
  };
  const root = await cat({ name: 'Tree Root', handle: 'tree-root' });
  const child = await cat({ name: 'Tree Child', parentId: root.id });
  const grandchild = await cat({ name: 'Tree Grandchild', parentId: child.id });
  const cycle = await patch(`/admin/categories/${root.id}`, { parentId: grandchild.id });
  assert.equal(cycle.statusCode, 400);
  assert.deepEqual(paths(cycle.json<Problem>()), ['/parentId']);
  assert.equal((await patch(`/admin/categories/${root.id}`, { parentId: root.id })).statusCode, 400);
  assert.equal((await post('/admin/categories', { name: 'Dup', handle: 'tree-root' })).json<Problem>().code, 'handle_taken');
  assert.equal((await t.app.inject({ method: 'DELETE', url: `/admin/categories/${child.id}`, headers: auth })).statusCode, 409);

  const tree = (await t.app.inject({ method: 'GET', url: '/store/categories' })).json<{
    items: { handle: string; children: { handle: string; children: { handle: string }[] }[] }[];
  }>();
  const node = tree.items.find((c) => c.handle === 'tree-root');
  assert.equal(node?.children[0]?.children[0]?.handle, 'tree-grandchild');
  const one = (await t.app.inject({ method: 'GET', url: '/store/categories/tree-grandchild' })).json<{
    ancestors: { handle: string }[];
    productsUrl: string;
  }>();
  assert.deepEqual(
    one.ancestors.map((a) => a.handle),
    ['tree-root', 'tree-child'],
  );
  assert.equal(one.productsUrl, '/store/products?category=tree-grandchild');

  const a = await createProduct(t, token);
  const b = await createProduct(t, token);
  const col = await post('/admin/collections', { title: 'Staff Picks', productIds: [b.id, a.id] });
  assert.equal(col.statusCode, 201, col.body);
  const collection = col.json<{ id: string; handle: string; productIds: string[] }>();
  assert.deepEqual(collection.productIds, [b.id, a.id]);
  const listed = await t.app.inject({ method: 'GET', url: `/store/products?collection=${collection.handle}` });
  assert.deepEqual(
    listed.json<{ items: { id: string }[] }>().items.map((p) => p.id),
    [b.id, a.id],
  );
  const reordered = await patch(`/admin/collections/${collection.id}`, { productIds: [a.id, b.id] });
  assert.deepEqual(reordered.json<{ productIds: string[] }>().productIds, [a.id, b.id]);
  assert.equal((await t.app.inject({ method: 'GET', url: `/store/collections/${collection.handle}` })).statusCode, 200);
  const bad = await post('/admin/collections', { title: 'Bad', productIds: ['prod_nope'] });
  assert.deepEqual(paths(bad.json<Problem>()), ['/productIds/0']);
});

void test('findSellableVariants reads any number of ids in one query; availability writes only on change', async () => {
  const product = await createProduct(t, token);
  const ids = product.variants.map((v) => v.id);
  const before = t.database.stats.queries;
  const found = await findSellableVariants(t.database.db, ids);
  assert.equal(t.database.stats.queries - before, 1);
  const v = found.get(ids[0] ?? '');
  assert.equal(v?.productHandle, product.handle);
  assert.equal(v?.isPublished, true);
  assert.deepEqual(v?.prices, [
    { currency: 'EUR', amount: 1999 },
    { currency: 'USD', amount: 2199 },
  ]);

  await withTransaction(t.database.db, (tx) => setVariantAvailability(tx, ids[0] ?? '', true));
  const detail = await t.app.inject({ method: 'GET', url: `/store/products/${product.handle}` });
  assert.deepEqual(
    detail.json<{ variants: { inStock: boolean }[]; inStock: boolean }>().variants.map((x) => x.inStock),
    [true, false],
  );
  const inStock = await t.app.inject({ method: 'GET', url: '/store/products?inStock=true&limit=100' });
  assert.ok(inStock.json<{ items: { id: string }[] }>().items.some((p) => p.id === product.id));
});

void test('a backorder variant is in stock before inventory writes any level; findVariantIdBySku and listVariantIds', async () => {
  const product = await createProduct(t, token, { options: [{ name: 'Size', values: ['S'] }], variants: [] });
  const sku = `BO-${product.id}`;
  const added = await post(`/admin/products/${product.id}/variants`, {
    sku,
    options: { Size: 'S' },
    prices: [{ currency: 'EUR', amount: 500 }],
    allowBackorder: true,
  });
  assert.equal(added.statusCode, 201, added.body);
  const variant = added.json<Product>().variants.find((v) => v.sku === sku);
  assert.ok(variant);
  assert.equal(variant.inStock, true);
  const store = async () =>
    (await t.app.inject({ method: 'GET', url: `/store/products/${product.handle}` })).json<{
      inStock: boolean;
      variants: { inStock: boolean }[];
    }>();
  assert.deepEqual([(await store()).inStock, (await store()).variants[0]?.inStock], [true, true]);
  const noBackorder = await patch(`/admin/products/${product.id}/variants/${variant.id}`, { allowBackorder: false });
  assert.equal(noBackorder.statusCode, 200, noBackorder.body);
  assert.equal((await store()).variants[0]?.inStock, false, 'without backorders and without stock it is out of stock');

  const db = t.database.db;
  assert.equal(await findVariantIdBySku(db, sku), variant.id);
  assert.equal(await findVariantIdBySku(db, 'NO-SUCH-SKU'), undefined);
  const renamed = await patch(`/admin/products/${product.id}/variants/${variant.id}`, { sku: `${sku}-2` });
  assert.equal(renamed.statusCode, 200, renamed.body);
  assert.equal(await findVariantIdBySku(db, sku), undefined);
  assert.equal(await findVariantIdBySku(db, `${sku}-2`), variant.id);

  const unmanaged = await createProduct(t, token, {
    options: [{ name: 'Size', values: ['S'] }],
    variants: [{ sku: `UN-${product.id}`, options: { Size: 'S' }, prices: [{ currency: 'EUR', amount: 500 }], manageInventory: false }],
  });
  const unmanagedId = unmanaged.variants[0]?.id ?? '';
  const all: string[] = [];
  for (let page = await listVariantIds(db, { limit: 2 }); page.length > 0;) {
    all.push(...page);
    page = await listVariantIds(db, { limit: 2, after: page.at(-1) ?? '' });
  }
  assert.deepEqual(all, [...all].sort(), 'keyset pages in id order');
  assert.equal(new Set(all).size, all.length, 'pages do not overlap');
  assert.ok(all.includes(variant.id) && all.includes(unmanagedId));
  const managed = await listVariantIds(db, { isManagedOnly: true, limit: 1000 });
  assert.ok(managed.includes(variant.id) && !managed.includes(unmanagedId));
});
