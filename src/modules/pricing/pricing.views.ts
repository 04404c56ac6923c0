import { iso } from '../../platform/http/schema.ts';
import type { promotions, regions, shippingOptions } from './pricing.tables.ts';
import type { PromotionView, RegionView, ShippingOptionView } from './pricing.schemas.ts';

/** Rows as services return them, and the pure mappings from rows to the API shapes. */

export type Region = typeof regions.$inferSelect;
export type ShippingOption = typeof shippingOptions.$inferSelect;
export type Promotion = typeof promotions.$inferSelect;

export function toRegionView(r: Region): RegionView {
  return {
    id: r.id,
    name: r.name,
    currency: r.currency,
    countries: r.countries,
    taxRateBps: r.taxRateBps,
    taxInclusive: r.taxInclusive,
    isShippingTaxed: r.isShippingTaxed,
    taxOverrides: r.taxOverrides,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toShippingOptionView(o: ShippingOption): ShippingOptionView {
  return {
    id: o.id,
    regionId: o.regionId,
    name: o.name,
    type: o.type,
    amount: o.amount,
    freeOverAmount: o.freeOverAmount,
    weightBands: o.weightBands,
    isActive: o.isActive,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

export function toPromotionView(p: Promotion): PromotionView {
  return {
    id: p.id,
    code: p.code,
    type: p.type,
    value: p.value,
    currency: p.currency,
    startsAt: iso(p.startsAt),
    endsAt: iso(p.endsAt),
    usageLimit: p.usageLimit,
    perCustomerLimit: p.perCustomerLimit,
    minSubtotal: p.minSubtotal,
    productIds: p.productIds,
    categoryIds: p.categoryIds,
    used: p.used,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
