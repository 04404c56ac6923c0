import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { privateReads } from '../../platform/http/cache.ts';
import { Type } from '@sinclair/typebox';
import { closed, Id } from '../../platform/http/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { DEFAULT_CHECKOUT_LIMITS, type CheckoutLimits } from './checkout/attempts.ts';
import { checkoutConcurrency, createCheckoutGate } from './checkout/admission.ts';
import { completeCart, registerCheckoutRuntime } from './checkout/complete.ts';
import { createCheckoutRateLimit } from './checkout/rate-limit.ts';
import { configureOrderMailer } from './emails.ts';
import { getOrderForShopper, listCustomerOrders } from './orders.ts';
import { CompletionView, OrderPage, OrderParams, OrderTokenHeaders, OrderView, StoreOrderQuery } from './orders.schemas.ts';

const CartParams = Type.Object({ id: Id }, closed);

/** What the store order routes are registered with: the module context and the checkout limits tests override. */
export interface StoreOrderRouteContext extends ModuleContext {
  checkoutLimits: Partial<CheckoutLimits>;
}

/** Store routes of orders: completing a cart, and a shopper's own orders. */
export const storeOrderRoutes: FastifyPluginAsyncTypebox<StoreOrderRouteContext> = async (app, { db, config, checkoutLimits }) => {
  privateReads(app); // personal data: `Cache-Control: private, no-store`
  configureOrderMailer(db, config);
  const limits: CheckoutLimits = { ...DEFAULT_CHECKOUT_LIMITS, maxOrderQuantity: config.maxOrderQuantity, ...checkoutLimits };
  const rateLimit = createCheckoutRateLimit(config, app.log);
  app.addHook('onClose', () => rateLimit.close());
  registerCheckoutRuntime(db, { limits, rateLimit, gate: createCheckoutGate(checkoutConcurrency(config.dbPoolSize)) });

  app.post(
    '/store/carts/:id/complete',
    {
      config: { idempotency: 'phased' },
      schema: {
        tags: ['Store: carts'],
        summary: 'Complete the cart: reserve stock, authorize the payment, place the order',
        description:
          'Three phases: reserve (one transaction: re-price, refuse unavailable lines with 409 `cart_changed`, ' +
          'reserve every line or 409 `insufficient_stock` listing the short lines, take promotion uses, record the attempt); ' +
          'authorize (the provider call, outside any transaction, with a provider idempotency key derived from the attempt); ' +
          'place (one transaction: the order, its payment record, the completed cart, `order.placed`, the confirmation email). ' +
          'A decline releases everything (402 `payment_declined`; the cart stays usable). With an `Idempotency-Key`, a retry ' +
          'after a failure resumes where the first request stopped; without one, the recovery sweep undoes what it left. ' +
          'A cart whose priced state differs from its payment session answers 409 `cart_changed`; a completed cart 409 `cart_already_completed`. ' +
          'Completions are rate limited per IP and per customer (429 `rate_limited` with Retry-After); an order holds at most the configured number of units (422 `order_quantity_exceeded`).',
        params: CartParams,
        response: { 201: CompletionView },
      },
    },
    async (req, reply) => completeCart(db, req.phases, reply, { cartId: req.params.id, principal: req.principal, ip: req.ip }),
  );

  app.get(
    '/store/orders',
    {
      config: { auth: 'customer' },
      schema: {
        tags: ['Store: orders'],
        summary: "The signed-in customer's orders, newest first",
        querystring: StoreOrderQuery,
        response: { 200: OrderPage },
      },
    },
    async (req) => {
      const principal = req.principal;
      if (principal.kind !== 'customer') return { items: [], nextCursor: null }; // unreachable: auth: 'customer'
      return listCustomerOrders(db, principal.id, { limit: req.query.limit ?? 20, cursor: req.query.cursor });
    },
  );

  app.get(
    '/store/orders/:id',
    {
      schema: {
        tags: ['Store: orders'],
        summary: "One order: to its customer, or with a guest order's access token (`X-Order-Token`)",
        description: 'Anyone else gets 404, as for an order that does not exist.',
        params: OrderParams,
        headers: OrderTokenHeaders,
        response: { 200: OrderView },
      },
    },
    async (req) => getOrderForShopper(db, req.params.id, req.principal, req.headers['x-order-token']),
  );
};
