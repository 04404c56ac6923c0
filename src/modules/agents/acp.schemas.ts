import { Type, type Static } from '@sinclair/typebox';
import { closed, Id } from '../../platform/http/schema.ts';

/**
 * The Agentic Commerce Protocol's shapes (version 2026-04-17), as far as Stockroom takes and gives
 * them: snake_case, amounts as integer minor units, currency codes in lower case. Requests are
 * closed like every Stockroom body: a field the protocol defines but Stockroom does not act on
 * (coupons, discounts, fulfillment groups, order notes) is refused rather than silently dropped.
 * The tests validate requests and responses against the protocol's published JSON schema.
 */

export const ACP_VERSIONS = ['2026-04-17'] as const;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const OptText = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const Loose = Type.Record(Type.String(), Type.Unknown());

export const AcpAddress = Type.Object(
  {
    name: Text(200),
    line_one: Text(300),
    line_two: OptText(300),
    city: Text(200),
    state: Type.String({ maxLength: 200 }),
    country: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' }),
    postal_code: Type.String({ maxLength: 40 }),
    company: OptText(200),
  },
  { ...closed, title: 'AcpAddress' },
);
export type AcpAddress = Static<typeof AcpAddress>;

export const AcpBuyer = Type.Object(
  {
    first_name: OptText(200),
    last_name: OptText(200),
    full_name: OptText(400),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone_number: OptText(40),
  },
  { ...closed, title: 'AcpBuyer' },
);
export type AcpBuyer = Static<typeof AcpBuyer>;

export const AcpFulfillmentDetails = Type.Object(
  {
    name: OptText(200),
    phone_number: OptText(40),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    address: Type.Optional(AcpAddress),
  },
  { ...closed, title: 'AcpFulfillmentDetails' },
);
export type AcpFulfillmentDetails = Static<typeof AcpFulfillmentDetails>;

/** One unit of a variant (the protocol's Item has no quantity: an id listed twice is two units). */
export const AcpItem = Type.Object(
  {
    id: Id,
    name: OptText(300),
    unit_amount: Type.Optional(Type.Integer({ description: 'Ignored: the price always comes from the catalog' })),
  },
  { ...closed, title: 'AcpItem' },
);

const LineItems = Type.Array(AcpItem, { minItems: 1, maxItems: 999 });

export const AcpCreateBody = Type.Object(
  {
    line_items: LineItems,
    currency: Type.String({ pattern: '^[A-Za-z]{3}$' }),
    capabilities: Loose,
    buyer: Type.Optional(AcpBuyer),
    fulfillment_details: Type.Optional(AcpFulfillmentDetails),
    affiliate_attribution: Type.Optional(Loose),
    locale: OptText(35),
    timezone: OptText(64),
    metadata: Type.Optional(Loose),
  },
  { ...closed, title: 'AcpCheckoutSessionCreateRequest' },
);
export type AcpCreateBody = Static<typeof AcpCreateBody>;

export const AcpSelectedFulfillment = Type.Object(
  { type: Type.Literal('shipping'), option_id: Id, item_ids: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 999 }) },
  { ...closed, title: 'AcpSelectedFulfillmentOption' },
);

export const AcpUpdateBody = Type.Object(
  {
    buyer: Type.Optional(AcpBuyer),
    line_items: Type.Optional(LineItems),
    fulfillment_details: Type.Optional(AcpFulfillmentDetails),
    selected_fulfillment_options: Type.Optional(Type.Array(AcpSelectedFulfillment, { maxItems: 1 })),
  },
  { ...closed, title: 'AcpCheckoutSessionUpdateRequest' },
);
export type AcpUpdateBody = Static<typeof AcpUpdateBody>;

export const AcpPaymentData = Type.Object(
  {
    handler_id: Id,
    instrument: Type.Object(
      {
        type: Text(50),
        credential: Type.Object({ type: Text(50), token: Text(500) }, closed),
      },
      closed,
    ),
    billing_address: Type.Optional(AcpAddress),
  },
  { ...closed, title: 'AcpPaymentData' },
);

export const AcpCompleteBody = Type.Object(
  {
    payment_data: AcpPaymentData,
    buyer: Type.Optional(AcpBuyer),
    affiliate_attribution: Type.Optional(Loose),
  },
  { ...closed, title: 'AcpCheckoutSessionCompleteRequest' },
);
export type AcpCompleteBody = Static<typeof AcpCompleteBody>;

export const AcpCancelBody = Type.Object({ intent_trace: Type.Optional(Loose) }, { ...closed, title: 'AcpCancelSessionRequest' });

export const AcpSessionParams = Type.Object({ id: Id }, closed);

/** Headers of ACP's reads; its writes also take `Idempotency-Key` (required, documented with the other idempotent routes). */
export const AcpReadHeaders = Type.Object({
  'api-version': Type.Optional(Type.String({ description: `The ACP version the agent speaks; supported: ${ACP_VERSIONS.join(', ')}` })),
});

export const AcpHeaders = Type.Object({
  ...AcpReadHeaders.properties,
  'idempotency-key': Type.Optional(Type.String({ maxLength: 255, description: 'Required on every POST' })),
});

// ---- responses

const Total = Type.Object(
  {
    type: Type.Union(
      ['items_base_amount', 'items_discount', 'subtotal', 'discount', 'fulfillment', 'tax', 'total'].map((t) => Type.Literal(t)),
    ),
    display_text: Type.String(),
    amount: Type.Integer(),
  },
  closed,
);
export type AcpTotal = Static<typeof Total>;

const Message = Type.Object(
  {
    type: Type.Union([Type.Literal('error'), Type.Literal('info')]),
    code: Type.Optional(Type.String()),
    severity: Type.Optional(Type.String()),
    resolution: Type.Optional(Type.String()),
    param: Type.Optional(Type.String()),
    content_type: Type.Literal('plain'),
    content: Type.String(),
  },
  closed,
);
export type AcpMessage = Static<typeof Message>;

const PaymentHandler = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    display_name: Type.String(),
    version: Type.String(),
    spec: Type.String(),
    requires_delegate_payment: Type.Boolean(),
    requires_pci_compliance: Type.Boolean(),
    psp: Type.String(),
    config_schema: Type.String(),
    instrument_schemas: Type.Array(Type.String()),
    config: Loose,
  },
  closed,
);
export type AcpPaymentHandler = Static<typeof PaymentHandler>;

const OutAddress = Type.Object(
  {
    name: Type.String(),
    line_one: Type.String(),
    line_two: Type.Optional(Type.String()),
    city: Type.String(),
    state: Type.String(),
    country: Type.String(),
    postal_code: Type.String(),
    company: Type.Optional(Type.String()),
  },
  closed,
);

export const AcpCheckoutSession = Type.Object(
  {
    id: Type.String(),
    protocol: Type.Object({ version: Type.String() }, closed),
    capabilities: Type.Object({ payment: Type.Object({ handlers: Type.Array(PaymentHandler) }, closed) }, closed),
    buyer: Type.Optional(
      Type.Object(
        {
          email: Type.String(),
          first_name: Type.Optional(Type.String()),
          last_name: Type.Optional(Type.String()),
          full_name: Type.Optional(Type.String()),
          phone_number: Type.Optional(Type.String()),
        },
        closed,
      ),
    ),
    status: Type.Union(['not_ready_for_payment', 'ready_for_payment', 'completed', 'canceled'].map((s) => Type.Literal(s))),
    currency: Type.String(),
    line_items: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          item: Type.Object({ id: Type.String() }, closed),
          quantity: Type.Integer(),
          name: Type.String(),
          unit_amount: Type.Integer(),
          product_id: Type.String(),
          variant_id: Type.String(),
          sku: Type.String(),
          images: Type.Optional(Type.Array(Type.String())),
          totals: Type.Array(Total),
        },
        closed,
      ),
    ),
    fulfillment_details: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(Type.String()),
          email: Type.Optional(Type.String()),
          phone_number: Type.Optional(Type.String()),
          address: Type.Optional(OutAddress),
        },
        closed,
      ),
    ),
    fulfillment_options: Type.Array(
      Type.Object({ type: Type.Literal('shipping'), id: Type.String(), title: Type.String(), totals: Type.Array(Total) }, closed),
    ),
    selected_fulfillment_options: Type.Array(AcpSelectedFulfillment),
    totals: Type.Array(Total),
    messages: Type.Array(Message),
    links: Type.Array(Type.Object({ type: Type.String(), url: Type.String() }, closed)),
    created_at: Type.String(),
    updated_at: Type.String(),
    continue_url: Type.Optional(Type.String()),
    order: Type.Optional(
      Type.Object(
        {
          type: Type.Literal('order'),
          id: Type.String(),
          checkout_session_id: Type.String(),
          order_number: Type.String(),
          permalink_url: Type.String(),
          status: Type.String(),
        },
        closed,
      ),
    ),
  },
  { ...closed, title: 'AcpCheckoutSession' },
);
export type AcpCheckoutSession = Static<typeof AcpCheckoutSession>;

/** The protocol's flat error object (not problem+json: ACP agents parse this shape). */
export const AcpError = Type.Object(
  {
    type: Type.Union([Type.Literal('invalid_request'), Type.Literal('processing_error'), Type.Literal('service_unavailable')]),
    code: Type.String(),
    message: Type.String(),
    param: Type.Optional(Type.String()),
    supported_versions: Type.Optional(Type.Array(Type.String())),
  },
  { ...closed, title: 'AcpError' },
);
export type AcpError = Static<typeof AcpError>;
