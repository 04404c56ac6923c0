import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { actorOf } from './checkout/attempts.ts';
import { addOrderNote, cancelOrder, createFulfillment, createReturn } from './order-changes.ts';
import { moneyPhases, planCapture, planRefund } from './order-actions.ts';
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
/** Sets the answered order's ETag on `reply`. */
const etag = (reply: FastifyReply) => (view: AdminOrderView) => setEtag(reply, view.id, view.version);
const IF_MATCH = "Honours `If-Match` (the order's ETag): 412 when the order changed since it was read.";

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
      return moneyPhases(
        db,
        req.phases,
        reply,
        req.params.id,
        (tx) => planCapture(tx, req.params.id, expected, req.body.amount, actorOf(req.principal)),
        etag(reply),
      );
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
      return moneyPhases(
        db,
        req.phases,
        reply,
        req.params.id,
        (tx) => planRefund(tx, req.params.id, expected, req.body, actorOf(req.principal)),
        etag(reply),
      );
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
      return moneyPhases(
        db,
        req.phases,
        reply,
        req.params.id,
        (tx) => cancelOrder(tx, req.params.id, expected, actorOf(req.principal)),
        etag(reply),
      );
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
      return moneyPhases(
        db,
        req.phases,
        reply,
        req.params.id,
        (tx) => createReturn(tx, req.params.id, expected, req.body, actorOf(req.principal)),
        etag(reply),
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
