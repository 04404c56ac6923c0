import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStockroomClient, newIdempotencyKey } from '../packages/client/index.js';
import { startTestApp } from './support/app.ts';
import { createStaffToken, uniqueEmail } from './support/auth.ts';
import { ADDRESS, CARD_OK, setupShop } from './support/checkout.ts';

// A storefront's whole journey through the typed client (packages/client) over real HTTP: the client's
// types come from the OpenAPI document, so a contract change that breaks storefronts breaks this file.
const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 5);
const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
const store = createStockroomClient({ baseUrl });

test('browse → cart → placed order, then a retried completion replays the same order', async () => {
  const { data: page, error: listError } = await store.GET('/store/products', { params: { query: { currency: 'EUR', limit: 100 } } });
  assert.equal(listError, undefined);
  const card = page?.items.find((p) => p.id === shop.productId);
  assert.ok(card, 'the published product is listed');

  const { data: product } = await store.GET('/store/products/{handle}', {
    params: { path: { handle: card.handle }, query: { currency: 'EUR' } },
  });
  const variant = product?.variants[0];
  assert.ok(variant);
  assert.equal(variant.id, shop.variants[0]);

  const created = await store.POST('/store/carts', {
    body: { regionId: shop.regionId },
    params: { header: { 'idempotency-key': newIdempotencyKey() } },
  });
  assert.equal(created.response.status, 201);
  const cartId = created.data?.id;
  assert.ok(cartId);
  const path = { id: cartId };

  const added = await store.POST('/store/carts/{id}/items', { params: { path }, body: { variantId: variant.id, quantity: 2 } });
  assert.equal(added.data?.items[0]?.quantity, 2);
  const addressed = await store.PATCH('/store/carts/{id}', {
    params: { path },
    body: { email: uniqueEmail('guest'), shippingAddress: ADDRESS },
  });
  assert.equal(addressed.response.status, 200, JSON.stringify(addressed.error));

  const { data: options } = await store.GET('/store/carts/{id}/shipping-options', { params: { path } });
  const option = options?.items.find((o) => o.id === shop.shippingOptionId);
  assert.ok(option, 'the region ships to the address');
  const shipped = await store.POST('/store/carts/{id}/shipping-method', { params: { path }, body: { shippingOptionId: option.id } });
  assert.equal(shipped.data?.shippingMethod?.shippingOptionId, option.id);

  const session = await store.POST('/store/carts/{id}/payment', { params: { path }, body: { provider: 'test', data: { card: CARD_OK } } });
  assert.equal(session.response.status, 201, JSON.stringify(session.error));

  const key = newIdempotencyKey();
  const placed = await store.POST('/store/carts/{id}/complete', { params: { path, header: { 'idempotency-key': key } } });
  assert.equal(placed.response.status, 201, JSON.stringify(placed.error));
  const order = placed.data?.order;
  assert.ok(order);
  assert.equal(order.items[0]?.variantId, variant.id);
  assert.equal(order.total, shipped.data?.total);

  // The answer was lost, say: the same key replays it instead of ordering twice.
  const retried = await store.POST('/store/carts/{id}/complete', { params: { path, header: { 'idempotency-key': key } } });
  assert.equal(retried.response.headers.get('idempotent-replayed'), 'true');
  assert.equal(retried.data?.order.id, order.id);

  const token = placed.data?.accessToken;
  assert.ok(token, 'a guest gets the order access token once');
  const seen = await store.GET('/store/orders/{id}', { params: { path: { id: order.id }, header: { 'x-order-token': token } } });
  assert.deepEqual(seen.data, order);
});

test('errors arrive as typed problem documents and change nothing', async () => {
  const created = await store.POST('/store/carts', {
    body: { currency: 'EUR' },
    params: { header: { 'idempotency-key': newIdempotencyKey() } },
  });
  const cartId = created.data?.id;
  assert.ok(cartId);
  const bad = await store.POST('/store/carts/{id}/items', {
    params: { path: { id: cartId } },
    body: { variantId: shop.variants[0], quantity: 0 },
  });
  assert.equal(bad.response.status, 400);
  assert.equal(bad.error?.code, 'validation_failed');
  assert.match(String(bad.response.headers.get('content-type')), /^application\/problem\+json/);
  const { data: cart } = await store.GET('/store/carts/{id}', { params: { path: { id: cartId } } });
  assert.deepEqual(cart?.items, []);
});

test('a signed-in customer: register, the token on the client, the order in their list', async () => {
  const customer = createStockroomClient({ baseUrl });
  const registered = await customer.POST('/auth/customers/register', {
    body: { email: uniqueEmail('shopper'), password: `pw-${newIdempotencyKey()}` },
  });
  assert.equal(registered.response.status, 201, JSON.stringify(registered.error));
  customer.setToken(registered.data?.token);
  const me = await customer.GET('/store/me');
  assert.equal(me.data?.email, registered.data?.customer.email);

  const cart = await customer.POST('/store/carts', { body: { regionId: shop.regionId } });
  const path = { id: cart.data?.id ?? '' };
  assert.equal(cart.data?.customerId, registered.data?.customer.id);
  await customer.POST('/store/carts/{id}/items', { params: { path }, body: { variantId: shop.variants[1], quantity: 1 } });
  await customer.PATCH('/store/carts/{id}', { params: { path }, body: { shippingAddress: ADDRESS } });
  await customer.POST('/store/carts/{id}/shipping-method', { params: { path }, body: { shippingOptionId: shop.shippingOptionId } });
  await customer.POST('/store/carts/{id}/payment', { params: { path }, body: { provider: 'test', data: { card: CARD_OK } } });
  const placed = await customer.POST('/store/carts/{id}/complete', {
    params: { path, header: { 'idempotency-key': newIdempotencyKey() } },
  });
  assert.equal(placed.response.status, 201, JSON.stringify(placed.error));
  const mine = await customer.GET('/store/orders');
  assert.deepEqual(
    mine.data?.items.map((o) => o.id),
    [placed.data?.order.id],
  );
  customer.setToken(undefined);
  assert.equal((await customer.GET('/store/orders')).response.status, 401);
});
