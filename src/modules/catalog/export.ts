import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/index.ts';
import type { Product } from './catalog.schemas.ts';
import { csvHeader, toCsvLine, type CatalogRow } from './transfer.ts';
import { loadProductsByIds } from './views.ts';

const PAGE = 500;

/** The rows of one product in the import format: one per variant (one bare row if it has none). */
export function productRows(product: Product, categoryPaths: Map<string, string>, collectionHandles: Map<string, string>): CatalogRow[] {
  const base: CatalogRow = {
    handle: product.handle,
    title: product.title,
    description: product.description,
    status: product.status,
    tags: product.tags,
    seoTitle: product.seo.title,
    seoDescription: product.seo.description,
    images: product.images,
    categories: product.categoryIds.flatMap((id) => categoryPaths.get(id) ?? []),
    collections: product.collectionIds.flatMap((id) => collectionHandles.get(id) ?? []),
  };
  if (product.variants.length === 0) return [base];
  return product.variants.map((v) => ({
    ...base,
    options: product.options.map((o) => ({ name: o.name, value: v.options[o.name] ?? '' })),
    sku: v.sku,
    variantTitle: v.title,
    manageInventory: v.manageInventory,
    allowBackorder: v.allowBackorder,
    weightGrams: v.weightGrams,
    prices: v.prices,
  }));
}

/**
 * Streams the whole catalog (live products, drafts included) in the import format, a keyset page
 * of products at a time: memory stays flat however large the catalog is.
 */
export async function* exportCatalog(db: Db, format: 'csv' | 'ndjson'): AsyncGenerator<string> {
  // Categories and collections are the small side of a catalog: their paths are computed once.
  const categories = await queryRows<{ id: string; path: string }>(
    db,
    sql`
    WITH RECURSIVE tree AS (
      SELECT id, handle::text AS path FROM categories WHERE parent_id IS NULL
      UNION ALL
      SELECT c.id, tree.path || '/' || c.handle FROM categories c JOIN tree ON c.parent_id = tree.id)
    SELECT id, path FROM tree`,
  );
  const categoryPaths = new Map(categories.map((c) => [c.id, c.path]));
  const collections = await queryRows<{ id: string; handle: string }>(db, sql`SELECT id, handle FROM collections`);
  const collectionHandles = new Map(collections.map((c) => [c.id, c.handle]));

  if (format === 'csv') yield csvHeader();
  let after = '';
  for (;;) {
    const ids = await queryRows<{ id: string }>(
      db,
      sql`
      SELECT id FROM products WHERE deleted_at IS NULL AND id > ${after} ORDER BY id LIMIT ${PAGE}`,
    );
    if (ids.length === 0) return;
    after = ids.at(-1)?.id ?? after;
    const products = await loadProductsByIds(
      db,
      ids.map((r) => r.id),
    );
    const rows = products.flatMap((p) => productRows(p, categoryPaths, collectionHandles));
    yield rows.map((r) => (format === 'csv' ? toCsvLine(r) : `${JSON.stringify(r)}\n`)).join('');
    if (ids.length < PAGE) return;
  }
}
