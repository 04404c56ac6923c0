import { Type, type Static } from '@sinclair/typebox';
import { closed, Id } from '../../platform/http/schema.ts';

/**
 * The Universal Commerce Protocol's shapes (version 2026-04-08, REST binding) as far as Stockroom
 * takes and gives them: snake_case, amounts as integer minor units, currency codes in upper case.
 * Requests are closed like every Stockroom body, with the fields the protocol's request shapes
 * define (its `ucp_request` annotations) and nothing else; `context`, `signals` and `attribution`
 * are free-form objects the protocol lets the business ignore. The tests validate requests and
 * responses against the protocol's published JSON schemas.
 */

export const UCP_VERSION = '2026-04-08';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const OptText = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const Loose = Type.Record(Type.String(), Type.Unknown());

export const UcpAddress = Type.Object(
  {
    id: OptText(100),
    street_address: OptText(300),
    extended_address: OptText(300),
    address_locality: OptText(200),
    address_region: OptText(200),
    address_country: OptText(100),
    postal_code: OptText(40),
    first_name: OptText(200),
    last_name: OptText(200),
    phone_number: OptText(40),
  },
  { ...closed, title: 'UcpPostalAddress' },
);
export type UcpAddress = Static<typeof UcpAddress>;

export const UcpBuyer = Type.Object(
  {
    first_name: OptText(200),
    last_name: OptText(200),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    phone_number: OptText(40),
  },
  { ...closed, title: 'UcpBuyer' },
);
export type UcpBuyer = Static<typeof UcpBuyer>;

const UcpItemIn = Type.Object(
  {
    id: Id,
    title: Type.Optional(Type.String({ maxLength: 500, description: 'Ignored: the title comes from the catalog' })),
    price: Type.Optional(Type.Integer({ minimum: 0, description: 'Ignored: the price always comes from the catalog' })),
    image_url: Type.Optional(Type.String({ maxLength: 2048, description: 'Ignored' })),
  },
  { ...closed, title: 'UcpItemRequest' },
);

const UcpLineItemIn = Type.Object(
  {
    id: Type.Optional(
      Type.String({ maxLength: 100, description: 'The line id the shop gave (update); ignored, the item id identifies the line' }),
    ),
    item: UcpItemIn,
    quantity: Type.Integer({ minimum: 1, maximum: 100_000 }),
    parent_id: OptText(100),
  },
  { ...closed, title: 'UcpLineItemRequest' },
);

const UcpGroupIn = Type.Object(
  {
    id: OptText(100),
    line_item_ids: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 999 })),
    selected_option_id: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  },
  { ...closed, title: 'UcpFulfillmentGroupRequest' },
);

const UcpMethodIn = Type.Object(
  {
    id: OptText(100),
    type: Type.Optional(Type.Union([Type.Literal('shipping'), Type.Literal('pickup')])),
    line_item_ids: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 999 })),
    destinations: Type.Optional(Type.Array(UcpAddress, { maxItems: 10 })),
    selected_destination_id: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    groups: Type.Optional(Type.Array(UcpGroupIn, { maxItems: 10 })),
  },
  { ...closed, title: 'UcpFulfillmentMethodRequest' },
);

const UcpFulfillmentIn = Type.Object(
  { methods: Type.Optional(Type.Array(UcpMethodIn, { maxItems: 1, description: 'One shipping method for all lines' })) },
  { ...closed, title: 'UcpFulfillmentRequest' },
);

const UcpInstrumentIn = Type.Object(
  {
    id: Text(100),
    handler_id: Text(100),
    type: Text(100),
    selected: Type.Optional(Type.Boolean()),
    display: Type.Optional(Loose),
    billing_address: Type.Optional(UcpAddress),
    credential: Type.Optional(
      Type.Object(
        { type: Text(100), token: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })) },
        { title: 'UcpPaymentCredential', additionalProperties: true },
      ),
    ),
  },
  { ...closed, title: 'UcpPaymentInstrumentRequest' },
);

const UcpPaymentIn = Type.Object(
  { instruments: Type.Array(UcpInstrumentIn, { minItems: 0, maxItems: 10 }) },
  { ...closed, title: 'UcpPaymentRequest' },
);

const sessionFields = {
  line_items: Type.Array(UcpLineItemIn, { minItems: 1, maxItems: 999 }),
  buyer: Type.Optional(UcpBuyer),
  context: Type.Optional(Loose),
  signals: Type.Optional(Loose),
  attribution: Type.Optional(Loose),
  fulfillment: Type.Optional(UcpFulfillmentIn),
  payment: Type.Optional(UcpPaymentIn),
};

export const UcpCreateBody = Type.Object(sessionFields, { ...closed, title: 'UcpCheckoutCreateRequest' });
export type UcpCreateBody = Static<typeof UcpCreateBody>;

export const UcpUpdateBody = Type.Object(
  { id: Type.Optional(Type.String({ maxLength: 100, description: 'Deprecated: the id is in the path' })), ...sessionFields },
  { ...closed, title: 'UcpCheckoutUpdateRequest' },
);
export type UcpUpdateBody = Static<typeof UcpUpdateBody>;

export const UcpCompleteBody = Type.Object(
  { payment: UcpPaymentIn, signals: Type.Optional(Loose), attribution: Type.Optional(Loose) },
  { ...closed, title: 'UcpCheckoutCompleteRequest' },
);
export type UcpCompleteBody = Static<typeof UcpCompleteBody>;

export const UcpSessionParams = Type.Object({ id: Id }, closed);

const profileDescription =
  'The calling platform’s profile, RFC 8941 dictionary syntax: `profile="https://platform.example/.well-known/ucp"`.';
export const UcpReadHeaders = Type.Object({
  'ucp-agent': Type.Optional(Type.String({ maxLength: 2048, description: `Required. ${profileDescription}` })),
});
export const UcpHeaders = Type.Object({
  ...UcpReadHeaders.properties,
  'idempotency-key': Type.Optional(
    Type.String({ maxLength: 255, description: 'Recommended on every write; a retry answers the stored result' }),
  ),
});

// ---- responses

const Version = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

const UcpCapabilityRef = Type.Object(
  {
    version: Version,
    spec: Type.Optional(Type.String()),
    schema: Type.Optional(Type.String()),
    extends: Type.Optional(Type.String()),
    config: Type.Optional(Loose),
  },
  { title: 'UcpCapability' },
);

const UcpPaymentHandler = Type.Object(
  {
    id: Type.String(),
    version: Version,
    spec: Type.Optional(Type.String()),
    schema: Type.Optional(Type.String()),
    available_instruments: Type.Optional(Type.Array(Type.Object({ type: Type.String(), constraints: Type.Optional(Loose) }))),
    config: Type.Optional(Loose),
  },
  { title: 'UcpPaymentHandler' },
);

const UcpService = Type.Object(
  {
    version: Version,
    spec: Type.String(),
    transport: Type.Literal('rest'),
    endpoint: Type.String(),
    schema: Type.String(),
  },
  { title: 'UcpService' },
);

export const UcpMeta = Type.Object(
  {
    version: Version,
    status: Type.Optional(Type.Union([Type.Literal('success'), Type.Literal('error')])),
    services: Type.Optional(Type.Record(Type.String(), Type.Array(UcpService))),
    capabilities: Type.Optional(Type.Record(Type.String(), Type.Array(UcpCapabilityRef))),
    payment_handlers: Type.Optional(Type.Record(Type.String(), Type.Array(UcpPaymentHandler))),
  },
  { title: 'UcpMetadata' },
);
export type UcpMeta = Static<typeof UcpMeta>;

const UcpJwk = Type.Object(
  {
    kid: Type.String(),
    kty: Type.String(),
    crv: Type.Optional(Type.String()),
    x: Type.Optional(Type.String()),
    y: Type.Optional(Type.String()),
    use: Type.Optional(Type.String()),
    alg: Type.Optional(Type.String()),
  },
  { title: 'UcpSigningKey' },
);

export const UcpProfile = Type.Object(
  { ucp: UcpMeta, signing_keys: Type.Array(UcpJwk) },
  { title: 'UcpBusinessProfile', description: 'The business profile of UCP discovery' },
);
export type UcpProfile = Static<typeof UcpProfile>;

export const UcpTotal = Type.Object(
  { type: Type.String(), display_text: Type.Optional(Type.String()), amount: Type.Integer() },
  { title: 'UcpTotal' },
);
export type UcpTotal = Static<typeof UcpTotal>;

export const UcpMessage = Type.Object(
  {
    type: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
    code: Type.String(),
    path: Type.Optional(Type.String()),
    content_type: Type.Optional(Type.Literal('plain')),
    content: Type.String(),
    severity: Type.Optional(
      Type.Union(['recoverable', 'requires_buyer_input', 'requires_buyer_review', 'unrecoverable'].map((s) => Type.Literal(s))),
    ),
  },
  { title: 'UcpMessage' },
);
export type UcpMessage = Static<typeof UcpMessage>;

const UcpItemOut = Type.Object(
  { id: Type.String(), title: Type.String(), price: Type.Integer(), image_url: Type.Optional(Type.String()) },
  { title: 'UcpItem' },
);

const UcpAddressOut = Type.Object(
  {
    id: Type.Optional(Type.String()),
    street_address: Type.Optional(Type.String()),
    extended_address: Type.Optional(Type.String()),
    address_locality: Type.Optional(Type.String()),
    address_region: Type.Optional(Type.String()),
    address_country: Type.Optional(Type.String()),
    postal_code: Type.Optional(Type.String()),
    first_name: Type.Optional(Type.String()),
    last_name: Type.Optional(Type.String()),
    phone_number: Type.Optional(Type.String()),
  },
  { title: 'UcpAddress' },
);
export type UcpAddressOut = Static<typeof UcpAddressOut>;

const UcpFulfillmentOut = Type.Object(
  {
    methods: Type.Array(
      Type.Object({
        id: Type.String(),
        type: Type.Literal('shipping'),
        line_item_ids: Type.Array(Type.String()),
        destinations: Type.Array(UcpAddressOut),
        selected_destination_id: Type.Union([Type.String(), Type.Null()]),
        groups: Type.Array(
          Type.Object({
            id: Type.String(),
            line_item_ids: Type.Array(Type.String()),
            options: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), totals: Type.Array(UcpTotal) })),
            selected_option_id: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
      }),
    ),
  },
  { title: 'UcpFulfillment' },
);

export const UcpCheckout = Type.Object(
  {
    ucp: UcpMeta,
    id: Type.String(),
    status: Type.Union(['incomplete', 'ready_for_complete', 'completed', 'canceled'].map((s) => Type.Literal(s))),
    currency: Type.String(),
    line_items: Type.Array(
      Type.Object(
        { id: Type.String(), item: UcpItemOut, quantity: Type.Integer(), totals: Type.Array(UcpTotal) },
        { title: 'UcpLineItem' },
      ),
    ),
    buyer: Type.Optional(UcpBuyer),
    totals: Type.Array(UcpTotal),
    messages: Type.Array(UcpMessage),
    links: Type.Array(Type.Object({ type: Type.String(), url: Type.String(), title: Type.Optional(Type.String()) })),
    expires_at: Type.Optional(Type.String()),
    continue_url: Type.Optional(Type.String()),
    fulfillment: Type.Optional(UcpFulfillmentOut),
    payment: Type.Optional(Type.Object({ instruments: Type.Array(Loose) })),
    order: Type.Optional(Type.Object({ id: Type.String(), label: Type.String(), permalink_url: Type.String() })),
  },
  { title: 'UcpCheckout' },
);
export type UcpCheckout = Static<typeof UcpCheckout>;

/** A business outcome with no resource to show (not found): HTTP 200, `ucp.status` = `error`. */
export const UcpErrorResponse = Type.Object(
  { ucp: UcpMeta, messages: Type.Array(UcpMessage, { minItems: 1 }), continue_url: Type.Optional(Type.String()) },
  { ...closed, title: 'UcpErrorResponse' },
);
export type UcpErrorResponse = Static<typeof UcpErrorResponse>;

/** A protocol error (401, 403, 409, 429, 5xx…): `code` and `content`, as the REST binding has it. */
export const UcpProtocolError = Type.Object(
  {
    code: Type.String({
      description:
        'e.g. invalid_request, invalid_profile_url, unauthorized, signature_missing, signature_invalid, key_not_found, digest_mismatch, idempotency_conflict, checkout_not_open, rate_limited',
    }),
    content: Type.String(),
    path: Type.Optional(Type.String({ description: 'JSONPath of the offending field, for invalid input' })),
  },
  { title: 'UcpProtocolError' },
);
export type UcpProtocolError = Static<typeof UcpProtocolError>;

const UcpOrderLine = Type.Object(
  {
    id: Type.String(),
    item: UcpItemOut,
    quantity: Type.Object({ original: Type.Integer(), total: Type.Integer(), fulfilled: Type.Integer() }),
    totals: Type.Array(UcpTotal),
    status: Type.Union(['processing', 'partial', 'fulfilled', 'removed'].map((s) => Type.Literal(s))),
  },
  { title: 'UcpOrderLineItem' },
);

export const UcpOrder = Type.Object(
  {
    ucp: UcpMeta,
    id: Type.String(),
    label: Type.String(),
    checkout_id: Type.String(),
    permalink_url: Type.String(),
    currency: Type.String(),
    line_items: Type.Array(UcpOrderLine),
    fulfillment: Type.Object({
      expectations: Type.Array(
        Type.Object({
          id: Type.String(),
          line_items: Type.Array(Type.Object({ id: Type.String(), quantity: Type.Integer() })),
          method_type: Type.Literal('shipping'),
          destination: UcpAddressOut,
          description: Type.Optional(Type.String()),
        }),
      ),
      events: Type.Array(Loose),
    }),
    adjustments: Type.Array(Loose),
    totals: Type.Array(UcpTotal),
  },
  { title: 'UcpOrder' },
);
export type UcpOrder = Static<typeof UcpOrder>;
