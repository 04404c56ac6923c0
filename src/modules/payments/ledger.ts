import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';

/**
 * Our payment records: an append-only ledger per order (authorizations, captures, refunds, voids).
 * `paymentStatus` is derived from its sums whenever it is read, so it can never disagree with them.
 */

export type PaymentKind = 'authorization' | 'capture' | 'refund' | 'void';
export type PaymentStatus = 'not_paid' | 'authorized' | 'captured' | 'partially_refunded' | 'refunded' | 'voided';

export interface PaymentTransactionInput {
  orderId: string;
  attemptId?: string | null | undefined;
  provider: string;
  kind: PaymentKind;
  amount: number;
  currency: string;
  providerReference?: string | null | undefined;
  /** The provider idempotency key of the call recorded; unique, so a call is recorded once. */
  providerKey: string;
  actor: string;
  note?: string | null | undefined;
}

export interface PaymentSummary {
  provider: string | null;
  currency: string | null;
  authorized: number;
  captured: number;
  refunded: number;
  voided: number;
  /** The authorization's provider reference (captures and refunds go against it). */
  reference: string | null;
  status: PaymentStatus;
}

/** Appends one ledger row; a second record of the same provider call is ignored (returns false). */
export async function recordPaymentTransaction(tx: Tx, input: PaymentTransactionInput): Promise<boolean> {
  const rows = await queryRows<{ ok: number }>(
    tx,
    sql`
    INSERT INTO payment_transactions (order_id, attempt_id, provider, kind, amount, currency, provider_reference, provider_key, actor, note)
    VALUES (${input.orderId}, ${input.attemptId ?? null}, ${input.provider}, ${input.kind}, ${input.amount}, ${input.currency},
            ${input.providerReference ?? null}, ${input.providerKey}, ${input.actor}, ${input.note ?? null})
    ON CONFLICT (provider_key) DO NOTHING RETURNING 1 AS ok`,
  );
  return rows.length > 0;
}

/** The status the ledger sums imply. */
export function derivePaymentStatus(s: Pick<PaymentSummary, 'authorized' | 'captured' | 'refunded' | 'voided'>): PaymentStatus {
  if (s.captured > 0 && s.refunded >= s.captured) return 'refunded';
  if (s.refunded > 0) return 'partially_refunded';
  if (s.captured > 0) return 'captured';
  if (s.voided > 0) return 'voided';
  if (s.authorized > 0) return 'authorized';
  return 'not_paid';
}

const EMPTY = { provider: null, currency: null, authorized: 0, captured: 0, refunded: 0, voided: 0, reference: null } as const;

/** The payment summary of each order, in one statement whatever the number of orders. */
export async function summarizePayments(db: Db | Tx, orderIds: readonly string[]): Promise<Map<string, PaymentSummary>> {
  const result = new Map<string, PaymentSummary>();
  if (orderIds.length === 0) return result;
  const rows = await queryRows<{
    order_id: string;
    provider: string;
    currency: string;
    authorized: string;
    captured: string;
    refunded: string;
    voided: string;
    reference: string | null;
  }>(
    db,
    sql`
    SELECT order_id, min(provider) AS provider, min(currency) AS currency,
           sum(amount) FILTER (WHERE kind = 'authorization')::text AS authorized,
           sum(amount) FILTER (WHERE kind = 'capture')::text AS captured,
           sum(amount) FILTER (WHERE kind = 'refund')::text AS refunded,
           sum(amount) FILTER (WHERE kind = 'void')::text AS voided,
           min(provider_reference) FILTER (WHERE kind = 'authorization') AS reference
    FROM payment_transactions WHERE order_id = ANY(${sql.param([...new Set(orderIds)])}::text[]) GROUP BY order_id`,
  );
  for (const id of orderIds) result.set(id, { ...EMPTY, status: 'not_paid' });
  for (const r of rows) {
    const sums = {
      authorized: Number(r.authorized ?? 0),
      captured: Number(r.captured ?? 0),
      refunded: Number(r.refunded ?? 0),
      voided: Number(r.voided ?? 0),
    };
    result.set(r.order_id, {
      provider: r.provider,
      currency: r.currency,
      ...sums,
      reference: r.reference,
      status: derivePaymentStatus(sums),
    });
  }
  return result;
}

/** The summary of one order. */
export async function getPaymentSummary(db: Db | Tx, orderId: string): Promise<PaymentSummary> {
  return (await summarizePayments(db, [orderId])).get(orderId) ?? { ...EMPTY, status: 'not_paid' };
}
