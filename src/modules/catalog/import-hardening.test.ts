import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { startWorker } from '../../platform/jobs.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { catalogModule, type Product } from './index.ts';
import { escapeFormula, unescapeFormula } from './transfer.ts';

/** CSV export escapes formulas and import undoes it; import bodies and lines are capped; input is never echoed. */

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');

function workerFor(app: TestApp) {
  const worker = startWorker(app.database.db, catalogModule.jobs ?? {}, { pollMs: 3_600_000 });
  after(() => worker.stop());
  return worker;
}
const worker = workerFor(t);

interface JobResult {
  productsCreated: number;
  failedRows: number;
  errors: { row: number; path: string; message: string }[];
}

async function post(app: TestApp, bearer: string, contentType: string, payload: string | Readable) {
  return app.app.inject({
    method: 'POST',
    url: '/admin/products/import',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': contentType },
    payload,
  });
}

async function runJob(app: TestApp, bearer: string, jobId: string, w = worker): Promise<{ result: JobResult; raw: string }> {
  await w.drain();
  const done = await app.app.inject({ method: 'GET', url: `/admin/jobs/${jobId}`, headers: { authorization: `Bearer ${bearer}` } });
  assert.equal(done.json<{ status: string }>().status, 'succeeded', done.body);
  return { result: done.json<{ result: JobResult }>().result, raw: done.body };
}

async function exportCsv(app: TestApp, bearer: string): Promise<string> {
  const res = await app.app.inject({
    method: 'GET',
    url: '/admin/products/export?format=csv',
    headers: { authorization: `Bearer ${bearer}` },
  });
  assert.equal(res.statusCode, 200);
  return res.body;
}

void test('escapeFormula and unescapeFormula are inverses, also for values that already start with a quote', () => {
  for (const value of ['=1+1', '+49 30 1234', '-5', '@SUM(A1)', '\tx', '\rx', "'=x", "''@x", "'plain", 'plain', '', "'"]) {
    assert.equal(unescapeFormula(escapeFormula(value)), value, JSON.stringify(value));
  }
  assert.equal(escapeFormula('=HYPERLINK("x")'), '\'=HYPERLINK("x")');
  assert.equal(escapeFormula("'=x"), "''=x");
  assert.equal(escapeFormula("'plain"), "'plain");
});

void test('CSV export writes no cell a spreadsheet would run as a formula, and import restores the values', async () => {
  const product = await createProduct(t, token, {
    handle: 'fx-product',
    title: '=HYPERLINK("https://evil.example","Click")',
    description: "'=already quoted",
    tags: ['-rm', '@at', 'plain'],
    seo: { title: '+SEO', description: '\tTabbed' },
    options: [{ name: 'Size', values: ['-1', '+1'] }],
    variants: [
      { sku: '@FX-1', options: { Size: '-1' }, prices: [{ currency: 'EUR', amount: 100 }] },
      { sku: 'FX-2', title: '=cmd|x', options: { Size: '+1' }, prices: [{ currency: 'EUR', amount: 200 }] },
    ],
  });
  const csv = await exportCsv(t, token);
  const records: string[][] = parse(csv, { relax_column_count: true });
  for (const record of records) {
    for (const cell of record) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)} starts a formula`);
  }
  const [header, ...rows] = records;
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const fx = rows.filter((r) => r[column('handle')] === 'fx-product');
  assert.equal(fx[0]?.[column('title')], '\'=HYPERLINK("https://evil.example","Click")');
  assert.equal(fx[0]?.[column('description')], "''=already quoted");
  assert.equal(fx[0]?.[column('sku')], "'@FX-1");

  // export → import into an empty shop → the same product
  const empty = await startTestApp();
  const emptyToken = await createStaffToken(empty, 'staff');
  const res = await post(empty, emptyToken, 'text/csv', csv);
  assert.equal(res.statusCode, 202, res.body);
  const { result } = await runJob(empty, emptyToken, res.json<{ jobId: string }>().jobId, workerFor(empty));
  assert.equal(result.failedRows, 0, JSON.stringify(result.errors));
  const copy = (
    await empty.app.inject({ method: 'GET', url: '/admin/products?limit=100', headers: { authorization: `Bearer ${emptyToken}` } })
  )
    .json<{ items: Product[] }>()
    .items.find((p) => p.handle === 'fx-product');
  assert.ok(copy);
  assert.equal(copy.title, product.title);
  assert.equal(copy.description, product.description);
  assert.deepEqual(copy.tags, product.tags);
  assert.deepEqual(copy.seo, product.seo);
  assert.deepEqual(copy.options, product.options);
  assert.deepEqual(
    copy.variants.map((v) => [v.sku, v.title, v.options]),
    product.variants.map((v) => [v.sku, v.title, v.options]),
  );
});

void test('a body above STOCKROOM_IMPORT_MAX_BYTES is refused with 413, declared or streamed', async () => {
  const small = await startTestApp({ STOCKROOM_IMPORT_MAX_BYTES: '4096' });
  const smallToken = await createStaffToken(small, 'staff');
  const rows = Array.from({ length: 200 }, (_, i) => `Item number ${i},cap-${i}`).join('\n');
  const declared = await post(small, smallToken, 'text/csv', `title,handle\n${rows}`);
  assert.equal(declared.statusCode, 413, declared.body);
  assert.equal(declared.headers['content-type'], 'application/problem+json; charset=utf-8');
  assert.equal(declared.json<{ code: string }>().code, 'payload_too_large');

  const streamed = await post(small, smallToken, 'text/csv', Readable.from(['title,handle\n', ...rows.split('\n').map((r) => `${r}\n`)]));
  assert.equal(streamed.statusCode, 413, streamed.body);
  assert.equal(streamed.json<{ code: string }>().code, 'payload_too_large');
  const jobs = await small.app.inject({
    method: 'GET',
    url: '/admin/products?limit=5',
    headers: { authorization: `Bearer ${smallToken}` },
  });
  assert.deepEqual(jobs.json<{ items: unknown[] }>().items, []);
});

void test('a line over 64 KiB is a row error that never echoes it; the other rows land (CSV and NDJSON)', async () => {
  const huge = 'Z'.repeat(10 * 1024 * 1024);
  const csv = ['title,handle,description', 'Long One,long-one,ok', `Long Two,long-two,${huge}`, 'Long Three,long-three,ok'].join('\n');
  const res = await post(t, token, 'text/csv', csv);
  assert.equal(res.statusCode, 202, res.body.slice(0, 500));
  const { result, raw } = await runJob(t, token, res.json<{ jobId: string }>().jobId);
  assert.deepEqual(
    result.errors.map((e) => [e.row, e.path, e.message]),
    [[2, '/', 'is longer than 65536 bytes']],
  );
  assert.equal(result.productsCreated, 2);
  assert.ok(raw.length < 5000, `the job report is ${raw.length} characters`);

  const ndjson = [
    JSON.stringify({ title: 'Nd Long', handle: 'nd-long' }),
    JSON.stringify({ title: 'x', description: huge }),
    JSON.stringify({ title: 'Nd Two', handle: 'nd-two' }),
  ].join('\n');
  const nd = await post(t, token, 'application/x-ndjson', ndjson);
  assert.equal(nd.statusCode, 202);
  const ndJob = await runJob(t, token, nd.json<{ jobId: string }>().jobId);
  assert.deepEqual(
    ndJob.result.errors.map((e) => [e.row, e.message]),
    [[2, 'is longer than 65536 bytes']],
  );
  assert.equal(ndJob.result.productsCreated, 2);
});

void test('an unreadable CSV is 400 validation_failed with errors[], and no input is echoed', async () => {
  const marker = 'SECRETMARKER';
  const cases = [
    `title,description\nFine,"never closed ${marker}\nmore`,
    `title,description\nBad,ab"c${marker}"d\n`,
    `title,description\n"Quoted"${marker},x\n`,
  ];
  for (const csv of cases) {
    const res = await post(t, token, 'text/csv', csv);
    assert.equal(res.statusCode, 400, `${csv}: ${res.body}`);
    const body = res.json<{ code: string; errors?: { path: string; message: string }[] }>();
    assert.equal(body.code, 'validation_failed');
    assert.ok((body.errors ?? []).length > 0, res.body);
    assert.match(body.errors?.[0]?.path ?? '', /^\/line\/\d+$/);
    assert.ok(!res.body.includes(marker), res.body);
  }
  const longColumn = `title,${'c'.repeat(5000)}\nx,y\n`;
  const unknown = await post(t, token, 'text/csv', longColumn);
  assert.equal(unknown.statusCode, 400);
  assert.ok(unknown.body.length < 1000, `${unknown.body.length} characters`);
  assert.equal(unknown.json<{ errors: unknown[] }>().errors.length, 1);
  const hugeHeader = await post(t, token, 'text/csv', `title,${'h'.repeat(200_000)}\nx,y\n`);
  assert.equal(hugeHeader.statusCode, 400);
  assert.ok(hugeHeader.body.length < 1000, `${hugeHeader.body.length} characters`);
  assert.equal(hugeHeader.json<{ code: string }>().code, 'validation_failed');
});

void test('a NUL character in a cell or an NDJSON string is a row error; the other rows land', async () => {
  const csv = await post(t, token, 'text/csv', 'title,handle\nBad\u0000Title,nul-csv-bad\nGood,nul-csv-good\n');
  assert.equal(csv.statusCode, 202, csv.body);
  const csvJob = await runJob(t, token, csv.json<{ jobId: string }>().jobId);
  assert.deepEqual(
    csvJob.result.errors.map((e) => [e.row, e.path]),
    [[1, '/title']],
  );
  assert.equal(csvJob.result.productsCreated, 1);

  const nd = await post(
    t,
    token,
    'application/x-ndjson',
    `${JSON.stringify({ title: 'Bad', handle: 'nul-nd-bad', tags: ['a\u0000b'] })}\n${JSON.stringify({ title: 'Good', handle: 'nul-nd-good', description: 'a \\u0000 written out is fine' })}\n`,
  );
  assert.equal(nd.statusCode, 202, nd.body);
  const ndJob = await runJob(t, token, nd.json<{ jobId: string }>().jobId);
  assert.deepEqual(
    ndJob.result.errors.map((e) => e.row),
    [1],
  );
  assert.equal(ndJob.result.productsCreated, 1);
});
