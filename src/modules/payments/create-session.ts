import type { FastifyReply } from 'fastify';
import { withTransaction, type Db } from '../../platform/db/index.ts';
import type { Principal } from '../../platform/http/auth.ts';
import type { Phases } from '../../platform/http/idempotency.ts';
import { getCartForCheckout } from '../cart/index.ts';
import { hashPricedCart } from './cart-hash.ts';
import { CartChanged } from './payments.errors.ts';
import type { PaymentSessionBody, PaymentSessionView } from './payments.schemas.ts';
import { callProvider, paymentProviders } from './providers.ts';
import { insertPaymentSession } from './sessions.ts';

export interface CreatePaymentSessionInput {
  cartId: string;
  principal: Principal;
  body: PaymentSessionBody;
}

/**
 * Creates the payment session for a cart's current total: the one implementation behind
 * `POST /store/carts/:id/payment` and GraphQL's `cartPaymentSessionCreate`. Reads and checks the
 * cart (no write), calls the provider with no transaction open (a remote provider's call must not
 * sit inside a transaction that may be retried whole), then stores the session bound to the hash of
 * the cart as it was priced for that call, in the last phase (`phases.finish`, status 201).
 */
export async function createPaymentSession(
  db: Db,
  phases: Phases,
  reply: FastifyReply,
  input: CreatePaymentSessionInput,
): Promise<PaymentSessionView> {
  const providers = paymentProviders(db);
  const provider = providers.get(input.body.provider);
  const { amount, cartHash, cartId } = await withTransaction(db, async (tx) => {
    const priced = await getCartForCheckout(tx, input.cartId, input.principal);
    const unavailable = priced.lines.filter((l) => !l.isAvailable);
    if (unavailable.length > 0) {
      throw new CartChanged(
        'Some lines can no longer be bought; remove them first.',
        unavailable.map((l) => ({ lineItemId: l.item.id, variantId: l.item.variantId, reason: 'unavailable' })),
      );
    }
    if (priced.lines.length === 0) throw new CartChanged('The cart is empty.');
    return {
      amount: { currency: priced.cart.currency, amount: priced.totals.total },
      cartHash: hashPricedCart(priced),
      cartId: priced.cart.id,
    };
  });
  const created = await callProvider(providers, provider, () => provider.createSession({ cartId, amount, data: input.body.data }));
  reply.code(201);
  return phases.finish(reply, async (tx) => {
    const session = await insertPaymentSession(tx, { cartId, provider: provider.id, amount, cartHash, ...created });
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
}
