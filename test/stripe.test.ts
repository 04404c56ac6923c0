import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { CLEAN, checkoutInvariants, complete, readyCart, send, setupShop } from './support/checkout.ts';
import { startFakeStripe } from './support/fake-stripe.ts';
import { queryRows } from '../src/platform/db/index.ts';
import { configureFailpoint, setFailpointHook } from '../src/platform/failpoints.ts';
import { configurePaymentProviders, paymentProviders } from '../src/modules/payments/index.ts';
import { recoverCheckouts } from '../src/modules/orders/index.ts';

// The `stripe` provider through the real SDK against a local fake of Stripe's API (no internet),
// and POST /webhooks/payments/stripe signed with the SDK's own test helper.

const fake = await startFakeStripe();
const t = await startTestApp({ ...fake.env('manual'), STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const db = t.database.db;
configurePaymentProviders(db, { timeoutMs: 1_000 }); // a stalled Stripe answers 503 after 1 s (Stripe's settings stay)
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);
const [V] = shop.variants;
const staff = { authorization: `Bearer ${admin}` };

const stripeCart = (paymentMethod?: string, quantity = 1) =>
  readyCart(t.app, shop, {
    lines: [{ variantId: V, quantity }],
    provider: 'stripe',
    ...(paymentMethod ? { data: { paymentMethod } } : {}),
  });
const intentOf = async (cartId: string) =>
  (
    await queryRows<{ ref: string }>(
      db,
      sql`SELECT provider_data->>'reference' AS ref FROM payment_sessions WHERE cart_id = ${cartId} ORDER BY created_at DESC LIMIT 1`,
    )
  )[0]!.ref;
const reservedOf = async () =>
  (await queryRows<{ reserved: number }>(db, sql`SELECT sum(reserved)::int AS reserved FROM inventory_levels WHERE variant_id = ${V}`))[0]!
    .reserved;
const ordersOf = async (cartId: string) =>
  (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM orders WHERE cart_id = ${cartId}`))[0]!.n;
const ledgerOf = async (orderId: string) =>
  queryRows<{ kind: string; amount: number }>(
    db,
    sql`SELECT kind, amount::int AS amount FROM payment_transactions WHERE order_id = ${orderId} ORDER BY id`,
  );
const deliver = (payload: string, signature?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/webhooks/payments/stripe',
    headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'stripe-signature': signature }) },
    payload,
  });
const webhook = (type: string, object: Parameters<typeof fake.event>[1]) => {
  const event = fake.event(type, object);
  return deliver(event.payload, fake.sign(event.payload));
};
const eventRows = async () => (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM payment_webhook_events`))[0]!.n;
/** Every authorization the fake holds belongs to an order of ours (no dangling hold). */
const danglingAuthorizations = async () => {
  const held = [...fake.intents.values()].filter((i) => i.status === 'requires_capture').map((i) => i.id);
  if (held.length === 0) return [];
  const rows = await queryRows<{ ref: string }>(
    db,
    sql`SELECT DISTINCT provider_reference AS ref FROM payment_transactions WHERE provider = 'stripe' AND kind = 'authorization'`,
  );
  const placed = new Set(rows.map((r) => r.ref));
  return held.filter((id) => !placed.has(id));
};

test('stripe is offered when configured; the session creates one PaymentIntent and a retry gets the same one', async () => {
  const cartId = await stripeCart();
  const providers = await send(t.app, 'GET', `/store/carts/${cartId}/payment-providers`);
  assert.ok(providers.body.items.some((p) => p.id === 'stripe'));
  const again = await send(t.app, 'POST', `/store/carts/${cartId}/payment`, { provider: 'stripe' });
  assert.equal(again.status, 201, JSON.stringify(again.body));
  const intent = fake.mustGet((again.body.data as { paymentIntentId: string }).paymentIntentId);
  assert.equal(again.body.clientSecret, intent.client_secret);
  assert.equal(intent.capture_method, 'manual');
  assert.equal(intent.metadata.cart_id, cartId);
  assert.equal(await intentOf(cartId), intent.id);
  const creates = fake.requests.filter((r) => r.path === '/v1/payment_intents' && r.method === 'POST');
  assert.ok(
    creates.every((r) => r.key?.startsWith('session:')),
    'every create carries our idempotency key',
  );
  assert.ok(
    creates.some((r) => r.replayed),
    'the second session call was a replay of the first',
  );
  const bad = await send(t.app, 'POST', `/store/carts/${cartId}/payment`, { provider: 'stripe', data: { paymentMethod: 'card 4242' } });
  assert.equal(bad.status, 400);
  assert.equal((bad.body.errors as { path: string }[])[0]?.path, '/data/paymentMethod');
});

test('success (manual capture), partial capture, partial and full refund: each a keyed Stripe call, the ledger follows', async () => {
  const cartId = await stripeCart('pm_card_visa');
  const done = await complete(t.app, cartId, { key: 'stripe-success' });
  assert.equal(done.status, 201, JSON.stringify(done.body));
  assert.equal(done.body.order.paymentStatus, 'authorized');
  const intent = fake.mustGet(await intentOf(cartId));
  assert.equal(intent.status, 'requires_capture');
  assert.equal(intent.amount, done.body.order.total);
  const orderId = done.body.order.id;
  const total = intent.amount;

  const capture = await send(t.app, 'POST', `/admin/orders/${orderId}/capture`, { amount: total - 100 }, staff);
  assert.equal(capture.status, 200, JSON.stringify(capture.body));
  assert.equal(intent.status, 'succeeded');
  assert.equal(intent.amount_received, total - 100);
  const partial = await send(t.app, 'POST', `/admin/orders/${orderId}/refunds`, { amount: 500, reason: 'scratch' }, staff);
  assert.equal(partial.status, 200, JSON.stringify(partial.body));
  assert.equal(partial.body.paymentStatus, 'partially_refunded');
  const rest = await send(t.app, 'POST', `/admin/orders/${orderId}/refunds`, { amount: total - 600, reason: 'returned' }, staff);
  assert.equal(rest.status, 200, JSON.stringify(rest.body));
  assert.equal(rest.body.paymentStatus, 'refunded');
  assert.equal(fake.chargeOf(intent.id).amount_refunded, total - 100);
  const keyed = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/'));
  assert.ok(
    keyed.every((r) => r.key !== undefined),
    'every Stripe POST carries an idempotency key',
  );
  assert.deepEqual(
    (await ledgerOf(orderId)).map((r) => r.kind),
    ['authorization', 'capture', 'refund', 'refund'],
  );
});

test('decline and insufficient funds: 402 with the decline code, nothing held, the cart stays usable', async () => {
  const before = await reservedOf();
  for (const [pm, reason] of [
    ['pm_card_chargeDeclined', 'generic_decline'],
    ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ] as const) {
    const cartId = await stripeCart(pm);
    const res = await complete(t.app, cartId, { key: `decline-${pm}` });
    assert.equal(res.status, 402, JSON.stringify(res.body));
    assert.deepEqual([res.body.code, res.body.reason], ['payment_declined', reason]);
    assert.ok(!JSON.stringify(res.body).includes('Your card was declined'), "Stripe's own message is not passed on");
    assert.equal(await ordersOf(cartId), 0);
    // the shopper tries another card: a new session, and the same cart completes
    const session = await send(t.app, 'POST', `/store/carts/${cartId}/payment`, {
      provider: 'stripe',
      data: { paymentMethod: 'pm_card_visa' },
    });
    assert.equal(session.status, 201);
    const ok = await complete(t.app, cartId, { key: `after-decline-${pm}` });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  }
  assert.equal(await reservedOf(), before + 2);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('3-D Secure: 409 payment_action_required with the client secret, the cart stays open; after authenticating it completes', async () => {
  const before = await reservedOf();
  const cartId = await stripeCart('pm_card_threeDSecure2Required');
  const first = await complete(t.app, cartId, { key: '3ds-1' });
  assert.equal(first.status, 409, JSON.stringify(first.body));
  assert.equal(first.body.code, 'payment_action_required');
  const intent = fake.mustGet(await intentOf(cartId));
  assert.equal(first.body.clientSecret, intent.client_secret);
  assert.equal(await reservedOf(), before, 'nothing is held while the shopper authenticates');
  fake.authenticate(intent.id); // Stripe.js handles next_action
  const second = await complete(t.app, cartId, { key: '3ds-2' });
  assert.equal(second.status, 201, JSON.stringify(second.body));
  assert.equal(second.body.order.paymentStatus, 'authorized');
});

test('canceling an authorized order voids the PaymentIntent', async () => {
  const cartId = await stripeCart('pm_card_visa');
  const done = await complete(t.app, cartId, { key: 'stripe-void' });
  assert.equal(done.status, 201);
  const cancel = await send(t.app, 'POST', `/admin/orders/${done.body.order.id}/cancel`, undefined, staff);
  assert.equal(cancel.status, 200, JSON.stringify(cancel.body));
  assert.equal(cancel.body.paymentStatus, 'voided');
  assert.equal(fake.mustGet(await intentOf(cartId)).status, 'canceled');
});

test('the fake keeps Stripe idempotency: same key and parameters replay, other parameters → 400 idempotency_error', async () => {
  const sdk = new Stripe(fake.secretKey, {
    host: '127.0.0.1',
    port: Number(new URL(fake.url).port),
    protocol: 'http',
    maxNetworkRetries: 0,
  });
  const a = await sdk.paymentIntents.create({ amount: 1000, currency: 'eur' }, { idempotencyKey: 'fake-idem' });
  const b = await sdk.paymentIntents.create({ amount: 1000, currency: 'eur' }, { idempotencyKey: 'fake-idem' });
  assert.equal(a.id, b.id);
  await assert.rejects(
    sdk.paymentIntents.create({ amount: 2000, currency: 'eur' }, { idempotencyKey: 'fake-idem' }),
    (error: unknown) => error instanceof Stripe.errors.StripeIdempotencyError,
  );
});

test('webhook signatures: only valid and rotated (two v1) are applied; altered, stale, future, missing, re-serialised → 400, nothing applied', async () => {
  const rows = await eventRows();
  const event = fake.event('payment_intent.created', { id: 'pi_unknown', object: 'payment_intent', status: 'requires_payment_method' });
  const now = Math.floor(Date.now() / 1000);
  const altered = event.payload.replace('pi_unknown', 'pi_unknowm');
  const reserialised = JSON.stringify(JSON.parse(event.payload), null, 2);
  for (const [name, payload, signature] of [
    ['altered by one byte', altered, fake.sign(event.payload)],
    // A minute past the 300 s tolerance either way, so a slow machine between signing and checking
    // cannot bring a stamp back inside it.
    ['360 s old', event.payload, fake.sign(event.payload, { timestamp: now - 360 })],
    ['360 s in the future', event.payload, fake.sign(event.payload, { timestamp: now + 360 })],
    ['missing', event.payload, undefined],
    ['re-serialised body', reserialised, fake.sign(event.payload)],
    ['wrong secret', event.payload, fake.sign(event.payload, { secret: 'whsec_other' })],
  ] as const) {
    const res = await deliver(payload, signature);
    assert.equal(res.statusCode, 400, name);
    assert.equal(res.json<{ code: string }>().code, 'validation_failed', name);
  }
  assert.equal(await eventRows(), rows, 'nothing applied');
  // secret rotation: one v1 with the old secret, one with the current one
  const old = fake.sign(event.payload, { secret: 'whsec_previous', timestamp: now });
  const current = fake.sign(event.payload, { timestamp: now });
  const rotated = `${current},v1=${/v1=([0-9a-f]+)/.exec(old)![1]}`;
  const ok = await deliver(event.payload, rotated);
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(await eventRows(), rows + 1);
  const duplicate = await deliver(event.payload, current);
  assert.equal(duplicate.statusCode, 200);
  assert.equal(duplicate.json<{ duplicate: boolean }>().duplicate, true);
  assert.equal(await eventRows(), rows + 1, 'a duplicate is stored once');
});

test('webhook first, then the shopper: the webhook places the order, the completion answers that order; one capture', async () => {
  const cartId = await stripeCart('pm_card_visa');
  setFailpointHook('checkout.after_authorize', async () => {
    const intent = fake.mustGet(await intentOf(cartId));
    const res = await webhook('payment_intent.amount_capturable_updated', intent);
    assert.equal(res.json<{ outcome: string }>().outcome, 'placed', res.body);
  });
  try {
    const done = await complete(t.app, cartId, { key: 'webhook-first' });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    assert.ok(done.body.accessToken, 'the guest still gets the access token');
    const read = await send(t.app, 'GET', `/store/orders/${done.body.order.id}`, undefined, { 'x-order-token': done.body.accessToken });
    assert.equal(read.status, 200);
  } finally {
    setFailpointHook('checkout.after_authorize', undefined);
  }
  assert.equal(await ordersOf(cartId), 1);
  const intent = fake.mustGet(await intentOf(cartId));
  const again = await webhook('payment_intent.amount_capturable_updated', intent);
  assert.equal(again.json<{ outcome: string }>().outcome, 'unchanged');
  assert.equal(await ordersOf(cartId), 1);
});

test('shopper first, then the webhook (twice): one order, the duplicate ignored', async () => {
  const cartId = await stripeCart('pm_card_visa');
  const done = await complete(t.app, cartId, { key: 'client-first' });
  assert.equal(done.status, 201);
  const intent = fake.mustGet(await intentOf(cartId));
  const event = fake.event('payment_intent.amount_capturable_updated', intent);
  const first = await deliver(event.payload, fake.sign(event.payload));
  const second = await deliver(event.payload, fake.sign(event.payload));
  assert.deepEqual([first.statusCode, second.statusCode], [200, 200]);
  assert.equal(second.json<{ duplicate: boolean }>().duplicate, true);
  assert.equal(await ordersOf(cartId), 1);
  assert.deepEqual(
    (await ledgerOf(done.body.order.id)).map((r) => r.kind),
    ['authorization'],
  );
});

test('out of order (automatic capture, the completion died): charge.refunded before succeeded → one order, captured then refunded', async () => {
  const manual = paymentProviders(db).options.stripe!;
  configurePaymentProviders(db, { timeoutMs: 1_000, stripe: { ...manual, captureMethod: 'automatic' } });
  try {
    const cartId = await stripeCart('pm_card_visa');
    configureFailpoint('checkout.after_authorize:error'); // the process loses its way after Stripe took the money
    const died = await complete(t.app, cartId);
    configureFailpoint(undefined);
    assert.equal(died.status, 500);
    const intent = fake.mustGet(await intentOf(cartId));
    assert.equal(intent.status, 'succeeded');
    // the merchant refunds 300 in Stripe's dashboard; that event overtakes payment_intent.succeeded
    const sdk = new Stripe(fake.secretKey, { host: '127.0.0.1', port: Number(new URL(fake.url).port), protocol: 'http' });
    await sdk.refunds.create({ payment_intent: intent.id, amount: 300 });
    const refunded = await webhook('charge.refunded', fake.chargeOf(intent.id));
    assert.equal(refunded.statusCode, 200, refunded.body);
    assert.equal(refunded.json<{ outcome: string }>().outcome, 'placed');
    const succeeded = await webhook('payment_intent.succeeded', { ...intent, status: 'succeeded' });
    assert.equal(succeeded.json<{ outcome: string }>().outcome, 'unchanged');
    const [order] = await queryRows<{ id: string }>(db, sql`SELECT id FROM orders WHERE cart_id = ${cartId}`);
    assert.ok(order);
    assert.deepEqual(await ledgerOf(order.id), [
      { kind: 'authorization', amount: intent.amount },
      { kind: 'capture', amount: intent.amount },
      { kind: 'refund', amount: 300 },
    ]);
    assert.equal(await ordersOf(cartId), 1);
  } finally {
    configurePaymentProviders(db, { timeoutMs: 1_000, stripe: manual });
  }
});

test('crash after authorization, then the sweep: it voids the intent; a late webhook places nothing', async () => {
  const cartId = await stripeCart('pm_card_visa');
  configureFailpoint('checkout.after_authorize:error');
  const died = await complete(t.app, cartId);
  configureFailpoint(undefined);
  assert.equal(died.status, 500);
  const intent = fake.mustGet(await intentOf(cartId));
  assert.equal(intent.status, 'requires_capture');
  const report = await recoverCheckouts(db, paymentProviders(db), { olderThanSeconds: 0 });
  assert.equal(report.voidFailures, 0);
  assert.equal(intent.status, 'canceled');
  const late = await webhook('payment_intent.amount_capturable_updated', { ...intent, status: 'requires_capture' });
  assert.equal(late.json<{ outcome: string }>().outcome, 'unchanged');
  assert.equal(await ordersOf(cartId), 0);
  assert.deepEqual(await danglingAuthorizations(), []);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

test('crash after authorization, then the webhook: it places the order; the sweep then has nothing to void', async () => {
  const cartId = await stripeCart('pm_card_visa');
  configureFailpoint('checkout.after_authorize:error');
  const died = await complete(t.app, cartId);
  configureFailpoint(undefined);
  assert.equal(died.status, 500);
  const intent = fake.mustGet(await intentOf(cartId));
  const res = await webhook('payment_intent.amount_capturable_updated', intent);
  assert.equal(res.json<{ outcome: string }>().outcome, 'placed');
  const report = await recoverCheckouts(db, paymentProviders(db), { olderThanSeconds: 0 });
  assert.deepEqual([report.released, report.voided], [0, 0]);
  assert.equal(intent.status, 'requires_capture');
  assert.equal(await ordersOf(cartId), 1);
  assert.deepEqual(await danglingAuthorizations(), []);
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
});

for (const fault of ['stall', 'error500', 'malformed'] as const) {
  test(`Stripe ${fault}: session and completion answer 503 with Retry-After, nothing changes; a retry with the same key succeeds`, async () => {
    const cartId = await stripeCart('pm_card_visa');
    const sessions = async () =>
      (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM payment_sessions WHERE cart_id = ${cartId}`))[0]!.n;
    const before = await sessions();
    fake.inject(fault, 1, /^\/v1\/payment_intents$/);
    const session = await send(t.app, 'POST', `/store/carts/${cartId}/payment`, {
      provider: 'stripe',
      data: { paymentMethod: 'pm_card_visa' },
    });
    assert.equal(session.status, 503, JSON.stringify(session.body));
    assert.ok(session.headers['retry-after']);
    assert.equal(await sessions(), before);

    const reservedBefore = await reservedOf();
    fake.inject(fault, 1, /^\/v1\/payment_intents\/pi_/);
    const failed = await complete(t.app, cartId, { key: `fault-${fault}` });
    assert.equal(failed.status, 503, JSON.stringify(failed.body));
    assert.ok(failed.headers['retry-after']);
    assert.equal(await ordersOf(cartId), 0);
    const retry = await complete(t.app, cartId, { key: `fault-${fault}` });
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.equal(await reservedOf(), reservedBefore + 1);

    // a webhook whose re-read fails is refused (Stripe redelivers) and applies nothing
    const intent = fake.mustGet(await intentOf(cartId));
    const event = fake.event('payment_intent.amount_capturable_updated', intent);
    const rows = await eventRows();
    fake.inject(fault, 1, /^\/v1\/payment_intents\/pi_/);
    // the order is placed, so the webhook needs no re-read: it is recorded unchanged
    const res = await deliver(event.payload, fake.sign(event.payload));
    assert.equal(res.statusCode, 200);
    assert.equal(await eventRows(), rows + 1);
    fake.clearFaults();
  });
}

test('a webhook for an open attempt while Stripe fails is refused with 503 and applied on redelivery', async () => {
  const cartId = await stripeCart('pm_card_visa');
  configureFailpoint('checkout.after_authorize:error');
  assert.equal((await complete(t.app, cartId)).status, 500);
  configureFailpoint(undefined);
  const intent = fake.mustGet(await intentOf(cartId));
  const event = fake.event('payment_intent.amount_capturable_updated', intent);
  const rows = await eventRows();
  fake.inject('error500', 1, /^\/v1\/payment_intents\/pi_/);
  const refused = await deliver(event.payload, fake.sign(event.payload));
  assert.equal(refused.statusCode, 503);
  assert.equal(await eventRows(), rows);
  assert.equal(await ordersOf(cartId), 0);
  const redelivered = await deliver(event.payload, fake.sign(event.payload));
  assert.equal(redelivered.json<{ outcome: string }>().outcome, 'placed');
  assert.equal(await ordersOf(cartId), 1);
});

/** Runs `fn` with the `stripe` provider capturing automatically. */
async function withAutomaticCapture(fn: () => Promise<void>): Promise<void> {
  const manual = paymentProviders(db).options.stripe!;
  configurePaymentProviders(db, { timeoutMs: 1_000, stripe: { ...manual, captureMethod: 'automatic' } });
  try {
    await fn();
  } finally {
    configurePaymentProviders(db, { timeoutMs: 1_000, stripe: manual });
  }
}

async function diedAfterCapture(variantId: string, quantity: number): Promise<{ cartId: string; intentId: string }> {
  const cartId = await readyCart(t.app, shop, {
    lines: [{ variantId, quantity }],
    provider: 'stripe',
    data: { paymentMethod: 'pm_card_visa' },
  });
  configureFailpoint('checkout.after_authorize:error');
  const died = await complete(t.app, cartId);
  configureFailpoint(undefined);
  assert.equal(died.status, 500);
  const intentId = await intentOf(cartId);
  assert.equal(fake.mustGet(intentId).status, 'succeeded');
  return { cartId, intentId };
}

test('automatic capture, the completion died, no webhook: the sweep cannot void captured money, so it places the order', async () => {
  await withAutomaticCapture(async () => {
    const { cartId } = await diedAfterCapture(V, 1);
    const report = await recoverCheckouts(db, paymentProviders(db), { olderThanSeconds: 0 });
    assert.deepEqual([report.released, report.settled, report.voidFailures], [1, 1, 0]);
    assert.equal(await ordersOf(cartId), 1);
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
  });
});

test('automatic capture, the completion died, the stock went meanwhile: the late succeeded webhook refunds in full', async () => {
  await withAutomaticCapture(async () => {
    const W = shop.variants[1];
    const { cartId, intentId } = await diedAfterCapture(W, 2);
    fake.inject('error500', 1, /\/cancel$/); // the sweep's void does not get through this time
    const report = await recoverCheckouts(db, paymentProviders(db), { olderThanSeconds: 0 });
    assert.deepEqual([report.released, report.voidFailures], [1, 1]);
    // someone else buys everything that is left
    const [level] = await queryRows<{ available: number }>(
      db,
      sql`SELECT sum(on_hand - reserved)::int AS available FROM inventory_levels WHERE variant_id = ${W}`,
    );
    const other = await readyCart(t.app, shop, { lines: [{ variantId: W, quantity: level!.available }] });
    assert.equal((await complete(t.app, other)).status, 201);
    const res = await webhook('payment_intent.succeeded', fake.mustGet(intentId));
    assert.equal(res.json<{ outcome: string }>().outcome, 'refunded_unplaced', res.body);
    assert.equal(await ordersOf(cartId), 0);
    assert.equal(fake.chargeOf(intentId).amount_refunded, fake.mustGet(intentId).amount);
    const again = await recoverCheckouts(db, paymentProviders(db), { olderThanSeconds: 0 });
    assert.equal(again.voidFailures, 0, 'nothing is left to void');
    assert.deepEqual(await checkoutInvariants(db), CLEAN);
  });
});
