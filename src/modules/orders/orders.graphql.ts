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
import { getOrderForShopper, listCustomerOrders } from './orders.ts';
import type { OrderView } from './orders.schemas.ts';

/** The order types both schemas share: GET /store/orders/{id}'s view, field for field. */
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
  }

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
