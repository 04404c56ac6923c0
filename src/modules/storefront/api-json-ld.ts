import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import type { StoreProduct } from '../catalog/index.ts';
import { productJsonLd, type JsonLd } from './json-ld.ts';
import { loadRegions, offerContext, regionForCurrency } from './region.ts';
import { getShopSettings } from './settings.ts';

/** The store API route whose answer carries the product's JSON-LD. */
export const PRODUCT_ROUTE = '/store/products/:handle';

/**
 * Adds `jsonLd` to GET /store/products/:handle: the same structured data the product page embeds,
 * for headless front-ends. With `?currency=` the offers are those of the region selling in that
 * currency (the default region when it does), exactly as the page shows them to that region.
 * Installed at the root (the catalog's route lives in another plugin); touches only that route.
 */
/**
 * The product's JSON-LD as the product page embeds it. With `currency` the offers are those of the
 * region selling in that currency (the default region when it does), else the default region's.
 */
export async function productJsonLdFor(db: Db, config: Config, product: StoreProduct, currency: string | undefined): Promise<JsonLd> {
  const [settings, regions] = await Promise.all([getShopSettings(db), loadRegions(db)]);
  const region = currency
    ? regionForCurrency(regions, currency, settings)
    : (regions.find((r) => r.id === settings.defaultRegionId) ?? regions[0]);
  const offers = await offerContext(db, config.publicUrl, settings, region, product);
  return productJsonLd(product, offers);
}

export function installProductJsonLd(app: FastifyInstance, db: Db, config: Config): void {
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (request.routeOptions.url !== PRODUCT_ROUTE || request.method !== 'GET' || reply.statusCode !== 200) return payload;
    const product = payload as StoreProduct;
    const currency = (request.query as { currency?: string }).currency;
    return { ...product, jsonLd: await productJsonLdFor(db, config, product, currency) };
  });
}
