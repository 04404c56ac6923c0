import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db, type Tx } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { reserveStock } from '../../inventory/index.ts';
import {
  callProvider,
  getPaymentSummary,
  recordPaymentTransaction,
  type AuthorizeResult,
  type PaymentProvider,
  type PaymentProviders,
  type PaymentWebhookEvent,
} from '../../payments/index.ts';
import { lockOrder } from '../order-payments.ts';
import { findAttemptByReference, type CheckoutAttempt } from './attempts.ts';
import { authorizeAttempt, CheckoutExpired, placeOrder } from './complete-cart.ts';

/**
 * The payment-state reconciler for what a provider reports on its own (webhooks). Each event is
 * applied once (its id is stored with its effect) and only moves state forward, so the end state
 * is the same whatever the order of arrival, duplicates included:
 *
 * - The attempt the payment belongs to is found by the provider's reference. If its order is not
 *   placed yet, the provider's current state is re-read through the attempt's own (idempotent)
 *   authorization call; an event's copy of the object may be stale. Authorized or captured:
 *   - the attempt is still open (the shopper's completion has not placed it, or its process died):
 *     the order is placed here, under the same row lock as the shopper's completion, so exactly one
 *     of them places it and the other answers that order;
 *   - the attempt was undone (the recovery sweep released it) but the money was captured: its stock
 *     is reserved again and the order placed, or, if the stock is gone, the payment is refunded in
 *     full. An authorization that was not captured is left to the sweep, which voids it.
 *   A decline changes nothing here: the shopper's completion reports it, the sweep undoes the rest.
 * - Once the order exists, the event's money facts (amount captured, cumulative amount refunded,
 *   a cancellation, a dispute) are brought into the ledger as the difference to what the ledger
 *   and our own pending operations already hold; a stale event finds nothing to add.
 */

export type WebhookOutcome = 'duplicate' | 'ignored' | 'placed' | 'refunded_unplaced' | 'recorded' | 'unchanged';

const SYSTEM = 'system:payments';

async function isRecorded(db: Db, provider: string, eventId: string): Promise<boolean> {
  const rows = await queryRows<{ ok: number }>(
    db,
    sql`SELECT 1 AS ok FROM payment_webhook_events WHERE provider = ${provider} AND event_id = ${eventId}`,
  );
  return rows.length > 0;
}

async function recordEvent(tx: Tx | Db, provider: string, event: PaymentWebhookEvent, outcome: WebhookOutcome): Promise<boolean> {
  const rows = await queryRows<{ ok: number }>(
    tx,
    sql`
    INSERT INTO payment_webhook_events (provider, event_id, type, reference, outcome)
    VALUES (${provider}, ${event.id}, ${event.type}, ${event.reference}, ${outcome})
    ON CONFLICT (provider, event_id) DO NOTHING RETURNING 1 AS ok`,
  );
  return rows.length > 0;
}

export async function applyPaymentEvent(
  db: Db,
  providers: PaymentProviders,
  provider: PaymentProvider,
  event: PaymentWebhookEvent,
): Promise<WebhookOutcome> {
  if (await isRecorded(db, provider.id, event.id)) return 'duplicate';
  const kind = event.data.kind;
  const attempt = event.reference === '' ? undefined : await findAttemptByReference(db, provider.id, event.reference);
  if (!attempt || kind === 'other' || kind === undefined) {
    return (await recordEvent(db, provider.id, event, 'ignored')) ? 'ignored' : 'duplicate';
  }
  let outcome: WebhookOutcome = 'unchanged';
  if (attempt.status !== 'placed') outcome = await settleUnplaced(db, providers, attempt);
  return withTransaction(db, async (tx) => {
    const [placed] = await queryRows<{ ok: number }>(tx, sql`SELECT 1 AS ok FROM orders WHERE id = ${attempt.orderId}`);
    if (placed && (await applyMoneyFacts(tx, attempt, provider.id, event))) outcome = outcome === 'unchanged' ? 'recorded' : outcome;
    return (await recordEvent(tx, provider.id, event, outcome)) ? outcome : 'duplicate';
  });
}

/** Places the order of an attempt whose payment went through without the shopper's completion finishing. */
async function settleUnplaced(db: Db, providers: PaymentProviders, attempt: CheckoutAttempt): Promise<WebhookOutcome> {
  const payment = await authorizeAttempt(providers, attempt); // the provider's state now, with the attempt's own key
  if (payment.status === 'declined') return 'unchanged';
  if (attempt.status === 'reserved') {
    try {
      await withTransaction(db, (tx) => placeOrder(tx, attempt, payment, 'webhook'));
      return 'placed';
    } catch (error) {
      if (!(error instanceof CheckoutExpired)) throw error;
      // the shopper placed it, or the sweep undid it meanwhile: decide on the attempt as it is now
      const now = await findAttemptByReference(db, attempt.provider, payment.reference);
      if (!now || now.status === 'placed' || now.status === 'reserved') return 'unchanged';
      return settleUndone(db, providers, now, payment);
    }
  }
  return settleUndone(db, providers, attempt, payment);
}

/** An undone attempt whose payment was captured: place it again with fresh stock, or refund it. */
async function settleUndone(
  db: Db,
  providers: PaymentProviders,
  attempt: CheckoutAttempt,
  payment: Extract<AuthorizeResult, { status: 'authorized' | 'captured' }>,
): Promise<WebhookOutcome> {
  if (payment.status !== 'captured') return 'unchanged'; // an authorization only: the sweep voids it
  const revived = await withTransaction(db, async (tx) => {
    // Why conditional: only an undone attempt of a cart without an order and without another open
    // attempt comes back; the shopper's own retry (a new attempt) would place it otherwise.
    const [row] = await queryRows<{ ok: number }>(
      tx,
      sql`
      UPDATE checkout_attempts a SET status = 'reserved', needs_void = false, expires_at = now() + interval '15 minutes', updated_at = now()
      WHERE a.id = ${attempt.id} AND a.status IN ('expired', 'declined')
        AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = a.cart_id)
        AND NOT EXISTS (SELECT 1 FROM checkout_attempts b WHERE b.cart_id = a.cart_id AND b.status = 'reserved')
      RETURNING 1 AS ok`,
    );
    if (!row) return 'skipped' as const;
    try {
      // A savepoint: stock that is gone rolls back only this part, the refund below follows.
      await withTransaction(tx, async (sp) => {
        await reserveStock(sp, {
          orderId: attempt.orderId,
          actor: SYSTEM,
          lines: attempt.draft.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
        });
        await placeOrder(sp, { ...attempt, status: 'reserved' }, payment, 'webhook');
      });
      return 'placed' as const;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await tx.execute(
        sql`UPDATE checkout_attempts SET status = 'expired', needs_void = false, updated_at = now() WHERE id = ${attempt.id}`,
      );
      return 'refund' as const;
    }
  });
  if (revived === 'placed') return 'placed';
  if (revived === 'skipped') {
    const [other] = await queryRows<{ ok: number }>(db, sql`SELECT 1 AS ok FROM orders WHERE cart_id = ${attempt.cartId}`);
    if (!other) return 'unchanged'; // another attempt of the cart is open: it takes this payment
  }
  // The customer paid and no order can take the money: give it back in full, once (the key is the attempt's).
  const provider = providers.get(attempt.provider);
  await callProvider(providers, provider, () =>
    provider.refund({
      idempotencyKey: `refund:unplaced:${attempt.id}`,
      reference: payment.reference,
      amount: { currency: attempt.currency, amount: attempt.amount },
    }),
  );
  await db.execute(sql`UPDATE checkout_attempts SET needs_void = false, updated_at = now() WHERE id = ${attempt.id} AND needs_void`);
  return 'refunded_unplaced';
}

/**
 * The recovery sweep's answer to a void the provider refused because the money was already
 * captured (automatic capture, the completion died): the same as a late `succeeded` webhook.
 */
export async function settleCapturedAttempt(db: Db, providers: PaymentProviders, attemptId: string): Promise<WebhookOutcome> {
  const [row] = await queryRows<{ provider: string; ref: string | null }>(
    db,
    sql`SELECT provider, provider_data->>'reference' AS ref FROM checkout_attempts WHERE id = ${attemptId}`,
  );
  if (!row?.ref) return 'unchanged';
  const attempt = await findAttemptByReference(db, row.provider, row.ref);
  if (attempt?.id !== attemptId || attempt.status === 'placed' || attempt.status === 'reserved') return 'unchanged';
  const payment = await authorizeAttempt(providers, attempt);
  return payment.status === 'declined' ? 'unchanged' : settleUndone(db, providers, attempt, payment);
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Brings the order's ledger up to the event's money facts; true when something was recorded. */
async function applyMoneyFacts(tx: Tx, attempt: CheckoutAttempt, provider: string, event: PaymentWebhookEvent): Promise<boolean> {
  await lockOrder(tx, attempt.orderId, undefined); // serialises with staff captures and refunds of this order
  const summary = await getPaymentSummary(tx, attempt.orderId);
  const [pending] = await queryRows<{ capture: string | null; refund: string | null; void: string | null }>(
    tx,
    sql`
    SELECT sum(amount) FILTER (WHERE kind = 'capture')::text AS capture, sum(amount) FILTER (WHERE kind = 'refund')::text AS refund,
           sum(amount) FILTER (WHERE kind = 'void')::text AS void
    FROM order_payment_operations WHERE order_id = ${attempt.orderId} AND status = 'pending'`,
  );
  const pendingCapture = Number(pending?.capture ?? 0);
  const pendingRefund = Number(pending?.refund ?? 0);
  const base = {
    orderId: attempt.orderId,
    attemptId: attempt.id,
    provider,
    currency: attempt.currency,
    providerReference: event.reference,
    actor: `system:${provider}`,
  };
  const entries: { type: string; data: Record<string, unknown> }[] = [];
  const captured = num(event.data.captured);
  if (captured !== undefined && captured > summary.captured + pendingCapture) {
    const amount = captured - summary.captured - pendingCapture;
    // The key is the cumulative level reached: a second report of the same level records nothing.
    if (
      await recordPaymentTransaction(tx, {
        ...base,
        kind: 'capture',
        amount,
        providerKey: `capture:${provider}:${event.reference}:${captured}`,
      })
    ) {
      entries.push({ type: 'payment_captured', data: { amount, source: 'webhook', event: event.id } });
    }
  }
  const refunded = num(event.data.refunded);
  if (refunded !== undefined && refunded > summary.refunded + pendingRefund) {
    const amount = refunded - summary.refunded - pendingRefund;
    if (
      await recordPaymentTransaction(tx, {
        ...base,
        kind: 'refund',
        amount,
        providerKey: `refund:${provider}:${event.reference}:${refunded}`,
      })
    ) {
      entries.push({ type: 'payment_refunded', data: { amount, source: 'webhook', event: event.id } });
    }
  }
  const isCanceled = event.data.kind === 'payment' && event.data.status === 'canceled';
  if (isCanceled && summary.captured === 0 && summary.voided === 0 && summary.authorized > 0 && Number(pending?.void ?? 0) === 0) {
    const amount = summary.authorized;
    if (await recordPaymentTransaction(tx, { ...base, kind: 'void', amount, providerKey: `void:${provider}:${event.reference}` })) {
      entries.push({ type: 'payment_voided', data: { amount, source: 'webhook', event: event.id } });
    }
  }
  if (event.data.kind === 'dispute') {
    entries.push({
      type: 'payment_disputed',
      data: { amount: num(event.data.amount) ?? null, reason: event.data.reason ?? null, event: event.id },
    });
  }
  for (const entry of entries) {
    await tx.execute(sql`
      INSERT INTO order_events (order_id, type, actor, data) VALUES (${attempt.orderId}, ${entry.type}, ${base.actor}, ${JSON.stringify(entry.data)}::jsonb)`);
  }
  return entries.length > 0;
}
