import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { checkoutRuntime, registerCheckoutRuntime } from '../orders/checkout/complete.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { CARD_DECLINED, CARD_OK, checkoutInvariants, CLEAN, setupShop } from '../../../test/support/checkout.ts';
import { setStock } from '../../../test/support/inventory.ts';
import { acp, assertAcp, registerTestAgent } from '../../../test/support/agents.ts';

/**
 * ACP (2026-04-17) through the real app: every request sent and every answer received is checked
 * against the protocol's published JSON schema (test/fixtures/acp/2026-04-17).
 */
const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 50);
const agent = await registerTestAgent(t, owner, { name: 'Shopping assistant', protocols: ['acp'] });
const [variant, otherVariant] = shop.variants;

const ADDRESS = { name: 'Ada Lovelace', line_one: 'Hauptstr. 1', city: 'Köln', state: 'NRW', country: 'DE', postal_code: '50667' };
const BUYER = { email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' };
const payWith = (card: string) => ({
  payment_data: { handler_id: 'stockroom_test_card', instrument: { type: 'card', credential: { type: 'test_card', token: card } } },
});

async function create(body: object) {
  assertAcp('CheckoutSessionCreateRequest', body);
  const res = await acp(t, agent, 'POST', '/checkout_sessions', body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assertAcp('CheckoutSession', res.body);
  return res;
}

async function update(id: string, body: object) {
  assertAcp('CheckoutSessionUpdateRequest', body);
  const res = await acp(t, agent, 'POST', `/checkout_sessions/${id}`, body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assertAcp('CheckoutSession', res.body);
  return res;
}

/** A session with an address and the shop's shipping option chosen: ready for payment. */
async function readySession(items: { id: string }[]) {
  const created = await create({
    currency: 'eur',
    line_items: items,
    capabilities: {},
    buyer: BUYER,
    fulfillment_details: { address: ADDRESS },
  });
  const option = created.body.fulfillment_options.find((o) => o.id === shop.shippingOptionId);
  assert.ok(option, 'the shop’s shipping option is offered');
  const updated = await update(created.body.id, {
    selected_fulfillment_options: [{ type: 'shipping', option_id: shop.shippingOptionId, item_ids: items.map((i) => i.id) }],
  });
  assert.equal(updated.body.status, 'ready_for_payment', JSON.stringify(updated.body.messages));
  return updated.body.id;
}

async function orderCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM orders`);
  return row?.n ?? 0;
}

test('create without an address: priced lines, one Item per unit, not ready until address and shipping are given', async () => {
  const res = await create({ currency: 'eur', line_items: [{ id: variant }, { id: variant }, { id: otherVariant }], capabilities: {} });
  assert.equal(res.body.status, 'not_ready_for_payment');
  assert.deepEqual(
    res.body.line_items.map((l) => [l.item.id, l.quantity]),
    [
      [variant, 2],
      [otherVariant, 1],
    ],
  );
  assert.equal(res.body.currency, 'eur');
  assert.ok(res.body.messages.some((m) => m.code === 'missing' && m.param === '$.fulfillment_details.address'));
  assert.deepEqual(res.body.fulfillment_options, [], 'no address, no shipping options');

  const read = await acp(t, agent, 'GET', `/checkout_sessions/${res.body.id}`);
  assert.equal(read.status, 200);
  assertAcp('CheckoutSession', read.body);
  assert.deepEqual(read.body.line_items, res.body.line_items);
});

test('create with an address offers shipping; choosing it makes the session ready; totals are the server’s', async () => {
  const created = await create({
    currency: 'eur',
    line_items: [{ id: variant, unit_amount: 1 }],
    capabilities: {},
    buyer: BUYER,
    fulfillment_details: { name: 'Ada Lovelace', email: BUYER.email, address: ADDRESS },
  });
  assert.equal(created.body.status, 'not_ready_for_payment');
  assert.ok(created.body.fulfillment_options.some((o) => o.id === shop.shippingOptionId));
  const updated = await update(created.body.id, {
    selected_fulfillment_options: [{ type: 'shipping', option_id: shop.shippingOptionId, item_ids: [variant] }],
  });
  assert.equal(updated.body.status, 'ready_for_payment');
  const total = (type: string) => updated.body.totals.find((x) => x.type === type)?.amount;
  assert.equal(total('items_base_amount'), 1999, 'the client’s unit_amount is ignored: the catalog’s price counts');
  assert.equal(total('fulfillment'), 490);
  assert.ok((total('tax') ?? 0) > 0, 'German VAT on top');
  assert.equal(total('total'), 1999 + 490 + (total('tax') ?? 0));
});

test('complete places one order; a replay answers the same; another key on the completed session answers the same order', async () => {
  const id = await readySession([{ id: variant }]);
  const before = await orderCount();
  const key = randomUUID();
  const body = payWith(CARD_OK);
  assertAcp('CheckoutSessionCompleteRequest', body);
  const first = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, body, { key });
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assertAcp('CheckoutSessionWithOrder', first.body);
  assert.equal(first.body.status, 'completed');
  assert.equal(first.headers['idempotency-key'], key);

  const replay = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, body, { key });
  assert.equal(replay.status, 200);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.deepEqual(replay.body, first.body);

  const again = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, body);
  assert.equal(again.status, 200);
  assertAcp('CheckoutSessionWithOrder', again.body);
  assert.equal(again.body.order?.id, first.body.order?.id);
  assert.equal(await orderCount(), before + 1, 'one order, whatever the agent retries');

  const changed = await acp(t, agent, 'POST', `/checkout_sessions/${id}`, { line_items: [{ id: otherVariant }] });
  assert.equal(changed.status, 409);
  assertAcp('Error', changed.body);
  assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);
});

test('a declined payment answers the open session with a payment_declined message; nothing is held; another card then pays', async () => {
  const id = await readySession([{ id: otherVariant }]);
  const before = await orderCount();
  const declined = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, payWith(CARD_DECLINED));
  assert.equal(declined.status, 200, JSON.stringify(declined.body));
  assertAcp('CheckoutSession', declined.body);
  assert.equal(declined.body.status, 'ready_for_payment');
  assert.ok(declined.body.messages.some((m) => m.type === 'error' && m.code === 'payment_declined'));
  assert.equal(declined.body.order, undefined);
  assert.equal(await orderCount(), before);
  assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);

  const paid = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, payWith(CARD_OK));
  assert.equal(paid.status, 200);
  assertAcp('CheckoutSessionWithOrder', paid.body);
});

test('an out-of-stock line answers the session with an out_of_stock message naming the line; nothing is held', async () => {
  const scarce = shop.variants[0];
  const id = await readySession([{ id: otherVariant }, { id: scarce }, { id: scarce }]);
  await setStock(t, owner, scarce, 1);
  const res = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, payWith(CARD_OK));
  await setStock(t, owner, scarce, 50);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assertAcp('CheckoutSession', res.body);
  assert.equal(res.body.status, 'not_ready_for_payment');
  const message = res.body.messages.find((m) => m.code === 'out_of_stock');
  assert.ok(message, JSON.stringify(res.body.messages));
  assert.equal(message.param, '$.line_items[1]');
  assert.deepEqual(await checkoutInvariants(t.database.db), CLEAN);
});

test('cancel: an open session is canceled; canceling again answers 405; a canceled session takes no changes', async () => {
  const created = await create({ currency: 'eur', line_items: [{ id: variant }], capabilities: {} });
  const canceled = await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}/cancel`, {});
  assert.equal(canceled.status, 200);
  assertAcp('CheckoutSession', canceled.body);
  assert.equal(canceled.body.status, 'canceled');
  const again = await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}/cancel`, {});
  assert.equal(again.status, 405);
  assertAcp('Error', again.body);
  const complete = await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}/complete`, payWith(CARD_OK));
  assert.equal(complete.status, 409);
  assertAcp('Error', complete.body);
});

test('Idempotency-Key: required on POST, the protocol’s codes for a reused key; API-Version negotiated', async () => {
  const body = { currency: 'eur', line_items: [{ id: variant }], capabilities: {} };
  const missing = await acp(t, agent, 'POST', '/checkout_sessions', body, { key: null });
  assert.equal(missing.status, 400);
  assertAcp('Error', missing.body);
  assert.equal(missing.body.code, 'idempotency_key_required');

  const key = randomUUID();
  const first = await acp(t, agent, 'POST', '/checkout_sessions', body, { key });
  assert.equal(first.status, 201);
  const reused = await acp(t, agent, 'POST', '/checkout_sessions', { ...body, line_items: [{ id: otherVariant }] }, { key });
  assert.equal(reused.status, 422);
  assertAcp('Error', reused.body);
  assert.equal(reused.body.code, 'idempotency_conflict');
  // Keys are scoped to the endpoint path: the same key on another endpoint is a new request.
  const elsewhere = await acp(t, agent, 'POST', `/checkout_sessions/${first.body.id}/cancel`, {}, { key });
  assert.equal(elsewhere.status, 200);

  const noVersion = await acp(t, agent, 'GET', `/checkout_sessions/${first.body.id}`, undefined, { version: null });
  assert.equal(noVersion.status, 400);
  assertAcp('Error', noVersion.body);
  assert.equal(noVersion.body.code, 'missing_api_version');
  const old = await acp(t, agent, 'GET', `/checkout_sessions/${first.body.id}`, undefined, { version: '2025-09-29' });
  assert.equal(old.status, 400);
  assertAcp('Error', old.body);
  assert.equal(old.body.code, 'unsupported_api_version');
  assert.deepEqual(old.body.supported_versions, ['2026-04-17']);

  const invalid = await acp(t, agent, 'POST', '/checkout_sessions', { ...body, currency: 'euro!' });
  assert.equal(invalid.status, 400);
  assertAcp('Error', invalid.body);
  assert.equal(invalid.body.param, '$.currency');
});

test('an agent completion waits its turn at the same admission gate as the store’s (a burst queues before anything is held)', async () => {
  const runtime = checkoutRuntime(t.database.db);
  let admitted = 0;
  registerCheckoutRuntime(t.database.db, {
    ...runtime,
    gate: {
      run: (fn) => {
        admitted += 1;
        return runtime.gate.run(fn);
      },
      get running() {
        return runtime.gate.running;
      },
      get waiting() {
        return runtime.gate.waiting;
      },
    },
  });
  try {
    const id = await readySession([{ id: variant }]);
    const res = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, payWith(CARD_OK), { key: randomUUID() });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, 'completed');
    assert.equal(admitted, 1);
  } finally {
    registerCheckoutRuntime(t.database.db, runtime);
  }
});
