import { Type, type TObject } from '@sinclair/typebox';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';

/**
 * The events receivers can subscribe to, each with its versioned payload (`data`). Version 1 of a
 * payload only ever gains optional fields; a change that would break a receiver becomes a new event
 * type. These schemas are published in the OpenAPI document's `webhooks` section.
 */

const Money = Type.Integer({ description: 'Minor units (cents)' });
const Currency = Type.String({ minLength: 3, maxLength: 3 });
const LineQuantities = Type.Array(Type.Object({ lineItemId: Id, quantity: Type.Integer({ minimum: 1 }) }, closed));

const ProductData = Type.Object(
  {
    productId: Id,
    handle: Type.String(),
    title: Type.String(),
    status: Type.String(),
    version: Type.Integer(),
  },
  closed,
);

export const EVENT_TYPES = {
  'order.placed': {
    summary: 'A cart was checked out and the order exists',
    data: Type.Object({ orderId: Id, displayId: Type.Integer(), total: Money, currency: Currency }, closed),
  },
  'order.payment_captured': {
    summary: "Money was captured for the order (at checkout with auto-capture, or by an admin's capture)",
    data: Type.Object({ orderId: Id, amount: Money, currency: Currency }, closed),
  },
  'order.fulfilled': {
    summary: 'Units of the order were shipped (one event per fulfilment)',
    data: Type.Object(
      { orderId: Id, fulfillmentId: Id, items: LineQuantities, locationId: Nullable(Id), trackingNumber: Nullable(Type.String()) },
      closed,
    ),
  },
  'order.canceled': {
    summary: 'The unfulfilled units of the order were canceled (`whole`: nothing had shipped)',
    data: Type.Object({ orderId: Id, items: LineQuantities, whole: Type.Boolean() }, closed),
  },
  'order.refunded': {
    summary: 'Money was refunded to the customer',
    data: Type.Object({ orderId: Id, amount: Money, currency: Currency }, closed),
  },
  'order.returned': {
    summary: 'Shipped units came back',
    data: Type.Object({ orderId: Id, returnId: Id, items: LineQuantities, restock: Type.Boolean() }, closed),
  },
  'product.created': { summary: 'A product was created (admin or import)', data: ProductData },
  'product.updated': { summary: 'A product or its variants changed (admin or import)', data: ProductData },
  'product.deleted': { summary: 'A product was deleted', data: Type.Object({ productId: Id }, closed) },
  'inventory.level_changed': {
    summary: "A stock level's on-hand or reserved quantity changed",
    data: Type.Object(
      {
        variantId: Id,
        locationId: Id,
        onHand: Type.Integer(),
        reserved: Type.Integer(),
        available: Type.Integer(),
      },
      closed,
    ),
  },
  'inventory.low_stock': {
    summary: "A level's available quantity fell to or below its low-stock threshold",
    data: Type.Object({ variantId: Id, locationId: Id, available: Type.Integer(), threshold: Type.Integer() }, closed),
  },
  'customer.created': {
    summary: 'A customer account was created',
    data: Type.Object({ customerId: Id, email: Type.String() }, closed),
  },
} as const satisfies Record<string, { summary: string; data: TObject }>;

export type EventType = keyof typeof EVENT_TYPES;
export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

/** The JSON every delivery carries and the feed lists. */
export function eventEnvelope(type: string, data: TObject) {
  return Type.Object(
    {
      id: Type.String({ description: 'The event id; the same on every delivery attempt (deduplicate on it)' }),
      type: Type.Literal(type),
      createdAt: Timestamp,
      data,
    },
    { ...closed, title: `${type} (v1)` },
  );
}

const SIGNATURE = {
  'Stockroom-Event-Id': { description: 'The event id (also `id` in the body).', schema: { type: 'string' } },
  'Stockroom-Signature': {
    description: '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the endpoint secret; two `v1` during a rotation.',
    schema: { type: 'string' },
  },
};

/** The OpenAPI 3.1 `webhooks` object: one POST per event type. */
export function openApiWebhooks(): Record<string, unknown> {
  return Object.fromEntries(
    EVENT_TYPE_NAMES.map((type) => [
      type,
      {
        post: {
          summary: EVENT_TYPES[type].summary,
          operationId: `webhook_${type.replace('.', '_')}`,
          tags: ['Webhooks'],
          description: 'Sent by Stockroom to your endpoint; authenticated by `Stockroom-Signature`, not by a credential.',
          security: [],
          parameters: Object.entries(SIGNATURE).map(([name, p]) => ({ name, in: 'header', required: true, ...p })),
          requestBody: { required: true, content: { 'application/json': { schema: eventEnvelope(type, EVENT_TYPES[type].data) } } },
          responses: {
            '2XX': { description: 'Received: any 2xx within 10 s counts as delivered.' },
            default: { description: 'Anything else (or no answer within 10 s) is retried with backoff for up to 3 days.' },
          },
        },
      },
    ]),
  );
}
