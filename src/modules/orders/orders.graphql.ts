import { Type } from '@sinclair/typebox';
import {
  pageOf,
  phasedField,
  toConnection,
  validateInput,
  type ConnectionArgs,
  type GraphQLContext,
  type SchemaPart,
} from '../../platform/graphql/index.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import { Id } from '../../platform/http/schema.ts';
import { completeCart } from './checkout/complete.ts';
import { getAdminOrder, getOrderForShopper, listAdminOrders, listCustomerOrders } from './orders.ts';
import { AdminOrderQuery, OrderParams, type OrderView } from './orders.schemas.ts';
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
`;

interface AdminOrdersArgs extends ConnectionArgs {
  status?: string | null;
  paymentStatus?: string | null;
  fulfillmentStatus?: string | null;
  email?: string | null;
  createdAfter?: string | null;
  createdBefore?: string | null;
}

/** The orders part of the admin schema: GET /admin/orders and /admin/orders/{id} through their services. */
export const ordersAdminGraphQL: SchemaPart = {
  typeDefs: orderTypeDefs + adminTypeDefs,
  access: { 'Query.orders': { permission: 'orders:read' }, 'Query.order': { permission: 'orders:read' } },
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
  },
};
