import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { startWorker } from '../../platform/jobs.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { catalogModule, type Product } from './index.ts';
import { demoRows, loadDemoCatalog } from './demo.ts';
import { CSV_COLUMNS } from './transfer.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');

interface JobBody {
  status: string;
  progress: Record<string, unknown>;
  result: {
    productsCreated: number;
    productsUpdated: number;
    failedRows: number;
    errors: { row: number; path: string; message: string }[];
  } | null;
}

function workerFor(app: TestApp) {
  const worker = startWorker(app.database.db, catalogModule.jobs ?? {}, { pollMs: 3_600_000 });
  after(() => worker.stop());
  return worker;
}
const worker = workerFor(t);

async function importBody(app: TestApp, bearer: string, contentType: string, payload: string): Promise<JobBody> {
  const res = await app.app.inject({
    method: 'POST',
    url: '/admin/products/import',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': contentType },
    payload,
  });
  assert.equal(res.statusCode, 202, res.body);
  const { jobId } = res.json<{ jobId: string }>();
  const queued = await app.app.inject({ method: 'GET', url: `/admin/jobs/${jobId}`, headers: { authorization: `Bearer ${bearer}` } });
  assert.equal(queued.json<JobBody>().status, 'queued');
  await (app === t ? worker : workerFor(app)).drain();
  const done = await app.app.inject({ method: 'GET', url: `/admin/jobs/${jobId}`, headers: { authorization: `Bearer ${bearer}` } });
  assert.equal(done.statusCode, 200);
  return done.json<JobBody>();
}

async function storeProduct(app: TestApp, handle: string) {
  const res = await app.app.inject({ method: 'GET', url: `/store/products/${handle}` });
  return res.statusCode === 200
    ? res.json<{
        title: string;
        variants: { sku: string; options: Record<string, string>; prices: unknown[] }[];
        categories: { handle: string }[];
      }>()
    : undefined;
}

const header = CSV_COLUMNS.join(',');
const csvRow = (values: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) => CSV_COLUMNS.map((c) => values[c] ?? '').join(',');

void test('CSV import: rows group into products by handle; bad rows are reported and skipped, good ones land', async () => {
  const taken = await createProduct(t, token, { handle: 'already-here' });
  const tee = {
    handle: 'imported-tee',
    title: 'Imported Tee',
    status: 'published',
    option1_name: 'Size',
    categories: 'apparel/tops',
    collections: 'summer',
  };
  const csv = [
    header,
    csvRow({ ...tee, option1_value: 'S', sku: 'IMP-TEE-S', prices: 'EUR:1500|USD:1700' }),
    csvRow({ ...tee, option1_value: 'M', sku: 'IMP-TEE-M', prices: 'EUR:1600', description: '"Soft, cosy ""tee"""' }),
    csvRow({ ...tee, option1_value: 'L', sku: 'IMP-TEE-L', prices: 'EUR:abc' }), // row 3: bad price
    csvRow({ ...tee, option1_value: 'S', sku: 'IMP-TEE-S2', prices: 'EUR:1' }), // row 4: repeats Size S
    csvRow({ handle: 'imported-mug', title: 'Imported Mug', status: 'archived', sku: 'IMP-MUG' }), // row 5: bad status
    'imported-cup,Too few fields', // row 6
    csvRow({ handle: 'imported-pot', title: 'Imported Pot', status: 'published', sku: taken.variants[0]?.sku ?? '' }), // row 7: SKU of another product
    csvRow({ title: 'Handle From Title', status: 'published', sku: 'IMP-HFT', manage_inventory: 'false', weight_grams: '120' }),
    csvRow({ handle: 'Bad Handle', title: 'x', sku: 'IMP-BAD' }), // row 9
  ].join('\n');
  const job = await importBody(t, token, 'text/csv', csv);
  assert.equal(job.status, 'succeeded', JSON.stringify(job));
  const result = job.result;
  assert.ok(result);
  assert.equal(result.failedRows, 6, JSON.stringify(result.errors));
  assert.deepEqual(
    result.errors.map((e) => [e.row, e.path]),
    [
      [3, '/prices/0'],
      [4, '/options'],
      [5, '/status'],
      [6, '/'],
      [7, '/sku'],
      [9, '/handle'],
    ],
  );
  assert.equal(job.progress.processedRows, 9);

  const teeView = await storeProduct(t, 'imported-tee');
  assert.ok(teeView);
  assert.deepEqual(
    teeView.variants.map((v) => v.sku),
    ['IMP-TEE-S', 'IMP-TEE-M'],
  );
  assert.deepEqual(teeView.variants[0]?.prices, [
    { currency: 'EUR', amount: 1500 },
    { currency: 'USD', amount: 1700 },
  ]);
  assert.deepEqual(
    teeView.categories.map((c) => c.handle),
    ['tops'],
  );
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/store/products?category=apparel' })).json<{ items: { handle: string }[] }>().items[0]
      ?.handle,
    'imported-tee',
  );
  assert.ok(await storeProduct(t, 'handle-from-title'));
  assert.equal(await storeProduct(t, 'imported-mug'), undefined);
  const [staged] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM catalog_import_rows`);
  assert.equal(staged?.n, 0);

  // importing again updates in place (an upsert), and a variant left out of the file is removed
  const again = await importBody(
    t,
    token,
    'text/csv',
    [header, csvRow({ ...tee, title: 'Imported Tee v2', option1_value: 'M', sku: 'IMP-TEE-M', prices: 'EUR:1650' })].join('\n'),
  );
  assert.equal(again.result?.productsUpdated, 1);
  const v2 = await storeProduct(t, 'imported-tee');
  assert.equal(v2?.title, 'Imported Tee v2');
  assert.deepEqual(
    v2?.variants.map((v) => v.sku),
    ['IMP-TEE-M'],
  );
});

void test('NDJSON import reports unreadable and invalid lines by line number', async () => {
  const lines = [
    JSON.stringify({ handle: 'nd-lamp', title: 'Lamp', status: 'published', sku: 'ND-LAMP', prices: [{ currency: 'EUR', amount: 4500 }] }),
    '{not json',
    JSON.stringify({ handle: 'nd-desk', title: 'Desk', sku: 'ND-DESK', price: 12 }),
    '',
    JSON.stringify({
      handle: 'nd-chair',
      title: 'Chair',
      status: 'published',
      options: [{ name: 'Color', value: 'Oak' }],
      sku: 'ND-CHAIR',
    }),
  ].join('\n');
  const job = await importBody(t, token, 'application/x-ndjson', lines);
  assert.equal(job.status, 'succeeded');
  assert.deepEqual(
    job.result?.errors.map((e) => e.row),
    [2, 3],
  );
  assert.equal(job.result?.productsCreated, 2);
  assert.ok(await storeProduct(t, 'nd-lamp'));
  assert.deepEqual((await storeProduct(t, 'nd-chair'))?.variants[0]?.options, { Color: 'Oak' });
});

void test('import rejects other media types (415) and unknown CSV columns (400)', async () => {
  const headers = { authorization: `Bearer ${token}` };
  const json = await t.app.inject({ method: 'POST', url: '/admin/products/import', headers, payload: { title: 'x' } });
  assert.equal(json.statusCode, 415);
  const bad = await t.app.inject({
    method: 'POST',
    url: '/admin/products/import',
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: 'title,colour\nA,red\n',
  });
  assert.equal(bad.statusCode, 400);
  assert.deepEqual(
    bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path),
    ['/header/colour'],
  );
});

void test('export → import into an empty database → the same catalog (CSV and NDJSON)', async () => {
  const headers = { authorization: `Bearer ${token}` };
  const cat = async (payload: Record<string, unknown>) =>
    (await t.app.inject({ method: 'POST', url: '/admin/categories', headers, payload })).json<{ id: string }>().id;
  const root = await cat({ name: 'Rt Root', handle: 'rt-root' });
  const leaf = await cat({ name: 'Rt Leaf', handle: 'rt-leaf', parentId: root });
  const col = (
    await t.app.inject({ method: 'POST', url: '/admin/collections', headers, payload: { title: 'Rt Picks', handle: 'rt-picks' } })
  ).json<{ id: string }>().id;
  await createProduct(t, token, {
    handle: 'rt-jacket',
    title: 'Rain, "storm" jacket',
    description: 'Line one\nline two, with commas',
    tags: ['outdoor', 'rain'],
    seo: { title: 'Jacket SEO', description: 'Desc SEO' },
    categoryIds: [leaf],
    collectionIds: [col],
    images: [{ url: 'data:image/svg+xml;utf8,%3Csvg%3E%3C%2Fsvg%3E', alt: 'front, side' }, { url: 'https://cdn.example/j.png' }],
    options: [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Color', values: ['Red', 'Blue'] },
    ],
    variants: [
      {
        sku: 'RT-S-R',
        options: { Size: 'S', Color: 'Red' },
        prices: [
          { currency: 'EUR', amount: 100 },
          { currency: 'USD', amount: 120 },
        ],
        allowBackorder: true,
      },
      {
        sku: 'RT-M-B',
        title: 'Medium blue',
        options: { Size: 'M', Color: 'Blue' },
        prices: [{ currency: 'EUR', amount: 0 }],
        manageInventory: false,
        weightGrams: 5,
      },
    ],
  });
  await createProduct(t, token, { handle: 'rt-draft', title: 'Draft thing', status: 'draft', options: [], variants: [] });

  const exported = async (app: TestApp, bearer: string, format: string) => {
    const res = await app.app.inject({
      method: 'GET',
      url: `/admin/products/export?format=${format}`,
      headers: { authorization: `Bearer ${bearer}` },
    });
    assert.equal(res.statusCode, 200);
    return res.body;
  };
  const canonical = (text: string, format: string) => {
    const lines = text.split('\n').filter((l) => l !== '');
    return format === 'csv' ? [lines[0], ...lines.slice(1).sort()] : lines.map((l) => JSON.stringify(JSON.parse(l))).sort();
  };
  for (const format of ['csv', 'ndjson']) {
    const source = await exported(t, token, format);
    assert.ok(source.includes('rt-root/rt-leaf'));
    const empty = await startTestApp();
    const emptyToken = await createStaffToken(empty, 'staff');
    const job = await importBody(empty, emptyToken, format === 'csv' ? 'text/csv' : 'application/x-ndjson', source);
    assert.equal(job.result?.failedRows, 0, JSON.stringify(job.result?.errors.slice(0, 5)));
    assert.deepEqual(canonical(await exported(empty, emptyToken, format), format), canonical(source, format));
    const jacket = (
      await empty.app.inject({ method: 'GET', url: '/admin/products?q=jacket', headers: { authorization: `Bearer ${emptyToken}` } })
    ).json<{ items: Product[] }>().items[0];
    assert.equal(jacket?.title, 'Rain, "storm" jacket');
    assert.deepEqual(jacket.options, [
      { name: 'Size', values: ['S', 'M'] },
      { name: 'Color', values: ['Red', 'Blue'] },
    ]);
    assert.equal(jacket.variants[1]?.title, 'Medium blue');
    const tree = (await empty.app.inject({ method: 'GET', url: '/store/categories/rt-leaf' })).json<{ ancestors: { handle: string }[] }>();
    assert.deepEqual(
      tree.ancestors.map((a) => a.handle),
      ['rt-root'],
    );
  }
});

void test('the demo catalog is deterministic and loads idempotently', async () => {
  assert.deepEqual(demoRows(), demoRows());
  const first = await loadDemoCatalog(t.database.db);
  assert.ok(first >= 250, `${first} products`);
  const second = await loadDemoCatalog(t.database.db);
  assert.equal(second, first);
  const [counts] = await queryRows<{ currencies: string[]; svg: boolean }>(
    t.database.db,
    sql`
    SELECT ARRAY(SELECT DISTINCT vp.currency FROM variant_prices vp JOIN product_variants v ON v.id = vp.variant_id
                 WHERE v.sku LIKE 'DEMO-%' ORDER BY 1) AS currencies,
           bool_and(images -> 0 ->> 'url' LIKE 'data:image/svg+xml%') AS svg
    FROM products WHERE id IN (SELECT product_id FROM product_variants WHERE sku LIKE 'DEMO-%')`,
  );
  assert.deepEqual(counts?.currencies, ['EUR', 'USD']);
  assert.equal(counts?.svg, true);
  const tree = (await t.app.inject({ method: 'GET', url: '/store/categories' })).json<{
    items: { handle: string; children: unknown[] }[];
  }>();
  assert.ok(tree.items.some((c) => c.handle === 'footwear' && c.children.length === 3));
  const page = (await t.app.inject({ method: 'GET', url: '/store/products?category=footwear&currency=USD&sort=price_asc&limit=5' })).json<{
    items: unknown[];
  }>();
  assert.equal(page.items.length, 5);
});
