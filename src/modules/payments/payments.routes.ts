import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withTransaction } from '../../platform/db/index.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { getCartForCheckout } from '../cart/index.ts';
import { createPaymentSession } from './create-session.ts';
import { CartParams, PaymentProviderList, PaymentSessionBody, PaymentSessionView } from './payments.schemas.ts';
import { paymentOptionsFromConfig, paymentProviders } from './providers.ts';

const tags = ['Store: carts'];

/** Store routes of payments: the providers a cart may use and its payment session. */
export const paymentRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config }) => {
  paymentProviders(db, paymentOptionsFromConfig(config)); // the registry of this database, Stripe included when configured
  app.get(
    '/store/carts/:id/payment-providers',
    {
      schema: {
        tags,
        summary: 'The payment providers offered for the cart',
        description:
          '`manual` (pay later; staff capture) and `test` (test cards) are offered in every region; `stripe` when the server has Stripe keys.',
        params: CartParams,
        response: { 200: PaymentProviderList },
      },
    },
    async (req) => {
      await withTransaction(db, (tx) => getCartForCheckout(tx, req.params.id, req.principal)); // 404/409 as for the cart
      return { items: paymentProviders(db).list.map((p) => ({ id: p.id, autoCapture: p.autoCapture })), nextCursor: null };
    },
  );

  app.post(
    '/store/carts/:id/payment',
    {
      config: { idempotency: 'phased' },
      schema: {
        tags,
        summary: "Create the payment session for the cart's current total",
        description:
          'Binds the provider to the cart as it is priced now (lines, prices, address, shipping, promotions, total). ' +
          'If the cart changes afterwards, completion answers 409 `cart_changed` until a new session is created. ' +
          'Test cards (`test` provider, `data.card`): 4242424242424242 succeeds, 4000000000000002 is declined, ' +
          '4000000000009995 insufficient funds, 4000000000000119 processing error (402), 4000000000000051 stalls 10 s (timeout). ' +
          '`stripe`: creates a PaymentIntent for the total and answers its `clientSecret` (confirm it with Stripe.js), or takes ' +
          '`data.paymentMethod` (`pm_…`) for the server to confirm at completion.',
        params: CartParams,
        body: PaymentSessionBody,
        response: { 201: PaymentSessionView },
      },
    },
    async (req, reply) => createPaymentSession(db, req.phases, reply, { cartId: req.params.id, principal: req.principal, body: req.body }),
  );
};
