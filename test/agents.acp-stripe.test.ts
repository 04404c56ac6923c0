import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { acp, assertAcp, registerTestAgent } from './support/agents.ts';
import { checkoutInvariants, CLEAN, setupShop } from './support/checkout.ts';
import { startFakeStripe } from './support/fake-stripe.ts';

// ACP completion with a Stripe shared payment token (`payment_data` with handler `card_tokenized`,
// credential type `spt`) through the `stripe` provider, against the local fake of Stripe's API.
// Every request and answer is checked against ACP's published schema (2026-04-17).

const fake = await startFakeStripe();
const t = await startTestApp(fake.env('manual'));
const db = t.database.db;
const owner = await createStaffToken(t, 'owner');
const shop = await setupShop(t, owner, 20);
const agent = await registerTestAgent(t, owner, { protocols: ['acp'] });
const [variant] = shop.variants;

const ADDRESS = { name: 'Ada Lovelace', line_one: 'Hauptstr. 1', city: 'Köln', state: 'NRW', country: 'DE', postal_code: '50667' };
const paySpt = (token: string, type = 'spt') => ({
  payment_data: { handler_id: 'card_tokenized', instrument: { type: 'card', credential: { type, token } } },
});

async function readySession(): Promise<{ id: string; total: number }> {
  const body = {
    currency: 'eur',
    line_items: [{ id: variant }],
    capabilities: {},
    buyer: { email: 'ada@example.com' },
    fulfillment_details: { address: ADDRESS },
  };
  assertAcp('CheckoutSessionCreateRequest', body);
  const created = await acp(t, agent, 'POST', '/checkout_sessions', body);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assertAcp('CheckoutSession', created.body);
  const ready = await acp(t, agent, 'POST', `/checkout_sessions/${created.body.id}`, {
    selected_fulfillment_options: [{ type: 'shipping', option_id: shop.shippingOptionId, item_ids: [] }],
  });
  assert.equal(ready.body.status, 'ready_for_payment', JSON.stringify(ready.body.messages));
  return { id: ready.body.id, total: ready.body.totals.find((x) => x.type === 'total')!.amount };
}

async function orderCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM orders`);
  return row?.n ?? 0;
}

const confirms = () => fake.requests.filter((r) => /^\/v1\/payment_intents\/[^/]+\/confirm$/.test(r.path) && !r.replayed);

test('the session offers Stripe’s tokenized-card handler when Stripe is configured', async () => {
  const created = await acp(t, agent, 'POST', '/checkout_sessions', { currency: 'eur', line_items: [{ id: variant }], capabilities: {} });
  assertAcp('CheckoutSession', created.body);
  const handlers = (created.body.capabilities as { payment: { handlers: { id: string; psp: string }[] } }).payment.handlers;
  assert.deepEqual(
    handlers.map((h) => [h.id, h.psp]),
    [
      ['stockroom_test_card', 'stockroom_test'],
      ['card_tokenized', 'stripe'],
    ],
  );
});

test('complete with a shared payment token: one PaymentIntent confirmed with the token, one order; a replay answers the same', async () => {
  const { id, total } = await readySession();
  const token = fake.grantSharedPaymentToken('pm_card_visa', { currency: 'eur', maxAmount: total });
  const body = paySpt(token);
  assertAcp('CheckoutSessionCompleteRequest', body);
  const before = await orderCount();
  const confirmsBefore = confirms().length;
  const key = randomUUID();
  const done = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, body, { key });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assertAcp('CheckoutSessionWithOrder', done.body);
  assert.equal(done.body.status, 'completed');
  assert.equal(await orderCount(), before + 1);

  const [session] = await queryRows<{ ref: string; spt: string }>(
    db,
    sql`SELECT p.provider_data->>'reference' AS ref, p.provider_data->>'sharedPaymentToken' AS spt
        FROM payment_sessions p JOIN agent_checkout_sessions s ON s.cart_id = p.cart_id WHERE s.id = ${id}`,
  );
  assert.equal(session?.spt, token);
  const intent = fake.mustGet(session.ref);
  assert.equal(intent.status, 'requires_capture', 'authorized with the manual capture setting');
  assert.equal(intent.amount, total);
  assert.equal(intent.currency, 'eur');
  assert.equal(intent.payment_method, 'pm_card_visa', 'the token’s payment method paid');
  assert.equal(confirms().length, confirmsBefore + 1, 'confirmed once');
  assert.equal(fake.grantedTokens.get(token)?.deactivated_reason, 'consumed');

  const replay = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, body, { key });
  assert.equal(replay.status, 200);
  assert.deepEqual(replay.body, done.body);
  const again = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, body);
  assert.equal(again.body.order?.id, done.body.order?.id);
  assert.equal(confirms().length, confirmsBefore + 1, 'no second charge whatever the agent retries');
  assert.equal(await orderCount(), before + 1);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('a declined shared payment token: the open session with a payment_declined message, no order, nothing held', async () => {
  const { id, total } = await readySession();
  const declined = fake.grantSharedPaymentToken('pm_card_chargeDeclinedInsufficientFunds', { currency: 'eur', maxAmount: total });
  const before = await orderCount();
  const res = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, paySpt(declined));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assertAcp('CheckoutSession', res.body);
  assert.equal(res.body.status, 'ready_for_payment');
  assert.equal(res.body.order, undefined);
  const message = res.body.messages.find((m) => m.type === 'error' && m.code === 'payment_declined');
  assert.ok(message, JSON.stringify(res.body.messages));
  assert.match(String((message as { content?: string }).content), /insufficient_funds/);
  assert.equal(await orderCount(), before);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);

  // A token granted for less than the total is refused by Stripe: a decline too, nothing held.
  const small = fake.grantSharedPaymentToken('pm_card_visa', { currency: 'eur', maxAmount: total - 1 });
  const refused = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, paySpt(small));
  assert.equal(refused.status, 200, JSON.stringify(refused.body));
  assertAcp('CheckoutSession', refused.body);
  assert.ok(refused.body.messages.some((m) => m.code === 'payment_declined'));
  assert.equal(await orderCount(), before);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);

  const good = fake.grantSharedPaymentToken('pm_card_visa', { currency: 'eur', maxAmount: total });
  const paid = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, paySpt(good));
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  assertAcp('CheckoutSessionWithOrder', paid.body);
  assert.equal(await orderCount(), before + 1);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('the handler takes only its credential type; a malformed token is refused before Stripe is called', async () => {
  const { id } = await readySession();
  const requests = fake.requests.length;
  const wrongType = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, paySpt('spt_abc', 'test_card'));
  assert.equal(wrongType.status, 400);
  assertAcp('Error', wrongType.body);
  assert.equal(wrongType.body.param, '$.payment_data.instrument.credential.type');
  const malformed = await acp(t, agent, 'POST', `/checkout_sessions/${id}/complete`, paySpt('pm_card_visa'));
  assert.equal(malformed.status, 400, JSON.stringify(malformed.body));
  assertAcp('Error', malformed.body);
  assert.equal(fake.requests.length, requests, 'Stripe was not called');
});
