import { pipeline, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import { findSellableVariants, listVariantIds, loadProductsByIds, type Product } from '../catalog/index.ts';
import { listRegions } from '../pricing/index.ts';
import { getShopSettings } from '../storefront/index.ts';

/**
 * The product feed agent platforms ingest (`jsonl.gz`): one JSON object per line, one line per
 * variant that can be bought in the feed's currency. Built a keyset page of variants at a time with
 * a fixed number of statements per page (the page's ids, their sellable state, their products), and
 * streamed through gzip as it is built: memory holds one page, however large the catalog.
 */

export const FEED_PAGE_SIZE = 200;

/** One line of the feed (field names follow the agent platforms' product feed specifications). */
export interface FeedRow {
  id: string;
  item_group_id: string;
  title: string;
  description: string;
  link: string;
  image_link: string | null;
  sku: string;
  price: number;
  currency: string;
  availability: 'in_stock' | 'out_of_stock';
  brand: string;
  /** GTIN (EAN/UPC/ISBN) and manufacturer part number, only when the variant has them. */
  gtin?: string;
  mpn?: string;
  seller_name: string;
  seller_url: string;
  /** The shop's policy pages (absolute URLs), only when set in the shop settings. */
  seller_privacy_policy?: string;
  seller_tos?: string;
  return_policy?: string;
  /** Days to return an item; 0: no returns. */
  return_window: number;
  target_countries: string[];
  is_eligible_search: boolean;
  is_eligible_checkout: boolean;
}

/** Text without markup: tags dropped, the common entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Market {
  currency: string;
  countries: string[];
  /** The seller fields every row carries: the shop's policy links and return window. */
  seller: Pick<FeedRow, 'seller_privacy_policy' | 'seller_tos' | 'return_policy' | 'return_window'>;
}

/** A policy link as an absolute URL (a path is on the shop's own site). */
const absolute = (base: string, url: string | null): string | undefined =>
  url === null ? undefined : url.startsWith('/') ? `${base}${url}` : url;

/**
 * The feed's currency (the one asked for, else the first region's, else EUR), the countries that
 * buy in it, and the seller's policies from the shop settings.
 */
async function feedMarket(db: Db, config: Config, currency: string | undefined): Promise<Market> {
  const regions = (await listRegions(db, { limit: 100 })).items;
  const chosen = currency?.toUpperCase() ?? regions[0]?.currency ?? 'EUR';
  const countries = [...new Set(regions.filter((r) => r.currency === chosen).flatMap((r) => r.countries))].sort();
  const settings = await getShopSettings(db);
  const base = config.publicUrl.replace(/\/$/, '');
  const links = settings.policyLinks;
  const privacy = absolute(base, links.privacy);
  const terms = absolute(base, links.terms);
  const returns = absolute(base, links.returns);
  return {
    currency: chosen,
    countries,
    seller: {
      ...(privacy ? { seller_privacy_policy: privacy } : {}),
      ...(terms ? { seller_tos: terms } : {}),
      ...(returns ? { return_policy: returns } : {}),
      return_window: settings.returnPolicy.days,
    },
  };
}

function rowsOf(config: Config, products: Map<string, Product>, variantIds: readonly string[], market: Market): FeedRow[] {
  const base = config.publicUrl.replace(/\/$/, '');
  const byVariant = new Map([...products.values()].flatMap((p) => p.variants.map((v) => [v.id, { product: p, variant: v }] as const)));
  const rows: FeedRow[] = [];
  for (const id of variantIds) {
    const { product, variant } = byVariant.get(id) ?? {};
    const price = variant?.prices.find((p) => p.currency === market.currency);
    if (!product || !variant || price === undefined) continue;
    const title = product.variants.length > 1 ? `${product.title} – ${variant.title}` : product.title;
    rows.push({
      id: variant.id,
      item_group_id: product.id,
      title,
      description: plainText(product.description),
      link: `${base}/products/${encodeURIComponent(product.handle)}`,
      image_link: product.images[0]?.url ?? null,
      sku: variant.sku,
      price: price.amount,
      currency: market.currency,
      availability: variant.inStock ? 'in_stock' : 'out_of_stock',
      brand: config.shopName,
      ...(variant.gtin ? { gtin: variant.gtin } : {}),
      ...(variant.mpn ? { mpn: variant.mpn } : {}),
      seller_name: config.shopName,
      seller_url: base,
      ...market.seller,
      target_countries: market.countries,
      is_eligible_search: true,
      is_eligible_checkout: market.countries.length > 0,
    });
  }
  return rows;
}

/**
 * The feed's lines, a page at a time: per page, the next keyset page of variant ids, which of them
 * are sellable (published, not deleted) and the products they belong to: three statements.
 */
export async function* feedLines(
  db: Db,
  config: Config,
  options: { currency?: string | undefined; pageSize?: number } = {},
): AsyncGenerator<string> {
  const pageSize = options.pageSize ?? FEED_PAGE_SIZE;
  const market = await feedMarket(db, config, options.currency);
  let after: string | undefined;
  for (;;) {
    const ids = await listVariantIds(db, { limit: pageSize, ...(after === undefined ? {} : { after }) });
    if (ids.length === 0) return;
    after = ids.at(-1);
    const sellable = await findSellableVariants(db, ids);
    const published = ids.filter((id) => sellable.get(id)?.isPublished === true);
    const productIds = [...new Set(published.flatMap((id) => sellable.get(id)?.productId ?? []))];
    const products = new Map((await loadProductsByIds(db, productIds)).map((p) => [p.id, p]));
    const rows = rowsOf(config, products, published, market);
    if (rows.length > 0) yield rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    if (ids.length < pageSize) return;
  }
}

/** The feed as a gzip stream (back-pressure from the client slows the reads). */
export function feedStream(db: Db, config: Config, options: { currency?: string | undefined; pageSize?: number } = {}): Readable {
  const gzip = createGzip();
  // A failed read destroys the gzip stream with the error, so the response is cut off instead of hanging.
  pipeline(Readable.from(feedLines(db, config, options)), gzip, () => undefined);
  return gzip;
}
