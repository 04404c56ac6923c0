import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { newId } from '../../platform/ids.ts';
import { emit } from '../../platform/outbox.ts';
import {
  callProvider,
  getPaymentSummary,
  PaymentOperationRejected,
  recordPaymentTransaction,
  type PaymentProviders,
} from '../payments/index.ts';
import { InvalidOrderTransition } from './orders.errors.ts';
import type { OrderRow } from './orders.views.ts';

/**
 * Staff money movements on an order (capture, refund, void) in the phased shape of checkout:
 * plan (one transaction, under the order's row lock: checks the amounts against the ledger and the
 * movements still pending, records the operation) → the provider call with the operation's own
 * key → finish (one transaction: the ledger row and the timeline entry). A crash in between leaves
 * a pending operation that a retry or the recovery sweep finishes with the same key.
 */

export type OperationKind = 'capture' | 'refund' | 'void';

export interface PaymentOperation {
  id: string;
  orderId: string;
  kind: OperationKind;
  amount: number;
  providerKey: string;
  provider: string;
  currency: string;
  /** The authorization's provider reference and key (captures and refunds go against the first, voids the second). */
  reference: string;
  authorizationKey: string;
  actor: string;
}

/** Locks the order for a staff write (404 if none; 412 if If-Match names another version) and bumps its version. */
export async function lockOrder(tx: Tx, orderId: string, expected: number | undefined): Promise<OrderRow> {
  // Why FOR UPDATE: every staff write to an order and its lines goes through this lock, so two
  // writes (two captures, a cancel and a fulfilment) are serialised and each sees the other's result.
  const [row] = await queryRows<OrderRow>(tx, sql`SELECT * FROM orders WHERE id = ${orderId} FOR UPDATE`);
  if (!row) throw new NotFound({ detail: `There is no order ${orderId}.` });
  assertVersion(expected, row.version);
  await tx.execute(sql`UPDATE orders SET version = version + 1, updated_at = now() WHERE id = ${orderId}`);
  return { ...row, version: row.version + 1 };
}

export interface MoneyState {
  provider: string;
  currency: string;
  reference: string;
  authorizationKey: string;
  /** What can still be captured: authorized − captured − voided − pending captures and voids. */
  capturable: number;
  /** What can still be refunded: captured − refunded − pending refunds. */
  refundable: number;
}

/** The order's money position from the ledger plus the movements still pending (call under lockOrder). */
export async function moneyState(tx: Tx, order: OrderRow): Promise<MoneyState> {
  const summary = await getPaymentSummary(tx, order.id);
  const [pending] = await queryRows<{ capture: string | null; refund: string | null; void: string | null; key: string | null }>(
    tx,
    sql`
    SELECT sum(amount) FILTER (WHERE kind = 'capture' AND status = 'pending')::text AS capture,
           sum(amount) FILTER (WHERE kind = 'refund' AND status = 'pending')::text AS refund,
           sum(amount) FILTER (WHERE kind = 'void' AND status = 'pending')::text AS void,
           (SELECT provider_key FROM payment_transactions WHERE order_id = ${order.id} AND kind = 'authorization' ORDER BY id LIMIT 1) AS key
    FROM order_payment_operations WHERE order_id = ${order.id}`,
  );
  const p = { capture: Number(pending?.capture ?? 0), refund: Number(pending?.refund ?? 0), void: Number(pending?.void ?? 0) };
  return {
    provider: summary.provider ?? order.payment_provider,
    currency: order.currency,
    reference: summary.reference ?? '',
    authorizationKey: pending?.key ?? '',
    capturable: Math.max(0, summary.authorized - summary.captured - summary.voided - p.capture - p.void),
    refundable: Math.max(0, summary.captured - summary.refunded - p.refund),
  };
}

/** Records a pending operation (in the plan transaction). */
export async function planOperation(
  tx: Tx,
  order: OrderRow,
  money: MoneyState,
  kind: OperationKind,
  amount: number,
  actor: string,
  reason?: string,
): Promise<PaymentOperation> {
  if (kind === 'capture' && (amount <= 0 || amount > money.capturable)) {
    throw new InvalidOrderTransition(
      'nothing_to_capture',
      money.capturable === 0 ? 'Nothing is authorized and uncaptured on this order.' : `At most ${money.capturable} can be captured.`,
    );
  }
  if (kind === 'refund' && (amount <= 0 || amount > money.refundable)) {
    throw new InvalidOrderTransition('refund_exceeds_captured', `At most ${money.refundable} can be refunded (captured minus refunded).`);
  }
  const id = newId('pop');
  const providerKey = `${kind}:${id}`;
  await tx.execute(sql`
    INSERT INTO order_payment_operations (id, order_id, kind, amount, provider_key, actor, reason)
    VALUES (${id}, ${order.id}, ${kind}, ${amount}, ${providerKey}, ${actor}, ${reason ?? null})`);
  return {
    id,
    orderId: order.id,
    kind,
    amount,
    providerKey,
    provider: money.provider,
    currency: money.currency,
    reference: money.reference,
    authorizationKey: money.authorizationKey,
    actor,
  };
}

/** A pending operation to resume (a retry with the same Idempotency-Key, or the sweep). */
export async function findPendingOperation(db: Db | Tx, id: string): Promise<PaymentOperation | undefined> {
  const [row] = await queryRows<{
    id: string;
    order_id: string;
    kind: OperationKind;
    amount: string;
    provider_key: string;
    actor: string;
    status: string;
    currency: string;
    payment_provider: string;
  }>(
    db,
    sql`
    SELECT op.*, o.currency, o.payment_provider FROM order_payment_operations op JOIN orders o ON o.id = op.order_id WHERE op.id = ${id}`,
  );
  if (row?.status !== 'pending') return undefined;
  const [auth] = await queryRows<{ provider_reference: string | null; provider_key: string; provider: string }>(
    db,
    sql`
    SELECT provider_reference, provider_key, provider FROM payment_transactions WHERE order_id = ${row.order_id} AND kind = 'authorization' ORDER BY id LIMIT 1`,
  );
  return {
    id: row.id,
    orderId: row.order_id,
    kind: row.kind,
    amount: Number(row.amount),
    providerKey: row.provider_key,
    provider: auth?.provider ?? row.payment_provider,
    currency: row.currency,
    reference: auth?.provider_reference ?? '',
    authorizationKey: auth?.provider_key ?? '',
    actor: row.actor,
  };
}

/** The provider call of an operation (no transaction open); a refusal is returned, not thrown. */
export async function executeOperation(
  providers: PaymentProviders,
  op: PaymentOperation,
): Promise<{ reference: string } | { rejected: PaymentOperationRejected }> {
  const provider = providers.get(op.provider);
  const amount = { currency: op.currency, amount: op.amount };
  try {
    if (op.kind === 'void') {
      await callProvider(providers, provider, () => provider.void({ authorizationKey: op.authorizationKey, reference: op.reference }));
      return { reference: op.reference };
    }
    const input = { idempotencyKey: op.providerKey, reference: op.reference, amount };
    return await callProvider(providers, provider, () => (op.kind === 'capture' ? provider.capture(input) : provider.refund(input)));
  } catch (error) {
    if (error instanceof PaymentOperationRejected) return { rejected: error };
    throw error;
  }
}

const EVENT: Record<OperationKind, string> = { capture: 'payment_captured', refund: 'payment_refunded', void: 'payment_voided' };

/** Finishes an operation once: the ledger row and the timeline entry (a second finish does nothing). */
export async function finishOperation(tx: Tx, op: PaymentOperation, reference: string): Promise<void> {
  // Why conditional: a retry and the sweep may both finish the same operation; one records it.
  const moved = await queryRows<{ ok: number }>(
    tx,
    sql`
    UPDATE order_payment_operations SET status = 'done', updated_at = now() WHERE id = ${op.id} AND status = 'pending' RETURNING 1 AS ok`,
  );
  if (moved.length === 0) return;
  await recordPaymentTransaction(tx, {
    orderId: op.orderId,
    provider: op.provider,
    kind: op.kind,
    amount: op.amount,
    currency: op.currency,
    providerReference: reference,
    providerKey: op.providerKey,
    actor: op.actor,
  });
  await tx.execute(sql`
    INSERT INTO order_events (order_id, type, actor, data)
    VALUES (${op.orderId}, ${EVENT[op.kind]}, ${op.actor}, ${JSON.stringify({ amount: op.amount, operationId: op.id })}::jsonb)`);
  if (op.kind !== 'void') {
    const type = op.kind === 'capture' ? 'order.payment_captured' : 'order.refunded';
    await emit(tx, type, { orderId: op.orderId, amount: op.amount, currency: op.currency }, op.orderId);
  }
}

export async function failOperation(tx: Tx, op: PaymentOperation): Promise<void> {
  await tx.execute(
    sql`UPDATE order_payment_operations SET status = 'failed', updated_at = now() WHERE id = ${op.id} AND status = 'pending'`,
  );
}

/** Recovery: finishes operations a crash left pending for longer than `olderThanSeconds`. */
export async function finishPendingOperations(
  db: Db,
  providers: PaymentProviders,
  olderThanSeconds = 60,
): Promise<{ finished: number; failed: number }> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    SELECT id FROM order_payment_operations WHERE status = 'pending' AND created_at < now() - make_interval(secs => ${olderThanSeconds}) ORDER BY id LIMIT 1000`,
  );
  let finished = 0;
  let failed = 0;
  for (const { id } of rows) {
    const op = await findPendingOperation(db, id);
    if (!op) continue;
    try {
      const outcome = await executeOperation(providers, op);
      if ('rejected' in outcome) {
        await withTransaction(db, (tx) => failOperation(tx, op));
        failed += 1;
      } else {
        await withTransaction(db, (tx) => finishOperation(tx, op, outcome.reference));
        finished += 1;
      }
    } catch {
      // the provider is unreachable: the next sweep tries again with the same key
    }
  }
  return { finished, failed };
}
