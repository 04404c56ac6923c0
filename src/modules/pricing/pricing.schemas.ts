import { Type, type Static } from '@sinclair/typebox';
import { CurrencyCode, MoneyAmount } from '../../platform/money.ts';
import { CursorQuery, LimitQuery } from '../../platform/http/pagination.ts';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';

/** TypeBox request/response schemas of the pricing module: the REST and OpenAPI contract. */

const Amount = (description: string) => MoneyAmount(description);

export const CountryCode = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'An assigned ISO 3166-1 alpha-2 code, upper case (checked against the list)',
  examples: ['DE'],
});
/** 0..10000 basis points is 0–100 %: no real sales tax or VAT exceeds that (the highest are near 27 %). */
const TaxRateBps = Type.Integer({ minimum: 0, maximum: 10_000, description: 'Basis points, 0..10000 (0–100 %): 1900 is 19 %' });

export const IdParams = Type.Object({ id: Id }, closed);

// ---- regions ----

export const TaxOverrideSchema = Type.Object({ country: CountryCode, taxRateBps: TaxRateBps }, closed);

const regionFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  currency: CurrencyCode,
  countries: Type.Array(CountryCode, { minItems: 1, maxItems: 250, uniqueItems: true }),
  taxRateBps: TaxRateBps,
  taxInclusive: Type.Boolean({ description: 'Prices in this region include tax' }),
  isShippingTaxed: Type.Boolean({ description: 'Whether shipping is taxed at the region rate (default true)' }),
  taxOverrides: Type.Array(TaxOverrideSchema, { maxItems: 250, description: 'Per-country rates; the country must be in `countries`' }),
};

export const CreateRegionBody = Type.Object(
  {
    name: regionFields.name,
    currency: regionFields.currency,
    countries: regionFields.countries,
    taxRateBps: regionFields.taxRateBps,
    taxInclusive: Type.Optional(regionFields.taxInclusive),
    isShippingTaxed: Type.Optional(regionFields.isShippingTaxed),
    taxOverrides: Type.Optional(regionFields.taxOverrides),
  },
  { ...closed, title: 'CreateRegion' },
);
export type CreateRegionBody = Static<typeof CreateRegionBody>;

export const UpdateRegionBody = Type.Partial(Type.Object(regionFields, closed), {
  ...closed,
  title: 'UpdateRegion',
});
export type UpdateRegionBody = Static<typeof UpdateRegionBody>;

export const RegionView = Type.Object(
  {
    id: Type.String(),
    ...regionFields,
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Region' },
);
export type RegionView = Static<typeof RegionView>;

/** What a storefront needs to show prices and pick a region: no versions, timestamps or settings it cannot use. */
export const StoreRegionView = Type.Object(
  {
    id: Type.String(),
    name: regionFields.name,
    currency: regionFields.currency,
    countries: regionFields.countries,
    taxRateBps: regionFields.taxRateBps,
    taxInclusive: Type.Boolean({ description: 'Prices in this region include tax: show them as they are; else tax is added at checkout' }),
    taxOverrides: regionFields.taxOverrides,
  },
  { ...closed, title: 'StoreRegion' },
);
export type StoreRegionView = Static<typeof StoreRegionView>;

// ---- shipping options ----

export const ShippingOptionType = Type.Union([Type.Literal('flat'), Type.Literal('weight_based'), Type.Literal('free_over')]);

export const WeightBandSchema = Type.Object(
  {
    maxGrams: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Inclusive upper bound of total cart weight' }),
    amount: Amount('Price of this band, added to the option amount'),
  },
  closed,
);

const shippingFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  type: ShippingOptionType,
  amount: Amount('flat: the price; free_over: the price below the threshold; weight_based: a base fee added to the band'),
  freeOverAmount: Nullable(Amount('free_over only: the subtotal from which shipping is free')),
  weightBands: Type.Array(WeightBandSchema, { maxItems: 50, description: 'weight_based only: bands by ascending maxGrams' }),
  isActive: Type.Boolean(),
};

export const CreateShippingOptionBody = Type.Object(
  {
    regionId: Type.String({ minLength: 1, maxLength: 100 }),
    name: shippingFields.name,
    type: shippingFields.type,
    amount: Type.Optional(shippingFields.amount),
    freeOverAmount: Type.Optional(shippingFields.freeOverAmount),
    weightBands: Type.Optional(shippingFields.weightBands),
    isActive: Type.Optional(shippingFields.isActive),
  },
  { ...closed, title: 'CreateShippingOption' },
);
export type CreateShippingOptionBody = Static<typeof CreateShippingOptionBody>;

export const UpdateShippingOptionBody = Type.Partial(Type.Object(shippingFields, closed), {
  ...closed,
  title: 'UpdateShippingOption',
});
export type UpdateShippingOptionBody = Static<typeof UpdateShippingOptionBody>;

export const ShippingOptionView = Type.Object(
  {
    id: Type.String(),
    regionId: Type.String(),
    ...shippingFields,
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'ShippingOption' },
);
export type ShippingOptionView = Static<typeof ShippingOptionView>;

export const ShippingOptionListQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    regionId: Type.Optional(Type.String({ maxLength: 100, description: 'Only options of this region' })),
  },
  closed,
);

// ---- promotions ----

export const PromotionType = Type.Union([Type.Literal('percentage'), Type.Literal('fixed'), Type.Literal('free_shipping')]);

const promotionFields = {
  code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Case-insensitive and unique' }),
  type: PromotionType,
  value: MoneyAmount('percentage: whole percent 1..100; fixed: minor units of `currency`; free_shipping: 0'),
  currency: Nullable(CurrencyCode),
  startsAt: Nullable(Timestamp),
  endsAt: Nullable(Timestamp),
  usageLimit: Nullable(Type.Integer({ minimum: 0, maximum: 2_000_000_000 })),
  perCustomerLimit: Nullable(Type.Integer({ minimum: 1, maximum: 2_000_000_000 })),
  minSubtotal: Nullable(Amount('The cart subtotal (before discounts) must reach this')),
  productIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000, uniqueItems: true }),
  categoryIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000, uniqueItems: true }),
};

export const CreatePromotionBody = Type.Object(
  {
    code: promotionFields.code,
    type: promotionFields.type,
    value: Type.Optional(promotionFields.value),
    currency: Type.Optional(promotionFields.currency),
    startsAt: Type.Optional(promotionFields.startsAt),
    endsAt: Type.Optional(promotionFields.endsAt),
    usageLimit: Type.Optional(promotionFields.usageLimit),
    perCustomerLimit: Type.Optional(promotionFields.perCustomerLimit),
    minSubtotal: Type.Optional(promotionFields.minSubtotal),
    productIds: Type.Optional(promotionFields.productIds),
    categoryIds: Type.Optional(promotionFields.categoryIds),
  },
  { ...closed, title: 'CreatePromotion' },
);
export type CreatePromotionBody = Static<typeof CreatePromotionBody>;

export const UpdatePromotionBody = Type.Partial(Type.Object(promotionFields, closed), {
  ...closed,
  title: 'UpdatePromotion',
});
export type UpdatePromotionBody = Static<typeof UpdatePromotionBody>;

export const PromotionView = Type.Object(
  {
    id: Type.String(),
    ...promotionFields,
    used: Type.Integer({ description: 'Redemptions so far' }),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Promotion' },
);
export type PromotionView = Static<typeof PromotionView>;

export const PromotionListQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    code: Type.Optional(Type.String({ maxLength: 64, description: 'Only the promotion with this code' })),
  },
  closed,
);
