import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/platform/db/index.ts';
import type { StockroomApp } from '../../src/app.ts';
import type { OrderView } from '../../src/modules/orders/index.ts';
import type { TestApp } from './app.ts';
import { createProduct } from './catalog.ts';
import { setStock } from './inventory.ts';

/** Shop set-up and checkout steps over HTTP, shared by the checkout tests. */

export const CARD_OK = '4242424242424242';
export const CARD_DECLINED = '4000000000000002';
export const ADDRESS = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: 'Hauptstr. 1',
  city: 'Köln',
  postalCode: '50667',
  countryCode: 'DE',
};

export interface Shop {
  regionId: string;
  shippingOptionId: string;
  /** Two variants of one product: EUR 19.99 and 24.99, each with `stock` units on hand. */
  variants: [string, string];
  productId: string;
}

/** An answer as the checkout tests read it: an order completion, an order, a list, or a problem. */
export type Body = { [key: string]: unknown } & {
  id: string;
  code: string;
  reason: string;
  detail: string;
  lines: { variantId: string; requested: number; available: number }[];
  order: OrderView;
  accessToken?: string;
  /** A list's orders, or an order's lines. */
  items: (OrderView & Partial<OrderView['items'][number]>)[];
  nextCursor: string | null;
  completedAt: string | null;
  timeline: { type: string; actor: string; data: Record<string, unknown>; createdAt: string }[];
} & Omit<Partial<OrderView>, 'id' | 'items'>;

export interface Reply {
  status: number;
  body: Body;
  headers: Record<string, unknown>;
}

export async function send(
  app: StockroomApp,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
  return { status: res.statusCode, body: res.body ? res.json<Body>() : ({} as Body), headers: res.headers };
}

const auth = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

/**
 * The EUR region serving DE (19 % tax): a country belongs to at most one region, so every shop of a
 * test file shares the one created by the first.
 */
async function germany(t: TestApp, admin: string, suffix: string): Promise<string> {
  const list = await send(t.app, 'GET', '/admin/regions?limit=100', undefined, auth(admin));
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const regions = list.body.items as unknown as { id: string; currency: string; countries: string[] }[];
  const existing = regions.find((r) => r.countries.includes('DE'));
  if (existing) {
    assert.equal(existing.currency, 'EUR', 'DE belongs to a region of another currency');
    return existing.id;
  }
  const region = await send(
    t.app,
    'POST',
    '/admin/regions',
    { name: `Germany ${suffix}`, currency: 'EUR', countries: ['DE'], taxRateBps: 1900 },
    auth(admin),
  );
  assert.equal(region.status, 201, JSON.stringify(region.body));
  return region.body.id;
}

export async function setupShop(t: TestApp, admin: string, stock = 100): Promise<Shop> {
  const a = auth(admin);
  const suffix = randomBytes(3).toString('hex');
  const regionId = await germany(t, admin, suffix);
  const option = await send(
    t.app,
    'POST',
    '/admin/shipping-options',
    { regionId, name: `Standard ${suffix}`, type: 'flat', amount: 490 },
    a,
  );
  assert.equal(option.status, 201, JSON.stringify(option.body));
  const product = await createProduct(t, admin);
  const variants = product.variants.map((v) => v.id) as [string, string];
  for (const v of variants) await setStock(t, admin, v, stock);
  return { regionId, shippingOptionId: option.body.id, variants, productId: product.id };
}

export interface CartSpec {
  token?: string | undefined;
  lines: { variantId: string; quantity: number }[];
  promotion?: string;
  card?: string;
  provider?: 'test' | 'manual' | 'stripe';
  /** The payment session's `data` for providers other than `test`. */
  data?: Record<string, string>;
  email?: string;
}

/** Creates a cart ready to complete: lines, email, address, shipping, promotion, payment session. */
export async function readyCart(app: StockroomApp, shop: Shop, spec: CartSpec): Promise<string> {
  const h = auth(spec.token);
  const cart = await send(app, 'POST', '/store/carts', { regionId: shop.regionId }, h);
  assert.equal(cart.status, 201, JSON.stringify(cart.body));
  const id = cart.body.id;
  for (const line of spec.lines) {
    const added = await send(app, 'POST', `/store/carts/${id}/items`, line, h);
    assert.equal(added.status, 200, JSON.stringify(added.body));
  }
  const patched = await send(
    app,
    'PATCH',
    `/store/carts/${id}`,
    {
      shippingAddress: ADDRESS,
      ...(spec.email || !spec.token ? { email: spec.email ?? `guest-${randomBytes(4).toString('hex')}@example.test` } : {}),
    },
    h,
  );
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  const shipping = await send(app, 'POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: shop.shippingOptionId }, h);
  assert.equal(shipping.status, 200, JSON.stringify(shipping.body));
  if (spec.promotion) {
    const promo = await send(app, 'POST', `/store/carts/${id}/promotions`, { code: spec.promotion }, h);
    assert.equal(promo.status, 200, JSON.stringify(promo.body));
  }
  const provider = spec.provider ?? 'test';
  const session = await send(
    app,
    'POST',
    `/store/carts/${id}/payment`,
    provider === 'test' ? { provider, data: { card: spec.card ?? CARD_OK } } : spec.data ? { provider, data: spec.data } : { provider },
    h,
  );
  assert.equal(session.status, 201, JSON.stringify(session.body));
  return id;
}

export async function complete(
  app: StockroomApp,
  cartId: string,
  options: { token?: string | undefined; key?: string; ip?: string } = {},
): Promise<Reply> {
  const headers = { ...auth(options.token), ...(options.key ? { 'idempotency-key': options.key } : {}) };
  const res = await app.inject({
    method: 'POST',
    url: `/store/carts/${cartId}/complete`,
    headers,
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  });
  return { status: res.statusCode, body: res.body ? res.json<Body>() : ({} as Body), headers: res.headers };
}

/** Invariants of guarantee 3/4 after any sequence of checkouts and a recovery sweep. */
export async function checkoutInvariants(db: Db): Promise<{
  heldWithoutOrder: number;
  redemptionsWithoutOrder: number;
  liveAuthorizationsWithoutOrder: number;
  ordersWithoutPayment: number;
  openAttempts: number;
}> {
  const [row] = await queryRows<{ held: number; redemptions: number; auths: number; unpaid: number; open: number }>(
    db,
    sql`
    SELECT
      (SELECT count(*)::int FROM inventory_reservations r WHERE r.status = 'active' AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = r.order_id)) AS held,
      (SELECT count(*)::int FROM promotion_redemptions p WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = p.order_id)) AS redemptions,
      (SELECT count(*)::int FROM test_provider_charges c WHERE c.status IN ('authorized', 'captured', 'pending')
         AND NOT EXISTS (SELECT 1 FROM checkout_attempts a JOIN orders o ON o.id = a.order_id WHERE a.provider_key = c.idempotency_key)) AS auths,
      (SELECT count(*)::int FROM orders o WHERE NOT EXISTS (SELECT 1 FROM payment_transactions p WHERE p.order_id = o.id AND p.kind = 'authorization')) AS unpaid,
      (SELECT count(*)::int FROM checkout_attempts WHERE status = 'reserved') AS open`,
  );
  assert.ok(row);
  return {
    heldWithoutOrder: row.held,
    redemptionsWithoutOrder: row.redemptions,
    liveAuthorizationsWithoutOrder: row.auths,
    ordersWithoutPayment: row.unpaid,
    openAttempts: row.open,
  };
}

export const CLEAN = {
  heldWithoutOrder: 0,
  redemptionsWithoutOrder: 0,
  liveAuthorizationsWithoutOrder: 0,
  ordersWithoutPayment: 0,
  openAttempts: 0,
};
