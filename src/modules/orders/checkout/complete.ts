import type { FastifyReply } from 'fastify';
import type { Db } from '../../../platform/db/index.ts';
import { failpoint } from '../../../platform/failpoints.ts';
import type { Principal } from '../../../platform/http/auth.ts';
import type { Phases } from '../../../platform/http/idempotency.ts';
import { PaymentActionRequired, PaymentDeclined, paymentProviders } from '../../payments/index.ts';
import type { CompletionView } from '../orders.schemas.ts';
import type { CheckoutGate } from './admission.ts';
import { findResumableAttempt, reserveCheckout, undoAttempt, type CheckoutLimits } from './attempts.ts';
import { authorizeAttempt, placeOrder } from './complete-cart.ts';
import type { CheckoutRateLimit } from './rate-limit.ts';

/** What completing a cart needs of its app: the checkout limits, the rate limit and the admission gate, one per database (so per app). */
export interface CheckoutRuntime {
  limits: CheckoutLimits;
  rateLimit: CheckoutRateLimit;
  gate: CheckoutGate;
}

const runtimes = new WeakMap<Db, CheckoutRuntime>();

/** Registers the app's checkout runtime (the store order routes do, at boot) for every API that completes carts. */
export function registerCheckoutRuntime(db: Db, runtime: CheckoutRuntime): void {
  runtimes.set(db, runtime);
}

/** The checkout runtime of `db`'s app: REST and GraphQL share its limits and rate-limit counters. */
export function checkoutRuntime(db: Db): CheckoutRuntime {
  const runtime = runtimes.get(db);
  if (!runtime) throw new Error('the orders module is not registered on this database');
  return runtime;
}

export interface CompleteCartInput {
  cartId: string;
  principal: Principal;
  /** The client's IP, for the per-IP rate limit. */
  ip: string;
}

/**
 * Completes a cart: the one implementation behind `POST /store/carts/:id/complete` and GraphQL's
 * `cartComplete`. Three phases, each its own transaction through `phases` (see idempotency.ts):
 * reserve (or resume the attempt a previous request with this key reserved), authorize (the
 * provider call, no transaction open), then place — or, on a decline, undo and answer the decline.
 * `reply` carries the status the stored answer records (201). The phases run once the admission
 * gate lets this completion in (admission.ts), so a burst of buyers queues before anything is held.
 */
export async function completeCart(db: Db, phases: Phases, reply: FastifyReply, input: CompleteCartInput): Promise<CompletionView> {
  const { limits, rateLimit, gate } = checkoutRuntime(db);
  await rateLimit.check(input.ip, input.principal); // 429 before anything is held
  return gate.run(() => completeAdmitted(db, phases, reply, input, limits));
}

async function completeAdmitted(
  db: Db,
  phases: Phases,
  reply: FastifyReply,
  input: CompleteCartInput,
  limits: CheckoutLimits,
): Promise<CompletionView> {
  const providers = paymentProviders(db);

  // Phase 1, reserve — unless a previous request with this key committed it and it is still open.
  const resumedId = phases.recoveryPoint === 'reserved' ? String(phases.recoveryData.attemptId) : undefined;
  const resumed = resumedId === undefined ? undefined : await findResumableAttempt(db, resumedId);
  const attempt =
    resumed ??
    (await phases.run(
      'reserved',
      (tx) => reserveCheckout(tx, { cartId: input.cartId, principal: input.principal, limits }),
      (a) => ({ attemptId: a.id }),
    ));
  await failpoint('checkout.after_reserve');

  // Phase 2, authorize: no transaction is open across the provider call.
  const payment = await authorizeAttempt(providers, attempt);
  await failpoint('checkout.after_authorize');
  if (payment.status === 'declined') {
    const secret = attempt.providerData.clientSecret;
    const refusal =
      payment.declineCode === 'requires_action'
        ? new PaymentActionRequired(typeof secret === 'string' ? secret : undefined)
        : new PaymentDeclined(payment.declineCode);
    return phases.fail(refusal, async (tx) => {
      await undoAttempt(tx, attempt.id, 'declined');
    });
  }

  // Phase 3, place: the order and the stored response commit together.
  reply.code(201);
  const completion = await phases.finish(reply, (tx) => placeOrder(tx, attempt, payment));
  await failpoint('checkout.after_place');
  return completion;
}
