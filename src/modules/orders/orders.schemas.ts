import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CursorQuery, LimitQuery } from '../../platform/http/pagination.ts';

/** TypeBox schemas of the order routes. Every request body is closed. */

const closed = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 100 });
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const OrderParams = Type.Object({ id: Id }, closed);

export const OrderStatus = Type.Union([Type.Literal('pending'), Type.Literal('completed'), Type.Literal('canceled')]);
export const PaymentStatus = Type.Union(['not_paid', 'authorized', 'captured', 'partially_refunded', 'refunded', 'voided'].map((s) => Type.Literal(s)));
export const FulfillmentStatus = Type.Union(['not_fulfilled', 'partially_fulfilled', 'fulfilled', 'partially_returned', 'returned'].map((s) => Type.Literal(s)));

export const OrderLineView = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  variantId: Type.String(),
  title: Type.String(),
  variantTitle: Type.String(),
  sku: Type.String(),
  options: Type.Record(Type.String(), Type.String()),
  quantity: Type.Integer(),
  unitPrice: Type.Integer(),
  subtotal: Type.Integer(),
  discountTotal: Type.Integer(),
  taxTotal: Type.Integer(),
  total: Type.Integer(),
  fulfilledQuantity: Type.Integer(),
  canceledQuantity: Type.Integer(),
  returnedQuantity: Type.Integer(),
}, { ...closed, title: 'OrderLine' });

const AddressView = Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]), { title: 'OrderAddress' });

export const OrderPaymentView = Type.Object({
  provider: Type.String(),
  authorized: Type.Integer(),
  captured: Type.Integer(),
  refunded: Type.Integer(),
  voided: Type.Integer(),
}, { ...closed, title: 'OrderPayment', description: 'Sums of the payment ledger; paymentStatus is derived from them' });

export const OrderView = Type.Object({
  id: Type.String(),
  displayId: Type.Integer({ description: 'Sequential order number (1001, 1002, …)' }),
  status: OrderStatus,
  paymentStatus: PaymentStatus,
  fulfillmentStatus: FulfillmentStatus,
  email: Type.String(),
  customerId: Nullable(Type.String()),
  currency: Type.String(),
  regionId: Nullable(Type.String()),
  items: Type.Array(OrderLineView),
  shippingAddress: Nullable(AddressView),
  billingAddress: Nullable(AddressView),
  shippingMethod: Nullable(Type.Object({ shippingOptionId: Type.String(), name: Type.String(), amount: Type.Integer() }, closed)),
  promotionCodes: Type.Array(Type.String()),
  taxInclusive: Type.Boolean(),
  subtotal: Type.Integer(),
  discountTotal: Type.Integer(),
  shippingTotal: Type.Integer(),
  taxTotal: Type.Integer(),
  total: Type.Integer(),
  payment: OrderPaymentView,
  version: Type.Integer(),
  createdAt: Timestamp,
  canceledAt: Nullable(Timestamp),
}, { ...closed, title: 'Order', description: 'An immutable snapshot of the purchase; later catalog edits never change it.' });
export type OrderView = Static<typeof OrderView>;

export const CompletionView = Type.Object({
  order: OrderView,
  accessToken: Type.Optional(Type.String({ description: 'Guest orders only, shown once: send it as `X-Order-Token` to GET /store/orders/:id' })),
}, { ...closed, title: 'CartCompletion' });
export type CompletionView = Static<typeof CompletionView>;

export const OrderPage = Type.Object({ items: Type.Array(OrderView), nextCursor: Nullable(Type.String()) }, { ...closed, title: 'OrderPage' });

export const StoreOrderQuery = Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, closed);

export const OrderTokenHeaders = Type.Object({
  'x-order-token': Type.Optional(Type.String({ maxLength: 200, description: 'A guest order\'s access token' })),
});
