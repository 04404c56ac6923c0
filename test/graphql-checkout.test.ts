import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken } from './support/auth.ts';
import { ADDRESS, CARD_DECLINED, CARD_OK, readyCart, send, setupShop } from './support/checkout.ts';
import { gql, gqlData } from './support/graphql.ts';

// Every injected request comes from 127.0.0.1; the checkout rate limit has its own test.
const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const db = t.database.db;
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);
const [S, M] = shop.variants;

const ORDER = `id displayId status paymentStatus fulfillmentStatus email customerId currency regionId
  items { id productId variantId title variantTitle sku options quantity unitPrice subtotal discountTotal taxTotal total
          fulfilledQuantity canceledQuantity returnedQuantity }
  shippingAddress billingAddress shippingMethod { shippingOptionId name amount } promotionCodes taxInclusive
  subtotal discountTotal shippingTotal taxTotal total payment { provider authorized captured refunded voided }
  version createdAt canceledAt`;

interface UserErrors {
  userErrors: { code: string; field: string[] | null; message: string }[];
}
type Completion = UserErrors & { order: { id: string; [key: string]: unknown } | null; accessToken: string | null };

const gqlObject = (value: Record<string, string>) =>
  `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')} }`;

/** One mutation field; its payload must carry no userErrors. */
async function ok<P extends UserErrors>(field: string, args: string, select: string, token?: string): Promise<P> {
  const data = await gqlData<Record<string, P>>(
    t,
    'store',
    `mutation { ${field}(${args}) { ${select} userErrors { code field message } } }`,
    {
      token,
    },
  );
  const payload = data[field];
  assert.ok(payload);
  assert.deepEqual(payload.userErrors, [], `${field}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

/** A cart built over GraphQL up to its payment session. */
async function graphqlCart(card: string, token?: string): Promise<string> {
  const created = await ok<UserErrors & { cart: { id: string } }>(
    'cartCreate',
    `input: { regionId: "${shop.regionId}" }`,
    'cart { id }',
    token,
  );
  const id = created.cart.id;
  await ok('cartLinesAdd', `cartId: "${id}", variantId: "${S}", quantity: 2`, 'cart { id }', token);
  await ok('cartLinesAdd', `cartId: "${id}", variantId: "${M}", quantity: 1`, 'cart { id }', token);
  const email = token ? '' : `email: "guest-${randomUUID()}@example.test", `;
  await ok('cartUpdate', `cartId: "${id}", input: { ${email}shippingAddress: ${gqlObject(ADDRESS)} }`, 'cart { id }', token);
  await ok('cartShippingMethodSet', `cartId: "${id}", shippingOptionId: "${shop.shippingOptionId}"`, 'cart { id }', token);
  const session = await ok<
    UserErrors & { paymentSession: { cartId: string; provider: string; status: string; amount: { amount: number } } }
  >(
    'cartPaymentSessionCreate',
    `cartId: "${id}", provider: "test", data: { card: "${card}" }`,
    'paymentSession { id cartId provider status amount { currency amount } clientSecret data createdAt }',
    token,
  );
  assert.deepEqual(
    [session.paymentSession.cartId, session.paymentSession.provider, session.paymentSession.status],
    [id, 'test', 'pending'],
  );
  return id;
}

const COMPLETE = `mutation Complete($cartId: ID!) {
  cartComplete(cartId: $cartId) { order { ${ORDER} } accessToken userErrors { code field message } }
}`;

async function completeOverGraphQL(cartId: string, options: { key?: string; token?: string } = {}) {
  const res = await gql<{ cartComplete: Completion }>(t, 'store', COMPLETE, {
    variables: { cartId },
    token: options.token,
    headers: options.key ? { 'idempotency-key': options.key } : {},
  });
  assert.equal(res.status, 200, res.raw);
  assert.equal(res.errors, undefined, res.raw);
  const payload = res.data?.cartComplete;
  assert.ok(payload, res.raw);
  return { payload, headers: res.headers };
}

const ordersOfCart = async (cartId: string) =>
  (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM orders WHERE cart_id = ${cartId}`))[0]?.n;
const charges = async () => (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM test_provider_charges`))[0]?.n;

void test('a whole guest checkout over GraphQL gives the order REST shows; a retry with the same key gives the same one order', async () => {
  const cartId = await graphqlCart(CARD_OK);
  const key = randomUUID();
  const { payload } = await completeOverGraphQL(cartId, { key });
  assert.deepEqual(payload.userErrors, []);
  const order = payload.order;
  assert.ok(order && payload.accessToken);
  assert.deepEqual([order.total, order.paymentStatus, order.status], [order.total, 'authorized', 'pending']);

  const rest = await send(t.app, 'GET', `/store/orders/${order.id}`, undefined, { 'x-order-token': payload.accessToken });
  assert.equal(rest.status, 200);
  assert.deepEqual(order, rest.body);
  // The GraphQL order field with the token is the same order; without it, nothing.
  const read = await gqlData<{ order: unknown }>(
    t,
    'store',
    `query($id: ID!, $token: String) { order(id: $id, token: $token) { ${ORDER} } }`,
    {
      variables: { id: order.id, token: payload.accessToken },
    },
  );
  assert.deepEqual(read.order, rest.body);
  const anonymous = await gqlData<{ order: unknown }>(t, 'store', `query($id: ID!) { order(id: $id) { id } }`, {
    variables: { id: order.id },
  });
  assert.equal(anonymous.order, null);

  const chargesBefore = await charges();
  const retry = await completeOverGraphQL(cartId, { key });
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.deepEqual(retry.payload, payload, 'the replay is the first answer, access token included');
  assert.equal(await ordersOfCart(cartId), 1);
  assert.equal(await charges(), chargesBefore, 'a replay charges nothing');

  // A new key finds the cart completed: the same code as REST, as a userError.
  const again = await completeOverGraphQL(cartId, { key: randomUUID() });
  assert.deepEqual(
    again.payload.userErrors.map((e) => e.code),
    ['cart_already_completed'],
  );
  assert.equal(await ordersOfCart(cartId), 1);
});

void test('the GraphQL order of a customer equals the REST checkout of the same cart, and it is in their orders connection', async () => {
  const customer = await createCustomerToken(t);
  const viaGraphQL = await graphqlCart(CARD_OK, customer.token);
  const { payload } = await completeOverGraphQL(viaGraphQL, { token: customer.token });
  assert.deepEqual(payload.userErrors, []);
  assert.equal(payload.accessToken, null, 'a customer order needs no access token');
  const viaRest = await readyCart(t.app, shop, {
    token: customer.token,
    lines: [
      { variantId: S, quantity: 2 },
      { variantId: M, quantity: 1 },
    ],
  });
  const rest = await send(t.app, 'POST', `/store/carts/${viaRest}/complete`, undefined, { authorization: `Bearer ${customer.token}` });
  assert.equal(rest.status, 201, JSON.stringify(rest.body));
  const strip = (o: Record<string, unknown>) => {
    const copy: Record<string, unknown> = { ...o };
    for (const name of ['id', 'displayId', 'createdAt']) delete copy[name];
    copy.items = (o.items as Record<string, unknown>[]).map((line) => ({ ...line, id: 'line' }));
    return copy;
  };

  assert.ok(payload.order);
  assert.deepEqual(strip(payload.order), strip(rest.body.order as Record<string, unknown>));

  const first = await gqlData<{ orders: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
    t,
    'store',
    `{ orders(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
    { token: customer.token },
  );
  const restList = await send(t.app, 'GET', '/store/orders?limit=1', undefined, { authorization: `Bearer ${customer.token}` });
  assert.deepEqual(
    first.orders.nodes.map((o) => o.id),
    (restList.body.items as { id: string }[]).map((o) => o.id),
  );
  assert.equal(first.orders.pageInfo.endCursor, restList.body.nextCursor);
  const second = await gqlData<{ orders: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } } }>(
    t,
    'store',
    `query($after: String) { orders(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage } } }`,
    { token: customer.token, variables: { after: first.orders.pageInfo.endCursor } },
  );
  assert.deepEqual(
    [...first.orders.nodes, ...second.orders.nodes].map((o) => o.id).sort(),
    [payload.order.id, (rest.body.order as { id: string }).id].sort(),
  );
  assert.equal(second.orders.pageInfo.hasNextPage, false);
  const anonymous = await gql(t, 'store', `{ orders(first: 1) { nodes { id } } }`);
  assert.equal(anonymous.errors?.[0]?.extensions.code, 'unauthenticated');
});

void test('a declined payment is a payment_declined userError; its replay is the same answer and charges nothing more', async () => {
  const cartId = await graphqlCart(CARD_DECLINED);
  const key = randomUUID();
  const { payload } = await completeOverGraphQL(cartId, { key });
  assert.equal(payload.order, null);
  assert.deepEqual(
    payload.userErrors.map((e) => e.code),
    ['payment_declined'],
  );
  const chargesBefore = await charges();
  const replay = await completeOverGraphQL(cartId, { key });
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.deepEqual(replay.payload, payload);
  assert.equal(await charges(), chargesBefore);
  assert.equal(await ordersOfCart(cartId), 0);
  // The cart stays usable: a new session and a new key complete it.
  await ok('cartPaymentSessionCreate', `cartId: "${cartId}", provider: "test", data: { card: "${CARD_OK}" }`, 'paymentSession { id }');
  const placed = await completeOverGraphQL(cartId, { key: randomUUID() });
  assert.deepEqual(placed.payload.userErrors, []);
  assert.equal(await ordersOfCart(cartId), 1);
});

void test('a phased field mixed with other fields is refused (400) and runs nothing; bad input is a validation userError', async () => {
  const cartId = await graphqlCart(CARD_OK);
  const mixed = await gql(
    t,
    'store',
    `mutation { cartComplete(cartId: "${cartId}") { userErrors { code } } cartLineRemove(cartId: "${cartId}", lineId: "x") { userErrors { code } } }`,
  );
  assert.equal(mixed.status, 400, mixed.raw);
  const twice = await gql(
    t,
    'store',
    `mutation { a: cartComplete(cartId: "${cartId}") { userErrors { code } } b: cartComplete(cartId: "${cartId}") { userErrors { code } } }`,
  );
  assert.equal(twice.status, 400, twice.raw);
  assert.equal(await ordersOfCart(cartId), 0);
  const bad = await gql<{ cartPaymentSessionCreate: UserErrors }>(
    t,
    'store',
    `mutation { cartPaymentSessionCreate(cartId: "${cartId}", provider: "") { userErrors { code field } } }`,
  );
  assert.deepEqual(bad.data?.cartPaymentSessionCreate.userErrors, [{ code: 'validation_failed', field: ['provider'] }]);
  // A cart that does not exist: REST's 404 code, as a userError.
  const missing = await completeOverGraphQL('cart_doesnotexist');
  assert.deepEqual(
    missing.payload.userErrors.map((e) => e.code),
    ['not_found'],
  );
});
