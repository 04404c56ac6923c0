import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { startFakeStripe } from '../../../test/support/fake-stripe.ts';
import { decode, startDemoShop, Visitor } from './storefront.test-support.ts';

// The checkout pages with Stripe configured, against the local fake of Stripe's API (no internet:
// Stripe.js cannot load here, so the browser's part is played by the fake's client-side confirmation).
const fake = await startFakeStripe();
const PUBLISHABLE = 'pk_test_storefront123';
const t = await startDemoShop({
  ...fake.env('automatic'),
  STRIPE_PUBLISHABLE_KEY: PUBLISHABLE,
  STOCKROOM_CHECKOUT_RATE_PER_IP: '100000',
  STOCKROOM_TRUST_PROXY: '127.0.0.1',
});

const ordersOf = async (cartId: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM orders WHERE cart_id = ${cartId}`))[0]?.n;

/** A variant with stock to spare (the demo shop's stock is random, some variants have none). */
async function stockedVariant(): Promise<string> {
  const products = (await t.app.inject({ method: 'GET', url: '/store/products?limit=20&view=full' })).json<{
    items: { variants: { id: string }[] }[];
  }>();
  for (const variant of products.items.flatMap((p) => p.variants)) {
    const levels = (
      await t.app.inject({
        method: 'GET',
        url: `/admin/inventory?variantId=${variant.id}`,
        headers: { authorization: `Bearer ${t.admin}` },
      })
    ).json<{ locations: { onHand: number; reserved: number }[] }>();
    if (levels.locations.reduce((n, l) => n + l.onHand - l.reserved, 0) >= 10) return variant.id;
  }
  throw new Error('no variant with stock in the demo shop');
}

/** A visitor whose cart has a line, an address and a shipping method: the checkout's payment step. */
async function shopperAtPayment(): Promise<{ shopper: Visitor; cartId: string }> {
  const shopper = new Visitor(t.app);
  await shopper.get('/');
  const variantId = await stockedVariant();
  assert.equal((await shopper.post('/cart/items', { variantId, quantity: '2' })).headers.location, '/cart');
  await shopper.get('/checkout');
  const address = await shopper.post('/checkout/address', {
    email: 'grace@example.test',
    firstName: 'Grace',
    lastName: 'Hopper',
    address1: 'Hauptstr. 1',
    postalCode: '50667',
    city: 'Köln',
    countryCode: 'DE',
  });
  assert.equal(address.headers.location, '/checkout');
  const withAddress = await shopper.get('/checkout');
  const optionId = /name="shippingOptionId"\s+value="([^"]+)"/.exec(withAddress.body)?.[1];
  assert.ok(optionId, 'a shipping option');
  assert.equal((await shopper.post('/checkout/shipping', { shippingOptionId: optionId })).headers.location, '/checkout');
  return { shopper, cartId: shopper.cookies.get('sf_cart') ?? '' };
}

test('Stripe on the checkout: the Payment Element page carries the key and the client secret of an intent for the cart’s exact total', async () => {
  const { shopper, cartId } = await shopperAtPayment();
  const checkout = await shopper.get('/checkout');
  assert.match(checkout.body, /<input type="radio" id="p-stripe" name="provider" value="stripe"/);
  const strictCsp = String(checkout.headers['content-security-policy']);
  assert.doesNotMatch(strictCsp, /stripe\.com/, 'other pages keep the strict CSP');
  assert.doesNotMatch(checkout.body, /js\.stripe\.com|pk_test_/);

  const chosen = await shopper.post('/checkout/pay', { provider: 'stripe', key: 'unused' });
  assert.equal(chosen.statusCode, 303);
  assert.equal(chosen.headers.location, '/checkout/stripe');
  assert.equal(await ordersOf(cartId), 0, 'choosing Stripe places nothing');

  const payment = await shopper.get('/checkout/stripe');
  assert.equal(payment.statusCode, 200, payment.body);
  assert.equal(payment.headers['cache-control'], 'private, no-store');
  const mount = /<div\s+id="payment-element"([^>]*)>/.exec(payment.body)?.[1] ?? '';
  const attr = (name: string) => decode(new RegExp(`${name}="([^"]*)"`).exec(mount)?.[1] ?? '');
  assert.equal(attr('data-publishable-key'), PUBLISHABLE);
  const secret = attr('data-client-secret');
  const intent = [...fake.intents.values()].find((i) => i.client_secret === secret);
  assert.ok(intent, 'the client secret is of an intent the fake holds');
  const cart = (await t.app.inject({ method: 'GET', url: `/store/carts/${cartId}` })).json<{ total: number; currency: string }>();
  assert.deepEqual([intent.amount, intent.currency], [cart.total, cart.currency.toLowerCase()]);
  assert.equal(intent.metadata.cart_id, cartId);
  assert.equal(attr('data-return-url'), 'https://shop.example.test/checkout/stripe/return');
  // Stripe.js from Stripe, then our static script; no inline script anywhere.
  const scripts = [...payment.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
  assert.ok(scripts.some((s) => s.includes('src="https://js.stripe.com/v3/"')));
  const ours = /src="(\/assets\/stripe-payment\.js\?v=[^"]+)"/.exec(payment.body)?.[1];
  assert.ok(ours, 'our static script');
  assert.ok(
    scripts.every((s) => /\bsrc="/.test(s) || /type="application\/ld\+json"/.test(s)),
    'no inline script',
  );
  const script = await t.app.inject({ method: 'GET', url: decode(ours) });
  assert.equal(script.statusCode, 200);
  assert.match(script.body, /confirmPayment/);
  assert.match(script.body, /return_url/);

  // Only this page allows Stripe, as Stripe documents for the Payment Element.
  const csp = String(payment.headers['content-security-policy']);
  const directive = (name: string) => new RegExp(`(?:^|; )${name} ([^;]*)`).exec(csp)?.[1] ?? '';
  assert.match(directive('script-src'), /^'self' https:\/\/js\.stripe\.com$/);
  assert.match(directive('frame-src'), /https:\/\/js\.stripe\.com/);
  assert.match(directive('connect-src'), /https:\/\/api\.stripe\.com/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.doesNotMatch(String((await shopper.get('/cart')).headers['content-security-policy']), /stripe/);
});

test('the return URL: an intent not yet paid or waiting for 3-D Secure shows the problem and places nothing; a succeeded one places exactly one order', async () => {
  const { shopper, cartId } = await shopperAtPayment();
  await shopper.get('/checkout');
  assert.equal((await shopper.post('/checkout/pay', { provider: 'stripe' })).headers.location, '/checkout/stripe');
  const payment = await shopper.get('/checkout/stripe');
  const secret = decode(/data-client-secret="([^"]*)"/.exec(payment.body)?.[1] ?? '');
  const intent = [...fake.intents.values()].find((i) => i.client_secret === secret);
  assert.ok(intent);
  const returnUrl = `/checkout/stripe/return?payment_intent=${intent.id}&payment_intent_client_secret=${secret}&redirect_status=succeeded`;

  // Not confirmed at all (a forged or early return): declined, nothing placed.
  const early = await shopper.get(returnUrl);
  assert.equal(early.statusCode, 303);
  assert.equal(early.headers.location, '/checkout/stripe?error=payment_declined');
  assert.match((await shopper.get(early.headers.location ?? '')).body, /role="alert">The payment was declined/);
  assert.equal(await ordersOf(cartId), 0);

  // 3-D Secure started but not finished.
  fake.confirmAsClient(intent.id, 'pm_card_threeDSecure2Required');
  assert.equal(intent.status, 'requires_action');
  const pending = await shopper.get(returnUrl);
  assert.equal(pending.headers.location, '/checkout/stripe?error=payment_action_required');
  assert.match((await shopper.get(pending.headers.location ?? '')).body, /3-D Secure/);
  assert.equal(await ordersOf(cartId), 0);

  // Another intent than the cart's: refused before any completion.
  const foreign = await shopper.get('/checkout/stripe/return?payment_intent=pi_notours&redirect_status=succeeded');
  assert.equal(foreign.headers.location, '/checkout?error=payment_mismatch');

  fake.authenticate(intent.id);
  assert.equal(intent.status, 'succeeded');
  const paid = await shopper.get(returnUrl);
  assert.equal(paid.statusCode, 303, paid.body);
  const orderPath = String(paid.headers.location);
  assert.match(orderPath, /^\/orders\/ord_/);
  const confirmation = await shopper.get(orderPath);
  assert.equal(confirmation.statusCode, 200);
  assert.match(confirmation.body, /Thank you for your order/);
  assert.equal(await ordersOf(cartId), 1);
  const order = (
    await t.app.inject({ method: 'GET', url: `/admin/orders/${orderPath.split('/')[2]}`, headers: { authorization: `Bearer ${t.admin}` } })
  ).json<{ total: number; paymentStatus: string }>();
  assert.deepEqual([order.total, order.paymentStatus], [intent.amount, 'captured']);

  // The same return URL again (a reload): the same order, no second one.
  const again = await shopper.get(returnUrl);
  assert.equal(again.headers.location, orderPath);
  assert.equal(await ordersOf(cartId), 1);
  assert.match((await shopper.get('/cart')).body, /Your cart is empty/);
});
