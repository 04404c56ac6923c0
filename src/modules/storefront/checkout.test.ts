import { test } from 'node:test';
import assert from 'node:assert/strict';
import { links, startDemoShop, Visitor } from './storefront.test-support.ts';

// Every injected request comes from one address; the checkout rate limit has its own tests.
const t = await startDemoShop({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000', STOCKROOM_TRUST_PROXY: '127.0.0.1' });
const admin = { authorization: `Bearer ${t.admin}` };

interface Totals {
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
}

test('a shopper buys through the pages: add, change quantity, WELCOME10, address, shipping, test card, confirmation = admin order', async () => {
  const shopper = new Visitor(t.app);
  const search = await shopper.get('/search?q=hoodie');
  const productPath = links(search.body).find((l) => l.startsWith('/products/'));
  assert.ok(productPath);
  const product = await shopper.get(productPath);
  const variantId =
    /name="variantId"[^>]*value="([^"]+)"[^>]*checked/.exec(product.body)?.[1] ??
    /name="variantId" value="([^"]+)"/.exec(product.body)?.[1];
  assert.ok(variantId, 'a variant to choose');
  // The demo shop's stock is random (0…40 units): make sure two can be bought.
  const levels = (await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: admin })).json<{
    locations: { locationId: string }[];
  }>();
  const locationId = levels.locations[0]?.locationId;
  if (locationId) {
    const topUp = await t.app.inject({
      method: 'POST',
      url: '/admin/inventory/adjustments',
      headers: admin,
      payload: { variantId, locationId, delta: 10, reason: 'correction' },
    });
    assert.equal(topUp.statusCode, 201, topUp.body);
  }

  const added = await shopper.post('/cart/items', { variantId, quantity: '1' });
  assert.equal(added.statusCode, 303);
  assert.equal(added.headers.location, '/cart');
  const cartCookie = shopper.setCookieLines.find((l) => l.startsWith('sf_cart='));
  assert.match(cartCookie ?? '', /HttpOnly/);
  assert.match(cartCookie ?? '', /SameSite=Lax/);

  let cart = await shopper.get('/cart');
  assert.equal(cart.statusCode, 200);
  assert.equal(cart.headers['cache-control'], 'private, no-store');
  const itemId = /action="\/cart\/items\/([^"]+)"/.exec(cart.body)?.[1];
  assert.ok(itemId);
  assert.equal((await shopper.post(`/cart/items/${itemId}`, { quantity: '2' })).headers.location, '/cart');
  assert.equal((await shopper.post('/cart/promotion', { code: 'WELCOME10' })).headers.location, '/cart');
  cart = await shopper.get('/cart');
  assert.match(cart.body, /value="2"/);
  assert.match(cart.body, /Applied: WELCOME10/);
  assert.equal((await shopper.post('/cart/promotion', { code: 'NOPE' })).headers.location, '/cart?error=promotion_invalid');

  const checkout = await shopper.get('/checkout');
  assert.equal(checkout.statusCode, 200);
  const address = await shopper.post('/checkout/address', {
    email: 'ada@example.test',
    firstName: 'Ada',
    lastName: 'Lovelace',
    address1: 'Hauptstr. 1',
    postalCode: '50667',
    city: 'Köln',
    countryCode: 'DE',
  });
  assert.equal(address.headers.location, '/checkout');
  const withAddress = await shopper.get('/checkout');
  const optionId = /name="shippingOptionId"\s+value="([^"]+)"/.exec(withAddress.body)?.[1];
  assert.ok(optionId, withAddress.body);
  assert.equal((await shopper.post('/checkout/shipping', { shippingOptionId: optionId })).headers.location, '/checkout');
  const payPage = await shopper.get('/checkout');
  const key = /name="key"\s+value="([^"]+)"/.exec(payPage.body)?.[1] ?? '';
  // Stripe is not configured here: nothing about it on the page, its pages are 404, the CSP stays strict.
  assert.doesNotMatch(payPage.body, /stripe/i);
  assert.doesNotMatch(String(payPage.headers['content-security-policy']), /stripe/);
  assert.equal((await shopper.get('/checkout/stripe')).statusCode, 404);
  assert.equal((await shopper.get('/checkout/stripe/return?payment_intent=pi_x')).statusCode, 404);

  const declined = await shopper.post('/checkout/pay', { key, provider: 'test', card: '4000000000000002' });
  assert.equal(declined.headers.location, '/checkout?error=payment_declined');

  const paid = await shopper.post('/checkout/pay', { key: `${key}-2`, provider: 'test', card: '4242 4242 4242 4242' });
  assert.equal(paid.statusCode, 303, paid.body);
  const orderPath = String(paid.headers.location);
  assert.match(orderPath, /^\/orders\/ord_/);
  const confirmation = await shopper.get(orderPath);
  assert.equal(confirmation.statusCode, 200);
  assert.match(confirmation.body, /Thank you for your order/);

  const orderId = orderPath.split('/')[2] ?? '';
  const order = (await t.app.inject({ method: 'GET', url: `/admin/orders/${orderId}`, headers: admin })).json<
    Totals & { currency: string; promotionCodes: string[]; items: { quantity: number }[] }
  >();
  assert.deepEqual(order.promotionCodes, ['WELCOME10']);
  assert.equal(order.items[0]?.quantity, 2);
  const money = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(amount / 100);
  for (const [id, amount] of [
    ['subtotal', order.subtotal],
    ['shipping', order.shippingTotal],
    ['tax', order.taxTotal],
    ['total', order.total],
  ] as const) {
    assert.ok(
      confirmation.body.includes(`<td id="${id}">${money(amount)}</td>`) ||
        confirmation.body.includes(`id="${id}" class="price">${money(amount)}`),
      `${id} ${money(amount)}`,
    );
  }
  assert.ok(confirmation.body.includes(money(order.discountTotal)));

  // The cart is gone; another visitor cannot see the confirmation.
  assert.match((await shopper.get('/cart')).body, /Your cart is empty/);
  assert.equal((await new Visitor(t.app).get(orderPath)).statusCode, 404);
});

test('CSRF: a form post without the token, with another token or from another origin is refused and changes nothing', async () => {
  const visitor = new Visitor(t.app);
  await visitor.get('/');
  const variant =
    (await t.app.inject({ method: 'GET', url: '/store/products?limit=1&view=full' })).json<{ items: { variants: { id: string }[] }[] }>()
      .items[0]?.variants[0]?.id ?? '';
  for (const options of [{ csrf: null }, { csrf: 'x'.repeat(32) }, { origin: 'https://evil.example' }] as const) {
    const res = await visitor.post('/cart/items', { variantId: variant, quantity: '1' }, options);
    assert.equal(res.statusCode, 403, JSON.stringify(options));
    assert.equal(res.json<{ code: string }>().code, 'forbidden');
  }
  assert.equal(visitor.cookies.has('sf_cart'), false, 'no cart was created');
  assert.equal((await visitor.post('/region', { id: 'x' }, { csrf: null })).statusCode, 403);
});

test('cookies are Secure when the shop is reached over HTTPS', async () => {
  const visitor = new Visitor(t.app, { 'x-forwarded-proto': 'https' });
  await visitor.get('/');
  const line = visitor.setCookieLines.find((l) => l.startsWith('sr_csrf=')) ?? '';
  assert.match(line, /; Secure/);
  assert.match(line, /HttpOnly/);
  const plain = new Visitor(t.app);
  await plain.get('/');
  assert.doesNotMatch(plain.setCookieLines.join('\n'), /Secure/);
});
