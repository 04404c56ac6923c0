import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { TEST_DATABASE_URL } from './support/database.ts';
import { CLEAN, checkoutInvariants, complete, readyCart, setupShop, type Shop } from './support/checkout.ts';
import { startFakeStripe, type FakeStripe } from './support/fake-stripe.ts';
import { queryRows } from '../src/platform/db/index.ts';
import { setFailpointHook } from '../src/platform/failpoints.ts';

// CHECKS.md R8 and the race: Stripe's webhooks for a payment arrive while the shopper's own
// completion is placing the order, and twice at once. Only server PostgreSQL runs them concurrently.
const skip = !TEST_DATABASE_URL;

interface Env {
  t: TestApp;
  fake: FakeStripe;
  shop: Shop;
}
async function setup(captureMethod: 'manual' | 'automatic'): Promise<Env> {
  const fake = await startFakeStripe();
  const t = await startTestApp({ ...fake.env(captureMethod), STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
  const admin = await createStaffToken(t, 'admin');
  return { t, fake, shop: await setupShop(t, admin, 100) };
}
const manual = skip ? undefined : await setup('manual');

async function race(env: Env, type: string, rounds: number): Promise<void> {
  const { t, fake, shop } = env;
  const db = t.database.db;
  for (let round = 0; round < rounds; round += 1) {
    const cartId = await readyCart(t.app, shop, {
      lines: [{ variantId: shop.variants[0], quantity: 1 }],
      provider: 'stripe',
      data: { paymentMethod: 'pm_card_visa' },
    });
    const [session] = await queryRows<{ ref: string }>(
      db,
      sql`SELECT provider_data->>'reference' AS ref FROM payment_sessions WHERE cart_id = ${cartId} ORDER BY created_at DESC LIMIT 1`,
    );
    const deliveries: Promise<{ statusCode: number; body: string }>[] = [];
    const deliver = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/webhooks/payments/stripe',
        headers: { 'content-type': 'application/json', 'stripe-signature': fake.sign(payload) },
        payload,
      });
    // Right after Stripe authorized, before the completion places the order: the same event twice
    // at once and a second event, all racing the completion's own place phase.
    setFailpointHook('checkout.after_authorize', async () => {
      const intent = fake.mustGet(session!.ref);
      const event = fake.event(type, intent);
      const other = fake.event(type, intent);
      deliveries.push(deliver(event.payload), deliver(event.payload), deliver(other.payload));
    });
    let done;
    try {
      done = await complete(t.app, cartId, { key: `race-${type}-${round}` });
    } finally {
      setFailpointHook('checkout.after_authorize', undefined);
    }
    const answers = await Promise.all(deliveries);
    assert.equal(done.status, 201, JSON.stringify(done.body));
    assert.ok(done.body.accessToken, 'the guest gets the access token whoever placed the order');
    for (const a of answers) assert.equal(a.statusCode, 200, a.body);
    const [row] = await queryRows<{ orders: number; auths: number; captures: number; events: number }>(
      db,
      sql`
      SELECT (SELECT count(*)::int FROM orders WHERE cart_id = ${cartId}) AS orders,
             (SELECT count(*)::int FROM payment_transactions p JOIN orders o ON o.id = p.order_id WHERE o.cart_id = ${cartId} AND kind = 'authorization') AS auths,
             (SELECT count(*)::int FROM payment_transactions p JOIN orders o ON o.id = p.order_id WHERE o.cart_id = ${cartId} AND kind = 'capture') AS captures,
             (SELECT count(*)::int FROM payment_webhook_events WHERE reference = ${session!.ref}) AS events`,
    );
    const captures = fake.intents.get(session!.ref)?.capture_method === 'automatic' ? 1 : 0;
    assert.deepEqual(row, { orders: 1, auths: 1, captures, events: 2 });
  }
  assert.deepEqual(await checkoutInvariants(db), CLEAN);
}

test(
  'manual capture: completion and amount_capturable_updated (twice at once, plus another event) race → one order, one authorization',
  { skip },
  async () => {
    await race(manual!, 'payment_intent.amount_capturable_updated', 8);
  },
);

test('automatic capture: completion and payment_intent.succeeded race → one order, one capture', { skip }, async () => {
  const auto = await setup('automatic');
  await race(auto, 'payment_intent.succeeded', 8);
});
