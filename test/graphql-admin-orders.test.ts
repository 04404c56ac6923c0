import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken } from './support/auth.ts';
import { complete, readyCart, send, setupShop } from './support/checkout.ts';
import { gql, gqlData } from './support/graphql.ts';

const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);
const auth = { authorization: `Bearer ${admin}` };

const ORDER = `id displayId status paymentStatus fulfillmentStatus email customerId currency regionId
  items { id productId variantId title variantTitle sku options quantity unitPrice subtotal discountTotal taxTotal total
          fulfilledQuantity canceledQuantity returnedQuantity }
  shippingAddress billingAddress shippingMethod { shippingOptionId name amount } promotionCodes taxInclusive
  subtotal discountTotal shippingTotal taxTotal total payment { provider authorized captured refunded voided }
  version createdAt canceledAt`;

interface Page {
  orders: { nodes: { id: string }[]; edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

void test('the admin order list and detail over GraphQL equal GET /admin/orders (filters, cursors) and /admin/orders/{id}', async () => {
  const customer = await createCustomerToken(t);
  for (let i = 0; i < 3; i += 1) {
    const cartId = await readyCart(t.app, shop, {
      token: i === 0 ? customer.token : undefined,
      lines: [{ variantId: shop.variants[0], quantity: 1 }],
    });
    assert.equal((await complete(t.app, cartId, { token: i === 0 ? customer.token : undefined })).status, 201);
  }
  const rest = await send(t.app, 'GET', '/admin/orders?limit=2', undefined, auth);
  const first = await gqlData<Page>(
    t,
    'admin',
    `{ orders(first: 2) { nodes { ${ORDER} } edges { cursor } pageInfo { hasNextPage endCursor } } }`,
    {
      token: admin,
    },
  );
  assert.deepEqual(first.orders.nodes, rest.body.items);
  assert.equal(first.orders.pageInfo.endCursor, rest.body.nextCursor);
  assert.equal(first.orders.pageInfo.hasNextPage, true);
  const restNext = await send(
    t.app,
    'GET',
    `/admin/orders?limit=2&cursor=${encodeURIComponent(String(rest.body.nextCursor))}`,
    undefined,
    auth,
  );
  const next = await gqlData<Page>(
    t,
    'admin',
    `query($after: String) { orders(first: 2, after: $after) { nodes { ${ORDER} } pageInfo { hasNextPage endCursor } } }`,
    {
      token: admin,
      variables: { after: first.orders.pageInfo.endCursor },
    },
  );
  assert.deepEqual(next.orders.nodes, restNext.body.items);

  const byEmail = await gqlData<Page>(
    t,
    'admin',
    `query($email: String) { orders(email: $email, paymentStatus: "authorized") { nodes { id } } }`,
    {
      token: admin,
      variables: { email: customer.email.toUpperCase() },
    },
  );
  const restByEmail = await send(
    t.app,
    'GET',
    `/admin/orders?paymentStatus=authorized&email=${encodeURIComponent(customer.email.toUpperCase())}`,
    undefined,
    auth,
  );
  assert.equal(byEmail.orders.nodes.length, 1);
  assert.deepEqual(
    byEmail.orders.nodes.map((o) => o.id),
    (restByEmail.body.items as { id: string }[]).map((o) => o.id),
  );
  const badFilter = await gql(t, 'admin', `{ orders(status: "lost") { nodes { id } } }`, { token: admin });
  assert.equal(badFilter.errors?.[0]?.extensions.code, 'validation_failed');

  const id = first.orders.nodes[0]?.id ?? '';
  const detail = await gqlData<{ order: unknown; none: unknown }>(
    t,
    'admin',
    `{ order(id: "${id}") { ${ORDER} timeline { type actor data createdAt } } none: order(id: "ord_doesnotexist") { id } }`,
    { token: admin },
  );
  assert.deepEqual(detail.order, (await send(t.app, 'GET', `/admin/orders/${id}`, undefined, auth)).body);
  assert.equal(detail.none, null);

  const anonymous = await gql(t, 'admin', `{ orders(first: 1) { nodes { id } } }`);
  assert.equal(anonymous.status, 401);
  const customerCall = await gql(t, 'admin', `{ orders(first: 1) { nodes { id } } }`, { token: customer.token });
  assert.ok([401, 403].includes(customerCall.status), customerCall.raw);
});
