import { Type, type Static } from '@sinclair/typebox';
import { CurrencyCode, MoneySchema } from '../../platform/money.ts';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';
import { PostalAddress } from '../identity/index.ts';

/** TypeBox request and response schemas of the cart routes. Every body is closed (S3). */

/** Per-line quantity cap: a line holds 1..999 units (re-adding a variant merges into its line). */
export const MAX_LINE_QUANTITY = 999;
export const Quantity = Type.Integer({ minimum: 1, maximum: MAX_LINE_QUANTITY, description: `1..${MAX_LINE_QUANTITY} per line` });
export const Email = Type.String({ format: 'email', maxLength: 254 });

/** A cart address is a postal address as identity defines it. */
export const CartAddress = PostalAddress;
export type CartAddress = Static<typeof CartAddress>;

// ---- params ----

export const CartParams = Type.Object({ id: Id }, closed);
export const CartItemParams = Type.Object({ id: Id, itemId: Id }, closed);
export const CartPromotionParams = Type.Object({ id: Id, code: Type.String({ minLength: 1, maxLength: 64 }) }, closed);

// ---- request bodies ----

export const CreateCartBody = Type.Object(
  {
    currency: Type.Optional(CurrencyCode),
    regionId: Type.Optional(Id),
    email: Type.Optional(Email),
  },
  { ...closed, description: "Send `currency` or `regionId` (the cart takes the region's currency)." },
);
export type CreateCartBody = Static<typeof CreateCartBody>;

export const UpdateCartBody = Type.Object(
  {
    email: Type.Optional(Nullable(Email)),
    shippingAddress: Type.Optional(Nullable(CartAddress)),
    billingAddress: Type.Optional(Nullable(CartAddress)),
    regionId: Type.Optional(Id),
  },
  closed,
);
export type UpdateCartBody = Static<typeof UpdateCartBody>;

export const AddCartItemBody = Type.Object(
  { variantId: Id, quantity: Quantity },
  {
    ...closed,
    description: 'No price field exists: the unit price always comes from the catalog.',
  },
);
export type AddCartItemBody = Static<typeof AddCartItemBody>;

export const UpdateCartItemBody = Type.Object({ quantity: Quantity }, closed);
export const ShippingMethodBody = Type.Object({ shippingOptionId: Id }, closed);
export const PromotionCodeBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) }, closed);

export const PAYMENT_PROVIDERS = ['manual', 'test'] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];
export const PaymentBody = Type.Object(
  {
    provider: Type.Union(PAYMENT_PROVIDERS.map((p) => Type.Literal(p))),
    data: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean(), Type.Null()]), {
        maxProperties: 20,
        description: 'Provider-specific options, kept for the payment step',
      }),
    ),
  },
  closed,
);
export type PaymentBody = Static<typeof PaymentBody>;

// ---- responses ----

export const CartItemView = Type.Object(
  {
    id: Type.String(),
    variantId: Type.String(),
    productId: Nullable(Type.String()),
    sku: Nullable(Type.String()),
    title: Type.String({ description: 'The product title' }),
    variantTitle: Nullable(Type.String()),
    quantity: Type.Integer(),
    unitPrice: Type.Integer({ description: 'The current catalog price (gross in tax-inclusive regions)' }),
    subtotal: Type.Integer(),
    discountTotal: Type.Integer(),
    taxTotal: Type.Integer(),
    total: Type.Integer(),
    imageUrl: Nullable(Type.String()),
    isAvailable: Type.Boolean({
      description:
        'false when the line cannot be bought as it is: the variant was deleted, unpublished or has no price in the cart currency (then the line is left out of every total), or stock holds fewer units than `quantity` (then it stays priced; lower the quantity to `availableQuantity`). Either blocks checkout',
    }),
    availableQuantity: Nullable(
      Type.Integer({
        description:
          'Units that can be bought now across every stock location, read with the cart (nothing is reserved before checkout); null when stock does not limit the variant (inventory not managed, or backorders allowed)',
      }),
    ),
  },
  { ...closed, title: 'CartItem' },
);

export const AppliedPromotionView = Type.Object(
  {
    code: Type.String(),
    type: Type.Union([Type.Literal('percentage'), Type.Literal('fixed'), Type.Literal('free_shipping')]),
    amount: Type.Integer({ description: 'What this code took off, in minor units: from the lines, or from shipping for free_shipping' }),
  },
  { ...closed, title: 'CartAppliedPromotion' },
);

export const ShippingMethodView = Type.Object(
  {
    shippingOptionId: Type.String(),
    name: Type.String(),
    amount: Type.Integer({ description: "The option's price for this cart, before any free-shipping promotion" }),
  },
  { ...closed, title: 'CartShippingMethod' },
);

export const CartView = Type.Object(
  {
    id: Type.String(),
    currency: Type.String(),
    regionId: Nullable(Type.String()),
    email: Nullable(Type.String()),
    customerId: Nullable(Type.String()),
    items: Type.Array(CartItemView),
    shippingAddress: Nullable(CartAddress),
    billingAddress: Nullable(CartAddress),
    shippingMethod: Nullable(ShippingMethodView),
    promotions: Type.Array(Type.String(), { description: 'Codes of the promotions that apply, in the order they are applied' }),
    appliedPromotions: Type.Array(AppliedPromotionView, {
      description:
        'Each code that applies with what it saves, in the order applied: every code stacks, each on what earlier codes left (see the API guide)',
    }),
    paymentProvider: Nullable(Type.String()),
    taxInclusive: Type.Boolean({ description: "Whether prices and totals contain tax (the region's rule)" }),
    subtotal: Type.Integer(),
    discountTotal: Type.Integer(),
    shippingTotal: Type.Integer({ description: 'Shipping charged after any free-shipping promotion' }),
    shippingDiscountTotal: Type.Integer({ description: 'What free-shipping promotions took off shipping (not in `discountTotal`)' }),
    taxTotal: Type.Integer(),
    total: Type.Integer(),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    expiresAt: Timestamp,
    completedAt: Nullable(Timestamp),
  },
  {
    ...closed,
    title: 'Cart',
    description: 'Totals are recomputed by the server on every read from current catalog prices, the region, promotions and shipping.',
  },
);
export type CartView = Static<typeof CartView>;

export const CartShippingOptionView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    type: Type.String(),
    price: MoneySchema,
  },
  { ...closed, title: 'CartShippingOption' },
);

export const CartShippingOptionList = Type.Object(
  {
    items: Type.Array(CartShippingOptionView),
    nextCursor: Type.Null({ description: 'Always null: every option is on the one page' }),
  },
  { ...closed, title: 'CartShippingOptionPage' },
);

export const PaymentSelectionView = Type.Object(
  {
    provider: Type.String(),
    status: Type.Literal('pending'),
  },
  { ...closed, title: 'CartPaymentSelection' },
);

export const CustomerCartSummary = Type.Object(
  {
    id: Type.String(),
    currency: Type.String(),
    regionId: Nullable(Type.String()),
    lineCount: Type.Integer({ description: 'Distinct lines' }),
    quantity: Type.Integer({ description: 'Units over every line' }),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    expiresAt: Timestamp,
  },
  { ...closed, title: 'CustomerCartSummary' },
);
export type CustomerCartSummary = Static<typeof CustomerCartSummary>;
