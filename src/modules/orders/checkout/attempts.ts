import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../../platform/db/index.ts';
import { BadRequest } from '../../../platform/errors.ts';
import type { Principal } from '../../../platform/http/auth.ts';
import { newId } from '../../../platform/ids.ts';
import { getCartForCheckout } from '../../cart/index.ts';
import { releaseStock, reserveStock } from '../../inventory/index.ts';
import { CartChanged, findLatestPaymentSession, hashPricedCart } from '../../payments/index.ts';
import { PromotionInvalid, redeemPromotion, releasePromotionRedemptions } from '../../pricing/index.ts';
import { CheckoutInProgress, OrderQuantityExceeded, PaymentSessionRequired } from '../orders.errors.ts';
import { draftFromCart, type OrderDraft } from './draft.ts';

/**
 * Checkout attempts: phase 1 of completion (reserve) and its undo. An attempt holds stock and
 * promotion uses under the id its order will have, so placing the order moves nothing and undoing
 * an attempt releases exactly what it took.
 */

export type AttemptStatus = 'reserved' | 'placed' | 'declined' | 'expired';

export interface CheckoutAttempt {
  id: string;
  cartId: string;
  orderId: string;
  status: AttemptStatus;
  provider: string;
  providerKey: string;
  providerData: Record<string, unknown>;
  amount: number;
  currency: string;
  draft: OrderDraft;
  actor: string;
}

interface AttemptRow {
  id: string;
  cart_id: string;
  order_id: string;
  status: AttemptStatus;
  provider: string;
  provider_key: string;
  provider_data: Record<string, unknown>;
  amount: string | number;
  currency: string;
  draft: OrderDraft;
  actor: string;
}

function toAttempt(r: AttemptRow): CheckoutAttempt {
  return {
    id: r.id,
    cartId: r.cart_id,
    orderId: r.order_id,
    status: r.status,
    provider: r.provider,
    providerKey: r.provider_key,
    providerData: r.provider_data,
    amount: Number(r.amount),
    currency: r.currency,
    draft: r.draft,
    actor: r.actor,
  };
}

export interface CheckoutLimits {
  /** How long phase 1's holds last before the recovery sweep may undo an attempt that never placed. */
  reservationTtlMs: number;
  /** Units per order (CHECKS.md S12). */
  maxOrderQuantity: number;
}

export const DEFAULT_CHECKOUT_LIMITS: CheckoutLimits = { reservationTtlMs: 15 * 60 * 1000, maxOrderQuantity: 100 };

export function actorOf(principal: Principal): string {
  return principal.kind === 'anonymous' ? 'guest' : `${principal.kind}:${principal.id}`;
}

/**
 * Phase 1, in the caller's transaction: locks the cart, re-prices it, refuses what cannot be sold
 * as priced, reserves stock for every line (all or nothing), takes the promotion uses and records
 * the attempt bound to the priced cart's hash. Any refusal rolls the whole phase back.
 */
export async function reserveCheckout(
  tx: Tx,
  input: { cartId: string; principal: Principal; limits: CheckoutLimits },
): Promise<CheckoutAttempt> {
  const priced = await getCartForCheckout(tx, input.cartId, input.principal); // row lock on the cart until commit
  const { cart } = priced;
  const [open] = await queryRows<{ id: string; is_expired: boolean }>(
    tx,
    sql`
    SELECT id, expires_at < now() AS is_expired FROM checkout_attempts WHERE cart_id = ${cart.id} AND status = 'reserved'`,
  );
  if (open && !open.is_expired) throw new CheckoutInProgress();
  if (open) await undoAttempt(tx, open.id, 'expired'); // its holds lapsed; the sweep voids its authorization

  const unavailable = priced.lines.filter((l) => !l.isAvailable);
  if (unavailable.length > 0) {
    throw new CartChanged(
      'Some lines can no longer be bought; remove them and create a new payment session.',
      unavailable.map((l) => ({ lineItemId: l.item.id, variantId: l.item.variantId, reason: 'unavailable' })),
    );
  }
  if (priced.lines.length === 0) throw new CartChanged('The cart is empty.');
  const dropped = priced.droppedPromotions[0];
  if (dropped) throw new PromotionInvalid(dropped.reason, `Promotion ${dropped.code} no longer applies; remove it to continue.`);
  if (cart.shippingOptionId !== null && !priced.shippingMethod)
    throw new CartChanged('The chosen shipping method no longer applies; choose another.');
  const units = priced.lines.reduce((n, l) => n + l.item.quantity, 0);
  if (units > input.limits.maxOrderQuantity) throw new OrderQuantityExceeded(input.limits.maxOrderQuantity);
  const missing: { path: string; message: string }[] = [];
  if (!cart.email) missing.push({ path: '/email', message: 'is required to complete the cart' });
  if (!cart.shippingAddress) missing.push({ path: '/shippingAddress', message: 'is required to complete the cart' });
  if (missing.length > 0) throw new BadRequest({ detail: 'The cart is not ready to complete.', errors: missing });

  const session = await findLatestPaymentSession(tx, cart.id);
  if (!session) throw new PaymentSessionRequired();
  if (session.cartHash !== hashPricedCart(priced)) {
    throw new CartChanged('The cart changed after its payment session was created; create a new payment session for the new total.');
  }

  const id = newId('chk');
  const orderId = newId('ord');
  const actor = actorOf(input.principal);
  const customerId = cart.customerId ?? (input.principal.kind === 'customer' ? input.principal.id : null);
  const email = cart.email ?? '';
  await reserveStock(tx, { orderId, actor, lines: priced.lines.map((l) => ({ variantId: l.item.variantId, quantity: l.item.quantity })) });
  for (const promotion of priced.promotions) {
    await redeemPromotion(tx, { promotionId: promotion.id, customerId, email, orderId });
  }
  const draft = draftFromCart(priced, email, customerId);
  const [row] = await queryRows<AttemptRow>(
    tx,
    sql`
    INSERT INTO checkout_attempts (id, cart_id, order_id, status, cart_hash, provider, provider_key, provider_data, amount, currency, draft, actor, expires_at)
    VALUES (${id}, ${cart.id}, ${orderId}, 'reserved', ${session.cartHash}, ${session.provider}, ${`authorize:${id}`},
            ${JSON.stringify(session.providerData)}::jsonb, ${draft.total}, ${draft.currency}, ${JSON.stringify(draft)}::jsonb, ${actor},
            now() + make_interval(secs => ${input.limits.reservationTtlMs / 1000}))
    RETURNING *`,
  );
  if (!row) throw new Error('insert returned no row');
  return toAttempt(row);
}

/**
 * The attempt a resumed request continues, if it is still open; undefined: start again from phase 1
 * (an attempt the sweep undid holds nothing; a placed one answers 409 cart_already_completed there).
 */
export async function findResumableAttempt(db: Db, attemptId: string): Promise<CheckoutAttempt | undefined> {
  const [row] = await queryRows<AttemptRow>(db, sql`SELECT * FROM checkout_attempts WHERE id = ${attemptId}`);
  return row?.status === 'reserved' ? toAttempt(row) : undefined;
}

/**
 * Undoes an open attempt: releases its stock and promotion uses and closes it as `declined` (the
 * provider holds nothing) or `expired` (an authorization may exist: the sweep voids it). Returns
 * false when the attempt was no longer open (placed, or undone by someone else).
 */
export async function undoAttempt(tx: Tx, attemptId: string, status: 'declined' | 'expired'): Promise<boolean> {
  // Why conditional: placing and undoing race on this row; whoever moves it out of 'reserved' first
  // wins, and the other sees 0 rows and leaves the holds alone.
  const [closed] = await queryRows<{ order_id: string }>(
    tx,
    sql`
    UPDATE checkout_attempts SET status = ${status}, needs_void = ${status === 'expired'}, updated_at = now()
    WHERE id = ${attemptId} AND status = 'reserved'
    RETURNING order_id`,
  );
  if (!closed) return false;
  await releaseStock(tx, { orderId: closed.order_id, actor: 'system:checkout' });
  await releasePromotionRedemptions(tx, closed.order_id);
  return true;
}

/**
 * The checkout attempt that paid with the provider's payment `reference` (attempts of one cart may
 * share it, e.g. after a 3-D Secure step): the placed one if any, else the newest.
 */
export async function findAttemptByReference(db: Db | Tx, provider: string, reference: string): Promise<CheckoutAttempt | undefined> {
  const [row] = await queryRows<AttemptRow>(
    db,
    sql`
    SELECT * FROM checkout_attempts
    WHERE provider = ${provider} AND provider_data ? 'reference' AND provider_data->>'reference' = ${reference}
    ORDER BY (status = 'placed') DESC, created_at DESC, id DESC LIMIT 1`,
  );
  return row ? toAttempt(row) : undefined;
}
