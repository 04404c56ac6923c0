import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/index.ts';
import { readCookies } from '../../platform/http/cookies.ts';
import { listRegions, quoteShippingOption, type Region } from '../pricing/index.ts';
import type { StoreProduct } from '../catalog/index.ts';
import type { OfferContext } from './json-ld.ts';
import type { ShopData } from './shop-data.ts';
import type { ShopSettingsView } from './storefront.schemas.ts';

/** The visitor's region: chosen with the selector (a cookie), else the shop's default, else the first. */

export const REGION_COOKIE = 'sf_region';

/** Every region (a shop has a handful). */
export async function loadRegions(db: Db): Promise<Region[]> {
  return (await listRegions(db, { limit: 100 })).items;
}

export function chooseRegion(regions: readonly Region[], wanted: string | undefined, settings: ShopSettingsView): Region | undefined {
  return regions.find((r) => r.id === wanted) ?? regions.find((r) => r.id === settings.defaultRegionId) ?? regions[0];
}

/** The region the visitor chose with the selector (its cookie), if any. */
export function regionCookie(request: FastifyRequest): string | undefined {
  return readCookies(request).get(REGION_COOKIE);
}

/** The region that sells in `currency`: the default region when it does, else the first that does. */
export function regionForCurrency(regions: readonly Region[], currency: string, settings: ShopSettingsView): Region | undefined {
  const matching = regions.filter((r) => r.currency === currency);
  return matching.find((r) => r.id === settings.defaultRegionId) ?? matching[0];
}

/**
 * What a product's offers need beyond the product: the shop settings, the region's countries and
 * its cheapest shipping price for one unit of the product's cheapest variant.
 */
export async function offerContext(
  shop: ShopData,
  publicUrl: string,
  settings: ShopSettingsView,
  region: Region | undefined,
  product: StoreProduct,
): Promise<OfferContext> {
  const shippingRates = new Map<string, number>();
  if (region) {
    const options = await shop.shippingOptions(region.id);
    const amounts = product.variants.flatMap((v) => v.prices.filter((p) => p.currency === region.currency).map((p) => p.amount));
    const subtotal = amounts.length > 0 ? Math.min(...amounts) : 0;
    const quotes = options.flatMap((o) => {
      const quote = quoteShippingOption(o, { subtotal, totalWeightGrams: 0 });
      return quote === undefined ? [] : [quote];
    });
    if (quotes.length > 0) shippingRates.set(region.currency, Math.min(...quotes));
  }
  return { publicUrl, settings, countries: region ? [...region.countries] : [], shippingRates };
}
