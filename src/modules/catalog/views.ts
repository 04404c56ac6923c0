import { sql, type SQL } from 'drizzle-orm';
import { queryRows, textArray, type Db, type SqlRow } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import type { Money } from '../../platform/money.ts';
import type { Product, StoreProduct } from './catalog.schemas.ts';
import type { products } from './catalog.tables.ts';

/** A product row as `loadProducts` selects it: the table's columns plus its aggregated children. */
type ProductRow = Omit<SqlRow<typeof products>, 'search_vector' | 'deleted_at'> & {
  variants: Product['variants'];
  categories: Product['categories'];
  collection_ids: string[];
};

/**
 * Loads full product views for every live product matching `where` (over alias `p`) in ONE
 * statement: variants, their prices, categories and collections come as json aggregates, so a page
 * of any size costs the same.
 */
export async function loadProducts(db: Db, where: SQL): Promise<Product[]> {
  return (await loadProductRows(db, where, sql``)).map(toProduct);
}

/**
 * `loadProducts` with each product's last significant change (its own row or any variant's:
 * prices, stock availability and removal all bump a variant's `updated_at`), in the same statement.
 */
export async function loadProductsWithLastModified(db: Db, where: SQL): Promise<{ product: Product; lastModified: string }[]> {
  const rows = await loadProductRows(
    db,
    where,
    sql`, GREATEST(p.updated_at, (SELECT max(lv.updated_at) FROM product_variants lv WHERE lv.product_id = p.id)) AS lastmod`,
  );
  return rows.map((row) => ({ product: toProduct(row), lastModified: iso(row.lastmod ?? row.updated_at) }));
}

async function loadProductRows(db: Db, where: SQL, extra: SQL): Promise<(ProductRow & { lastmod?: string | Date | null })[]> {
  return queryRows<ProductRow & { lastmod?: string | Date | null }>(
    db,
    sql`
    SELECT p.id, p.handle, p.title, p.description, p.status, p.options, p.images, p.tags,
           p.seo_title, p.seo_description, p.version, p.created_at, p.updated_at,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', v.id, 'sku', v.sku, 'title', v.title, 'options', v.options,
                      'prices', COALESCE((SELECT json_agg(json_build_object('currency', vp.currency, 'amount', vp.amount) ORDER BY vp.currency)
                                          FROM variant_prices vp WHERE vp.variant_id = v.id), '[]'::json),
                      'manageInventory', v.manage_inventory, 'allowBackorder', v.allow_backorder,
                      'weightGrams', v.weight_grams, 'inStock', v.in_stock)::jsonb
                      -- GTIN and MPN only when known
                      || jsonb_strip_nulls(jsonb_build_object('gtin', v.gtin, 'mpn', v.mpn)) ORDER BY v.position, v.id)
             FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL), '[]'::json) AS variants,
           COALESCE((
             SELECT json_agg(json_build_object('id', c.id, 'handle', c.handle, 'name', c.name) ORDER BY c.name, c.id)
             FROM product_categories pc JOIN categories c ON c.id = pc.category_id
             WHERE pc.product_id = p.id), '[]'::json) AS categories,
           COALESCE((
             SELECT json_agg(cp.collection_id ORDER BY cp.collection_id)
             FROM collection_products cp WHERE cp.product_id = p.id), '[]'::json) AS collection_ids${extra}
    FROM products p
    WHERE p.deleted_at IS NULL AND (${where})`,
  );
}

/** Loads product views by id, in the order of `ids` (absent ids are skipped). */
export async function loadProductsByIds(db: Db, ids: readonly string[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  const found = new Map((await loadProducts(db, sql`p.id = ANY(${textArray(ids)})`)).map((p) => [p.id, p]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    description: row.description,
    status: row.status,
    options: row.options,
    variants: row.variants, // json_build_object renders bigint amounts as JSON numbers
    images: row.images,
    tags: row.tags,
    seo: { title: row.seo_title, description: row.seo_description },
    categories: row.categories,
    categoryIds: row.categories.map((c) => c.id),
    collectionIds: row.collection_ids,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The storefront shape of a product: published fields only; prices narrowed to `currency` if given. */
export function toStoreProduct(product: Product, currency?: string): StoreProduct {
  const narrow = (prices: Money[]): Money[] => (currency ? prices.filter((p) => p.currency === currency) : prices);
  const variants = product.variants.map((v) => ({
    id: v.id,
    sku: v.sku,
    title: v.title,
    options: v.options,
    prices: narrow(v.prices),
    inStock: v.inStock,
  }));
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description,
    options: product.options,
    variants,
    images: product.images,
    tags: product.tags,
    categories: product.categories,
    seo: {
      title: product.seo.title ?? product.title,
      description: product.seo.description ?? product.description.slice(0, 160),
    },
    inStock: variants.some((v) => v.inStock),
    createdAt: product.createdAt,
  };
}
