import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startWorker } from '../../platform/jobs.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { catalogModule, type Product } from './index.ts';

/**
 * Import changes only what a file says: absent columns (CSV) and absent keys (NDJSON) leave fields
 * as they are; an empty cell or `null` clears a field on purpose.
 */

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');
const auth = { authorization: `Bearer ${token}` };
const worker = startWorker(t.database.db, catalogModule.jobs ?? {}, { pollMs: 3_600_000 });
after(() => worker.stop());

interface JobResult {
  productsCreated: number;
  productsUpdated: number;
  failedRows: number;
  errors: { row: number; path: string; message: string }[];
}

async function importBody(contentType: string, payload: string): Promise<JobResult> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/products/import',
    headers: { ...auth, 'content-type': contentType },
    payload,
  });
  assert.equal(res.statusCode, 202, res.body);
  const { jobId } = res.json<{ jobId: string }>();
  await worker.drain();
  const done = await t.app.inject({ method: 'GET', url: `/admin/jobs/${jobId}`, headers: auth });
  const job = done.json<{ status: string; result: JobResult }>();
  assert.equal(job.status, 'succeeded', done.body);
  return job.result;
}

async function admin(id: string): Promise<Product> {
  const res = await t.app.inject({ method: 'GET', url: `/admin/products/${id}`, headers: auth });
  assert.equal(res.statusCode, 200);
  return res.json<Product>();
}

let n = 0;
/** A published product with every field set: description, images, tags, a category, a collection, backorder, weight. */
async function fullProduct(): Promise<Product> {
  n += 1;
  const category = (
    await t.app.inject({ method: 'POST', url: '/admin/categories', headers: auth, payload: { name: `Cat ${n}`, handle: `pi-cat-${n}` } })
  ).json<{ id: string }>().id;
  const collection = (
    await t.app.inject({ method: 'POST', url: '/admin/collections', headers: auth, payload: { title: `Col ${n}`, handle: `pi-col-${n}` } })
  ).json<{ id: string }>().id;
  return createProduct(t, token, {
    handle: `pi-product-${n}`,
    description: 'A long story',
    images: [{ url: 'https://cdn.example/p.png', alt: 'front' }],
    tags: ['keep', 'me'],
    seo: { title: 'SEO title', description: 'SEO description' },
    categoryIds: [category],
    collectionIds: [collection],
    variants: [
      {
        sku: `PI-${n}-S`,
        options: { Size: 'S' },
        prices: [
          { currency: 'EUR', amount: 1000 },
          { currency: 'USD', amount: 1200 },
        ],
        allowBackorder: true,
        weightGrams: 500,
      },
      { sku: `PI-${n}-M`, options: { Size: 'M' }, prices: [{ currency: 'EUR', amount: 2000 }], manageInventory: false, weightGrams: 700 },
    ],
  });
}

/** Everything but version/updatedAt and the fields the import was meant to change. */
function rest(p: Product, drop: (v: Product['variants'][0]) => Partial<Product['variants'][0]> = (v) => v) {
  return { ...p, version: 0, updatedAt: '', variants: p.variants.map(drop) };
}

void test('a price-only CSV changes prices and nothing else (status, description, images, tags, categories, backorder, weight stay)', async () => {
  const before = await fullProduct();
  const [s, m] = before.variants;
  const csv = ['handle,sku,prices', `${before.handle},${s?.sku},EUR:1500|USD:1700`, `${before.handle},${m?.sku},EUR:2500`].join('\n');
  const result = await importBody('text/csv', csv);
  assert.equal(result.failedRows, 0, JSON.stringify(result.errors));
  assert.equal(result.productsUpdated, 1);
  const afterImport = await admin(before.id);
  assert.deepEqual(
    afterImport.variants.map((v) => v.prices),
    [
      [
        { currency: 'EUR', amount: 1500 },
        { currency: 'USD', amount: 1700 },
      ],
      [{ currency: 'EUR', amount: 2500 }],
    ],
  );
  const withoutPrices = (v: Product['variants'][0]) => ({ ...v, prices: [] });
  assert.deepEqual(rest(afterImport, withoutPrices), rest(before, withoutPrices));
  assert.equal(afterImport.status, 'published');
  assert.equal(afterImport.variants[0]?.allowBackorder, true);
  assert.equal(afterImport.variants[0]?.weightGrams, 500);
});

void test('CSV without a sku column changes product fields and leaves every variant alone', async () => {
  const before = await fullProduct();
  const result = await importBody('text/csv', `handle,title\n${before.handle},Renamed`);
  assert.equal(result.failedRows, 0, JSON.stringify(result.errors));
  const afterImport = await admin(before.id);
  assert.equal(afterImport.title, 'Renamed');
  assert.deepEqual(rest({ ...afterImport, title: before.title }), rest(before));
});

void test('an empty cell in a column of the header clears that field on purpose', async () => {
  const before = await fullProduct();
  const [s, m] = before.variants;
  const csv = [
    'handle,description,tags,images,categories,collections,seo_title,sku,allow_backorder,weight_grams',
    `${before.handle},,,,,,,${s?.sku},,`,
    `${before.handle},,,,,,,${m?.sku},,`,
  ].join('\n');
  const result = await importBody('text/csv', csv);
  assert.equal(result.failedRows, 0, JSON.stringify(result.errors));
  const p = await admin(before.id);
  assert.equal(p.description, '');
  assert.deepEqual(p.tags, []);
  assert.deepEqual(p.images, []);
  assert.deepEqual(p.categoryIds, []);
  assert.deepEqual(p.collectionIds, []);
  assert.equal(p.seo.title, null);
  assert.equal(p.seo.description, 'SEO description'); // not in the header: kept
  assert.equal(p.status, 'published'); // not in the header: kept
  assert.deepEqual(
    p.variants.map((v) => [v.allowBackorder, v.weightGrams]),
    [
      [false, 0],
      [false, 0],
    ],
  );
  assert.deepEqual(
    p.variants.map((v) => v.prices),
    before.variants.map((v) => v.prices),
  ); // kept
  assert.deepEqual(
    p.variants.map((v) => v.manageInventory),
    [true, false],
  ); // kept
});

void test('NDJSON: absent keys leave fields unchanged, null clears them', async () => {
  const before = await fullProduct();
  const [s, m] = before.variants;
  const lines = [
    JSON.stringify({ handle: before.handle, sku: s?.sku, prices: [{ currency: 'EUR', amount: 999 }] }),
    JSON.stringify({ handle: before.handle, sku: m?.sku, weightGrams: null }),
  ].join('\n');
  const first = await importBody('application/x-ndjson', lines);
  assert.equal(first.failedRows, 0, JSON.stringify(first.errors));
  const p = await admin(before.id);
  assert.deepEqual(p.variants[0]?.prices, [{ currency: 'EUR', amount: 999 }]);
  assert.equal(p.variants[0]?.weightGrams, 500);
  assert.equal(p.variants[0]?.allowBackorder, true);
  assert.equal(p.variants[1]?.weightGrams, 0);
  assert.deepEqual(p.variants[1]?.prices, [{ currency: 'EUR', amount: 2000 }]);
  assert.equal(p.description, 'A long story');
  assert.deepEqual(p.tags, ['keep', 'me']);
  assert.equal(p.status, 'published');
  assert.equal(p.categoryIds.length, 1);

  const cleared = await importBody(
    'application/x-ndjson',
    JSON.stringify({ handle: before.handle, description: null, tags: null, images: null, categories: null }),
  );
  assert.equal(cleared.failedRows, 0, JSON.stringify(cleared.errors));
  const q = await admin(before.id);
  assert.equal(q.description, '');
  assert.deepEqual(q.tags, []);
  assert.deepEqual(q.images, []);
  assert.deepEqual(q.categoryIds, []);
  assert.equal(q.collectionIds.length, 1);
  assert.equal(q.variants.length, 2);
  assert.equal(q.status, 'published');
});

void test('partial files: a new product still needs a title; variant fields need a SKU; options may be swapped by SKU', async () => {
  const result = await importBody('text/csv', 'handle,sku,prices\npi-brand-new,PI-NEW-1,EUR:100');
  assert.deepEqual(
    result.errors.map((e) => [e.row, e.path]),
    [[1, '/title']],
  );
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/products/pi-brand-new' })).statusCode, 404);

  const before = await fullProduct();
  const noSku = await importBody('text/csv', `handle,prices\n${before.handle},EUR:1`);
  assert.deepEqual(
    noSku.errors.map((e) => [e.row, e.path]),
    [[1, '/sku']],
  );
  assert.deepEqual(
    (await admin(before.id)).variants.map((v) => v.prices),
    before.variants.map((v) => v.prices),
  );

  const [s, m] = before.variants;
  const swap = await importBody(
    'text/csv',
    ['handle,option1_name,option1_value,sku', `${before.handle},Size,M,${s?.sku}`, `${before.handle},Size,S,${m?.sku}`].join('\n'),
  );
  assert.equal(swap.failedRows, 0, JSON.stringify(swap.errors));
  const swapped = await admin(before.id);
  assert.deepEqual(
    swapped.variants.map((v) => [v.id, v.sku, v.options.Size]),
    [
      [s?.id, s?.sku, 'M'],
      [m?.id, m?.sku, 'S'],
    ],
  );
  assert.deepEqual(
    swapped.variants.map((v) => v.prices),
    before.variants.map((v) => v.prices),
  );
});
