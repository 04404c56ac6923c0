import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/index.ts';
import { Conflict } from '../../../platform/errors.ts';
import { newId, newSecret } from '../../../platform/ids.ts';
import { emit } from '../../../platform/outbox.ts';
import { markCartCompleted } from '../../cart/index.ts';
import { callProvider, recordPaymentTransaction, type AuthorizeResult, type PaymentProviders } from '../../payments/index.ts';
import { hashAccessToken, loadOrderViews } from '../orders.ts';
import type { CompletionView, OrderView } from '../orders.schemas.ts';
import type { CheckoutAttempt } from './attempts.ts';

/**
 * Phases 2 and 3 of completing a cart. Phase 2 (authorize) is the provider call, outside any
 * transaction, with the attempt's own provider idempotency key: repeated after a crash or timeout,
 * it returns the first result and never charges twice. Phase 3 (place) makes the order from the
 * attempt in one transaction.
 */

/** Phase 2: authorizes the attempt's total (captures it too where the provider auto-captures). */
export async function authorizeAttempt(providers: PaymentProviders, attempt: CheckoutAttempt): Promise<AuthorizeResult> {
  const provider = providers.get(attempt.provider);
  return callProvider(providers, provider, () =>
    provider.authorize({
      idempotencyKey: attempt.providerKey,
      amount: { currency: attempt.currency, amount: attempt.amount },
      providerData: attempt.providerData,
      capture: provider.autoCapture,
    }),
  );
}

/** The attempt is no longer open: the recovery sweep undid it while the payment was being authorized. */
export class CheckoutExpired extends Conflict {
  constructor() {
    super({ detail: 'The checkout took too long and its stock hold lapsed; the payment will be voided. Complete the cart again.' });
  }
}

/**
 * Phase 3, in the caller's transaction: turns the open attempt into its order. The attempt's
 * reservations and promotion uses already carry the order's id, so they become the order's as they
 * are; the payment ledger, the completed cart, `order.placed` and the confirmation email commit with it.
 */
export async function placeOrder(
  tx: Tx,
  attempt: CheckoutAttempt,
  payment: Extract<AuthorizeResult, { reference: string; status: 'authorized' | 'captured' }>,
  via: 'client' | 'webhook' = 'client',
): Promise<CompletionView> {
  // Why conditional: the recovery sweep may have undone this attempt meanwhile (it moves it out of
  // 'reserved' under the same row lock); then there is no stock to place an order with. A provider
  // webhook may have placed it meanwhile (the same lock): then the order is the answer.
  const moved = await queryRows<{ ok: number }>(
    tx,
    sql`
    UPDATE checkout_attempts SET status = 'placed', updated_at = now() WHERE id = ${attempt.id} AND status = 'reserved' RETURNING 1 AS ok`,
  );
  if (moved.length === 0) {
    const placed = via === 'client' ? await placedByWebhook(tx, attempt) : undefined;
    if (placed) return placed;
    throw new CheckoutExpired();
  }
  await markCartCompleted(tx, attempt.cartId);

  const { draft } = attempt;
  // 192 bits, stored hashed; a webhook has no shopper to hand it to: the shopper's own completion issues it then.
  const accessToken = draft.customerId === null && via === 'client' ? newSecret(24) : undefined;
  const [order] = await queryRows<{ display_id: number; created_at: string | Date }>(
    tx,
    sql`
    INSERT INTO orders (id, cart_id, attempt_id, customer_id, email, currency, region_id, shipping_address, billing_address,
                        shipping_method, promotion_codes, tax_inclusive, subtotal, discount_total, shipping_total, tax_total, total,
                        payment_provider, access_token_hash)
    VALUES (${attempt.orderId}, ${attempt.cartId}, ${attempt.id}, ${draft.customerId}, ${draft.email}, ${draft.currency}, ${draft.regionId},
            ${JSON.stringify(draft.shippingAddress)}::jsonb, ${JSON.stringify(draft.billingAddress)}::jsonb,
            ${JSON.stringify(draft.shippingMethod)}::jsonb, ${sql.param(draft.promotionCodes)}::text[], ${draft.taxInclusive},
            ${draft.subtotal}, ${draft.discountTotal}, ${draft.shippingTotal}, ${draft.taxTotal}, ${draft.total},
            ${attempt.provider}, ${accessToken ? hashAccessToken(accessToken) : null})
    RETURNING display_id, created_at`,
  );
  if (!order) throw new Error('insert returned no row');
  await tx.execute(sql`
    INSERT INTO order_lines (id, order_id, position, product_id, variant_id, title, variant_title, sku, options, quantity,
                             unit_price, subtotal, discount_total, tax_total, total)
    VALUES ${sql.join(
      draft.lines.map(
        (l, i) => sql`(${newId('ordl')}, ${attempt.orderId}, ${i}, ${l.productId}, ${l.variantId}, ${l.title},
      ${l.variantTitle}, ${l.sku}, ${JSON.stringify(l.options)}::jsonb, ${l.quantity}, ${l.unitPrice}, ${l.subtotal}, ${l.discountTotal},
      ${l.taxTotal}, ${l.total})`,
      ),
      sql`, `,
    )}`);

  const common = {
    orderId: attempt.orderId,
    attemptId: attempt.id,
    provider: attempt.provider,
    currency: attempt.currency,
    providerReference: payment.reference,
    actor: attempt.actor,
  };
  await recordPaymentTransaction(tx, { ...common, kind: 'authorization', amount: attempt.amount, providerKey: attempt.providerKey });
  if (payment.status === 'captured') {
    await recordPaymentTransaction(tx, {
      ...common,
      kind: 'capture',
      amount: attempt.amount,
      providerKey: `${attempt.providerKey}:capture`,
      note: 'auto-capture',
    });
  }
  const paymentEvent = payment.status === 'captured' ? 'payment_captured' : 'payment_authorized';
  await tx.execute(sql`
    INSERT INTO order_events (order_id, type, actor, data) VALUES
      (${attempt.orderId}, 'placed', ${attempt.actor}, ${JSON.stringify({ displayId: order.display_id, total: draft.total, via })}::jsonb),
      (${attempt.orderId}, ${paymentEvent}, ${attempt.actor}, ${JSON.stringify({ amount: attempt.amount, provider: attempt.provider })}::jsonb)`);
  await emit(
    tx,
    'order.placed',
    { orderId: attempt.orderId, displayId: order.display_id, total: draft.total, currency: draft.currency },
    attempt.orderId,
  );
  if (payment.status === 'captured') {
    await emit(
      tx,
      'order.payment_captured',
      { orderId: attempt.orderId, amount: attempt.amount, currency: attempt.currency },
      attempt.orderId,
    );
  }
  // The confirmation email follows from order.placed (the events module's email relay).
  const view = await orderViewAfterPlacing(tx, attempt.orderId);
  return accessToken ? { order: view, accessToken } : { order: view };
}

/**
 * The shopper's completion of an attempt a provider webhook already placed: the same order. A guest
 * order placed by a webhook has no access token yet; this completion (which holds the cart, the
 * guest's credential) issues it, once.
 */
async function placedByWebhook(tx: Tx, attempt: CheckoutAttempt): Promise<CompletionView | undefined> {
  const [row] = await queryRows<{ status: string }>(tx, sql`SELECT status FROM checkout_attempts WHERE id = ${attempt.id}`);
  if (row?.status !== 'placed') return undefined;
  const view = await orderViewAfterPlacing(tx, attempt.orderId);
  if (attempt.draft.customerId !== null) return { order: view };
  const accessToken = newSecret(24);
  // Why conditional: only the first completion to find the order without a token may issue one.
  const issued = await queryRows<{ ok: number }>(
    tx,
    sql`
    UPDATE orders SET access_token_hash = ${hashAccessToken(accessToken)} WHERE id = ${attempt.orderId} AND access_token_hash IS NULL RETURNING 1 AS ok`,
  );
  return issued.length > 0 ? { order: view, accessToken } : { order: view };
}

async function orderViewAfterPlacing(tx: Tx, orderId: string): Promise<OrderView> {
  const [view] = await loadOrderViews(tx, [orderId]);
  if (!view) throw new Error(`order ${orderId} vanished inside its own transaction`);
  return view;
}
