import { pricingAdminGraphQL } from './pricing.graphql.ts';
import type { StockroomModule } from '../../platform/module.ts';
import { pricingRoutes } from './pricing.routes.ts';
import { loadDemoPricing } from './demo.ts';

/** Pricing: regions and tax, shipping options, promotions and the pure totals calculator. */
export const pricingModule: StockroomModule = {
  name: 'pricing',
  apiTags: {
    'Store: regions': 'The regions a storefront can sell in: countries, currency and how tax is shown.',
    'Admin: regions': 'Regions: countries, currency, tax rate and whether prices include tax.',
    'Admin: shipping options': 'Shipping options per region and their prices.',
    'Admin: promotions': 'Promotion codes and their rules.',
  },
  routes: pricingRoutes,
  graphql: { admin: pricingAdminGraphQL },
  /** With demo data on, a shop without regions gets the demo regions, shipping options and codes. */
  async bootstrap(context) {
    if (context.config.demoData && (await loadDemoPricing(context.db))) {
      context.log.info('loaded the demo regions, shipping options and promotions');
    }
  },
};

export {
  calculateTotals,
  allocateProportionally,
  promotionAppliesToAny,
  type Totals,
  type TotalsInput,
  type TotalsLineInput,
  type TotalsPromotionInput,
  type LineTotals,
  type AppliedPromotion,
  type PromotionType,
} from './totals.ts';
export { findRegion, findRegionForCart, getRegion, listRegions, taxRateFor } from './regions.ts';
export { listShippingOptions } from './shipping.ts';
export { listShippingOptionsForCart, quoteShippingOption, findShippingOption, type ShippingQuote, type ShippingCart } from './shipping.ts';
export {
  validatePromotion,
  redeemPromotion,
  releasePromotionRedemptions,
  findPromotion,
  findPromotionByCode,
  toTotalsPromotion,
  type ValidatePromotionInput,
  type RedeemPromotionInput,
  type Redemption,
} from './promotions.ts';
export { PromotionInvalid, type PromotionInvalidReason } from './pricing.errors.ts';
export type { Region, ShippingOption, Promotion } from './pricing.views.ts';
export { RegionView, ShippingOptionView, PromotionView } from './pricing.schemas.ts';
