import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import type { Product } from './index.ts';

/** One PATCH may swap SKUs or option values between variants: uniqueness holds for the end state. */

const t = await startTestApp();
const token = await createStaffToken(t, 'staff');

async function patch(url: string, payload: unknown) {
  return t.app.inject({ method: 'PATCH', url, headers: { authorization: `Bearer ${token}` }, payload: payload as Record<string, unknown> });
}

void test('a PATCH that swaps the SKUs of two variants succeeds and keeps each variant id', async () => {
  const product = await createProduct(t, token);
  const [a, b] = product.variants as [Product['variants'][0], Product['variants'][0]];
  const res = await patch(`/admin/products/${product.id}`, {
    variants: [
      { id: a.id, sku: b.sku },
      { id: b.id, sku: a.sku },
    ],
  });
  assert.equal(res.statusCode, 200, res.body);
  const after = res.json<Product>();
  assert.deepEqual(
    after.variants.map((v) => [v.id, v.sku]),
    [
      [a.id, b.sku],
      [b.id, a.sku],
    ],
  );
  // prices and options stay with their variant
  assert.deepEqual(
    after.variants.map((v) => v.options),
    [a.options, b.options],
  );
  assert.deepEqual(after.variants[0]?.prices, a.prices);
});

void test('a PATCH that swaps option values between two variants succeeds', async () => {
  const product = await createProduct(t, token);
  const [a, b] = product.variants as [Product['variants'][0], Product['variants'][0]];
  const res = await patch(`/admin/products/${product.id}`, {
    variants: [
      { id: a.id, sku: a.sku, options: b.options },
      { id: b.id, sku: b.sku, options: a.options },
    ],
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(
    res.json<Product>().variants.map((v) => [v.id, v.options]),
    [
      [a.id, b.options],
      [b.id, a.options],
    ],
  );

  // a three-way rotation of SKUs and options at once
  const three = await createProduct(t, token, {
    options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
    variants: [
      { sku: `ROT-${product.id}-1`, options: { Size: 'S' } },
      { sku: `ROT-${product.id}-2`, options: { Size: 'M' } },
      { sku: `ROT-${product.id}-3`, options: { Size: 'L' } },
    ],
  });
  const v = three.variants;
  const rotated = await patch(`/admin/products/${three.id}`, {
    variants: v.map((x, i) => ({ id: x.id, sku: v[(i + 1) % 3]?.sku ?? '', options: v[(i + 1) % 3]?.options })),
  });
  assert.equal(rotated.statusCode, 200, rotated.body);
  assert.deepEqual(
    rotated.json<Product>().variants.map((x) => x.sku),
    [v[1]?.sku, v[2]?.sku, v[0]?.sku],
  );
});

void test('taking a SKU that stays in use is still refused, and nothing changes', async () => {
  const product = await createProduct(t, token);
  const other = await createProduct(t, token);
  const [a, b] = product.variants as [Product['variants'][0], Product['variants'][0]];
  const dup = await patch(`/admin/products/${product.id}`, {
    variants: [
      { id: a.id, sku: b.sku },
      { id: b.id, sku: b.sku },
    ],
  });
  assert.equal(dup.statusCode, 400, dup.body);
  const taken = await patch(`/admin/products/${product.id}`, {
    variants: [
      { id: a.id, sku: other.variants[0]?.sku },
      { id: b.id, sku: b.sku },
    ],
  });
  assert.equal(taken.statusCode, 409, taken.body);
  const single = await patch(`/admin/products/${product.id}/variants/${a.id}`, { sku: b.sku });
  assert.equal(single.statusCode, 400, single.body);
  const now = await t.app.inject({ method: 'GET', url: `/admin/products/${product.id}`, headers: { authorization: `Bearer ${token}` } });
  assert.deepEqual(
    now.json<Product>().variants.map((v) => v.sku),
    [a.sku, b.sku],
  );
});
