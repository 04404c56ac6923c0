import { sql } from 'drizzle-orm';
import { queryRows, textArray, withTransaction, type Db, type Tx } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { Product } from './catalog.schemas.ts';
import { violatedConstraint } from './catalog.errors.ts';
import type { ProductGroup, RowError } from './import-rows.ts';
import { writeProducts, type ProductWrite } from './product-writer.ts';
import type { ProductState, VariantState } from './validation.ts';
import { loadProducts } from './views.ts';

const titleCase = (handle: string) =>
  handle
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/** Ids of the categories at the end of each path, creating missing ones (named after their handle). */
async function ensureCategories(tx: Tx, paths: readonly string[]): Promise<Map<string, string>> {
  const handles = [...new Set(paths.flatMap((p) => p.split('/')))];
  if (handles.length === 0) return new Map();
  const existing = await queryRows<{ id: string; handle: string }>(
    tx,
    sql`SELECT id, handle FROM categories WHERE handle = ANY(${textArray(handles)})`,
  );
  const ids = new Map(existing.map((r) => [r.handle, r.id]));
  const missing: { id: string; handle: string; name: string; parent_id: string | null }[] = [];
  for (const path of paths) {
    let parent: string | null = null;
    for (const handle of path.split('/')) {
      let id = ids.get(handle);
      if (!id) {
        id = newId('pcat');
        ids.set(handle, id);
        missing.push({ id, handle, name: titleCase(handle), parent_id: parent });
      }
      parent = id;
    }
  }
  if (missing.length > 0) {
    await tx.execute(sql`
      INSERT INTO categories (id, handle, name, parent_id)
      SELECT r.id, r.handle, r.name, r.parent_id FROM jsonb_to_recordset(${JSON.stringify(missing)}::jsonb) AS r(id text, handle text, name text, parent_id text)
      ON CONFLICT (handle) DO NOTHING`);
  }
  return ids;
}

async function ensureCollections(tx: Tx, handles: readonly string[]): Promise<Map<string, string>> {
  if (handles.length === 0) return new Map();
  const missing = handles.map((handle) => ({ id: newId('pcol'), handle, title: titleCase(handle) }));
  await tx.execute(sql`
    INSERT INTO collections (id, handle, title)
    SELECT r.id, r.handle, r.title FROM jsonb_to_recordset(${JSON.stringify(missing)}::jsonb) AS r(id text, handle text, title text)
    ON CONFLICT (handle) DO NOTHING`);
  const rows = await queryRows<{ id: string; handle: string }>(
    tx,
    sql`SELECT id, handle FROM collections WHERE handle = ANY(${textArray(handles)})`,
  );
  return new Map(rows.map((r) => [r.handle, r.id]));
}

/**
 * Writes many product groups in a fixed number of statements through the one product writer
 * (products matched by handle, variants by SKU). Fields a group leaves undefined keep their stored
 * values: the products are locked (in ascending id order) and read first, and each write is the
 * merge (`mergeGroup`). Where a group lists variants,
 * the product's variants become exactly those. SKUs held by another product, and products the file
 * would create without a title, are reported as row errors and skipped. Returns how many products
 * were created and updated.
 */
export async function writeGroups(tx: Tx, input: ProductGroup[], errors: RowError[]): Promise<{ created: number; updated: number }> {
  if (input.length === 0) return { created: 0, updated: 0 };
  const handles = input.map((g) => g.handle);
  // Locked like an admin edit (lockProduct), so an edit in between cannot be overwritten by stale values.
  await tx.execute(sql`SELECT id FROM products WHERE handle = ANY(${textArray(handles)}) AND deleted_at IS NULL ORDER BY id FOR UPDATE`);
  const stored = new Map((await loadProducts(tx, sql`p.handle = ANY(${textArray(handles)})`)).map((p) => [p.handle, p]));

  const groups = input.filter((g) => {
    const current = stored.get(g.handle);
    if (!current && g.title === undefined) {
      for (const row of g.rows) errors.push({ row, path: '/title', message: 'is required to create a product' });
      return false;
    }
    if (g.variants && g.options === undefined && (current?.options.length ?? 0) > 0) {
      const known = new Set(current?.variants.map((v) => v.sku));
      g.variants = g.variants.filter((v) => {
        if (known.has(v.sku)) return true;
        errors.push({ row: v.row, path: '/options', message: 'are required for a new variant of a product with options' });
        return false;
      });
    }
    return true;
  });
  if (groups.length === 0) return { created: 0, updated: 0 };

  const skus = groups.flatMap((g) => (g.variants ?? []).map((v) => v.sku));
  const owners =
    skus.length === 0
      ? []
      : await queryRows<{ sku: string; handle: string }>(
          tx,
          sql`
    SELECT v.sku, p.handle FROM product_variants v JOIN products p ON p.id = v.product_id
    WHERE v.sku = ANY(${textArray(skus)}) AND v.deleted_at IS NULL AND p.deleted_at IS NULL`,
        );
  const ownerOf = new Map(owners.map((o) => [o.sku, o.handle]));
  for (const group of groups) {
    group.variants = group.variants?.filter((v) => {
      const owner = ownerOf.get(v.sku);
      if (owner === undefined || owner === group.handle) return true;
      errors.push({ row: v.row, path: '/sku', message: `is already used by product ${owner}` });
      return false;
    });
  }

  // Categories and collections: only of products whose rows carry those columns.
  const categoryIds = await ensureCategories(tx, [...new Set(groups.flatMap((g) => g.categories ?? []))]);
  const collectionIds = await ensureCollections(tx, [...new Set(groups.flatMap((g) => g.collections ?? []))]);
  const writes = groups.map((g): ProductWrite => {
    const current = stored.get(g.handle);
    return {
      current,
      next: mergeGroup(g, current, {
        categoryIds: g.categories?.map((path) => categoryIds.get(path.split('/').at(-1) ?? '') ?? ''),
        collectionIds: g.collections?.map((handle) => collectionIds.get(handle) ?? ''),
      }),
      writesVariants: g.variants !== undefined,
      writesCategories: g.categories !== undefined,
      writesCollections: g.collections !== undefined,
    };
  });
  await writeProducts(tx, writes);
  const created = writes.filter((w) => !w.current).length;
  return { created, updated: writes.length - created };
}

/**
 * The product state a group makes of the stored product (undefined: a new one): what the file
 * says replaces, what it leaves unsaid stays as stored (or takes its default on a new product).
 * Variants are matched by SKU.
 */
function mergeGroup(
  g: ProductGroup,
  current: Product | undefined,
  links: { categoryIds: string[] | undefined; collectionIds: string[] | undefined },
): ProductState {
  const title = g.title ?? current?.title ?? '';
  const options = g.options ?? current?.options ?? [];
  const bySku = new Map((current?.variants ?? []).map((v) => [v.sku, v]));
  const variants = g.variants?.map((v): VariantState => {
    const old = bySku.get(v.sku);
    const variantOptions = v.options ?? old?.options ?? {};
    return {
      id: old?.id ?? newId('var'),
      isNew: old === undefined,
      sku: v.sku,
      // Unsaid: kept; null (or unsaid on a new variant): the default title, set by the writer.
      title: v.title === undefined ? old?.title : (v.title ?? undefined),
      options: variantOptions,
      prices: v.prices ?? old?.prices ?? [],
      manageInventory: v.manageInventory ?? old?.manageInventory ?? true,
      allowBackorder: v.allowBackorder ?? old?.allowBackorder ?? false,
      weightGrams: v.weightGrams ?? old?.weightGrams ?? 0,
      // Imports have no GTIN/MPN columns yet: a stored one stays.
      ...(old?.gtin ? { gtin: old.gtin } : {}),
      ...(old?.mpn ? { mpn: old.mpn } : {}),
    };
  });
  return {
    id: current?.id ?? newId('prod'),
    handle: g.handle,
    title,
    description: g.description ?? current?.description ?? '',
    status: g.status ?? current?.status ?? 'draft',
    options,
    images: g.images ?? current?.images ?? [],
    tags: g.tags ?? current?.tags ?? [],
    seoTitle: g.seoTitle === undefined ? (current?.seo.title ?? null) : g.seoTitle,
    seoDescription: g.seoDescription === undefined ? (current?.seo.description ?? null) : g.seoDescription,
    categoryIds: links.categoryIds ?? current?.categoryIds ?? [],
    collectionIds: links.collectionIds ?? current?.collectionIds ?? [],
    variants: variants ?? current?.variants.map((v) => ({ ...v, isNew: false })) ?? [],
  };
}

/**
 * Writes a batch of groups in one transaction; if that fails (a conflict the checks above did not
 * foresee), retries each group on its own so one bad product cannot sink the others.
 */
export async function applyGroups(db: Db, groups: ProductGroup[], errors: RowError[]): Promise<{ created: number; updated: number }> {
  const batchErrors: RowError[] = [];
  try {
    const counts = await withTransaction(db, (tx) => writeGroups(tx, groups.map(cloneGroup), batchErrors));
    errors.push(...batchErrors);
    return counts;
  } catch {
    const total = { created: 0, updated: 0 };
    for (const group of groups) {
      const groupErrors: RowError[] = [];
      try {
        const counts = await withTransaction(db, (tx) => writeGroups(tx, [cloneGroup(group)], groupErrors));
        errors.push(...groupErrors);
        total.created += counts.created;
        total.updated += counts.updated;
      } catch (error) {
        const message = describe(error);
        for (const row of group.rows) errors.push({ row, path: '/', message });
      }
    }
    return total;
  }
}

const cloneGroup = (g: ProductGroup): ProductGroup => ({ ...g, variants: g.variants && [...g.variants] });

function describe(error: unknown): string {
  switch (violatedConstraint(error)) {
    case 'product_variants_sku_live_uq':
      return 'a SKU of this product is already in use';
    case 'product_variants_options_live_uq':
      return 'two variants of this product share the same option values';
    case 'products_handle_live_uq':
      return 'the handle is already in use';
    default:
      return 'the product could not be saved';
  }
}
