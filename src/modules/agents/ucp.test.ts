import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { CARD_DECLINED, CARD_OK, checkoutInvariants, CLEAN, setupShop } from '../../../test/support/checkout.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { setStock } from '../../../test/support/inventory.ts';
import { registerTestAgent } from '../../../test/support/agents.ts';
import { assertUcp, ucp, UCP_AGENT, type UcpReply } from '../../../test/support/ucp.ts';

/**
 * UCP (2026-04-08, REST binding) through the real app: every request sent and every answer
 * received is checked against the protocol's published JSON schemas (test/fixtures/ucp/2026-04-08).
 */
const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 50);
const agent = await registerTestAgent(t, owner, { name: 'UCP assistant', protocols: ['ucp'] });
const otherAgent = await registerTestAgent(t, owner, { name: 'Another assistant', protocols: ['ucp'] });
const [variant, otherVariant] = shop.variants;

const DESTINATION = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  street_address: 'Hauptstr. 1',
  address_locality: 'Köln',
  address_region: 'NRW',
  postal_code: '50667',
  address_country: 'DE',
};
const BUYER = { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' };
const lines = (...items: [string, number][]) => items.map(([id, quantity]) => ({ item: { id }, quantity }));
const payWith = (card: string) => ({
  payment: {
    instruments: [
      { id: 'instr_1', handler_id: 'stockroom_test_card', type: 'card', selected: true, credential: { type: 'test_card', token: card } },
    ],
  },
});

interface Profile {
  ucp: { version: string; services: Record<string, { endpoint: string }[]>; capabilities: Record<string, unknown[]> };
  signing_keys: { kid: string; kty: string; crv: string; x: string; y: string; alg: string }[];
}

async function profile(): Promise<Profile> {
  const res = await t.app.inject({ method: 'GET', url: '/.well-known/ucp' });
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json<Profile>();
  assertUcp('profile', body);
  return body;
}

/** Checks the response's RFC 9421 signature (@status, content-digest, content-type) with the profile's key. */
async function assertSignedByShop(res: UcpReply): Promise<void> {
  const keys = (await profile()).signing_keys;
  const input = String(res.headers['signature-input']);
  const match = /^sig1=(\((.*)\)(;.*))$/.exec(input);
  assert.ok(match?.[1] && match[2] !== undefined, `Signature-Input: ${input}`);
  const kid = /keyid="([^"]+)"/.exec(input)?.[1];
  const key = keys.find((k) => k.kid === kid);
  assert.ok(key, `keyid ${kid} is one of the profile's signing keys`);
  assert.equal(res.headers['content-digest'], `sha-256=:${createHash('sha256').update(res.raw).digest('base64')}:`);
  const components = [...match[2].matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
  assert.deepEqual(components, ['@status', 'content-digest', 'content-type']);
  const value = (c: string) => (c === '@status' ? String(res.status) : String(res.headers[c]));
  const base = [...components.map((c) => `"${c}": ${value(c)}`), `"@signature-params": ${match[1]}`].join('\n');
  const signature = /^sig1=:([A-Za-z0-9+/=]+):$/.exec(String(res.headers.signature))?.[1] ?? '';
  const publicKey = createPublicKey({ key: { kty: key.kty, crv: key.crv, x: key.x, y: key.y }, format: 'jwk' });
  assert.ok(verify('sha256', Buffer.from(base), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64')));
}

async function create(body: object, who = agent) {
  assertUcp('create', body);
  const res = await ucp(t, who, 'POST', '/checkout-sessions', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assertUcp('checkout', res.body);
  return res;
}

async function update(id: string, body: object) {
  assertUcp('update', body);
  const res = await ucp(t, agent, 'PUT', `/checkout-sessions/${id}`, body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assertUcp('checkout', res.body);
  return res;
}

async function complete(id: string, body: object, options: { key?: string } = {}) {
  assertUcp('complete', body);
  const res = await ucp(t, agent, 'POST', `/checkout-sessions/${id}/complete`, body, options);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assertUcp('checkout', res.body);
  return res;
}

/** A session with buyer, destination and the shop's shipping option chosen: ready to complete. */
async function readySession(items: [string, number][]) {
  const created = await create({
    line_items: lines(...items),
    buyer: BUYER,
    fulfillment: { methods: [{ type: 'shipping', destinations: [DESTINATION] }] },
  });
  const method = created.body.fulfillment?.methods[0];
  assert.ok(method, 'a shipping method for the destination');
  assert.ok(
    method.groups[0]?.options.some((o) => o.id === shop.shippingOptionId),
    'the shop’s shipping option is offered',
  );
  const updated = await update(created.body.id, {
    line_items: created.body.line_items.map((l) => ({ id: l.id, item: { id: l.item.id }, quantity: l.quantity })),
    buyer: BUYER,
    fulfillment: {
      methods: [
        {
          id: method.id,
          type: 'shipping',
          line_item_ids: created.body.line_items.map((l) => l.id),
          destinations: method.destinations,
          selected_destination_id: 'dest_1',
          groups: [{ id: method.groups[0]?.id, selected_option_id: shop.shippingOptionId }],
        },
      ],
    },
  });
  assert.equal(updated.body.status, 'ready_for_complete', JSON.stringify(updated.body.messages));
  return updated.body.id;
}

async function orderCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM orders`);
  return row?.n ?? 0;
}

test('the business profile: version, the REST endpoint, capabilities, the test handler and a persisted ES256 signing key', async () => {
  const first = await profile();
  assert.equal(first.ucp.version, '2026-04-08');
  assert.match(first.ucp.services['dev.ucp.shopping']?.[0]?.endpoint ?? '', /\/ucp$/);
  assert.deepEqual(Object.keys(first.ucp.capabilities).sort(), [
    'dev.ucp.shopping.catalog.lookup',
    'dev.ucp.shopping.catalog.search',
    'dev.ucp.shopping.checkout',
    'dev.ucp.shopping.fulfillment',
    'dev.ucp.shopping.order',
  ]);
  assert.equal(first.signing_keys.length, 1);
  assert.equal(first.signing_keys[0]?.alg, 'ES256');
  assert.equal(first.signing_keys[0]?.crv, 'P-256');
  assert.ok(!('d' in (first.signing_keys[0] ?? {})), 'never the private key');
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM shop_signing_keys`);
  assert.equal(row?.n, 1, 'the key is stored, once');
  assert.deepEqual((await profile()).signing_keys, first.signing_keys, 'the same key on every request');
});

test('create without an address: priced lines, incomplete with missing-field messages; get answers the same, signed by the shop', async () => {
  const res = await create({ line_items: lines([variant, 2], [otherVariant, 1]) });
  assert.equal(res.body.status, 'incomplete');
  assert.equal(res.body.currency, 'EUR');
  assert.deepEqual(
    res.body.line_items.map((l) => [l.item.id, l.quantity]),
    [
      [variant, 2],
      [otherVariant, 1],
    ],
  );
  assert.ok(res.body.messages.some((m) => m.code === 'missing' && m.path === '$.buyer.email'));
  assert.ok(res.body.messages.some((m) => m.code === 'missing' && m.path === '$.fulfillment.methods[0].destinations'));
  assert.equal(res.body.fulfillment, undefined, 'no address, no shipping options');
  await assertSignedByShop(res);

  const read = await ucp(t, agent, 'GET', `/checkout-sessions/${res.body.id}`);
  assert.equal(read.status, 200);
  assertUcp('checkout', read.body);
  assert.deepEqual(read.body.line_items, res.body.line_items);
  await assertSignedByShop(read);
});

test('create with an address offers shipping; choosing it makes the session ready; prices and totals are the shop’s', async () => {
  const created = await create({
    line_items: [{ item: { id: variant, title: 'cheap', price: 1 }, quantity: 1 }],
    buyer: BUYER,
    fulfillment: { methods: [{ type: 'shipping', destinations: [DESTINATION] }] },
  });
  assert.equal(created.body.status, 'incomplete');
  assert.ok(created.body.messages.some((m) => m.path === '$.fulfillment.methods[0].groups[0].selected_option_id'));
  const id = await readySession([[variant, 1]]);
  const read = await ucp(t, agent, 'GET', `/checkout-sessions/${id}`);
  assertUcp('checkout', read.body);
  const total = (type: string) => read.body.totals.find((x) => x.type === type)?.amount;
  assert.equal(total('subtotal'), 1999, 'the client’s price is ignored: the catalog’s counts');
  assert.equal(read.body.line_items[0]?.item.price, 1999);
  assert.equal(total('fulfillment'), 490);
  assert.ok((total('tax') ?? 0) > 0, 'German VAT on top');
  assert.equal(total('total'), 1999 + 490 + (total('tax') ?? 0));
  assert.equal(read.body.fulfillment?.methods[0]?.groups[0]?.selected_option_id, shop.shippingOptionId);
});

test('complete places one order; a replay answers the same; another key answers the same order; the order reads back, as in the admin API', async () => {
  const id = await readySession([[variant, 2]]);
  const before = await orderCount();
  const key = randomUUID();
  const first = await complete(id, payWith(CARD_OK), { key });
  assert.equal(first.body.status, 'completed');
  assert.ok(first.body.order, 'the completed checkout names its order');
  assert.equal(first.headers['idempotency-key'], key);
  await assertSignedByShop(first);

  const replay = await complete(id, payWith(CARD_OK), { key });
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.deepEqual(replay.body, first.body);
  const again = await complete(id, payWith(CARD_OK));
  assert.equal(again.body.order?.id, first.body.order.id);
  assert.equal(await orderCount(), before + 1, 'one order, whatever the agent retries');

  const order = await ucp(t, agent, 'GET', `/orders/${first.body.order.id}`);
  assert.equal(order.status, 200, JSON.stringify(order.body));
  assertUcp('order', order.body);
  assert.equal(order.body.checkout_id, id);
  const admin = await t.app.inject({
    method: 'GET',
    url: `/admin/orders/${first.body.order.id}`,
    headers: { authorization: `Bearer ${owner}` },
  });
  assert.equal(admin.statusCode, 200, admin.body);
  const view = admin.json<{ subtotal: number; shippingTotal: number; taxTotal: number; total: number }>();
  const total = (type: string) => order.body.totals.find((x) => x.type === type)?.amount;
  assert.deepEqual(
    [total('subtotal'), total('fulfillment'), total('tax'), total('total')],
    [view.subtotal, view.shippingTotal, view.taxTotal, view.total],
  );
  const sessionTotal = first.body.totals.find((x) => x.type === 'total')?.amount;
  assert.equal(view.total, sessionTotal, 'the order costs what the checkout showed');

  const changed = await ucp(t, agent, 'PUT', `/checkout-sessions/${id}`, { line_items: lines([otherVariant, 1]) });
  assert.equal(changed.status, 409);
  assert.equal(changed.body.code, 'checkout_not_open');
  assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);
});

test('a declined payment answers the open session with a payment_failed message; nothing is held; another card then pays', async () => {
  const id = await readySession([[otherVariant, 1]]);
  const before = await orderCount();
  const declined = await complete(id, payWith(CARD_DECLINED));
  assert.equal(declined.body.status, 'ready_for_complete');
  assert.ok(declined.body.messages.some((m) => m.type === 'error' && m.code === 'payment_failed'));
  assert.equal(declined.body.order, undefined);
  assert.equal(await orderCount(), before);
  assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);

  const paid = await complete(id, payWith(CARD_OK));
  assert.equal(paid.body.status, 'completed');
});

test('an out-of-stock line: the checkout shows an out_of_stock message naming the line, and completing it holds nothing', async () => {
  const product = await createProduct(t, owner);
  const scarce = product.variants[0]?.id ?? '';
  await setStock(t, owner, scarce, 5);
  const id = await readySession([
    [otherVariant, 1],
    [scarce, 2],
  ]);
  await setStock(t, owner, scarce, 1);
  try {
    const read = await ucp(t, agent, 'GET', `/checkout-sessions/${id}`);
    assertUcp('checkout', read.body);
    assert.equal(read.body.status, 'incomplete');
    assert.ok(
      read.body.messages.some((m) => m.code === 'out_of_stock' && m.path === '$.line_items[1].quantity'),
      JSON.stringify(read.body.messages),
    );

    const before = await orderCount();
    const res = await complete(id, payWith(CARD_OK));
    assert.equal(res.body.status, 'incomplete');
    const message = res.body.messages.find((m) => m.code === 'out_of_stock');
    assert.ok(message, JSON.stringify(res.body.messages));
    assert.equal(message.path, '$.line_items[1].quantity');
    assert.equal(message.severity, 'recoverable');
    assert.equal(await orderCount(), before);
    assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);
  } finally {
    await setStock(t, owner, scarce, 5);
  }
});

test('cancel: an open session is canceled; canceling again or completing it answers 409', async () => {
  const created = await create({ line_items: lines([variant, 1]) });
  const canceled = await ucp(t, agent, 'POST', `/checkout-sessions/${created.body.id}/cancel`);
  assert.equal(canceled.status, 200, JSON.stringify(canceled.body));
  assertUcp('checkout', canceled.body);
  assert.equal(canceled.body.status, 'canceled');
  const again = await ucp(t, agent, 'POST', `/checkout-sessions/${created.body.id}/cancel`);
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'checkout_not_cancelable');
  const body = payWith(CARD_OK);
  assertUcp('complete', body);
  const completing = await ucp(t, agent, 'POST', `/checkout-sessions/${created.body.id}/complete`, body);
  assert.equal(completing.status, 409);
  assert.equal(completing.body.code, 'checkout_not_open');
});

test('another agent gets not_found for a session and an order it did not create, and cannot change or complete them', async () => {
  const id = await readySession([[variant, 1]]);
  const read = await ucp(t, otherAgent, 'GET', `/checkout-sessions/${id}`);
  assert.equal(read.status, 200);
  assertUcp('error', read.body);
  assert.equal(read.body.ucp.status, 'error');
  assert.equal(read.body.messages[0]?.code, 'not_found');

  const changed = await ucp(t, otherAgent, 'PUT', `/checkout-sessions/${id}`, { line_items: lines([variant, 5]) });
  assertUcp('error', changed.body);
  assert.equal(changed.body.messages[0]?.code, 'not_found');
  const completing = await ucp(t, otherAgent, 'POST', `/checkout-sessions/${id}/complete`, payWith(CARD_OK));
  assertUcp('error', completing.body);
  assert.equal(completing.body.messages[0]?.code, 'not_found');
  const canceling = await ucp(t, otherAgent, 'POST', `/checkout-sessions/${id}/cancel`);
  assertUcp('error', canceling.body);

  const placed = await complete(id, payWith(CARD_OK));
  assert.ok(placed.body.order);
  const order = await ucp(t, otherAgent, 'GET', `/orders/${placed.body.order.id}`);
  assert.equal(order.status, 200);
  assertUcp('error', order.body);
  assert.equal(order.body.messages[0]?.code, 'not_found');
  const mine = await ucp(t, agent, 'GET', `/orders/${placed.body.order.id}`);
  assertUcp('order', mine.body);
});

test('UCP-Agent is required; a reused Idempotency-Key with another body is 409; invalid input and unknown items', async () => {
  const body = { line_items: lines([variant, 1]) };
  const noAgent = await ucp(t, agent, 'POST', '/checkout-sessions', body, { profile: null });
  assert.equal(noAgent.status, 400);
  assert.equal(noAgent.body.code, 'invalid_profile_url');
  const badAgent = await ucp(t, agent, 'GET', '/checkout-sessions/x', undefined, { profile: 'profile=nope' });
  assert.equal(badAgent.body.code, 'invalid_profile_url');

  const key = randomUUID();
  const first = await ucp(t, agent, 'POST', '/checkout-sessions', body, { key });
  assert.equal(first.status, 201);
  const replay = await ucp(t, agent, 'POST', '/checkout-sessions', body, { key });
  assert.equal(replay.body.id, first.body.id, 'the same key answers the stored session');
  const reused = await ucp(t, agent, 'POST', '/checkout-sessions', { line_items: lines([otherVariant, 1]) }, { key });
  assert.equal(reused.status, 409);
  assert.equal(reused.body.code, 'idempotency_conflict');

  const invalid = await ucp(t, agent, 'POST', '/checkout-sessions', { line_items: lines([variant, 0]) });
  assert.equal(invalid.status, 400);
  assert.equal(invalid.body.code, 'invalid_request');
  assert.equal(invalid.body.path, '$.line_items[0].quantity');

  const nul = await ucp(t, agent, 'POST', '/checkout-sessions', { line_items: lines([variant, 1]), buyer: { first_name: 'A\u0000da' } });
  assert.equal(nul.status, 400);
  assert.equal(nul.body.code, 'invalid_request');
  assert.equal(nul.body.path, '$.buyer.first_name');

  const unknown = await ucp(t, agent, 'POST', '/checkout-sessions', { line_items: lines(['var_does_not_exist', 1]) });
  assert.equal(unknown.status, 200);
  assertUcp('error', unknown.body);
  assert.equal(unknown.body.messages[0]?.code, 'item_unavailable');

  const unauthenticated = await t.app.inject({
    method: 'GET',
    url: `/ucp/checkout-sessions/${first.body.id}`,
    headers: { 'ucp-agent': UCP_AGENT },
  });
  assert.equal(unauthenticated.statusCode, 401);
});

test('catalog: search finds the product with its variants’ prices; lookup by product and variant id; product detail; not_found', async () => {
  const product = await createProduct(t, owner, { title: 'Quokka lantern' });
  const request = { query: 'quokka lantern', context: { currency: 'EUR' }, pagination: { limit: 50 } };
  assertUcp('searchRequest', request);
  const search = await ucp(t, agent, 'POST', '/catalog/search', request);
  assert.equal(search.status, 200, JSON.stringify(search.body));
  assertUcp('searchResponse', search.body);
  const products = search.body.products as { id: string; variants: { id: string; price: { amount: number; currency: string } }[] }[];
  const found = products.find((p) => p.id === product.id);
  assert.ok(found, 'the product is found by its title');
  assert.deepEqual(found.variants.map((v) => v.id).sort(), product.variants.map((v) => v.id).sort());
  assert.ok(found.variants.every((v) => v.price.currency === 'EUR' && v.price.amount > 0));
  await assertSignedByShop(search);

  const variantId = product.variants[1]?.id ?? '';
  const lookup = { ids: [shop.productId, variantId, 'var_nothing_here'] };
  assertUcp('lookupRequest', lookup);
  const looked = await ucp(t, agent, 'POST', '/catalog/lookup', lookup);
  assert.equal(looked.status, 200, JSON.stringify(looked.body));
  assertUcp('lookupResponse', looked.body);
  const byId = new Map(
    (looked.body.products as { id: string; variants: { id: string; inputs: { id: string; match: string }[] }[] }[]).map((p) => [p.id, p]),
  );
  assert.deepEqual(
    byId.get(product.id)?.variants.map((v) => [v.id, v.inputs]),
    [[variantId, [{ id: variantId, match: 'exact' }]]],
  );
  assert.equal(byId.get(shop.productId)?.variants[0]?.inputs[0]?.match, 'featured');
  assert.ok(looked.body.messages.some((m) => m.code === 'not_found'));

  const detail = { id: variantId };
  assertUcp('productRequest', detail);
  const one = await ucp(t, agent, 'POST', '/catalog/product', detail);
  assert.equal(one.status, 200, JSON.stringify(one.body));
  assertUcp('productResponse', one.body);
  assert.equal((one.body.product as { id: string }).id, product.id);
  const none = await ucp(t, agent, 'POST', '/catalog/product', { id: 'prod_nothing_here' });
  assertUcp('error', none.body);
  assert.equal(none.body.messages[0]?.code, 'not_found');
});

test('UCP get, update and complete cost a fixed number of SQL statements whatever the line count', async (ctx) => {
  const more = await Promise.all([createProduct(t, owner), createProduct(t, owner)]);
  const many = [...shop.variants, ...more.flatMap((p) => p.variants.map((v) => v.id))];
  for (const v of many.slice(2)) await setStock(t, owner, v, 50);
  const counted = async <R>(work: () => Promise<R>): Promise<[number, R]> => {
    const before = t.database.stats.queries;
    const result = await work();
    return [t.database.stats.queries - before, result];
  };
  async function costs(variants: string[]) {
    const body = {
      line_items: lines(...variants.map((v): [string, number] => [v, 1])),
      buyer: BUYER,
      fulfillment: { methods: [{ type: 'shipping', destinations: [DESTINATION] }] },
    };
    const [create, created] = await counted(() => ucp(t, agent, 'POST', '/checkout-sessions', body));
    const id = created.body.id;
    const [get] = await counted(() => ucp(t, agent, 'GET', `/checkout-sessions/${id}`));
    const chosen = {
      ...body,
      fulfillment: { methods: [{ ...body.fulfillment.methods[0], groups: [{ selected_option_id: shop.shippingOptionId }] }] },
    };
    const [update, updated] = await counted(() => ucp(t, agent, 'PUT', `/checkout-sessions/${id}`, chosen));
    assert.equal(updated.body.status, 'ready_for_complete', JSON.stringify(updated.body.messages));
    const [complete, completed] = await counted(() => ucp(t, agent, 'POST', `/checkout-sessions/${id}/complete`, payWith(CARD_OK)));
    assert.equal(completed.body.status, 'completed', JSON.stringify(completed.body.messages));
    return { create, get, update, complete };
  }
  await profile(); // the shop's signing key is loaded once per process
  const one = await costs(many.slice(0, 1));
  const all = await costs(many);
  ctx.diagnostic(`statements with 1 line: ${JSON.stringify(one)}; with ${many.length} lines: ${JSON.stringify(all)}`);
  // Create adds its lines one by one through the cart's own addCartItem (each re-prices the cart):
  // it grows with the lines, as ACP's does; the other routes must not.
  const fixed = ({ get, update, complete }: typeof one) => ({ get, update, complete });
  assert.deepEqual(fixed(all), fixed(one), 'get, update and complete send no statement per line');
});

// ---- RFC 9421 signatures: an agent registered with a public key signs its requests instead of a bearer key.

const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const kid = `ucp-key-${randomUUID()}`;
const jwk = signer.publicKey.export({ format: 'jwk' });
const registered = await t.app.inject({
  method: 'POST',
  url: '/admin/agents',
  headers: { authorization: `Bearer ${owner}` },
  payload: {
    name: 'Signing UCP agent',
    protocols: ['ucp'],
    publicKeys: [{ kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, kid, alg: 'ES256' }],
  },
});
assert.equal(registered.statusCode, 201, registered.body);
const signingAgentId = registered.json<{ agent: { id: string } }>().agent.id;

async function signed(
  method: 'GET' | 'POST',
  path: string,
  payload: object | undefined,
  options: { key?: KeyObject; kid?: string; created?: number; tamper?: (body: string) => string } = {},
) {
  const body = payload === undefined ? undefined : JSON.stringify(payload);
  const headers: Record<string, string> = { host: 'shop.example', 'ucp-agent': UCP_AGENT };
  const components = ['@method', '@authority', '@path', 'ucp-agent'];
  if (method === 'POST') {
    headers['idempotency-key'] = randomUUID();
    components.push('idempotency-key');
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-digest'] = `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
    components.push('content-digest', 'content-type');
  }
  const created = options.created ?? Math.floor(Date.now() / 1000);
  const params = `(${components.map((c) => `"${c}"`).join(' ')});keyid="${options.kid ?? kid}";created=${created}`;
  const value = (c: string) => (c === '@method' ? method : c === '@authority' ? 'shop.example' : c === '@path' ? path : (headers[c] ?? ''));
  const base = [...components.map((c) => `"${c}": ${value(c)}`), `"@signature-params": ${params}`].join('\n');
  const signature = sign('sha256', Buffer.from(base), { key: options.key ?? signer.privateKey, dsaEncoding: 'ieee-p1363' });
  headers['signature-input'] = `sig1=${params}`;
  headers.signature = `sig1=:${signature.toString('base64')}:`;
  const sent = body !== undefined && options.tamper ? options.tamper(body) : body;
  const res = await t.app.inject({ method, url: path, headers, ...(sent !== undefined ? { payload: sent } : {}) });
  return { status: res.statusCode, body: res.json<{ id?: string; code?: string; content?: string }>() };
}

const signedCreate = { line_items: lines([variant, 1]) };

test('signatures: a valid ES256 signature passes (POST with its Content-Digest, and GET)', async () => {
  const created = await signed('POST', '/ucp/checkout-sessions', signedCreate);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assertUcp('checkout', created.body);
  const read = await signed('GET', `/ucp/checkout-sessions/${created.body.id}`, undefined);
  assert.equal(read.status, 200, JSON.stringify(read.body));
  assertUcp('checkout', read.body);
});

test('signatures: a body changed by one byte (digest_mismatch), a wrong key, a stale signature (signature_invalid) and an unknown key are refused', async () => {
  const tampered = await signed('POST', '/ucp/checkout-sessions', signedCreate, {
    tamper: (b) => b.replace('"quantity":1', '"quantity":2'),
  });
  assert.equal(tampered.status, 400, JSON.stringify(tampered.body));
  assert.equal(tampered.body.code, 'digest_mismatch');
  assert.match(tampered.body.content ?? '', /Content-Digest/);

  const wrongKey = await signed('POST', '/ucp/checkout-sessions', signedCreate, { key: stranger.privateKey });
  assert.equal(wrongKey.status, 401, JSON.stringify(wrongKey.body));
  assert.equal(wrongKey.body.code, 'signature_invalid');

  const stale = await signed('POST', '/ucp/checkout-sessions', signedCreate, { created: Math.floor(Date.now() / 1000) - 3600 });
  assert.equal(stale.status, 401, JSON.stringify(stale.body));
  assert.equal(stale.body.code, 'signature_invalid');
  const unknownKey = await signed('POST', '/ucp/checkout-sessions', signedCreate, { kid: 'nobody-has-this-key' });
  assert.equal(unknownKey.status, 401, JSON.stringify(unknownKey.body));
  assert.equal(unknownKey.body.code, 'key_not_found');
  const [opened] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM agent_checkout_sessions WHERE agent_id = ${signingAgentId}`,
  );
  assert.equal(opened?.n, 1, 'only the validly signed request opened a session');
});
