import { Type } from '@sinclair/typebox';
import { defined, phasedField, validateInput, type GraphQLContext, type SchemaPart } from '../../platform/graphql/index.ts';
import { Id } from '../../platform/http/schema.ts';
import { createPaymentSession } from './create-session.ts';
import { PaymentSessionBody } from './payments.schemas.ts';

const typeDefs = /* GraphQL */ `
  """
  The payment session bound to the cart as it was priced when it was created
  """
  type PaymentSession {
    id: ID!
    cartId: ID!
    provider: String!
    """
    pending: authorization happens when the cart is completed
    """
    status: String!
    amount: Money!
    clientSecret: String
    """
    What the client needs from the provider
    """
    data: JSON!
    createdAt: String!
  }

  type CartPaymentSessionPayload {
    paymentSession: PaymentSession
    userErrors: [UserError!]!
  }

  extend type Mutation {
    """
    Creates the payment session for the cart's current total, as POST /store/carts/{id}/payment does
    (the \`test\` provider takes \`data: { card: "4242424242424242" }\`). Send it as the operation's only field.
    """
    cartPaymentSessionCreate(cartId: ID!, provider: String!, data: JSON): CartPaymentSessionPayload!
  }
`;

const CartId = Type.Object({ cartId: Id }, { additionalProperties: false });

/** The payments part of the store schema: the REST payment session route's service. */
export const paymentsStoreGraphQL: SchemaPart = {
  typeDefs,
  phased: ['cartPaymentSessionCreate'],
  resolvers: {
    Mutation: {
      cartPaymentSessionCreate: async (
        _parent: unknown,
        args: { cartId: string; provider: string; data?: unknown },
        context: GraphQLContext,
      ) =>
        phasedField(context, async (phases) => {
          const { cartId } = validateInput(CartId, { cartId: args.cartId });
          const body = validateInput(PaymentSessionBody, defined({ provider: args.provider, data: args.data }));
          const paymentSession = await createPaymentSession(context.db, phases, context.reply, {
            cartId,
            principal: context.principal,
            body,
          });
          return { paymentSession };
        }),
    },
  },
};
