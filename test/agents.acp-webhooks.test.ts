import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { createRelay, verifySignature } from '../src/modules/events/index.ts';
import { systemResolver } from '../src/modules/events/ssrf.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { acp, assertAcpWebhook, registerTestAgent, type TestAgent } from './support/agents.ts';
import { CARD_OK, send, setupShop } from './support/checkout.ts';
import { drainUntil, startReceiver, type Received } from './support/receiver.ts';

// ACP order webhooks (order_create / order_update) to the agent, delivered by the events relay
// (outbox, retries) to the agent's own endpoint, in ACP's wire format: every body is checked
// against the published WebhookEvent schema (2026-04-17) and its Merchant-Signature verified.

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
const SECRET = 'whsec_shared_by_the_agent_platform_0123456789';
const ADDRESS = { name: 'Ada Lovelace', line_one: 'Hauptstr. 1', city: 'Köln', state: 'NRW', country: 'DE', postal_code: '50667' };

async function placeAcpOrder(agent: TestAgent, variantId: string, units = 2): Promise<{ sessionId: string; orderId: string }> {
  const created = await acp(t, agent, 'POST', '/checkout_sessions', {
    currency: 'eur',
    line_items: Array.from({ length: units }, () => ({ id: variantId })),
    capabilities: {},
    buyer: { email: 'ada@example.com' },
    fulfillment_details: { address: ADDRESS },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}`, {
    selected_fulfillment_options: [{ type: 'shipping', option_id: shop.shippingOptionId, item_ids: [] }],
  });
  const done = await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}/complete`, {
    payment_data: { handler_id: 'stockroom_test_card', instrument: { type: 'card', credential: { type: 'test_card', token: CARD_OK } } },
  });
  assert.equal(done.body.status, 'completed', JSON.stringify(done.body));
  return { sessionId: created.body.id, orderId: done.body.order!.id };
}

interface AcpWebhook {
  type: string;
  data: {
    id: string;
    checkout_session_id: string;
    status: string;
    permalink_url: string;
    line_items: { id: string; quantity: { ordered: number; current: number; fulfilled: number }; status: string }[];
    fulfillments: { tracking_number?: string; line_items: { id: string; quantity: number }[] }[];
    adjustments: { type: string; amount: number }[];
    totals: { type: string; amount: number }[];
  };
}

/** Checks one request as an ACP receiver would and returns its body. */
function accept(request: Received, secret = SECRET): AcpWebhook {
  const signature = String(request.headers['merchant-signature']);
  assert.match(signature, /^t=\d+,v1=[a-fA-F0-9]{64}$/, 'the header ACP specifies');
  assert.ok(verifySignature(secret, signature, request.body), 'HMAC-SHA256 of "<t>.<raw body>" with the shared secret');
  assert.equal(request.headers['content-type'], 'application/json');
  assert.ok(String(request.headers['request-id']).startsWith('evt_'));
  assert.ok(!Number.isNaN(Date.parse(String(request.headers.timestamp))));
  assert.equal(request.headers['stockroom-signature'], undefined, 'ACP receivers get ACP headers only');
  const body = JSON.parse(request.body) as AcpWebhook;
  assertAcpWebhook(body);
  return body;
}

test('the owner sets an agent’s webhook; its secret is never shown; the shop’s webhook API does not list it', async () => {
  const agent = await registerTestAgent(t, owner, { protocols: ['acp'] });
  const none = await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook`, headers: auth });
  assert.equal(none.statusCode, 404);
  const set = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url: 'http://127.0.0.1:9/hooks', secret: SECRET },
  });
  assert.equal(set.statusCode, 200, set.body);
  assert.equal(set.json<{ format: string }>().format, 'acp');
  assert.ok(!set.body.includes(SECRET));
  const read = await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook`, headers: auth });
  assert.equal(read.json<{ url: string }>().url, 'http://127.0.0.1:9/hooks');
  const shopHooks = await send(t.app, 'GET', '/admin/webhooks?limit=100', undefined, auth);
  assert.ok(!JSON.stringify(shopHooks.body).includes('127.0.0.1:9/hooks'));
  const short = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url: 'http://127.0.0.1:9/hooks', secret: 'short' },
  });
  assert.equal(short.statusCode, 400);
  const removed = await t.app.inject({ method: 'DELETE', url: `/admin/agents/${agent.id}/webhook`, headers: auth });
  assert.equal(removed.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/agents/${agent.id}/webhook`, headers: auth })).statusCode, 404);
});

test('order_create when an ACP session completes, then order_update on capture, fulfilment, refund and cancel; only to that agent', async () => {
  const receiver = await startReceiver();
  const other = await startReceiver();
  const agent = await registerTestAgent(t, owner, { protocols: ['acp'] });
  const stranger = await registerTestAgent(t, owner, { protocols: ['acp'] });
  for (const [a, r, secret] of [
    [agent, receiver, SECRET],
    [stranger, other, `${SECRET}_other`],
  ] as const) {
    const set = await t.app.inject({
      method: 'PUT',
      url: `/admin/agents/${a.id}/webhook`,
      headers: auth,
      payload: { url: `${r.url}/acp`, secret },
    });
    assert.equal(set.statusCode, 200, set.body);
  }
  // A shop endpoint subscribed to everything gets no agent protocol events.
  const shopHook = await startReceiver();
  const created = await send(t.app, 'POST', '/admin/webhooks', { url: shopHook.url, events: ['*'] }, auth);
  assert.equal(created.status, 201, JSON.stringify(created.body));

  const { sessionId, orderId } = await placeAcpOrder(agent, variant);
  await drainUntil(relay, receiver.received, 1);
  const first = accept(receiver.received[0]!);
  assert.equal(first.type, 'order_create');
  assert.equal(first.data.id, orderId);
  assert.equal(first.data.checkout_session_id, sessionId);
  assert.equal(first.data.status, 'confirmed');
  assert.equal(first.data.permalink_url, `${t.config.publicUrl.replace(/\/$/, '')}/orders/${orderId}`);
  assert.deepEqual(first.data.line_items[0]!.quantity, { ordered: 2, current: 2, fulfilled: 0 });

  const order = (await send(t.app, 'GET', `/admin/orders/${orderId}`, undefined, auth)).body as unknown as { items: { id: string }[] };
  const line = order.items[0]!.id;
  const captured = await send(t.app, 'POST', `/admin/orders/${orderId}/capture`, {}, auth);
  assert.ok(captured.status < 300, JSON.stringify(captured.body));
  const fulfilled = await send(
    t.app,
    'POST',
    `/admin/orders/${orderId}/fulfillments`,
    { items: [{ lineItemId: line, quantity: 1 }], trackingNumber: 'TRACK-ACP-1' },
    auth,
  );
  assert.ok(fulfilled.status < 300, JSON.stringify(fulfilled.body));
  // Delivered now, the update shows the order partly shipped (each body is the order as it is when sent).
  await drainUntil(relay, receiver.received, 3);
  const shipping = accept(receiver.received[2]!);
  assert.equal(shipping.type, 'order_update');
  assert.equal(shipping.data.status, 'processing');
  assert.deepEqual(shipping.data.line_items[0]!.quantity, { ordered: 2, current: 2, fulfilled: 1 });
  assert.equal(shipping.data.line_items[0]!.status, 'partial');
  const refunded = await send(t.app, 'POST', `/admin/orders/${orderId}/refunds`, { amount: 100, reason: 'goodwill' }, auth);
  assert.ok(refunded.status < 300, JSON.stringify(refunded.body));
  const canceled = await send(t.app, 'POST', `/admin/orders/${orderId}/cancel`, {}, auth);
  assert.ok(canceled.status < 300, JSON.stringify(canceled.body));

  // captured, fulfilled, refunded, canceled (and the refund of the canceled rest) → order_update each.
  const [{ n: expected }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM outbox_events WHERE type = 'agents.acp.order_update' AND aggregate_id = ${orderId}`,
  )) as [{ n: number }];
  assert.ok(expected >= 4, `one order_update per change (${expected})`);
  await drainUntil(relay, receiver.received, 1 + expected);
  const updates = receiver.received.slice(1).map((r) => accept(r));
  assert.ok(updates.every((u) => u.type === 'order_update' && u.data.id === orderId));
  const last = updates.at(-1)!;
  assert.equal(last.data.status, 'shipped', 'the shipped unit went out, the rest was canceled');
  assert.deepEqual(last.data.line_items[0]!.quantity, { ordered: 2, current: 1, fulfilled: 1 });
  assert.equal(last.data.line_items[0]!.status, 'fulfilled');
  assert.equal(last.data.fulfillments[0]!.tracking_number, 'TRACK-ACP-1');
  assert.ok(last.data.adjustments.some((a) => a.type === 'refund' && a.amount === 100));
  assert.ok((last.data.totals.find((x) => x.type === 'amount_refunded')?.amount ?? 0) >= 100);

  // The other agent's receiver heard nothing of this order; the shop's '*' endpoint got no ACP events.
  assert.ok(other.received.every((r) => accept(r, `${SECRET}_other`).data.id !== orderId));
  await relay.drain();
  assert.ok(shopHook.received.every((r) => !(JSON.parse(r.body) as { type: string }).type.startsWith('agents.')));
  assert.ok(shopHook.received.some((r) => (JSON.parse(r.body) as { type: string }).type === 'order.placed'));
});

test('at least once: a receiver that fails gets the same event again (same Request-Id) until it answers 2xx', async () => {
  let failures = 2;
  const receiver = await startReceiver(0, () => (failures-- > 0 ? { status: 503 } : { status: 200 }));
  const agent = await registerTestAgent(t, owner, { protocols: ['acp'] });
  const set = await t.app.inject({
    method: 'PUT',
    url: `/admin/agents/${agent.id}/webhook`,
    headers: auth,
    payload: { url: receiver.url, secret: SECRET },
  });
  assert.equal(set.statusCode, 200, set.body);
  const { orderId } = await placeAcpOrder(agent, otherVariant, 1);
  await drainUntil(relay, receiver.received, 3);
  const ids = receiver.received.map((r) => r.headers['request-id']);
  assert.equal(new Set(ids).size, 1, 'one event, retried');
  const body = accept(receiver.received[2]!);
  assert.equal(body.type, 'order_create');
  assert.equal(body.data.id, orderId);
  const [delivery] = await queryRows<{ status: string; attempts: number }>(
    db,
    sql`SELECT d.status, d.attempts FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE e.agent_id = ${agent.id}`,
  );
  assert.deepEqual(delivery, { status: 'delivered', attempts: 3 });
});
