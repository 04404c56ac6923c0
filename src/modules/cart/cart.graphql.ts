import { Type } from '@sinclair/typebox';
import { defined, mutate, validateInput, type GraphQLContext, type SchemaPart } from '../../platform/graphql/index.ts';
import { Id } from '../../platform/http/schema.ts';
import {
  AddCartItemBody,
  CartPromotionParams,
  CreateCartBody,
  ShippingMethodBody,
  UpdateCartBody,
  UpdateCartItemBody,
} from './cart.schemas.ts';
import { toCartView } from './cart.views.ts';
import { getCart, createCart, updateCart, type CartCaller } from './carts.ts';
import { addCartItem, removeCartItem, updateCartItem } from './items.ts';
import { applyPromotion, listCartShippingOptions, removePromotion, setShippingMethod } from './adjustments.ts';
import type { PricedCart } from './price-cart.ts';

const typeDefs = /* GraphQL */ `
  type CartLine {
    id: ID!
    variantId: ID!
    productId: ID
    sku: String
    title: String!
    variantTitle: String
    quantity: Int!
    unitPrice: Amount!
    subtotal: Amount!
    discountTotal: Amount!
    taxTotal: Amount!
    total: Amount!
    imageUrl: String
    """
    false when the line cannot be bought as it is (variant gone, unpriced, or fewer units in stock than quantity): the line blocks checkout
    """
    isAvailable: Boolean!
    """
    Units that can be bought now across every stock location; null when stock is not tracked or backorders are allowed
    """
    availableQuantity: Int
  }

  """
  A promotion code that applies, with what it saves
  """
  type CartAppliedPromotion {
    code: String!
    type: String!
    amount: Amount!
  }

  type CartShippingMethod {
    shippingOptionId: ID!
    name: String!
    amount: Amount!
  }

  type CartShippingOption {
    id: ID!
    name: String!
    type: String!
    price: Money!
  }

  """
  A cart as GET /store/carts/{id} shows it, totals recomputed on every read.
  """
  type Cart {
    id: ID!
    currency: String!
    regionId: ID
    email: String
    customerId: ID
    items: [CartLine!]!
    """
    A postal address object, as in REST
    """
    shippingAddress: JSON
    billingAddress: JSON
    shippingMethod: CartShippingMethod
    promotions: [String!]!
    appliedPromotions: [CartAppliedPromotion!]!
    paymentProvider: String
    taxInclusive: Boolean!
    subtotal: Amount!
    discountTotal: Amount!
    shippingTotal: Amount!
    shippingDiscountTotal: Amount!
    taxTotal: Amount!
    total: Amount!
    version: Int!
    createdAt: String!
    updatedAt: String!
    expiresAt: String!
    completedAt: String
    """
    Options valid for the cart's address and contents (empty without a shipping address)
    """
    shippingOptions: [CartShippingOption!]!
  }

  type CartPayload {
    cart: Cart
    userErrors: [UserError!]!
  }

  input CartCreateInput {
    currency: String
    regionId: ID
  }

  """
  Only the fields given change; null clears email or an address.
  """
  input CartUpdateInput {
    email: String
    shippingAddress: JSON
    billingAddress: JSON
    regionId: ID
  }

  extend type Query {
    """
    A guest cart by id, or the signed-in customer's own; null for anyone else, as for an expired cart.
    """
    cart(id: ID!): Cart
  }

  extend type Mutation {
    cartCreate(input: CartCreateInput!): CartPayload!
    cartUpdate(cartId: ID!, input: CartUpdateInput!): CartPayload!
    cartLinesAdd(cartId: ID!, variantId: ID!, quantity: Int!): CartPayload!
    cartLineUpdate(cartId: ID!, lineId: ID!, quantity: Int!): CartPayload!
    cartLineRemove(cartId: ID!, lineId: ID!): CartPayload!
    cartShippingMethodSet(cartId: ID!, shippingOptionId: ID!): CartPayload!
    cartPromotionApply(cartId: ID!, code: String!): CartPayload!
    cartPromotionRemove(cartId: ID!, code: String!): CartPayload!
  }
`;

const CartId = Type.Object({ cartId: Id }, { additionalProperties: false });
const LineIds = Type.Object({ cartId: Id, lineId: Id }, { additionalProperties: false });

type CartView = ReturnType<typeof toCartView>;
const payload = (cart: PricedCart) => ({ cart: toCartView(cart) });

/** The cart part of the store schema: the REST cart routes' service functions and views. */
export function cartGraphQL(idleTtlMs: number): SchemaPart {
  const caller = (context: GraphQLContext): CartCaller => ({ principal: context.principal, idleTtlMs });
  const cartId = (args: { cartId: string }) => validateInput(CartId, { cartId: args.cartId }).cartId;

  return {
    typeDefs,
    resolvers: {
      Query: {
        cart: async (_parent: unknown, args: { id: string }, context: GraphQLContext) => {
          const id = validateInput(CartId, { cartId: args.id }, '').cartId;
          try {
            return toCartView(await getCart(context.db, id, context.principal));
          } catch (error) {
            if ((error as { code?: string }).code === 'not_found') return null;
            throw error;
          }
        },
      },
      Cart: {
        shippingOptions: async (cart: CartView, _args: unknown, context: GraphQLContext) =>
          (await listCartShippingOptions(context.db, cart.id, context.principal)).map((q) => ({
            id: q.option.id,
            name: q.option.name,
            type: q.option.type,
            price: { currency: q.currency, amount: q.price },
          })),
      },
      Mutation: {
        cartCreate: async (_parent: unknown, args: { input: Record<string, unknown> }, context: GraphQLContext) =>
          mutate(context, async (tx) =>
            payload(await createCart(tx, caller(context), validateInput(CreateCartBody, defined(args.input), '/input'))),
          ),
        cartUpdate: async (_parent: unknown, args: { cartId: string; input: Record<string, unknown> }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            // null is meaningful here (it clears a field), so only absent members are dropped.
            const input = Object.fromEntries(Object.entries(args.input).filter(([, v]) => v !== undefined));
            return payload(await updateCart(tx, caller(context), cartId(args), validateInput(UpdateCartBody, input, '/input')));
          }),
        cartLinesAdd: async (_parent: unknown, args: { cartId: string; variantId: string; quantity: number }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            const body = validateInput(AddCartItemBody, { variantId: args.variantId, quantity: args.quantity });
            return payload(await addCartItem(tx, caller(context), cartId(args), body));
          }),
        cartLineUpdate: async (_parent: unknown, args: { cartId: string; lineId: string; quantity: number }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            const ids = validateInput(LineIds, { cartId: args.cartId, lineId: args.lineId });
            const { quantity } = validateInput(UpdateCartItemBody, { quantity: args.quantity });
            return payload(await updateCartItem(tx, caller(context), ids.cartId, ids.lineId, quantity));
          }),
        cartLineRemove: async (_parent: unknown, args: { cartId: string; lineId: string }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            const ids = validateInput(LineIds, args);
            return payload(await removeCartItem(tx, caller(context), ids.cartId, ids.lineId));
          }),
        cartShippingMethodSet: async (_parent: unknown, args: { cartId: string; shippingOptionId: string }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            const { shippingOptionId } = validateInput(ShippingMethodBody, { shippingOptionId: args.shippingOptionId });
            return payload(await setShippingMethod(tx, caller(context), cartId(args), shippingOptionId));
          }),
        cartPromotionApply: async (_parent: unknown, args: { cartId: string; code: string }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            const { id, code } = validateInput(CartPromotionParams, { id: args.cartId, code: args.code });
            return payload(await applyPromotion(tx, caller(context), id, code));
          }),
        cartPromotionRemove: async (_parent: unknown, args: { cartId: string; code: string }, context: GraphQLContext) =>
          mutate(context, async (tx) => {
            const { id, code } = validateInput(CartPromotionParams, { id: args.cartId, code: args.code });
            return payload(await removePromotion(tx, caller(context), id, code));
          }),
      },
    },
  };
}
