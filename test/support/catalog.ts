import { randomBytes } from 'node:crypto';
import type { Product, ProductCreateBody } from '../../src/modules/catalog/index.ts';
import type { TestApp } from './app.ts';

export type { Product, ProductCreateBody };

/**
 * Creates a published product through `POST /admin/products` and returns the created product view
 * (`variants[].id` are the variant ids carts and stock use). By default: options Size S/M, two
 * variants with unique SKUs, prices in EUR and USD, manageInventory true. `overrides` replace
 * top-level fields of the request body.
 */
export async function createProduct(t: TestApp, token: string, overrides: Partial<ProductCreateBody> = {}): Promise<Product> {
  const suffix = randomBytes(4).toString('hex');
  const body: ProductCreateBody = {
    title: `Test product ${suffix}`,
    status: 'published',
    options: [{ name: 'Size', values: ['S', 'M'] }],
    variants: [
      {
        sku: `SKU-${suffix}-S`,
        options: { Size: 'S' },
        prices: [
          { currency: 'EUR', amount: 1999 },
          { currency: 'USD', amount: 2199 },
        ],
        weightGrams: 250,
      },
      {
        sku: `SKU-${suffix}-M`,
        options: { Size: 'M' },
        prices: [
          { currency: 'EUR', amount: 2499 },
          { currency: 'USD', amount: 2699 },
        ],
        weightGrams: 300,
      },
    ],
    ...overrides,
  };
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/products',
    headers: { authorization: `Bearer ${token}` },
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`createProduct failed: ${res.statusCode} ${res.body}`);
  return res.json<Product>();
}
