import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { CARD_DECLINED, CARD_OK, setupShop } from './support/checkout.ts';
import { setStock } from './support/inventory.ts';
import { registerTestAgent, type TestAgent } from './support/agents.ts';

/**
 * The MCP server at /mcp, driven by the official SDK's own client over real HTTP (Streamable HTTP):
 * search, cart, checkout with the test card, the order as the admin API shows it; isolation
 * between agents; authentication.
 */
const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 50);
const blanket = await createProduct(t, owner, { title: 'Alpaca travel blanket', description: 'A warm blanket for long journeys.' });
for (const v of blanket.variants) await setStock(t, owner, v.id, 3);
const agent = await registerTestAgent(t, owner, { name: 'MCP assistant', protocols: ['mcp'] });
const other = await registerTestAgent(t, owner, { name: 'Other assistant', protocols: ['mcp'] });

await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const ADDRESS = { firstName: 'Ada', lastName: 'Lovelace', address1: 'Hauptstr. 1', city: 'Köln', postalCode: '50667', countryCode: 'DE' };

async function connect(key: string | undefined): Promise<Client> {
  const client = new Client({ name: 'stockroom-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', base), {
    requestInit: key ? { headers: { authorization: `Bearer ${key}` } } : {},
  });
  await client.connect(transport);
  after(() => client.close());
  return client;
}

type Json = Record<string, unknown> & {
  id: string;
  status: string;
  error?: string;
  missing: string[];
  items: { variantId: string; quantity: number; unitPrice: number }[];
  totals: { subtotal: number; shipping: number; tax: number; total: number };
  shippingOptions: { id: string; price: number }[];
  order?: { id: string; number: number; total: number };
  continueUrl?: string;
};

async function call(client: Client, name: string, args: Record<string, unknown>): Promise<Json> {
  const result = await client.callTool({ name, arguments: args });
  assert.notEqual(result.isError, true, `${name}: ${JSON.stringify(result.content)}`);
  const structured = result.structuredContent as Json | undefined;
  assert.ok(structured, `${name} answers structured content`);
  const [first] = result.content as { type: string; text: string }[];
  assert.deepEqual(JSON.parse(first?.text ?? 'null'), structured, 'the text content is the same JSON');
  return structured;
}

async function callError(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  const result = await client.callTool({ name, arguments: args });
  assert.equal(result.isError, true, `${name} should fail: ${JSON.stringify(result.content)}`);
  return (result.content as { text: string }[])[0]?.text ?? '';
}

const client = await connect(agent.key);

/** A cart of `items`, with email and address, shipping chosen: ready to pay. */
async function readyCheckout(c: Client, items: { variantId: string; quantity: number }[]): Promise<Json> {
  const cart = await call(c, 'create_cart', { currency: 'EUR', items });
  assert.deepEqual(cart.missing, ['email', 'address', 'shippingOptionId']);
  const checkout = await call(c, 'create_checkout', { cartId: cart.id, email: 'ada@example.com', address: ADDRESS });
  assert.ok(
    checkout.shippingOptions.some((o) => o.id === shop.shippingOptionId),
    'the shop’s shipping option is offered',
  );
  const ready = await call(c, 'update_checkout', { checkoutId: cart.id, shippingOptionId: shop.shippingOptionId });
  assert.equal(ready.status, 'ready_for_payment', JSON.stringify(ready.missing));
  return ready;
}

test('the SDK client lists the eight tools with their input schemas', async () => {
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((tool) => tool.name).sort(), [
    'complete_checkout',
    'create_cart',
    'create_checkout',
    'get_order',
    'get_product',
    'search_catalog',
    'update_cart',
    'update_checkout',
  ]);
  for (const tool of tools) assert.equal(tool.inputSchema.type, 'object', tool.name);
});

test('search, product, cart, checkout with the test card: the order in the admin API has the same totals', async () => {
  const found = await call(client, 'search_catalog', { query: 'alpaca blanket', currency: 'EUR' });
  const products = found.products as { handle: string; title: string; variants: { variantId: string; prices: { amount: number }[] }[] }[];
  assert.deepEqual(
    products.map((p) => p.title),
    ['Alpaca travel blanket'],
  );
  const product = await call(client, 'get_product', { handle: products[0]?.handle, currency: 'EUR' });
  const variants = product.variants as { variantId: string; inStock: boolean; prices: { currency: string; amount: number }[] }[];
  assert.deepEqual(variants[0]?.prices, [{ currency: 'EUR', amount: 1999 }]);
  const variantId = variants[0]?.variantId ?? '';

  const cart = await call(client, 'create_cart', { currency: 'EUR', items: [{ variantId, quantity: 1 }] });
  const updated = await call(client, 'update_cart', {
    cartId: cart.id,
    items: [
      { variantId, quantity: 2 },
      { variantId: shop.variants[1], quantity: 1 },
    ],
  });
  assert.deepEqual(
    updated.items.map((i) => [i.variantId, i.quantity, i.unitPrice]),
    [
      [variantId, 2, 1999],
      [shop.variants[1], 1, 2499],
    ],
  );
  await call(client, 'create_checkout', { cartId: cart.id, email: 'ada@example.com', address: ADDRESS });
  const ready = await call(client, 'update_checkout', { checkoutId: cart.id, shippingOptionId: shop.shippingOptionId });
  assert.equal(ready.status, 'ready_for_payment');
  assert.equal(ready.totals.shipping, 490);

  const done = await call(client, 'complete_checkout', {
    checkoutId: cart.id,
    payment: { handler: 'stockroom_test_card', token: CARD_OK },
  });
  assert.equal(done.status, 'completed');
  assert.ok(done.order, 'the order is in the answer');
  assert.equal(done.order.total, ready.totals.total);

  const again = await call(client, 'complete_checkout', {
    checkoutId: cart.id,
    payment: { handler: 'stockroom_test_card', token: CARD_OK },
  });
  assert.equal(again.order?.id, done.order.id, 'completing again answers the same order');

  const admin = await t.app.inject({ method: 'GET', url: `/admin/orders/${done.order.id}`, headers: { authorization: `Bearer ${owner}` } });
  assert.equal(admin.statusCode, 200, admin.body);
  const order = admin.json<{ total: number; subtotal: number; shippingTotal: number; taxTotal: number; email: string; items: unknown[] }>();
  assert.deepEqual(
    [order.subtotal, order.shippingTotal, order.taxTotal, order.total],
    [ready.totals.subtotal, ready.totals.shipping, ready.totals.tax, ready.totals.total],
  );
  assert.equal(order.email, 'ada@example.com');
  assert.equal(order.items.length, 2);

  const tracked = await call(client, 'get_order', { orderId: done.order.id });
  assert.equal(tracked.total, order.total);
  assert.equal(tracked.checkoutId, cart.id);

  const sessions = await t.app.inject({
    method: 'GET',
    url: `/admin/agents/${agent.id}/sessions`,
    headers: { authorization: `Bearer ${owner}` },
  });
  const listed = sessions.json<{ items: { id: string; protocol: string; status: string; orderId: string | null }[] }>().items;
  assert.deepEqual(
    listed.filter((s) => s.id === cart.id).map((s) => [s.protocol, s.status, s.orderId]),
    [['mcp', 'completed', done.order.id]],
  );
});

test('a declined card and an out-of-stock line are reported in the checkout; nothing is placed', async () => {
  const declinedCheckout = await readyCheckout(client, [{ variantId: shop.variants[0], quantity: 1 }]);
  const declined = await call(client, 'complete_checkout', {
    checkoutId: declinedCheckout.id,
    payment: { handler: 'stockroom_test_card', token: CARD_DECLINED },
  });
  assert.equal(declined.status, 'ready_for_payment');
  assert.match(declined.error ?? '', /declined/);
  assert.equal(declined.order, undefined);

  const blanketVariant = blanket.variants[1]?.id ?? '';
  const shortCheckout = await readyCheckout(client, [{ variantId: blanketVariant, quantity: 3 }]);
  await setStock(t, owner, blanketVariant, 1);
  const short = await call(client, 'complete_checkout', {
    checkoutId: shortCheckout.id,
    payment: { handler: 'stockroom_test_card', token: CARD_OK },
  });
  assert.match(short.error ?? '', new RegExp(`Out of stock: ${blanketVariant} \\(1 available\\)`));
  assert.equal(short.order, undefined);
});

test('without a payment, complete_checkout hands the buyer a continue URL to the storefront checkout', async () => {
  const ready = await readyCheckout(client, [{ variantId: shop.variants[0], quantity: 1 }]);
  const handoff = await call(client, 'complete_checkout', { checkoutId: ready.id });
  assert.equal(handoff.status, 'ready_for_payment');
  assert.equal(handoff.order, undefined);
  const url = new URL(handoff.continueUrl ?? '');
  assert.equal(url.pathname, `/agents/continue/${ready.id}`);
  const res = await fetch(new URL(url.pathname, base), { redirect: 'manual' });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/checkout');
  const cookie = res.headers.get('set-cookie') ?? '';
  const cartId = /sf_cart=(cart_[a-z0-9]+)/.exec(cookie)?.[1];
  assert.ok(cartId, cookie);
  const cart = await t.app.inject({ method: 'GET', url: `/store/carts/${cartId}` });
  assert.equal(cart.statusCode, 200);
  assert.equal(cart.json<{ email: string }>().email, 'ada@example.com', 'the browser gets the agent’s cart');
  const unknown = await fetch(new URL('/agents/continue/acs_unknown', base), { redirect: 'manual' });
  assert.equal(unknown.status, 404);
});

test('another agent gets not_found for the session and the order; bad arguments are refused', async () => {
  const mine = await call(client, 'create_cart', { currency: 'EUR', items: [{ variantId: shop.variants[0], quantity: 1 }] });
  const intruder: TestAgent = other;
  const otherClient = await connect(intruder.key);
  assert.match(
    await callError(otherClient, 'update_cart', { cartId: mine.id, items: [{ variantId: shop.variants[0], quantity: 5 }] }),
    /^not_found/,
  );
  assert.match(await callError(otherClient, 'complete_checkout', { checkoutId: mine.id }), /^not_found/);
  const placed = await readyCheckout(client, [{ variantId: shop.variants[0], quantity: 1 }]);
  const done = await call(client, 'complete_checkout', {
    checkoutId: placed.id,
    payment: { handler: 'stockroom_test_card', token: CARD_OK },
  });
  assert.match(await callError(otherClient, 'get_order', { orderId: done.order?.id }), /^not_found/);

  assert.match(await callError(client, 'create_cart', { currency: 'EUR', items: [] }), /^validation_failed: \/items/);
  assert.match(
    await callError(client, 'create_cart', { currency: 'EUR', items: [{ variantId: 'var_x', quantity: 1 }], extra: 1 }),
    /^validation_failed/,
  );
  const mineNow = await call(client, 'update_cart', { cartId: mine.id, items: [{ variantId: shop.variants[0], quantity: 1 }] });
  assert.equal(mineNow.items[0]?.quantity, 1, 'the intruder changed nothing');
});

test('no key → 401 problem; a key without the mcp protocol → 403; GET /mcp → 405', async () => {
  await assert.rejects(connect(undefined), /401|Unauthorized/);
  const raw = await fetch(new URL('/mcp', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  assert.equal(raw.status, 401);
  assert.match(raw.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const acpOnly = await registerTestAgent(t, owner, { name: 'ACP only', protocols: ['acp'] });
  const refused = await fetch(new URL('/mcp', base), {
    method: 'POST',
    headers: { authorization: `Bearer ${acpOnly.key}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  assert.equal(refused.status, 403);
  const noAccept = await fetch(new URL('/mcp', base), {
    method: 'POST',
    headers: { authorization: `Bearer ${agent.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  assert.equal(noAccept.status, 400, 'the transport’s refusal is a problem like any bad input');
  assert.match(((await noAccept.json()) as { detail: string }).detail, /Accept/);
  const stream = await fetch(new URL('/mcp', base), { headers: { authorization: `Bearer ${agent.key}`, accept: 'text/event-stream' } });
  assert.equal(stream.status, 405);
  assert.equal(stream.headers.get('allow'), 'POST');
});
