import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../platform/db/index.ts';
import { failpoint } from '../../platform/failpoints.ts';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { paymentProviders } from '../payments/index.ts';
import { actorOf } from './checkout/attempts.ts';
import { addOrderNote, cancelOrder, createFulfillment, createReturn } from './order-changes.ts';
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
import { getAdminOrder, listAdminOrders } from './orders.ts';
import {
  AdminOrderQuery,
  AdminOrderView,
  CaptureBody,
  FulfillmentBody,
  NoteBody,
  OrderPage,
  OrderParams,
  RefundBody,
  ReturnBody,
} from './orders.schemas.ts';

const tags = ['Admin: orders'];
const read = { permission: 'orders:read' } as const;
const write = { permission: 'orders:write' } as const;
const IF_MATCH = "Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.";

/**
 * The phased shape of every staff money movement, opened here so the phases are visible: plan
 * (one transaction under the order lock, recorded as the key's recovery point) → the provider call
 * (no transaction) → finish (one transaction with the stored answer). A retry with the same key
 * resumes a pending operation instead of planning a second one.
 */
async function moneyPhases(
  db: Db,
  req: FastifyRequest,
  reply: FastifyReply,
  orderId: string,
  plan: (tx: Tx) => Promise<PaymentOperation | undefined>,
): Promise<AdminOrderView> {
  const { phases } = req;
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
    setEtag(reply, view.id, view.version);
    return view;
  });
}

/** Admin REST routes of orders. */
export const adminOrderRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get(
    '/admin/orders',
    {
      config: read,
      schema: {
        tags,
        summary: 'List orders, newest first',
        description:
          'Filters: `status`, `paymentStatus`, `fulfillmentStatus` (derived, as on the order), `email` (exact, any case), `createdAfter` (inclusive) / `createdBefore` (exclusive). Keyset-paged.',
        querystring: AdminOrderQuery,
        response: { 200: OrderPage },
      },
    },
    async (req) => listAdminOrders(db, req.query),
  );

  app.get(
    '/admin/orders/:id',
    {
      config: read,
      schema: { tags, summary: 'One order with its timeline', params: OrderParams, response: { 200: AdminOrderView } },
    },
    async (req, reply) => {
      const view = await getAdminOrder(db, req.params.id);
      setEtag(reply, view.id, view.version);
      return view;
    },
  );

  app.post(
    '/admin/orders/:id/capture',
    {
      config: { ...write, idempotency: 'phased' },
      schema: {
        tags,
        summary: 'Capture an authorized payment, in full or in part',
        description: `409 \`nothing_to_capture\` when the amount exceeds what is authorized and not yet captured. ${IF_MATCH}`,
        params: OrderParams,
        body: CaptureBody,
        response: { 200: AdminOrderView },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return moneyPhases(db, req, reply, req.params.id, async (tx) => {
        const order = await lockOrder(tx, req.params.id, expected);
        const money = await moneyState(tx, order);
        return planOperation(tx, order, money, 'capture', req.body.amount ?? money.capturable, actorOf(req.principal));
      });
    },
  );

  app.post(
    '/admin/orders/:id/refunds',
    {
      config: { ...write, idempotency: 'phased' },
      schema: {
        tags,
        summary: 'Refund part or all of what was captured',
        description: `409 \`refund_exceeds_captured\` above captured minus refunded. ${IF_MATCH}`,
        params: OrderParams,
        body: RefundBody,
        response: { 200: AdminOrderView },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return moneyPhases(db, req, reply, req.params.id, async (tx) => {
        const order = await lockOrder(tx, req.params.id, expected);
        return planOperation(tx, order, await moneyState(tx, order), 'refund', req.body.amount, actorOf(req.principal), req.body.reason);
      });
    },
  );

  app.post(
    '/admin/orders/:id/cancel',
    {
      config: { ...write, idempotency: 'phased' },
      schema: {
        tags,
        summary: 'Cancel every unit not yet fulfilled',
        description: `Releases their stock; voids the authorization (nothing captured or shipped) or refunds what was captured for them. 409 \`order_not_cancelable\` when nothing is left to cancel. ${IF_MATCH}`,
        params: OrderParams,
        response: { 200: AdminOrderView },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return moneyPhases(db, req, reply, req.params.id, (tx) => cancelOrder(tx, req.params.id, expected, actorOf(req.principal)));
    },
  );

  app.post(
    '/admin/orders/:id/returns',
    {
      config: { ...write, idempotency: 'phased' },
      schema: {
        tags,
        summary: 'Receive returned units; optionally restock them and refund',
        description: `409 \`return_exceeds_fulfilled\` for more than was shipped. With \`restock\`, units go back on hand through the inventory ledger. ${IF_MATCH}`,
        params: OrderParams,
        body: ReturnBody,
        response: { 200: AdminOrderView },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return moneyPhases(db, req, reply, req.params.id, (tx) =>
        createReturn(tx, req.params.id, expected, req.body, actorOf(req.principal)),
      );
    },
  );

  app.post(
    '/admin/orders/:id/fulfillments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ship units (partial allowed), from a location, with a tracking number',
        description: `Stock leaves on hand and reserved through the inventory ledger with the order's id. 409 \`fulfillment_exceeds_order\` for more than is left. ${IF_MATCH}`,
        params: OrderParams,
        body: FulfillmentBody,
        response: { 201: AdminOrderView },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await createFulfillment(tx, req.params.id, expected, req.body, actorOf(req.principal));
        const view = await getAdminOrder(tx, req.params.id);
        setEtag(reply, view.id, view.version);
        reply.code(201);
        return view;
      });
    },
  );

  app.post(
    '/admin/orders/:id/notes',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a staff note to the timeline',
        description: IF_MATCH,
        params: OrderParams,
        body: NoteBody,
        response: { 201: AdminOrderView },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await addOrderNote(tx, req.params.id, expected, req.body.note, actorOf(req.principal));
        const view = await getAdminOrder(tx, req.params.id);
        setEtag(reply, view.id, view.version);
        reply.code(201);
        return view;
      });
    },
  );
};
