import { Type, type Static } from '@sinclair/typebox';
import { CursorQuery, LimitQuery, Page, PageQuery } from '../../platform/http/pagination.ts';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';

/** TypeBox schemas of the order routes. Every request body is closed. */

export const OrderParams = Type.Object({ id: Id }, closed);

export const OrderStatus = Type.Union([Type.Literal('pending'), Type.Literal('completed'), Type.Literal('canceled')]);
export const PaymentStatus = Type.Union(
  ['not_paid', 'authorized', 'captured', 'partially_refunded', 'refunded', 'voided'].map((s) => Type.Literal(s)),
);
export const FulfillmentStatus = Type.Union(
  ['not_fulfilled', 'partially_fulfilled', 'fulfilled', 'partially_returned', 'returned'].map((s) => Type.Literal(s)),
);

export const OrderLineView = Type.Object(
  {
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
  },
  { ...closed, title: 'OrderLine' },
);

const AddressView = Type.Record(Type.String(), Nullable(Type.String()), { title: 'OrderAddress' });

export const OrderPaymentView = Type.Object(
  {
    provider: Type.String(),
    authorized: Type.Integer(),
    captured: Type.Integer(),
    refunded: Type.Integer(),
    voided: Type.Integer(),
  },
  { ...closed, title: 'OrderPayment', description: 'Sums of the payment ledger; paymentStatus is derived from them' },
);

export const OrderView = Type.Object(
  {
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
  },
  { ...closed, title: 'Order', description: 'An immutable snapshot of the purchase; later catalog edits never change it.' },
);
export type OrderView = Static<typeof OrderView>;

export const CompletionView = Type.Object(
  {
    order: OrderView,
    accessToken: Type.Optional(
      Type.String({ description: 'Guest orders only, shown once: send it as `X-Order-Token` to GET /store/orders/:id' }),
    ),
  },
  { ...closed, title: 'CartCompletion' },
);
export type CompletionView = Static<typeof CompletionView>;

export const OrderPage = Page(OrderView, 'Order');

export const StoreOrderQuery = PageQuery;

export const OrderTokenHeaders = Type.Object({
  'x-order-token': Type.Optional(Type.String({ maxLength: 200, description: "A guest order's access token" })),
});

// ---- admin ----

export const TimelineEntry = Type.Object(
  {
    type: Type.String({
      description:
        'placed, payment_authorized, payment_captured, payment_voided, payment_refunded, fulfilled, shipped, canceled, returned, note',
    }),
    actor: Type.String(),
    data: Type.Record(Type.String(), Type.Unknown()),
    createdAt: Timestamp,
  },
  { ...closed, title: 'OrderTimelineEntry' },
);

export const AdminOrderView = Type.Object(
  {
    ...OrderView.properties,
    timeline: Type.Array(TimelineEntry),
  },
  { ...closed, title: 'AdminOrder' },
);
export type AdminOrderView = Static<typeof AdminOrderView>;

export const AdminOrderQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    status: Type.Optional({ ...OrderStatus, description: 'Only orders in this status' }),
    paymentStatus: Type.Optional({ ...PaymentStatus, description: 'Only orders with this payment status' }),
    fulfillmentStatus: Type.Optional({ ...FulfillmentStatus, description: 'Only orders with this fulfillment status' }),
    email: Type.Optional(Type.String({ minLength: 1, maxLength: 254, description: "Only orders with this customer's email" })),
    createdAfter: Type.Optional(Type.String({ format: 'date-time', description: 'Inclusive' })),
    createdBefore: Type.Optional(Type.String({ format: 'date-time', description: 'Exclusive' })),
  },
  closed,
);
export type AdminOrderQuery = Static<typeof AdminOrderQuery>;

const Quantity = Type.Integer({ minimum: 1, maximum: 100_000 });
const LineItems = Type.Array(Type.Object({ lineItemId: Id, quantity: Quantity }, closed), { minItems: 1, maxItems: 200 });
const Amount = Type.Integer({ minimum: 1, maximum: 100_000_000_000 });

export const CaptureBody = Type.Object(
  { amount: Type.Optional(Amount) },
  { ...closed, description: 'Without `amount`, everything still authorized is captured' },
);
export const RefundBody = Type.Object({ amount: Amount, reason: Type.String({ minLength: 1, maxLength: 1000 }) }, closed);
export const FulfillmentBody = Type.Object(
  {
    items: LineItems,
    locationId: Type.Optional(Id),
    trackingNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  closed,
);
export const ReturnBody = Type.Object(
  {
    items: LineItems,
    restock: Type.Boolean(),
    refundAmount: Type.Optional(Amount),
  },
  closed,
);
export const NoteBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }, closed);
