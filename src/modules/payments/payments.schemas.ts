import { Type, type Static } from '@sinclair/typebox';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';
import { MoneySchema } from '../../platform/money.ts';

export const CartParams = Type.Object({ id: Id }, closed);

export const PaymentSessionBody = Type.Object(
  {
    provider: Type.String({ minLength: 1, maxLength: 50, description: 'One of GET /store/carts/:id/payment-providers' }),
    data: Type.Optional(
      Type.Record(
        Type.String({ maxLength: 50 }),
        Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean(), Type.Null()]),
        {
          maxProperties: 20,
          description: 'Provider-specific input; the `test` provider takes `{ "card": "4242424242424242" }`',
        },
      ),
    ),
  },
  closed,
);
export type PaymentSessionBody = Static<typeof PaymentSessionBody>;

export const PaymentSessionView = Type.Object(
  {
    id: Type.String(),
    cartId: Type.String(),
    provider: Type.String(),
    status: Type.Literal('pending', { description: 'Authorization happens when the cart is completed' }),
    amount: MoneySchema,
    clientSecret: Nullable(Type.String()),
    data: Type.Record(Type.String(), Type.Unknown(), { description: 'What the client needs from the provider' }),
    createdAt: Timestamp,
  },
  { ...closed, title: 'PaymentSession' },
);
export type PaymentSessionView = Static<typeof PaymentSessionView>;

export const PaymentProviderView = Type.Object(
  {
    id: Type.String(),
    autoCapture: Type.Boolean(),
  },
  { ...closed, title: 'PaymentProvider' },
);

export const PaymentProviderList = Type.Object(
  {
    items: Type.Array(PaymentProviderView),
    nextCursor: Type.Null({ description: 'Always null: every provider is on the one page' }),
  },
  { ...closed, title: 'PaymentProviderPage' },
);
