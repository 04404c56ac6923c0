import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { FORM_POST, Html, type FormBody } from './storefront.schemas.ts';
import { readCookies, setCookie } from '../../platform/http/cookies.ts';
import { verifyCsrf } from '../../platform/http/csrf.ts';
import type { ModuleContext } from '../../platform/module.ts';
import type { CartView } from '../cart/index.ts';
import type { CompletionView, OrderView } from '../orders/index.ts';
import { findLatestPaymentSession } from '../payments/index.ts';
import { STRIPE_SCRIPT_URL } from './assets.ts';
import { cartPage, checkoutPage, confirmationPage, stripePaymentPage } from './checkout.pages.ts';
import { loadChrome, sendPage } from './context.ts';
import { shopData } from './shop-data.ts';
import { STRIPE_PAGE_CSP } from './csp.ts';
import { missingPage } from './pages.ts';
import { REGION_COOKIE } from './region.ts';
import { absoluteUrl } from './seo.ts';
import { callStore } from './store-client.ts';

/**
 * The cart, checkout and order pages and their form posts. Every post checks the CSRF token and
 * answers 303 to the page that shows its result (post/redirect/get). Form posts are HTML endpoints,
 * not API: they are left out of the OpenAPI document.
 */

const CART_COOKIE = 'sf_cart';
const ORDER_COOKIE = 'sf_order';
const ErrorQuery = Type.Object(
  { error: Type.Optional(Type.String({ maxLength: 40, description: 'The problem code of the last form post, shown as a message' })) },
  { additionalProperties: true },
);
const YEAR = 60 * 60 * 24 * 365;
/** Stripe.js, loaded from Stripe as Stripe requires (never bundled or self-hosted). */
const STRIPE_JS = 'https://js.stripe.com/v3/';
const StripeReturnQuery = Type.Object(
  {
    payment_intent: Type.String({
      pattern: '^pi_[A-Za-z0-9]+$',
      maxLength: 100,
      description: 'The PaymentIntent Stripe confirmed (added by Stripe)',
    }),
    payment_intent_client_secret: Type.Optional(
      Type.String({ maxLength: 200, description: 'The intent’s client secret (added by Stripe; not used)' }),
    ),
    redirect_status: Type.Optional(
      Type.String({ maxLength: 40, description: 'Stripe’s view of the outcome (not trusted: the server asks Stripe)' }),
    ),
  },
  { additionalProperties: true },
);

function back(reply: FastifyReply, path: string, error?: string) {
  return reply.redirect(error ? `${path}?error=${encodeURIComponent(error)}` : path, 303);
}

export const checkoutRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config, cache }) => {
  const shop = shopData(db, cache);
  const cartIdOf = (req: FastifyRequest) => readCookies(req).get(CART_COOKIE);
  /** Stripe's Payment Element is offered only with both keys (and the store offering `stripe`). */
  const stripeKey = config.stripeSecretKey !== undefined ? config.stripePublishableKey : undefined;
  const pageProviders = new Set(['manual', 'test', ...(stripeKey ? ['stripe'] : [])]);

  /** The visitor's open cart, if the cookie names one that still exists and is not completed. */
  async function findCart(req: FastifyRequest): Promise<CartView | undefined> {
    const id = cartIdOf(req);
    if (!id || !/^cart_[A-Za-z0-9]+$/.test(id)) return undefined;
    const res = await callStore<CartView>(app, req, 'GET', `/store/carts/${id}`);
    return res.status === 200 && !res.body.completedAt ? res.body : undefined;
  }

  async function cartForWrite(req: FastifyRequest, reply: FastifyReply): Promise<string | undefined> {
    const existing = await findCart(req);
    if (existing) return existing.id;
    const chrome = await loadChrome(shop, req, reply);
    const created = await callStore<CartView>(app, req, 'POST', '/store/carts', {
      payload: chrome.region ? { regionId: chrome.region.id } : {},
    });
    if (created.status !== 201) return undefined;
    setCookie(req, reply, CART_COOKIE, created.body.id, { maxAgeSeconds: 60 * 60 * 24 * 30 });
    return created.body.id;
  }

  app.get(
    '/cart',
    { schema: { tags: ['Storefront pages'], summary: 'The cart page', querystring: ErrorQuery, response: { 200: Html } } },
    async (req, reply) => {
      const cart = await findCart(req);
      const chrome = await loadChrome(shop, req, reply, { cartCount: cart?.items.reduce((n, i) => n + i.quantity, 0) ?? 0 });
      return sendPage(reply, config, cartPage(chrome, cart, chrome.csrf, req.query.error), { cache: 'none' });
    },
  );

  app.post('/cart/items', { schema: { ...FORM_POST, summary: 'Add a variant to the cart (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const cartId = await cartForWrite(req, reply);
    if (!cartId) return back(reply, '/cart', 'not_found');
    const quantity = Number(form.quantity ?? '1');
    const res = await callStore(app, req, 'POST', `/store/carts/${cartId}/items`, {
      payload: { variantId: form.variantId ?? '', quantity: Number.isInteger(quantity) ? quantity : 0 },
    });
    return back(reply, '/cart', res.status === 200 ? undefined : (res.body.code ?? 'error'));
  });

  app.post(
    '/cart/items/:itemId',
    {
      schema: {
        ...FORM_POST,
        summary: 'Change a line’s quantity; 0 removes it (form)',
        params: Type.Object({ itemId: Type.String({ maxLength: 100 }) }),
      },
    },
    async (req, reply) => {
      const form = req.body as FormBody;
      verifyCsrf(req, form._csrf);
      const cart = await findCart(req);
      if (!cart) return back(reply, '/cart', 'not_found');
      const quantity = Number(form.quantity ?? '');
      const url = `/store/carts/${cart.id}/items/${encodeURIComponent(req.params.itemId)}`;
      const res =
        quantity === 0
          ? await callStore(app, req, 'DELETE', url)
          : await callStore(app, req, 'PATCH', url, { payload: { quantity: Number.isInteger(quantity) ? quantity : -1 } });
      return back(reply, '/cart', res.status < 300 ? undefined : (res.body.code ?? 'error'));
    },
  );

  app.post('/cart/promotion', { schema: { ...FORM_POST, summary: 'Apply a promotion code (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const cart = await findCart(req);
    if (!cart) return back(reply, '/cart', 'not_found');
    const res = await callStore(app, req, 'POST', `/store/carts/${cart.id}/promotions`, { payload: { code: (form.code ?? '').trim() } });
    return back(reply, '/cart', res.status === 200 ? undefined : (res.body.code ?? 'error'));
  });

  app.get(
    '/checkout',
    { schema: { tags: ['Storefront pages'], summary: 'The checkout page', querystring: ErrorQuery, response: { 200: Html } } },
    async (req, reply) => {
      const cart = await findCart(req);
      if (!cart || cart.items.length === 0) return back(reply, '/cart', 'empty');
      const chrome = await loadChrome(shop, req, reply);
      const region = chrome.regions.find((r) => r.id === cart.regionId) ?? chrome.region;
      const [options, providers] = await Promise.all([
        cart.shippingAddress
          ? callStore<{ items: CheckoutShipping[] }>(app, req, 'GET', `/store/carts/${cart.id}/shipping-options`)
          : undefined,
        callStore<{ items: { id: string }[] }>(app, req, 'GET', `/store/carts/${cart.id}/payment-providers`),
      ]);
      const body = checkoutPage(chrome, {
        cart,
        countries: region?.countries ?? [],
        shippingOptions: options?.status === 200 ? options.body.items : [],
        providers: providers.status === 200 ? providers.body.items.map((p) => p.id).filter((p) => pageProviders.has(p)) : [],
        csrf: chrome.csrf,
        checkoutKey: `sf-${cart.id}-${cart.version}`,
        error: req.query.error,
      });
      return sendPage(reply, config, body, { cache: 'none' });
    },
  );

  app.post('/checkout/address', { schema: { ...FORM_POST, summary: 'Save the email and shipping address (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const cart = await findCart(req);
    if (!cart) return back(reply, '/cart', 'not_found');
    const shippingAddress = {
      firstName: form.firstName ?? '',
      lastName: form.lastName ?? '',
      address1: form.address1 ?? '',
      city: form.city ?? '',
      postalCode: form.postalCode ?? '',
      countryCode: form.countryCode ?? '',
    };
    const res = await callStore(app, req, 'PATCH', `/store/carts/${cart.id}`, { payload: { email: form.email ?? '', shippingAddress } });
    return back(reply, '/checkout', res.status === 200 ? undefined : (res.body.code ?? 'error'));
  });

  app.post('/checkout/shipping', { schema: { ...FORM_POST, summary: 'Choose the shipping method (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const cart = await findCart(req);
    if (!cart) return back(reply, '/cart', 'not_found');
    const res = await callStore(app, req, 'POST', `/store/carts/${cart.id}/shipping-method`, {
      payload: { shippingOptionId: form.shippingOptionId ?? '' },
    });
    return back(reply, '/checkout', res.status === 200 ? undefined : (res.body.code ?? 'error'));
  });

  app.post('/checkout/pay', { schema: { ...FORM_POST, summary: 'Pay and place the order (form)' } }, async (req, reply) => {
    const form = req.body as FormBody;
    verifyCsrf(req, form._csrf);
    const cart = await findCart(req);
    if (!cart) return back(reply, '/cart', 'not_found');
    if (form.provider === 'stripe' && stripeKey) {
      // Stripe: the session (a PaymentIntent for the cart's total) now; the shopper pays on the next page.
      const started = await callStore(app, req, 'POST', `/store/carts/${cart.id}/payment`, { payload: { provider: 'stripe' } });
      return back(
        reply,
        started.status === 201 ? '/checkout/stripe' : '/checkout',
        started.status === 201 ? undefined : (started.body.code ?? 'error'),
      );
    }
    const provider = form.provider === 'manual' ? 'manual' : 'test';
    const card = (form.card ?? '').replace(/\s+/g, '');
    const session = await callStore(app, req, 'POST', `/store/carts/${cart.id}/payment`, {
      payload: provider === 'test' ? { provider, data: { card } } : { provider },
    });
    if (session.status !== 201) return back(reply, '/checkout', session.body.code ?? 'error');
    // The key makes a double-clicked or retried "Pay" place one order (the route's idempotency phases).
    const key = /^[A-Za-z0-9_-]{1,200}$/.test(form.key ?? '') ? (form.key ?? '') : randomBytes(16).toString('hex');
    const done = await callStore<CompletionView>(app, req, 'POST', `/store/carts/${cart.id}/complete`, {
      headers: { 'idempotency-key': key },
    });
    if (done.status !== 201) return back(reply, '/checkout', done.body.code ?? 'error');
    const { order, accessToken } = done.body;
    setCookie(req, reply, ORDER_COOKIE, `${order.id}.${accessToken ?? ''}`, { maxAgeSeconds: 60 * 60 * 24 * 30 });
    setCookie(req, reply, CART_COOKIE, '', { maxAgeSeconds: 0 });
    return reply.redirect(`/orders/${encodeURIComponent(order.id)}`, 303);
  });

  app.get(
    '/checkout/stripe',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'Pay the cart’s Stripe payment session with Stripe’s Payment Element',
        querystring: ErrorQuery,
        response: {
          200: Html,
          303: Type.Null({ description: 'No open cart or no current Stripe session: back to the cart or checkout' }),
          404: Type.String({ description: 'Stripe is not configured (an HTML page)' }),
        },
      },
    },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      if (!stripeKey) return sendPage(reply, config, missingPage(chrome, 404), { cache: 'none', status: 404 });
      const cart = await findCart(req);
      if (!cart || cart.items.length === 0) return back(reply, '/cart', 'empty');
      const session = await findLatestPaymentSession(db, cart.id);
      const secret = session?.clientData.clientSecret;
      if (session?.provider !== 'stripe' || typeof secret !== 'string') return back(reply, '/checkout', 'payment_missing');
      // The cart changed since the intent was made (another total): choose the payment again.
      if (session.amount.amount !== cart.total || session.amount.currency !== cart.currency)
        return back(reply, '/checkout', 'cart_changed');
      const body = stripePaymentPage(chrome, {
        cart,
        publishableKey: stripeKey,
        clientSecret: secret,
        returnUrl: absoluteUrl(config, '/checkout/stripe/return'),
        scriptUrls: [STRIPE_JS, STRIPE_SCRIPT_URL],
        error: req.query.error,
      });
      reply.header('content-security-policy', STRIPE_PAGE_CSP);
      return sendPage(reply, config, body, { cache: 'none' });
    },
  );

  app.get(
    '/checkout/stripe/return',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'Where Stripe sends the shopper after confirming: completes the cart and shows the order',
        querystring: StripeReturnQuery,
        response: {
          303: Type.Null({ description: 'To the order confirmation, or back to the payment page with the problem’s code' }),
          404: Type.String({ description: 'Stripe is not configured (an HTML page)' }),
        },
      },
    },
    async (req, reply) => {
      if (!stripeKey) {
        const chrome = await loadChrome(shop, req, reply);
        return sendPage(reply, config, missingPage(chrome, 404), { cache: 'none', status: 404 });
      }
      const cartId = cartIdOf(req);
      if (!cartId || !/^cart_[A-Za-z0-9]+$/.test(cartId)) return back(reply, '/cart', 'not_found');
      const cart = await callStore<CartView>(app, req, 'GET', `/store/carts/${cartId}`);
      if (cart.status !== 200) return back(reply, '/cart', 'not_found');
      // Loaded again after success (reload, back button): this browser's order of that cart, no second one.
      if (cart.body.completedAt) {
        const [orderId] = (readCookies(req).get(ORDER_COOKIE) ?? '').split('.');
        return orderId ? reply.redirect(`/orders/${encodeURIComponent(orderId)}`, 303) : back(reply, '/cart', 'not_found');
      }
      const session = await findLatestPaymentSession(db, cartId);
      if (session?.provider !== 'stripe' || session.providerData.reference !== req.query.payment_intent) {
        return back(reply, '/checkout', 'payment_mismatch');
      }
      // The same completion as REST: it asks Stripe for the intent's state and places the order only
      // for an authorized or captured intent of exactly the cart's total.
      const done = await callStore<CompletionView>(app, req, 'POST', `/store/carts/${cartId}/complete`, {
        headers: { 'idempotency-key': `sf-stripe-${randomBytes(16).toString('hex')}` },
      });
      if (done.status !== 201) return back(reply, '/checkout/stripe', done.body.code ?? 'error');
      const { order, accessToken } = done.body;
      setCookie(req, reply, ORDER_COOKIE, `${order.id}.${accessToken ?? ''}`, { maxAgeSeconds: 60 * 60 * 24 * 30 });
      // The cart cookie stays (naming the completed cart, which the cart pages treat as none), so a
      // reload of this URL finds the order above instead of failing.
      return reply.redirect(`/orders/${encodeURIComponent(order.id)}`, 303);
    },
  );

  app.get(
    '/orders/:id',
    {
      schema: {
        tags: ['Storefront pages'],
        summary: 'Order confirmation (for the browser that placed it)',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 200: Html, 404: Type.String({ description: 'No such order for this visitor (an HTML page)' }) },
      },
    },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      const [orderId, token] = (readCookies(req).get(ORDER_COOKIE) ?? '').split('.');
      const res =
        orderId === req.params.id && token
          ? await callStore<OrderView>(app, req, 'GET', `/store/orders/${encodeURIComponent(orderId)}`, {
              headers: { 'x-order-token': token },
            })
          : undefined;
      if (res?.status !== 200) return sendPage(reply, config, missingPage(chrome, 404), { cache: 'none', status: 404 });
      return sendPage(reply, config, confirmationPage(chrome, res.body), { cache: 'none' });
    },
  );

  app.post(
    '/region',
    {
      schema: {
        ...FORM_POST,
        summary: 'Remember the visitor’s region (a cookie) and go back to the page they were on (form)',
      },
    },
    async (req, reply) => {
      const form = req.body as FormBody;
      verifyCsrf(req, form._csrf);
      setCookie(req, reply, REGION_COOKIE, (form.id ?? '').slice(0, 100), { maxAgeSeconds: YEAR });
      const target = form.return !== undefined && /^\/(?![/\\])/.test(form.return) ? form.return : '/';
      return reply.redirect(target, 303);
    },
  );
};

interface CheckoutShipping {
  id: string;
  name: string;
  price: { currency: string; amount: number };
}
