import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withTransaction } from '../../platform/db/index.ts';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { getCartForCheckout } from '../cart/index.ts';
import { hashPricedCart } from './cart-hash.ts';
import { CartChanged } from './payments.errors.ts';
import { CartParams, PaymentProviderList, PaymentSessionBody, PaymentSessionView } from './payments.schemas.ts';
import { paymentProviders } from './providers.ts';
import { insertPaymentSession } from './sessions.ts';

const tags = ['Store: carts'];

/** Store routes of payments: the providers a cart may use and its payment session. */
export const paymentRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get(
    '/store/carts/:id/payment-providers',
    {
      schema: {
        tags,
        summary: 'The payment providers offered for the cart',
        description: '`manual` (pay later; staff capture) and `test` (test cards) are offered in every region.',
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
      schema: {
        tags,
        summary: "Create the payment session for the cart's current total",
        description:
          'Binds the provider to the cart as it is priced now (lines, prices, address, shipping, promotions, total). ' +
          'If the cart changes afterwards, completion answers 409 `cart_changed` until a new session is created. ' +
          'Test cards (`test` provider, `data.card`): 4242424242424242 succeeds, 4000000000000002 is declined, ' +
          '4000000000009995 insufficient funds, 4000000000000119 processing error (402), 4000000000000051 stalls 10 s (timeout).',
        params: CartParams,
        body: PaymentSessionBody,
        response: { 201: PaymentSessionView },
      },
    },
    async (req, reply) => {
      const provider = paymentProviders(db).get(req.body.provider);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const priced = await getCartForCheckout(tx, req.params.id, req.principal);
        const unavailable = priced.lines.filter((l) => !l.isAvailable);
        if (unavailable.length > 0) {
          throw new CartChanged(
            'Some lines can no longer be bought; remove them first.',
            unavailable.map((l) => ({ lineItemId: l.item.id, variantId: l.item.variantId, reason: 'unavailable' })),
          );
        }
        if (priced.lines.length === 0) throw new CartChanged('The cart is empty.');
        const amount = { currency: priced.cart.currency, amount: priced.totals.total };
        // Local for `manual` and `test`; a remote provider's session call belongs outside the
        // transaction (Stripe's issue moves it there along with this route's idempotency mode).
        const created = await provider.createSession({ cartId: priced.cart.id, amount, data: req.body.data });
        const session = await insertPaymentSession(tx, {
          cartId: priced.cart.id,
          provider: provider.id,
          amount,
          cartHash: hashPricedCart(priced),
          ...created,
        });
        reply.code(201);
        const secret = session.clientData.clientSecret;
        return {
          id: session.id,
          cartId: session.cartId,
          provider: session.provider,
          status: 'pending' as const,
          amount: session.amount,
          clientSecret: typeof secret === 'string' ? secret : null,
          data: session.clientData,
          createdAt: session.createdAt.toISOString(),
        };
      });
    },
  );
};
