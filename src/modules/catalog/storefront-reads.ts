import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import type { StoreProduct } from './catalog.schemas.ts';
import { toTsQuery } from './search.ts';
import { loadProductsByIds, loadProductsWithLastModified, toStoreProduct } from './views.ts';

/**
 * Catalog reads for server-rendered pages and sitemaps: numbered pages (crawlable `?page=` links),
 * deleted products told apart from unknown ones, and each page's last significant change.
 */

/**
 * The last significant change of a product (alias `p`): its own row or any of its variants' rows
 * (prices, stock availability, removal all bump a variant's updated_at).
 */
const PRODUCT_LASTMOD = sql`GREATEST(p.updated_at, (SELECT max(v.updated_at) FROM product_variants v WHERE v.product_id = p.id))`;

export type ProductPageLookup =
  | { kind: 'found'; product: StoreProduct; lastModified: string }
  | { kind: 'moved'; handle: string }
  | { kind: 'gone' }
  | { kind: 'missing' };

/**
 * A published product by handle for its page. An old handle answers `moved` with the current one
 * (one hop however many renames there were); a deleted product answers `gone`; a draft or unknown
 * handle `missing`.
 */
export async function findProductPage(db: Db, handle: string, currency: string | undefined): Promise<ProductPageLookup> {
  // The product and its last change in one statement.
  const [found] = await loadProductsWithLastModified(db, sql`p.handle = ${handle} AND p.status = 'published'`);
  if (found) return { kind: 'found', product: toStoreProduct(found.product, currency), lastModified: found.lastModified };
  const [other] = await queryRows<{ handle: string; deleted: boolean; published: boolean }>(
    db,
    sql`
    SELECT p.handle, p.deleted_at IS NOT NULL AS deleted, p.status = 'published' AS published
    FROM products p
    WHERE p.handle = ${handle} OR p.id = (SELECT r.product_id FROM product_handle_redirects r WHERE r.handle = ${handle})
    ORDER BY (p.handle = ${handle}) DESC
    LIMIT 1`,
  );
  if (!other) return { kind: 'missing' };
  if (other.deleted) return { kind: 'gone' };
  if (other.published && other.handle !== handle) return { kind: 'moved', handle: other.handle };
  return { kind: 'missing' };
}

export interface ProductListFilter {
  category?: string | undefined;
  collection?: string | undefined;
  q?: string | undefined;
}

export interface NumberedPage {
  items: StoreProduct[];
  total: number;
}

/**
 * One numbered page (1-based) of published products in a category (with its descendants), a
 * collection (curated order) or a full-text search (relevance). Three statements whatever the page
 * size: the count, the page's ids, their views.
 */
export async function listProductPage(
  db: Db,
  filter: ProductListFilter,
  page: number,
  pageSize: number,
  currency: string | undefined,
): Promise<NumberedPage> {
  const conditions: SQL[] = [sql`p.status = 'published'`, sql`p.deleted_at IS NULL`];
  let order = sql`p.id DESC`;
  let from = sql`products p`;
  if (filter.q !== undefined) {
    const tsQuery = toTsQuery(filter.q);
    if (!tsQuery) return { items: [], total: 0 };
    conditions.push(sql`p.search_vector @@ to_tsquery('english', ${tsQuery})`);
    order = sql`ts_rank(p.search_vector, to_tsquery('english', ${tsQuery})) DESC, p.id DESC`;
  }
  if (filter.category !== undefined) {
    conditions.push(sql`EXISTS (
      SELECT 1 FROM product_categories pc
      WHERE pc.product_id = p.id AND pc.category_id IN (
        WITH RECURSIVE tree AS (
          SELECT id FROM categories WHERE handle = ${filter.category}
          UNION ALL
          SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
        SELECT id FROM tree))`);
  }
  if (filter.collection !== undefined) {
    from = sql`products p JOIN collection_products cp ON cp.product_id = p.id
          AND cp.collection_id = (SELECT id FROM collections WHERE handle = ${filter.collection})`;
    order = sql`cp.position, p.id`;
  }
  const where = sql.join(conditions, sql` AND `);
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const products = await loadProductsByIds(
    db,
    rows.map((r) => r.id),
  );
  return { items: products.map((p) => toStoreProduct(p, currency)), total: count?.n ?? 0 };
}

export interface SitemapEntry {
  handle: string;
  lastModified: string;
}

/** Every page the sitemap lists of one kind, by handle, with its last significant change. */
export async function listSitemapEntries(db: Db, kind: 'products' | 'categories' | 'collections'): Promise<SitemapEntry[]> {
  const query =
    kind === 'products'
      ? sql`SELECT p.handle, ${PRODUCT_LASTMOD} AS lastmod FROM products p
            WHERE p.status = 'published' AND p.deleted_at IS NULL ORDER BY p.handle`
      : kind === 'categories'
        ? sql`SELECT handle, updated_at AS lastmod FROM categories ORDER BY handle`
        : sql`SELECT handle, updated_at AS lastmod FROM collections ORDER BY handle`;
  const rows = await queryRows<{ handle: string; lastmod: string | Date }>(db, query);
  return rows.map((r) => ({ handle: r.handle, lastModified: iso(r.lastmod) }));
}
