import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import type { Product } from './index.ts';

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');
const viewer = await createStaffToken(t, 'viewer');

async function send(method: 'PUT' | 'DELETE' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}, as = token) {
  return t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${as}`, ...headers },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}
const pricesOf = (product: Product, variantId: string) => product.variants.find((v) => v.id === variantId)?.prices;

void test('PUT and DELETE of one currency leave the other prices as they are', async () => {
  const product = await createProduct(t, token);
  const [S, M] = product.variants.map((v) => v.id) as [string, string];
  const base = `/admin/products/${product.id}/variants/${S}/prices`;

  const gbp = await send('PUT', `${base}/GBP`, { amount: 1799 });
  assert.equal(gbp.statusCode, 200, gbp.body);
  assert.deepEqual(pricesOf(gbp.json<Product>(), S), [
    { currency: 'EUR', amount: 1999 },
    { currency: 'GBP', amount: 1799 },
    { currency: 'USD', amount: 2199 },
  ]);
  assert.equal(gbp.headers.etag, `"${product.id}.2"`);

  const eur = await send('PUT', `${base}/EUR`, { amount: 1899 });
  assert.deepEqual(
    pricesOf(eur.json<Product>(), S)?.map((p) => p.amount),
    [1899, 1799, 2199],
  );
  assert.deepEqual(pricesOf(eur.json<Product>(), M), product.variants[1]?.prices, 'other variants untouched');

  const removed = await send('DELETE', `${base}/USD`);
  assert.equal(removed.statusCode, 200, removed.body);
  assert.deepEqual(pricesOf(removed.json<Product>(), S), [
    { currency: 'EUR', amount: 1899 },
    { currency: 'GBP', amount: 1799 },
  ]);
  const again = await send('DELETE', `${base}/USD`);
  assert.equal(again.statusCode, 404);

  // The store sees it at once.
  const store = await t.app.inject({ method: 'GET', url: `/store/products/${product.handle}?currency=GBP` });
  assert.deepEqual(store.json<{ variants: { prices: unknown[] }[] }>().variants[0]?.prices, [{ currency: 'GBP', amount: 1799 }]);
});

void test('a PATCH with prices replaces the whole list, as documented', async () => {
  const product = await createProduct(t, token);
  const S = product.variants[0]!.id;
  const res = await send('PATCH', `/admin/products/${product.id}/variants/${S}`, { prices: [{ currency: 'EUR', amount: 1000 }] });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(pricesOf(res.json<Product>(), S), [{ currency: 'EUR', amount: 1000 }]);
  const untouched = await send('PATCH', `/admin/products/${product.id}/variants/${S}`, { title: 'Small' });
  assert.deepEqual(pricesOf(untouched.json<Product>(), S), [{ currency: 'EUR', amount: 1000 }], 'no prices sent, none changed');
});

void test('bad input changes nothing: currency, amount, unknown variant, stale If-Match, permission', async () => {
  const product = await createProduct(t, token);
  const S = product.variants[0]!.id;
  const base = `/admin/products/${product.id}/variants/${S}/prices`;
  const cases: [string, unknown, number][] = [
    [`${base}/eur`, { amount: 100 }, 400],
    [`${base}/EUR`, { amount: -1 }, 400],
    [`${base}/EUR`, { amount: 1.5 }, 400],
    [`${base}/EUR`, {}, 400],
    [`${base}/EUR`, { amount: 100, currency: 'USD' }, 400],
    [`/admin/products/${product.id}/variants/var_nope/prices/EUR`, { amount: 100 }, 404],
  ];
  for (const [url, body, status] of cases) {
    const res = await send('PUT', url, body);
    assert.equal(res.statusCode, status, `${url} ${JSON.stringify(body)}: ${res.body}`);
  }
  const stale = await send('PUT', `${base}/EUR`, { amount: 100 }, { 'if-match': `"${product.id}.0"` });
  assert.equal(stale.statusCode, 412);
  const forbidden = await send('PUT', `${base}/EUR`, { amount: 100 }, {}, viewer);
  assert.equal(forbidden.statusCode, 403);
  const after = await t.app.inject({ method: 'GET', url: `/admin/products/${product.id}`, headers: { authorization: `Bearer ${token}` } });
  assert.deepEqual(pricesOf(after.json<Product>(), S), product.variants[0]?.prices);
  assert.equal(after.json<Product>().version, product.version);
});
