import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { StoreProduct } from '../catalog/index.ts';
import { productJsonLd, type JsonLd } from './json-ld.ts';
import { offerContext, regionForCurrency } from './region.ts';
import type { ShopData } from './shop-data.ts';

/** The store API route whose answer carries the product's JSON-LD. */
export const PRODUCT_ROUTE = '/store/products/:handle';

/**
 * The product's JSON-LD as the product page embeds it. With `currency` the offers are those of the
 * region selling in that currency (the default region when it does), else the default region's.
 */
export async function productJsonLdFor(
  shop: ShopData,
  config: Config,
  product: StoreProduct,
  currency: string | undefined,
): Promise<JsonLd> {
  const [settings, regions] = await Promise.all([shop.settings(), shop.regions()]);
  const region = currency
    ? regionForCurrency(regions, currency, settings)
    : (regions.find((r) => r.id === settings.defaultRegionId) ?? regions[0]);
  const offers = await offerContext(shop, config.publicUrl, settings, region, product);
  return productJsonLd(product, offers);
}

/**
 * Adds `jsonLd` to GET /store/products/:handle: the same structured data the product page embeds,
 * for headless front-ends. With `?currency=` the offers are those of the region selling in that
 * currency (the default region when it does), exactly as the page shows them to that region.
 * Installed at the root (the catalog's route lives in another plugin); touches only that route.
 * The settings, regions and shipping options come from the cached shop data, so a product read
 * that misses the response cache costs the product's one statement.
 */
export function installProductJsonLd(app: FastifyInstance, shop: ShopData, config: Config): void {
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (request.routeOptions.url !== PRODUCT_ROUTE || request.method !== 'GET' || reply.statusCode !== 200) return payload;
    const product = payload as StoreProduct;
    const currency = (request.query as { currency?: string }).currency;
    return { ...product, jsonLd: await productJsonLdFor(shop, config, product, currency) };
  });
}
