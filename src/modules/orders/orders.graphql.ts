import { Type } from '@sinclair/typebox';
import {
  BatchLoader,
  loaderFor,
  mutate,
  pageOf,
  phasedField,
  toConnection,
  validateInput,
  type ConnectionArgs,
  type GraphQLContext,
  type SchemaPart,
} from '../../platform/graphql/index.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import type { Tx } from '../../platform/db/index.ts';
import { Id } from '../../platform/http/schema.ts';
import { getCustomersByIds, toCustomerView } from '../identity/index.ts';
import { actorOf } from './checkout/attempts.ts';
import { completeCart } from './checkout/complete.ts';
import { moneyPhases, planCapture, planRefund } from './order-actions.ts';
import { addOrderNote, cancelOrder, createFulfillment, createReturn } from './order-changes.ts';
import type { PaymentOperation } from './order-payments.ts';
import { getAdminOrder, getOrderForShopper, listAdminOrders, listCustomerOrders } from './orders.ts';
import {
  AdminOrderQuery,
  CaptureBody,
  FulfillmentBody,
  NoteBody,
  OrderParams,
  RefundBody,
  ReturnBody,
  type AdminOrderView,
  type OrderView,
} from './orders.schemas.ts';
import { defined } from '../../platform/graphql/index.ts';

/** The fields of an order: GET /store/orders/{id}'s view, field for field. */
const ORDER_FIELDS = /* GraphQL */ `
    id: ID!
    """
    Sequential order number (1001, 1002, …)
    """
    displayId: Int!
    """
    pending, completed or canceled
    """
    status: String!
    """
    not_paid, authorized, captured, partially_refunded, refunded or voided
    """
    paymentStatus: String!
    """
    not_fulfilled, partially_fulfilled, fulfilled, partially_returned or returned
    """
    fulfillmentStatus: String!
    email: String!
    customerId: ID
    currency: String!
    regionId: ID
    items: [OrderLine!]!
    shippingAddress: JSON
    billingAddress: JSON
    shippingMethod: OrderShippingMethod
    promotionCodes: [String!]!
    taxInclusive: Boolean!
    subtotal: Amount!
    discountTotal: Amount!
    shippingTotal: Amount!
    taxTotal: Amount!
    total: Amount!
    payment: OrderPayment!
    version: Int!
    createdAt: String!
    canceledAt: String
`;

/** The order types both schemas share. */
export const orderTypeDefs = /* GraphQL */ `
  type OrderLine {
    id: ID!
    productId: ID!
    variantId: ID!
    title: String!
    variantTitle: String!
    sku: String!
    """
    Option name → value
    """
    options: JSON!
    quantity: Int!
    unitPrice: Amount!
    subtotal: Amount!
    discountTotal: Amount!
    taxTotal: Amount!
    total: Amount!
    fulfilledQuantity: Int!
    canceledQuantity: Int!
    returnedQuantity: Int!
  }

  """
  Sums of the payment ledger; paymentStatus is derived from them
  """
  type OrderPayment {
    provider: String!
    authorized: Amount!
    captured: Amount!
    refunded: Amount!
    voided: Amount!
  }

  type OrderShippingMethod {
    shippingOptionId: ID!
    name: String!
    amount: Amount!
  }

  """
  An immutable snapshot of the purchase; later catalog edits never change it.
  """
  type Order {
${ORDER_FIELDS}  }

  type OrderEdge {
    cursor: String!
    node: Order!
  }

  type OrderConnection {
    edges: [OrderEdge!]!
    nodes: [Order!]!
    pageInfo: PageInfo!
  }
`;

const storeTypeDefs = /* GraphQL */ `
  type CartCompletePayload {
    order: Order
    """
    Guest orders only, shown once: pass it as \`token\` to \`order\`
    """
    accessToken: String
    userErrors: [UserError!]!
  }

  extend type Query {
    """
    One order: to its customer, or with a guest order's access token; null for anyone else, as for an order that does not exist.
    """
    order(id: ID!, token: String): Order
    """
    The signed-in customer's orders, newest first
    """
    orders(first: Int, after: String): OrderConnection!
  }

  extend type Mutation {
    """
    Completes the cart as POST /store/carts/{id}/complete does: reserve, authorize, place. Send it as the
    operation's only field; with an Idempotency-Key a retry resumes where the first request stopped.
    """
    cartComplete(cartId: ID!): CartCompletePayload!
  }
`;

const CartId = Type.Object({ cartId: Id }, { additionalProperties: false });
const OrderArgs = Type.Object({ id: Id, token: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

/** A connection of order views; each edge's cursor is the REST list's cursor after that order. */
export function orderConnection(page: { items: OrderView[]; nextCursor: string | null }) {
  return toConnection(
    page,
    page.items.map((o) => encodeCursor([o.createdAt, o.id])),
  );
}

/** The orders part of the store schema: completing a cart and a shopper's orders, through the REST routes' services. */
export const ordersStoreGraphQL: SchemaPart = {
  typeDefs: orderTypeDefs + storeTypeDefs,
  phased: ['cartComplete'],
  access: { 'Query.orders': { auth: 'customer' } },
  resolvers: {
    Query: {
      order: async (_parent: unknown, args: { id: string; token?: string | null }, context: GraphQLContext) => {
        const { id, token } = validateInput(OrderArgs, { id: args.id, ...(args.token == null ? {} : { token: args.token }) });
        try {
          return await getOrderForShopper(context.db, id, context.principal, token);
        } catch (error) {
          if ((error as { code?: string }).code === 'not_found') return null;
          throw error;
        }
      },
      orders: async (_parent: unknown, args: ConnectionArgs, context: GraphQLContext) => {
        const principal = context.principal;
        if (principal.kind !== 'customer') return orderConnection({ items: [], nextCursor: null }); // unreachable: auth 'customer'
        return orderConnection(await listCustomerOrders(context.db, principal.id, pageOf(args)));
      },
    },
    Mutation: {
      cartComplete: async (_parent: unknown, args: { cartId: string }, context: GraphQLContext) =>
        phasedField(context, async (phases) => {
          const { cartId } = validateInput(CartId, { cartId: args.cartId });
          const { request } = context;
          return completeCart(context.db, phases, context.reply, { cartId, principal: context.principal, ip: request.ip });
        }),
    },
  },
};

const adminTypeDefs = /* GraphQL */ `
  type OrderTimelineEntry {
    """
    placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note
    """
    type: String!
    actor: String!
    data: JSON!
    createdAt: String!
  }

  """
  An order as GET /admin/orders/{id} shows it: the order's fields and its timeline
  """
  type AdminOrder {
${ORDER_FIELDS}    timeline: [OrderTimelineEntry!]!
  }

  extend type Query {
    """
    Orders, newest first, with the filters of GET /admin/orders (statuses as on the order; email exact, any case;
    createdAfter inclusive, createdBefore exclusive, ISO 8601)
    """
    orders(
      first: Int
      after: String
      status: String
      paymentStatus: String
      fulfillmentStatus: String
      email: String
      createdAfter: String
      createdBefore: String
    ): OrderConnection!
    """
    One order with its timeline; null if there is none
    """
    order(id: ID!): AdminOrder
  }

  extend type Order {
    """
    The ordering customer's account (as GET /admin/customers/{id}); null for a guest order
    """
    customer: Customer
  }

  extend type AdminOrder {
    """
    The ordering customer's account (as GET /admin/customers/{id}); null for a guest order
    """
    customer: Customer
  }

  type AdminOrderPayload {
    order: AdminOrder
    userErrors: [UserError!]!
  }

  input OrderLineQuantityInput {
    lineItemId: ID!
    quantity: Int!
  }

  input OrderFulfilInput {
    items: [OrderLineQuantityInput!]!
    """
    The stock location the units leave from (the default location when absent)
    """
    locationId: ID
    trackingNumber: String
  }

  input OrderReturnInput {
    items: [OrderLineQuantityInput!]!
    """
    Put the units back on hand through the inventory ledger
    """
    restock: Boolean!
    refundAmount: Amount
  }

  # The admin order actions of POST /admin/orders/{id}/..., through the same services. expectedVersion is
  # REST's If-Match: a stale one is precondition_failed. Capture, refund, cancel and return call the
  # payment provider: send each as its operation's only field; with an Idempotency-Key a retry resumes
  # where the first request stopped, as in REST.
  extend type Mutation {
    """
    Captures an authorized payment, in full (no amount) or in part (nothing_to_capture above what is left)
    """
    orderCapture(id: ID!, amount: Amount, expectedVersion: Int): AdminOrderPayload!
    """
    Refunds part or all of what was captured (refund_exceeds_captured above captured minus refunded)
    """
    orderRefund(id: ID!, amount: Amount!, reason: String!, expectedVersion: Int): AdminOrderPayload!
    """
    Cancels every unit not yet fulfilled, releasing its stock and voiding or refunding its payment (order_not_cancelable)
    """
    orderCancel(id: ID!, expectedVersion: Int): AdminOrderPayload!
    """
    Receives returned units, optionally restocking them and refunding (return_exceeds_fulfilled)
    """
    orderReturn(id: ID!, input: OrderReturnInput!, expectedVersion: Int): AdminOrderPayload!
    """
    Ships units (partial allowed) from a location with a tracking number (fulfillment_exceeds_order)
    """
    orderFulfil(id: ID!, input: OrderFulfilInput!, expectedVersion: Int): AdminOrderPayload!
    """
    Adds a staff note to the order's timeline
    """
    orderNoteAdd(id: ID!, note: String!, expectedVersion: Int): AdminOrderPayload!
  }
`;

const version = (value: number | null | undefined) => value ?? undefined;
const orderId = (id: string) => validateInput(OrderParams, { id }).id;
/** A phased field's stored answer is REST's: the order view itself. */
const storedOrder = (body: unknown) => ({ order: body as AdminOrderView });

type Plan = (tx: Tx, orderId: string, actor: string) => Promise<PaymentOperation | undefined>;

/**
 * A money action over GraphQL: `prepare` checks the arguments (a failure is a userError) and gives
 * the plan; then the REST route's phases run it, and a replay answers REST's stored order.
 */
function moneyField(context: GraphQLContext, id: string, prepare: () => Plan) {
  return phasedField(
    context,
    async (phases) => {
      const order = orderId(id);
      const plan = prepare();
      const actor = actorOf(context.principal);
      return { order: await moneyPhases(context.db, phases, context.reply, order, (tx) => plan(tx, order, actor)) };
    },
    storedOrder,
  );
}

/** An order's customer, loaded for every order of the page in one statement. */
async function orderCustomer(order: { customerId: string | null }, _args: unknown, context: GraphQLContext) {
  if (order.customerId === null) return null;
  const loader = loaderFor(
    context,
    'orders.customer',
    () =>
      new BatchLoader<string, ReturnType<typeof toCustomerView> | null>(async (ids) => {
        const rows = await getCustomersByIds(context.db, ids);
        return new Map(rows.map((row) => [row.id, toCustomerView(row)]));
      }, null),
  );
  return loader.load(order.customerId);
}

/** A non-phased action: `change` writes in the operation's transaction, then the order is read back as REST answers it. */
function orderChange(context: GraphQLContext, id: string, change: (tx: Tx, orderId: string, actor: string) => Promise<unknown>) {
  return mutate(context, async (tx) => {
    const order = orderId(id);
    await change(tx, order, actorOf(context.principal));
    return { order: await getAdminOrder(tx, order) };
  });
}

interface Versioned {
  id: string;
  expectedVersion?: number | null;
}

interface AdminOrdersArgs extends ConnectionArgs {
  status?: string | null;
  paymentStatus?: string | null;
  fulfillmentStatus?: string | null;
  email?: string | null;
  createdAfter?: string | null;
  createdBefore?: string | null;
}

const ordersWrite = { permission: 'orders:write' };

/** The orders part of the admin schema: the /admin/orders REST routes through their services. */
export const ordersAdminGraphQL: SchemaPart = {
  typeDefs: orderTypeDefs + adminTypeDefs,
  phased: ['orderCapture', 'orderRefund', 'orderCancel', 'orderReturn'],
  access: {
    'Query.orders': { permission: 'orders:read' },
    'Query.order': { permission: 'orders:read' },
    'Mutation.orderCapture': ordersWrite,
    'Mutation.orderRefund': ordersWrite,
    'Mutation.orderCancel': ordersWrite,
    'Mutation.orderReturn': ordersWrite,
    'Mutation.orderFulfil': ordersWrite,
    'Mutation.orderNoteAdd': ordersWrite,
  },
  resolvers: {
    Query: {
      orders: async (_parent: unknown, args: AdminOrdersArgs, context: GraphQLContext) => {
        const { limit, cursor } = pageOf(args);
        const { status, paymentStatus, fulfillmentStatus, email, createdAfter, createdBefore } = args;
        // The REST list's own query schema and service: the same filters, checks and cursors.
        const query = validateInput(
          AdminOrderQuery,
          defined({ status, paymentStatus, fulfillmentStatus, email, createdAfter, createdBefore, limit, cursor }),
        );
        return orderConnection(await listAdminOrders(context.db, query));
      },
      order: async (_parent: unknown, args: { id: string }, context: GraphQLContext) => {
        const { id } = validateInput(OrderParams, args);
        try {
          return await getAdminOrder(context.db, id);
        } catch (error) {
          if ((error as { code?: string }).code === 'not_found') return null;
          throw error;
        }
      },
    },
    Order: { customer: orderCustomer },
    AdminOrder: { customer: orderCustomer },
    Mutation: {
      orderCapture: async (_p: unknown, args: Versioned & { amount?: number | null }, context: GraphQLContext) =>
        moneyField(context, args.id, () => {
          const { amount } = validateInput(CaptureBody, defined({ amount: args.amount }));
          return (tx, order, actor) => planCapture(tx, order, version(args.expectedVersion), amount, actor);
        }),
      orderRefund: async (_p: unknown, args: Versioned & { amount: number; reason: string }, context: GraphQLContext) =>
        moneyField(context, args.id, () => {
          const body = validateInput(RefundBody, { amount: args.amount, reason: args.reason });
          return (tx, order, actor) => planRefund(tx, order, version(args.expectedVersion), body, actor);
        }),
      orderCancel: async (_p: unknown, args: Versioned, context: GraphQLContext) =>
        moneyField(context, args.id, () => (tx, order, actor) => cancelOrder(tx, order, version(args.expectedVersion), actor)),
      orderReturn: async (_p: unknown, args: Versioned & { input: Record<string, unknown> }, context: GraphQLContext) =>
        moneyField(context, args.id, () => {
          const body = validateInput(ReturnBody, defined(args.input), '/input');
          return (tx, order, actor) => createReturn(tx, order, version(args.expectedVersion), body, actor);
        }),
      orderFulfil: async (_p: unknown, args: Versioned & { input: Record<string, unknown> }, context: GraphQLContext) =>
        orderChange(context, args.id, (tx, order, actor) =>
          createFulfillment(tx, order, version(args.expectedVersion), validateInput(FulfillmentBody, defined(args.input), '/input'), actor),
        ),
      orderNoteAdd: async (_p: unknown, args: Versioned & { note: string }, context: GraphQLContext) =>
        orderChange(context, args.id, (tx, order, actor) =>
          addOrderNote(tx, order, version(args.expectedVersion), validateInput(NoteBody, { note: args.note }).note, actor),
        ),
    },
  },
};
