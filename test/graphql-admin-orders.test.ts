import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { configureFailpoint } from '../src/platform/failpoints.ts';
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

const FULL = `${ORDER} timeline { type actor data createdAt }`;
const CUSTOMER = 'id email firstName lastName phone version createdAt updatedAt';
type AdminOrder = {
  id: string;
  version: number;
  total: number;
  paymentStatus: string;
  items: { id: string; variantId: string; quantity: number }[];
  timeline: { type: string; actor: string; data: Record<string, unknown> }[];
} & Record<string, unknown>;
interface Payload {
  order: AdminOrder | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

async function placeOrder(): Promise<AdminOrder> {
  const customer = await createCustomerToken(t);
  const cartId = await readyCart(t.app, shop, {
    token: customer.token,
    lines: [
      { variantId: shop.variants[0], quantity: 2 },
      { variantId: shop.variants[1], quantity: 1 },
    ],
  });
  const res = await complete(t.app, cartId, { token: customer.token });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return (await send(t.app, 'GET', `/admin/orders/${res.body.order.id}`, undefined, auth)).body as unknown as AdminOrder;
}

/** Runs one admin order mutation over GraphQL; its payload. */
async function mutation(field: string, args: string, headers: Record<string, string> = {}): Promise<Payload> {
  const res = await gql<Record<string, Payload>>(
    t,
    'admin',
    `mutation { ${field}(${args}) { order { ${FULL} } userErrors { code field message } } }`,
    { token: admin, headers },
  );
  assert.equal(res.errors, undefined, res.raw);
  const payload = res.data?.[field];
  assert.ok(payload, res.raw);
  return payload;
}

/** What two orders given the same actions must share: everything but their identities and clocks. */
function comparable(order: AdminOrder) {
  const lineIndex = new Map(order.items.map((l, i) => [l.id, i]));
  const anonymise = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (key, v: unknown) => {
        if (['id', 'orderId', 'operationId', 'displayId', 'email', 'customerId'].includes(key) || key.endsWith('At')) return undefined;
        if (key === 'actor' && typeof v === 'string') return v.split(':')[0];
        if (typeof v === 'string' && /^[a-z]+_[0-9a-z]{20,}$/.test(v)) return '<id>';
        if (key === 'lineItemId' && typeof v === 'string') return lineIndex.get(v);
        return v;
      }),
    );
  return anonymise({ ...order, timeline: order.timeline.map((e) => ({ ...e, data: anonymise(e.data) })) });
}

void test('admin order mutations over GraphQL equal the REST routes: capture, fulfil with tracking, return, refund, note', async () => {
  const viaRest = await placeOrder();
  const viaGql = await placeOrder();
  const restPost = async (path: string, body: unknown) => {
    const res = await send(t.app, 'POST', `/admin/orders/${viaRest.id}/${path}`, body, auth);
    assert.ok(res.status === 200 || res.status === 201, JSON.stringify(res.body));
    return res.body as unknown as AdminOrder;
  };
  const restGet = async (id: string) => (await send(t.app, 'GET', `/admin/orders/${id}`, undefined, auth)).body as unknown as AdminOrder;
  const line = (order: AdminOrder, n: number) => order.items[n]?.id ?? '';
  const steps: [string, unknown, string, string][] = [
    ['capture', { amount: 1000 }, 'orderCapture', `amount: 1000`],
    ['capture', {}, 'orderCapture', ''],
    [
      'fulfillments',
      { items: [{ lineItemId: line(viaRest, 0), quantity: 2 }], trackingNumber: 'TRACK-1' },
      'orderFulfil',
      `input: { items: [{ lineItemId: "${line(viaGql, 0)}", quantity: 2 }], trackingNumber: "TRACK-1" }`,
    ],
    [
      'returns',
      { items: [{ lineItemId: line(viaRest, 0), quantity: 1 }], restock: true, refundAmount: 700 },
      'orderReturn',
      `input: { items: [{ lineItemId: "${line(viaGql, 0)}", quantity: 1 }], restock: true, refundAmount: 700 }`,
    ],
    ['refunds', { amount: 300, reason: 'goodwill' }, 'orderRefund', `amount: 300, reason: "goodwill"`],
    ['notes', { note: 'Customer called.' }, 'orderNoteAdd', `note: "Customer called."`],
  ];
  for (const [path, body, field, args] of steps) {
    const rest = await restPost(path, body);
    const payload = await mutation(field, `id: "${viaGql.id}"${args ? `, ${args}` : ''}`);
    assert.deepEqual(payload.userErrors, [], field);
    // The payload is the order exactly as REST shows it now, and the two orders moved alike.
    assert.deepEqual(payload.order, await restGet(viaGql.id), field);
    assert.deepEqual(comparable(payload.order), comparable(rest), field);
  }
  const final = await restGet(viaGql.id);
  assert.equal(final.paymentStatus, 'partially_refunded');
  assert.deepEqual(
    final.timeline.map((e) => e.type).filter((type) => type !== 'placed' && type !== 'payment_authorized'),
    ['payment_captured', 'payment_captured', 'fulfilled', 'shipped', 'returned', 'payment_refunded', 'payment_refunded', 'note'].filter(
      (type) => final.timeline.some((e) => e.type === type),
    ),
  );

  // Business outcomes are userErrors with REST's codes, and change nothing.
  const nothing = await mutation('orderCapture', `id: "${viaGql.id}"`);
  const restNothing = await send(t.app, 'POST', `/admin/orders/${viaRest.id}/capture`, {}, auth);
  assert.deepEqual([nothing.order, nothing.userErrors[0]?.code], [null, restNothing.body.code]);
  assert.equal(restNothing.body.code, 'nothing_to_capture');
  const over = await mutation('orderRefund', `id: "${viaGql.id}", amount: ${final.total}, reason: "too much"`);
  assert.equal(over.userErrors[0]?.code, 'refund_exceeds_captured');
  const tooMany = await mutation(
    'orderFulfil',
    `id: "${viaGql.id}", input: { items: [{ lineItemId: "${line(viaGql, 0)}", quantity: 5 }] }`,
  );
  assert.equal(tooMany.userErrors[0]?.code, 'fulfillment_exceeds_order');
  const overReturn = await mutation(
    'orderReturn',
    `id: "${viaGql.id}", input: { items: [{ lineItemId: "${line(viaGql, 1)}", quantity: 1 }], restock: false }`,
  );
  assert.equal(overReturn.userErrors[0]?.code, 'return_exceeds_fulfilled');
  const stale = await mutation('orderNoteAdd', `id: "${viaGql.id}", note: "late", expectedVersion: ${final.version - 1}`);
  assert.equal(stale.userErrors[0]?.code, 'precondition_failed');
  const staleMoney = await mutation('orderCapture', `id: "${viaGql.id}", amount: 1, expectedVersion: ${final.version - 1}`);
  assert.equal(staleMoney.userErrors[0]?.code, 'precondition_failed');
  const invalid = await mutation('orderRefund', `id: "${viaGql.id}", amount: 5, reason: ""`);
  assert.deepEqual(
    invalid.userErrors.map((e) => [e.code, e.field?.join('/')]),
    [['validation_failed', 'reason']],
  );
  const badInput = await mutation('orderFulfil', `id: "${viaGql.id}", input: { items: [] }`);
  assert.deepEqual(
    badInput.userErrors.map((e) => [e.code, e.field?.join('/')]),
    [['validation_failed', 'input/items']],
  );
  const missing = await mutation('orderNoteAdd', `id: "ord_doesnotexist", note: "x"`);
  assert.equal(missing.userErrors[0]?.code, 'not_found');
  assert.deepEqual(await restGet(viaGql.id), final);
});

void test('orderCancel equals POST /admin/orders/{id}/cancel, and a second cancel is order_not_cancelable', async () => {
  const viaRest = await placeOrder();
  const viaGql = await placeOrder();
  const rest = await send(t.app, 'POST', `/admin/orders/${viaRest.id}/cancel`, undefined, auth);
  assert.equal(rest.status, 200, JSON.stringify(rest.body));
  const canceled = await mutation('orderCancel', `id: "${viaGql.id}"`);
  assert.deepEqual(canceled.userErrors, []);
  assert.deepEqual([canceled.order?.status, canceled.order?.paymentStatus], ['canceled', 'voided']);
  assert.deepEqual(comparable(canceled.order as AdminOrder), comparable(rest.body as unknown as AdminOrder));
  const again = await mutation('orderCancel', `id: "${viaGql.id}"`);
  const restAgain = await send(t.app, 'POST', `/admin/orders/${viaRest.id}/cancel`, undefined, auth);
  assert.equal(restAgain.body.code, 'order_not_cancelable');
  assert.equal(again.userErrors[0]?.code, 'order_not_cancelable');
});

void test('admin order mutations honour the Idempotency-Key as REST does: one effect, the same answer replayed', async () => {
  const order = await placeOrder();
  const key = { 'idempotency-key': `capture-${order.id}` };
  const first = await mutation('orderCapture', `id: "${order.id}", amount: 100`, key);
  const retry = await gql<{ orderCapture: Payload }>(
    t,
    'admin',
    `mutation { orderCapture(id: "${order.id}", amount: 100) { order { ${FULL} } userErrors { code field message } } }`,
    { token: admin, headers: key },
  );
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.deepEqual(retry.data?.orderCapture, first);
  const after = (await send(t.app, 'GET', `/admin/orders/${order.id}`, undefined, auth)).body as unknown as AdminOrder & {
    payment: { captured: number };
  };
  assert.equal(after.payment.captured, 100);
  assert.equal(after.timeline.filter((e) => e.type === 'payment_captured').length, 1);

  const noteKey = { 'idempotency-key': `note-${order.id}` };
  const noted = await mutation('orderNoteAdd', `id: "${order.id}", note: "once"`, noteKey);
  const notedAgain = await gql<{ orderNoteAdd: Payload }>(
    t,
    'admin',
    `mutation { orderNoteAdd(id: "${order.id}", note: "once") { order { ${FULL} } userErrors { code field message } } }`,
    { token: admin, headers: noteKey },
  );
  assert.equal(notedAgain.headers['idempotent-replayed'], 'true');
  assert.deepEqual(notedAgain.data?.orderNoteAdd, noted);
  const timeline = ((await send(t.app, 'GET', `/admin/orders/${order.id}`, undefined, auth)).body as unknown as AdminOrder).timeline;
  assert.equal(timeline.filter((e) => e.type === 'note').length, 1, JSON.stringify(timeline));

  // A payment action is the operation's only field, as every phased REST route is one request.
  const two = await gql(
    t,
    'admin',
    `mutation { a: orderCapture(id: "${order.id}", amount: 1) { userErrors { code } } b: orderNoteAdd(id: "${order.id}", note: "x") { userErrors { code } } }`,
    { token: admin },
  );
  assert.equal(two.status, 400, two.raw);
});

void test('the admin order list with lines and customers costs the same number of SQL statements at 2 and 20 orders a page', async () => {
  while (((await send(t.app, 'GET', '/admin/orders?limit=25', undefined, auth)).body.items as unknown[]).length < 21) await placeOrder();
  const count = async (first: number) => {
    const before = t.database.stats.queries;
    const page = await gqlData<{ orders: { nodes: { customerId: string | null; customer: { id: string } | null }[] } }>(
      t,
      'admin',
      `{ orders(first: ${first}) { nodes { ${ORDER} customer { ${CUSTOMER} } } edges { cursor } } }`,
      { token: admin },
    );
    assert.equal(page.orders.nodes.length, first);
    assert.ok(page.orders.nodes.every((o) => (o.customer?.id ?? null) === o.customerId));
    const withCustomer = page.orders.nodes.find((o) => o.customer !== null);
    assert.ok(withCustomer);
    const restCustomer = await send(t.app, 'GET', `/admin/customers/${withCustomer.customerId ?? ''}`, undefined, auth);
    assert.deepEqual(withCustomer.customer, restCustomer.body);
    return t.database.stats.queries - before;
  };
  const small = await count(2);
  const large = await count(20);
  assert.equal(large, small, `2 orders: ${small} statements, 20 orders: ${large}`);
});

void test('a capture interrupted after the provider call resumes on a retry with the same Idempotency-Key: captured once', async () => {
  const order = await placeOrder();
  const headers = { 'idempotency-key': `resume-${order.id}` };
  const capture = () =>
    gql<{ orderCapture: Payload }>(t, 'admin', `mutation { orderCapture(id: "${order.id}") { order { ${FULL} } userErrors { code } } }`, {
      token: admin,
      headers,
    });
  configureFailpoint('orders.payment.after_call:error');
  let crashed;
  try {
    crashed = await capture();
  } finally {
    configureFailpoint(undefined);
  }
  assert.equal(crashed.errors?.[0]?.extensions.code, 'internal_error', crashed.raw);
  const [charge] = await queryRows<{ captured_amount: string }>(
    t.database.db,
    sql`SELECT c.captured_amount::text FROM test_provider_charges c
        JOIN checkout_attempts a ON a.provider_key = c.idempotency_key WHERE a.order_id = ${order.id}`,
  );
  assert.equal(charge?.captured_amount, String(order.total), 'the provider captured before the crash');
  const resumed = await capture();
  assert.deepEqual(resumed.data?.orderCapture.userErrors, [], resumed.raw);
  const after = (await send(t.app, 'GET', `/admin/orders/${order.id}`, undefined, auth)).body as unknown as AdminOrder & {
    payment: { captured: number };
  };
  assert.deepEqual(resumed.data?.orderCapture.order, after);
  assert.equal(after.payment.captured, order.total);
  assert.equal(after.timeline.filter((e) => e.type === 'payment_captured').length, 1);
  const replay = await capture();
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.deepEqual(replay.data?.orderCapture, resumed.data?.orderCapture);
});
