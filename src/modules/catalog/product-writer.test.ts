import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withTransaction } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { writeGroups } from './import-apply.ts';
import { buildGroup, type RowError } from './import-rows.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'admin');
const auth = { authorization: `Bearer ${token}` };

type Json = Record<string, unknown>;

/** Statements one import batch of `count` products costs, written in one transaction. */
async function importBatch(prefix: string, count: number, row: (i: number, prefix: string) => Json): Promise<number> {
  const errors: RowError[] = [];
  const groups = Array.from({ length: count }, (_, i) =>
    buildGroup(
      `${prefix}-${i}`,
      [
        {
          line: i + 1,
          errors: [],
          candidate: { handle: `${prefix}-${i}`, ...row(i, prefix) },
        },
      ],
      errors,
    ),
  ).flatMap((g) => g ?? []);
  const before = t.database.stats.queries;
  await withTransaction(t.database.db, (tx) => writeGroups(tx, groups, errors));
  assert.deepEqual(errors, []);
  return t.database.stats.queries - before;
}

void test('the product writer writes any number of products in the same statements', async () => {
  const create = (i: number, prefix: string): Json => ({
    title: `Writer ${i}`,
    status: 'published',
    options: [{ name: 'Size', value: 'M' }],
    sku: `${prefix}-${i}`,
    prices: [{ currency: 'EUR', amount: 100 + i }],
    categories: ['writer/shirts'],
    collections: ['writer-picks'],
  });
  // A first batch creates the categories and collections the others then find.
  await importBatch('warm', 1, create);
  // Creating: two products cost what forty do.
  assert.equal(await importBatch('few', 2, create), await importBatch('many', 40, create));
  // Updating (every table of the product: row, variants, prices, categories, collections) likewise.
  const update = (i: number, prefix: string): Json => ({
    title: `Writer ${i} v2`,
    options: [{ name: 'Size', value: 'L' }],
    sku: `${prefix}-${i}`,
    prices: [{ currency: 'EUR', amount: 200 + i }],
    categories: ['writer/tops'],
    collections: ['writer-new'],
  });
  await importBatch('warm', 1, update);
  const few = await importBatch('few', 2, update);
  assert.equal(few, await importBatch('many', 40, update));
  // What opening and committing a transaction costs on this driver (BEGIN/COMMIT on PostgreSQL; none on PGlite).
  const before = t.database.stats.queries;
  await withTransaction(t.database.db, async () => undefined);
  const overhead = t.database.stats.queries - before;
  // Lock and read the products, check SKU owners, find categories and collections (3), then the writer.
  assert.ok(few - overhead <= 16, `${few - overhead} statements`);

  const res = await t.app.inject({ method: 'GET', url: '/store/products/many-39', headers: auth });
  assert.equal(res.statusCode, 200, res.body);
  const product = res.json<{
    title: string;
    variants: { sku: string; title: string; options: Json; prices: Json[] }[];
    categories: { handle: string }[];
  }>();
  assert.equal(product.title, 'Writer 39 v2');
  // The variant title was not in the file, so it keeps the one it got at creation (its option value then).
  assert.deepEqual(
    product.variants.map((v) => [v.sku, v.title, v.options, v.prices]),
    [['many-39', 'M', { Size: 'L' }, [{ currency: 'EUR', amount: 239 }]]],
  );
  assert.deepEqual(
    product.categories.map((c) => c.handle),
    ['tops'],
  );
});

void test('admin edits and the import follow the same rules: newcomers join a collection at its end, in order', async () => {
  const post = (url: string, payload: Json) => t.app.inject({ method: 'POST', url, headers: auth, payload });
  const collection = (await post('/admin/collections', { title: 'Same rules', handle: 'same-rules' })).json<{ id: string }>();
  const byAdmin = await post('/admin/products', {
    title: 'By admin',
    handle: 'by-admin',
    status: 'published',
    collectionIds: [collection.id],
  });
  assert.equal(byAdmin.statusCode, 201, byAdmin.body);
  await importBatch('by-import', 2, (i) => ({ title: `By import ${i}`, status: 'published', collections: ['same-rules'] }));
  const byAdmin2 = await post('/admin/products', {
    title: 'By admin 2',
    handle: 'by-admin-2',
    status: 'published',
    collectionIds: [collection.id],
  });
  assert.equal(byAdmin2.statusCode, 201, byAdmin2.body);
  const members = await t.app.inject({ method: 'GET', url: `/admin/collections/${collection.id}`, headers: auth });
  const handles = await Promise.all(
    members
      .json<{ productIds: string[] }>()
      .productIds.map(
        async (id) =>
          (await t.app.inject({ method: 'GET', url: `/admin/products/${id}`, headers: auth })).json<{ handle: string }>().handle,
      ),
  );
  assert.deepEqual(handles, ['by-admin', 'by-import-0', 'by-import-1', 'by-admin-2']);
});
