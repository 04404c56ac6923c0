import { sql } from 'drizzle-orm';
import type { Cache } from '../../platform/cache/cache.ts';
import { queryRows, type Db } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import { categoryTree, findStoreCategory, type CategoryNode, type StoreCategory } from '../catalog/index.ts';
import { listShippingOptions, type Region, type ShippingOption } from '../pricing/index.ts';
import { loadRegions } from './region.ts';
import { getShopSettings } from './settings.ts';
import type { ShopSettingsView } from './storefront.schemas.ts';

/**
 * What every page and every product's structured data read besides the product: the shop settings,
 * the regions, the category navigation and each region's shipping options. They change rarely and
 * are read on every page, so they are kept in the process's cache, in the `catalog` namespace:
 * triggers on their tables (migration 0028, with the catalog's of 0018) empty it on every process
 * when a change commits, so a page never shows them older than the invalidation's delivery.
 * Without a cache (or with `STOCKROOM_CACHE_TTL_MS=0`) each call reads the database.
 */
export interface ShopData {
  db: Db;
  cache: Cache<unknown> | undefined;
  settings(): Promise<ShopSettingsView>;
  regions(): Promise<Region[]>;
  categories(): Promise<CategoryNode[]>;
  /** The region's shipping options (up to 100, in id order), as the offers quote them. */
  shippingOptions(regionId: string): Promise<ShippingOption[]>;
  /** A category with its breadcrumbs and children (a product page's trail), or undefined. */
  category(handle: string): Promise<StoreCategory | undefined>;
  /** The newest change to what every page shows around its content: settings, categories, regions. */
  setupLastModified(): Promise<string | undefined>;
}

/** The namespace of the cached shop data: emptied by every catalog or shop-setup change. */
export const SHOP_NAMESPACE = 'catalog';

export function shopData(db: Db, cache: Cache<unknown> | undefined): ShopData {
  const load = <T>(key: string, compute: () => Promise<T>): Promise<T> =>
    cache ? cache.load(SHOP_NAMESPACE, `storefront:${key}`, compute) : compute();
  return {
    db,
    cache,
    settings: () => load('settings', () => getShopSettings(db)),
    regions: () => load('regions', () => loadRegions(db)),
    categories: () => load('categories', () => categoryTree(db)),
    shippingOptions: (regionId) =>
      load(`shipping:${regionId}`, async () => (await listShippingOptions(db, { regionId, limit: 100 })).items),
    // `null` stands for "no such category" (undefined is what a cache miss answers).
    category: async (handle) => (await load(`category:${handle}`, async () => (await findStoreCategory(db, handle)) ?? null)) ?? undefined,
    setupLastModified: () =>
      load('setup-lastmod', async () => {
        const [row] = await queryRows<{ lastmod: string | Date | null }>(
          db,
          sql`SELECT GREATEST((SELECT max(updated_at) FROM shop_settings), (SELECT max(updated_at) FROM categories),
                              (SELECT max(updated_at) FROM regions)) AS lastmod`,
        );
        return row?.lastmod ? iso(row.lastmod) : undefined;
      }),
  };
}
