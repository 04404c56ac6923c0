import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { createRelay } from '../src/modules/events/index.ts';
import { systemResolver } from '../src/modules/events/ssrf.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { registerTestAgent, type TestAgent } from './support/agents.ts';
import { CARD_OK, send, setupShop } from './support/checkout.ts';
import { drainUntil, startReceiver, type Received } from './support/receiver.ts';
import { assertUcp, ucp } from './support/ucp.ts';

// UCP order webhooks (2026-04-08): the full UCP order, pushed to the URL the agent's platform gave,
// by the events relay (outbox, retries) in UCP's wire format. Every body is checked against the
// published order schema (test/fixtures/ucp/2026-04-08/schemas/shopping/order.json) and its RFC 9421
// signature verified as a platform would: with the key the shop publishes at /.well-known/ucp.

const t = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true', STOCKROOM_EVENTS_RELAY: 'false' });
const db = t.database.db;
const relay = createRelay(db, {
  timeoutMs: 5000,
  retryBaseMs: 50,
  allowPrivate: true,
  resolve: systemResolver,
  publicUrl: t.config.publicUrl,
});
const owner = await createStaffToken(t, 'owner');
const auth = { authorization: `Bearer ${owner}` };
const shop = await setupShop(t, owner, 50);
const [variant, otherVariant] = shop.variants;
const PROFILE = `${t.config.publicUrl.replace(/\/$/, '')}/.well-known/ucp`;

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

async function setWebhook(agent: TestAgent, url: string): Promise<void> {
  const set = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url, format: 'ucp' },
  });
  assert.equal(set.statusCode, 200, set.body);
  assert.equal(set.json<{ format: string }>().format, 'ucp');
}

/** Creates, prepares and completes a UCP checkout of `units` of `variantId`; returns the session and order ids. */
async function placeUcpOrder(agent: TestAgent, variantId: string, units = 2): Promise<{ checkoutId: string; orderId: string }> {
  const created = await ucp(t, agent, 'POST', '/checkout-sessions', {
    line_items: [{ item: { id: variantId }, quantity: units }],
    buyer: BUYER,
    fulfillment: { methods: [{ type: 'shipping', destinations: [DESTINATION] }] },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const method = created.body.fulfillment!.methods[0]!;
  const updated = await ucp(t, agent, 'PUT', `/checkout-sessions/${created.body.id}`, {
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
  assert.equal(updated.body.status, 'ready_for_complete', JSON.stringify(updated.body));
  const done = await ucp(t, agent, 'POST', `/checkout-sessions/${created.body.id}/complete`, {
    payment: {
      instruments: [
        {
          id: 'instr_1',
          handler_id: 'stockroom_test_card',
          type: 'card',
          selected: true,
          credential: { type: 'test_card', token: CARD_OK },
        },
      ],
    },
  });
  assert.equal(done.body.status, 'completed', JSON.stringify(done.body));
  return { checkoutId: created.body.id, orderId: done.body.order!.id };
}

interface ShopKey {
  kid: string;
  kty: string;
  crv: string;
  x: string;
  y: string;
}

async function publishedKeys(): Promise<ShopKey[]> {
  const res = await t.app.inject({ method: 'GET', url: '/.well-known/ucp' });
  assert.equal(res.statusCode, 200, res.body);
  return res.json<{ signing_keys: ShopKey[] }>().signing_keys;
}

/**
 * Verifies a webhook request as a UCP platform does (UCP's REST request verification): the
 * signature covers the method, authority, path, UCP-Agent, the digest and the content type; the
 * digest matches the raw body; the key is the profile's `keyid`. Returns false when it does not verify.
 */
function verifies(request: Received, body: string, keys: readonly ShopKey[]): boolean {
  if (request.headers['content-digest'] !== `sha-256=:${createHash('sha256').update(body).digest('base64')}:`) return false;
  const input = String(request.headers['signature-input']);
  const match = /^sig1=(\((.*)\)(;.*))$/.exec(input);
  if (!match?.[1] || match[2] === undefined) return false;
  const kid = /keyid="([^"]+)"/.exec(input)?.[1];
  const key = keys.find((k) => k.kid === kid);
  if (!key) return false;
  const components = [...match[2].matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const required of ['@method', '@authority', '@path', 'ucp-agent', 'content-digest', 'content-type']) {
    if (!components.includes(required)) return false;
  }
  const target = new URL(request.target, `http://${String(request.headers.host)}`);
  const value = (c: string): string => {
    if (c === '@method') return request.method;
    if (c === '@authority') return String(request.headers.host).toLowerCase();
    if (c === '@path') return target.pathname;
    if (c === '@query') return target.search;
    return String(request.headers[c]);
  };
  const base = [...components.map((c) => `"${c}": ${value(c)}`), `"@signature-params": ${match[1]}`].join('\n');
  const signature = /^sig1=:([A-Za-z0-9+/=]+):$/.exec(String(request.headers.signature))?.[1] ?? '';
  const publicKey = createPublicKey({ key: { kty: key.kty, crv: key.crv, x: key.x, y: key.y }, format: 'jwk' });
  return verify('sha256', Buffer.from(base), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64'));
}

interface UcpOrderEvent {
  id: string;
  checkout_id: string;
  permalink_url: string;
  line_items: { id: string; quantity: { original: number; total: number; fulfilled: number }; status: string }[];
  fulfillment: { events?: { type: string; tracking_number?: string; line_items: { id: string; quantity: number }[] }[] };
  adjustments?: { type: string; totals?: { type: string; amount: number }[] }[];
}

/** Checks one request as a UCP platform would and returns its body. */
function accept(request: Received, keys: readonly ShopKey[]): UcpOrderEvent {
  assert.equal(request.method, 'POST');
  assert.equal(request.headers['content-type'], 'application/json');
  assert.equal(request.headers['ucp-agent'], `profile="${PROFILE}"`, 'the shop’s profile, for the platform to find its keys');
  assert.ok(String(request.headers['webhook-id']).startsWith('evt_'), 'Standard Webhooks’ Webhook-Id');
  assert.match(String(request.headers['webhook-timestamp']), /^\d+$/, 'Standard Webhooks’ Webhook-Timestamp (unix seconds)');
  assert.equal(request.headers['stockroom-signature'], undefined, 'UCP receivers get UCP headers only');
  assert.equal(request.headers['merchant-signature'], undefined);
  assert.ok(verifies(request, request.body, keys), 'the RFC 9421 signature verifies with the key from /.well-known/ucp');
  const body = JSON.parse(request.body) as UcpOrderEvent;
  assertUcp('order', body);
  return body;
}

test('the owner sets an agent’s UCP webhook next to its ACP one; each format is read and removed on its own', async () => {
  const agent = await registerTestAgent(t, owner, { protocols: ['acp', 'ucp'] });
  await setWebhook(agent, 'http://127.0.0.1:9/ucp');
  const acpSet = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url: 'http://127.0.0.1:9/acp', secret: 'whsec_shared_by_the_agent_platform_0123456789' },
  });
  assert.equal(acpSet.statusCode, 200, acpSet.body);
  const noSecret = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url: 'http://127.0.0.1:9/acp', format: 'acp' },
  });
  assert.equal(noSecret.statusCode, 400, 'ACP signs with the platform’s secret: it is required there');
  const read = await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook?format=ucp`, headers: auth });
  assert.equal(read.statusCode, 200, read.body);
  assert.deepEqual(
    (({ url, format, events }) => ({ url, format, events }))(read.json<{ url: string; format: string; events: string[] }>()),
    { url: 'http://127.0.0.1:9/ucp', format: 'ucp', events: ['agents.ucp.order_create', 'agents.ucp.order_update'] },
  );
  const acpRead = await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook`, headers: auth });
  assert.equal(acpRead.json<{ url: string }>().url, 'http://127.0.0.1:9/acp', 'without a format: the ACP webhook, as before');
  const removed = await t.app.inject({ method: 'DELETE', url: `/admin/agents/${agent.id}/webhook?format=ucp`, headers: auth });
  assert.equal(removed.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook?format=ucp`, headers: auth })).statusCode, 404);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook`, headers: auth })).statusCode, 200);
});

test('the order event after a UCP completion and after each change, signed with the published key; only to that agent', async () => {
  const receiver = await startReceiver();
  const other = await startReceiver();
  const agent = await registerTestAgent(t, owner, { protocols: ['ucp'] });
  const stranger = await registerTestAgent(t, owner, { protocols: ['ucp'] });
  await setWebhook(agent, `${receiver.url}/webhooks/ucp/orders?shop=stockroom`);
  await setWebhook(stranger, `${other.url}/webhooks/ucp/orders`);
  const keys = await publishedKeys();

  const { checkoutId, orderId } = await placeUcpOrder(agent, variant);
  await drainUntil(relay, receiver.received, 1);
  const placed = receiver.received[0]!;
  assert.equal(placed.target, '/webhooks/ucp/orders?shop=stockroom', 'sent to the URL the platform gave');
  const first = accept(placed, keys);
  assert.equal(first.id, orderId);
  assert.equal(first.checkout_id, checkoutId);
  assert.equal(first.permalink_url, `${t.config.publicUrl.replace(/\/$/, '')}/orders/${orderId}`);
  assert.deepEqual(first.line_items[0]!.quantity, { original: 2, total: 2, fulfilled: 0 });
  const [placedEvent] = await queryRows<{ type: string; event_id: string }>(
    db,
    sql`SELECT type, event_id FROM outbox_events WHERE type LIKE 'agents.ucp.%' AND aggregate_id = ${orderId}`,
  );
  assert.deepEqual(placedEvent, { type: 'agents.ucp.order_create', event_id: placed.headers['webhook-id'] });

  // The platform's check fails on a body changed by one byte, and on a header the signature covers.
  const tampered = placed.body.replace(orderId, `${orderId.slice(0, -1)}${orderId.endsWith('x') ? 'y' : 'x'}`);
  assert.notEqual(tampered, placed.body);
  assert.ok(!verifies(placed, tampered, keys), 'a body changed by one byte fails');
  const byteFlipped = Buffer.from(placed.body, 'utf8');
  const lastByte = byteFlipped.length - 1; // the closing brace: ASCII, so the flip stays valid UTF-8
  byteFlipped[lastByte] = (byteFlipped[lastByte] ?? 0) ^ 1;
  assert.ok(!verifies(placed, byteFlipped.toString('utf8'), keys), 'one bit of the last byte flipped fails');
  const forged = { ...placed, headers: { ...placed.headers, 'ucp-agent': 'profile="https://evil.example/.well-known/ucp"' } };
  assert.ok(!verifies(forged, placed.body, keys), 'the UCP-Agent header is covered');
  assert.ok(!verifies({ ...placed, target: '/elsewhere' }, placed.body, keys), 'the path is covered');

  const order = (await send(t.app, 'GET', `/admin/orders/${orderId}`, undefined, auth)).body as unknown as { items: { id: string }[] };
  const line = order.items[0]!.id;
  const captured = await send(t.app, 'POST', `/admin/orders/${orderId}/capture`, {}, auth);
  assert.ok(captured.status < 300, JSON.stringify(captured.body));
  const fulfilled = await send(
    t.app,
    'POST',
    `/admin/orders/${orderId}/fulfillments`,
    { items: [{ lineItemId: line, quantity: 1 }], trackingNumber: 'TRACK-UCP-1' },
    auth,
  );
  assert.ok(fulfilled.status < 300, JSON.stringify(fulfilled.body));
  // Delivered now, the latest event shows the order partly shipped (each body is the order as it is when sent).
  await drainUntil(relay, receiver.received, 3);
  const shipping = accept(receiver.received[2]!, keys);
  assert.equal(shipping.id, orderId);
  assert.deepEqual(shipping.line_items[0]!.quantity, { original: 2, total: 2, fulfilled: 1 });
  assert.equal(shipping.line_items[0]!.status, 'partial');
  assert.deepEqual(
    shipping.fulfillment.events?.map((e) => ({ type: e.type, tracking: e.tracking_number, lines: e.line_items })),
    [{ type: 'shipped', tracking: 'TRACK-UCP-1', lines: [{ id: line, quantity: 1 }] }],
  );
  const refunded = await send(t.app, 'POST', `/admin/orders/${orderId}/refunds`, { amount: 100, reason: 'goodwill' }, auth);
  assert.ok(refunded.status < 300, JSON.stringify(refunded.body));
  const canceled = await send(t.app, 'POST', `/admin/orders/${orderId}/cancel`, {}, auth);
  assert.ok(canceled.status < 300, JSON.stringify(canceled.body));

  const [{ n: updates }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM outbox_events WHERE type = 'agents.ucp.order_update' AND aggregate_id = ${orderId}`,
  )) as [{ n: number }];
  assert.ok(updates >= 4, `one order event per change: captured, fulfilled, refunded, canceled (${updates})`);
  await drainUntil(relay, receiver.received, 1 + updates);
  const bodies = receiver.received.map((r) => accept(r, keys));
  assert.ok(bodies.every((b) => b.id === orderId));
  assert.equal(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size, 1 + updates, 'one event id per change');
  const last = bodies.at(-1)!;
  assert.deepEqual(
    last.line_items[0]!.quantity,
    { original: 2, total: 1, fulfilled: 1 },
    'the shipped unit went out, the rest was canceled',
  );
  assert.equal(last.line_items[0]!.status, 'fulfilled');
  assert.ok(last.adjustments?.some((a) => a.type === 'refund' && a.totals?.some((x) => x.type === 'total' && x.amount === -100)));

  // The order reads back the same way through GET /ucp/orders/{id}.
  const read = await ucp(t, agent, 'GET', `/orders/${orderId}`);
  assertUcp('order', read.body);
  assert.deepEqual((read.body as unknown as UcpOrderEvent).fulfillment.events, last.fulfillment.events);

  // The other agent's receiver heard nothing of this order.
  await relay.drain();
  assert.equal(other.received.length, 0);
});

test('at least once: a receiver that fails gets the same event again (same Webhook-Id), signed each time, until it answers 2xx', async () => {
  let failures = 2;
  const receiver = await startReceiver(0, () => (failures-- > 0 ? { status: 503 } : { status: 200 }));
  const agent = await registerTestAgent(t, owner, { protocols: ['ucp'] });
  await setWebhook(agent, `${receiver.url}/orders`);
  const keys = await publishedKeys();
  const { orderId } = await placeUcpOrder(agent, otherVariant, 1);
  await drainUntil(relay, receiver.received, 3);
  const ids = receiver.received.map((r) => r.headers['webhook-id']);
  assert.equal(new Set(ids).size, 1, 'one event, retried');
  assert.equal(new Set(receiver.received.map((r) => r.headers['webhook-timestamp'])).size, 1, 'when the event happened, not when sent');
  for (const request of receiver.received) assert.equal(accept(request, keys).id, orderId);
  const [delivery] = await queryRows<{ status: string; attempts: number }>(
    db,
    sql`SELECT d.status, d.attempts FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE e.agent_id = ${agent.id}`,
  );
  assert.deepEqual(delivery, { status: 'delivered', attempts: 3 });
});

test('a UCP order emits UCP events only: the same agent’s ACP webhook gets nothing of it', async () => {
  const acpReceiver = await startReceiver();
  const agent = await registerTestAgent(t, owner, { protocols: ['acp', 'ucp'] });
  const set = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url: acpReceiver.url, secret: 'whsec_shared_by_the_agent_platform_0123456789' },
  });
  assert.equal(set.statusCode, 200, set.body);
  const { orderId } = await placeUcpOrder(agent, variant, 1);
  await relay.drain();
  const [{ n }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM outbox_events WHERE type LIKE 'agents.acp.%' AND aggregate_id = ${orderId}`,
  )) as [{ n: number }];
  assert.equal(n, 0, 'a UCP order emits UCP events only');
  assert.equal(acpReceiver.received.length, 0);
});
