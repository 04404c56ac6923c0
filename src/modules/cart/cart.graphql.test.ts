import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';
import { ADDRESS, setupShop } from '../../../test/support/checkout.ts';
import { gql, gqlData } from '../../../test/support/graphql.ts';

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 5);

const CART = `id currency regionId email customerId
  items { id variantId productId sku title variantTitle quantity unitPrice subtotal discountTotal taxTotal total imageUrl isAvailable availableQuantity }
  shippingAddress billingAddress shippingMethod { shippingOptionId name amount } promotions appliedPromotions { code type amount }
  paymentProvider taxInclusive subtotal discountTotal shippingTotal shippingDiscountTotal taxTotal total version createdAt updatedAt expiresAt completedAt`;

interface Cart {
  id: string;
  items: { id: string; quantity: number }[];
  [key: string]: unknown;
}
interface Payload {
  cart: Cart | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

async function restCart(id: string, token?: string): Promise<Record<string, unknown>> {
  const res = await t.app.inject({ method: 'GET', url: `/store/carts/${id}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

async function mutation(field: string, args: string, token?: string): Promise<Payload> {
  const data = await gqlData<Record<string, Payload>>(
    t,
    'store',
    `mutation { ${field}(${args}) { cart { ${CART} } userErrors { code field message } } }`,
    { token },
  );
  const payload = data[field];
  assert.ok(payload);
  return payload;
}

void test('a cart built over GraphQL is the cart REST shows, step by step, with the same shipping options', async () => {
  const created = await mutation('cartCreate', `input: { regionId: "${shop.regionId}" }`);
  assert.deepEqual(created.userErrors, []);
  const id = created.cart?.id ?? '';
  assert.deepEqual(created.cart, await restCart(id));
  const [a, b] = shop.variants;
  const added = await mutation('cartLinesAdd', `cartId: "${id}", variantId: "${a}", quantity: 2`);
  assert.deepEqual(added.cart, await restCart(id));
  await mutation('cartLinesAdd', `cartId: "${id}", variantId: "${b}", quantity: 1`);
  const line = added.cart?.items[0]?.id ?? '';
  const updated = await mutation('cartLineUpdate', `cartId: "${id}", lineId: "${line}", quantity: 3`);
  assert.equal(updated.cart?.items.find((i) => i.id === line)?.quantity, 3);
  assert.deepEqual(updated.cart, await restCart(id));
  const addressed = await mutation(
    'cartUpdate',
    `cartId: "${id}", input: { email: "ada@example.test", shippingAddress: ${gqlObject(ADDRESS)} }`,
  );
  assert.deepEqual(addressed.cart, await restCart(id));

  const options = await gqlData<{ cart: { shippingOptions: { id: string; name: string; type: string; price: unknown }[] } }>(
    t,
    'store',
    `{ cart(id: "${id}") { shippingOptions { id name type price { currency amount } } } }`,
  );
  const rest = await t.app.inject({ method: 'GET', url: `/store/carts/${id}/shipping-options` });
  assert.deepEqual(options.cart.shippingOptions, rest.json<{ items: unknown[] }>().items);
  const shipped = await mutation('cartShippingMethodSet', `cartId: "${id}", shippingOptionId: "${shop.shippingOptionId}"`);
  assert.equal((shipped.cart?.shippingMethod as { amount: number }).amount, 490);
  const removed = await mutation('cartLineRemove', `cartId: "${id}", lineId: "${line}"`);
  assert.equal(removed.cart?.items.length, 1);
  assert.deepEqual(removed.cart, await restCart(id));
  const read = await gqlData<{ cart: unknown }>(t, 'store', `{ cart(id: "${id}") { ${CART} } }`);
  assert.deepEqual(read.cart, await restCart(id));
});

function gqlObject(value: Record<string, string>): string {
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ')} }`;
}

void test('business errors are userErrors with REST codes and input paths; a failed operation changes nothing', async () => {
  const id = (await mutation('cartCreate', 'input: { currency: "EUR" }')).cart?.id ?? '';
  const zero = await mutation('cartLinesAdd', `cartId: "${id}", variantId: "${shop.variants[0]}", quantity: 0`);
  assert.equal(zero.cart, null);
  assert.deepEqual(
    zero.userErrors.map((e) => [e.code, e.field]),
    [['validation_failed', ['quantity']]],
  );
  const promo = await mutation('cartPromotionApply', `cartId: "${id}", code: "NO-SUCH-CODE"`);
  assert.equal(promo.userErrors[0]?.code, 'promotion_invalid');
  const badCurrency = await mutation('cartCreate', 'input: { currency: "euro" }');
  assert.deepEqual(badCurrency.userErrors[0]?.field, ['input', 'currency']);

  // Two fields in one operation share one transaction: the second fails, so the first is undone.
  const both = await gql<Record<string, Payload>>(
    t,
    'store',
    `mutation { a: cartLinesAdd(cartId: "${id}", variantId: "${shop.variants[0]}", quantity: 1) { cart { id } userErrors { code } }
                b: cartPromotionApply(cartId: "${id}", code: "NOPE") { cart { id } userErrors { code } } }`,
  );
  assert.equal(both.data?.a?.userErrors.length, 0);
  assert.equal(both.data?.b?.userErrors[0]?.code, 'promotion_invalid');
  assert.deepEqual((await restCart(id)).items, [], 'nothing of the failed operation was kept');
});

void test('Idempotency-Key: a retry replays the first answer; a different request or two mutation fields with a key are refused', async () => {
  const key = randomUUID();
  const create = () =>
    gql<{ cartCreate: Payload }>(t, 'store', 'mutation { cartCreate(input: { currency: "EUR" }) { cart { id } userErrors { code } } }', {
      headers: { 'idempotency-key': key },
    });
  const first = await create();
  const again = await create();
  assert.equal(again.status, 200, again.raw);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.deepEqual(again.data, first.data);
  const other = await gql(t, 'store', 'mutation { cartCreate(input: { currency: "USD" }) { cart { id } } }', {
    headers: { 'idempotency-key': key },
  });
  assert.equal(other.status, 422, other.raw);
  assert.equal(JSON.parse(other.raw).code, 'idempotency_key_reused');
  const two = await gql(
    t,
    'store',
    'mutation { a: cartCreate(input: { currency: "EUR" }) { cart { id } } b: cartCreate(input: { currency: "EUR" }) { cart { id } } }',
    { headers: { 'idempotency-key': randomUUID() } },
  );
  assert.equal(two.status, 400, two.raw);
  assert.equal(JSON.parse(two.raw).code, 'validation_failed');
  const short = await gql(t, 'store', 'mutation { cartCreate(input: { currency: "EUR" }) { cart { id } } }', {
    headers: { 'idempotency-key': 'abc' },
  });
  assert.equal(short.status, 400, 'an anonymous key must be a long random secret, as in REST');
});

void test("customer B never sees or changes customer A's cart", async () => {
  const a = await createCustomerToken(t);
  const b = await createCustomerToken(t);
  const id = (await mutation('cartCreate', 'input: { currency: "EUR" }', a.token)).cart?.id ?? '';
  assert.equal((await restCart(id, a.token)).customerId, a.customerId);
  const seen = await gqlData<{ cart: unknown }>(t, 'store', `{ cart(id: "${id}") { id } }`, { token: b.token });
  assert.equal(seen.cart, null);
  const anonymous = await gqlData<{ cart: unknown }>(t, 'store', `{ cart(id: "${id}") { id } }`);
  assert.equal(anonymous.cart, null);
  const changed = await mutation('cartLinesAdd', `cartId: "${id}", variantId: "${shop.variants[0]}", quantity: 1`, b.token);
  assert.equal(changed.userErrors[0]?.code, 'not_found');
  assert.deepEqual((await restCart(id, a.token)).items, []);
});
