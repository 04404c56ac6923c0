import type { FastifyReply } from 'fastify';
import type { Db, Tx } from '../../platform/db/index.ts';
import { failpoint } from '../../platform/failpoints.ts';
import type { Phases } from '../../platform/http/idempotency.ts';
import { paymentProviders } from '../payments/index.ts';
import {
  executeOperation,
  failOperation,
  findPendingOperation,
  finishOperation,
  lockOrder,
  moneyState,
  planOperation,
  type PaymentOperation,
} from './order-payments.ts';
import { getAdminOrder } from './orders.ts';
import type { AdminOrderView } from './orders.schemas.ts';

/**
 * The phased shape of every staff money movement, shared by the REST routes and the GraphQL
 * mutations: plan (one transaction under the order lock, recorded as the key's recovery point) →
 * the provider call (no transaction) → finish (one transaction with the stored answer). A retry with
 * the same key resumes a pending operation instead of planning a second one. `answered` sees the
 * order as it is answered, inside the last phase (REST sets its ETag there).
 */
export async function moneyPhases(
  db: Db,
  phases: Phases,
  reply: FastifyReply,
  orderId: string,
  plan: (tx: Tx) => Promise<PaymentOperation | undefined>,
  answered?: (view: AdminOrderView) => void,
): Promise<AdminOrderView> {
  let op: PaymentOperation | undefined;
  if (phases.recoveryPoint === 'planned') {
    const id = phases.recoveryData.operationId;
    op = typeof id === 'string' ? await findPendingOperation(db, id) : undefined; // done meanwhile: nothing to call
  } else {
    op = await phases.run('planned', plan, (o) => ({ operationId: o?.id ?? null }));
  }
  await failpoint('orders.payment.after_plan');
  let reference: string | undefined;
  if (op) {
    const pending = op;
    const outcome = await executeOperation(paymentProviders(db), pending);
    if ('rejected' in outcome) return phases.fail(outcome.rejected, (tx) => failOperation(tx, pending));
    reference = outcome.reference;
    await failpoint('orders.payment.after_call');
  }
  return phases.finish(reply, async (tx) => {
    if (op && reference !== undefined) await finishOperation(tx, op, reference);
    const view = await getAdminOrder(tx, orderId);
    answered?.(view);
    return view;
  });
}

/** Plans a capture of `amount` (everything still capturable when absent) under the order lock. */
export async function planCapture(
  tx: Tx,
  orderId: string,
  expected: number | undefined,
  amount: number | undefined,
  actor: string,
): Promise<PaymentOperation | undefined> {
  const order = await lockOrder(tx, orderId, expected);
  const money = await moneyState(tx, order);
  return planOperation(tx, order, money, 'capture', amount ?? money.capturable, actor);
}

/** Plans a refund of `amount` with its reason under the order lock. */
export async function planRefund(
  tx: Tx,
  orderId: string,
  expected: number | undefined,
  refund: { amount: number; reason: string },
  actor: string,
): Promise<PaymentOperation | undefined> {
  const order = await lockOrder(tx, orderId, expected);
  return planOperation(tx, order, await moneyState(tx, order), 'refund', refund.amount, actor, refund.reason);
}
