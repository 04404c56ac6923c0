import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db, type Tx } from '../../platform/db/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Money } from '../../platform/money.ts';
import type { Image, ProductOption, ProductStatus } from './catalog.schemas.ts';
import { violatedConstraint } from './catalog.errors.ts';
import { checkCatalogRow, type CatalogRow } from './transfer.ts';
import { defaultVariantTitle } from './validation.ts';
import { loadProducts, textArray } from './views.ts';
import { releaseUniqueKeys } from './products.ts';

/** One row's failure, reported by the import job (`row` is the data row or NDJSON line number). */
export interface RowError {
  row: number;
  path: string;
  message: string;
}

/** In groups and variants below, `undefined` means "the file does not say: leave it as it is". */
interface GroupVariant {
  row: number;
  sku: string;
  /** null: back to the default title. */
  title: string | null | undefined;
  options: Record<string, string> | undefined;
  manageInventory: boolean | undefined;
  allowBackorder: boolean | undefined;
  weightGrams: number | undefined;
  prices: Money[] | undefined;
}

/** One product's worth of valid rows, ready to write. */
export interface ProductGroup {
  handle: string;
  rows: number[];
  /** Needed only to create the product. */
  title: string | undefined;
  description: string | undefined;
  status: ProductStatus | undefined;
  tags: string[] | undefined;
  seoTitle: string | null | undefined;
  seoDescription: string | null | undefined;
  images: Image[] | undefined;
  options: ProductOption[] | undefined;
  categories: string[] | undefined;
  collections: string[] | undefined;
  /** undefined: the product's variants are left alone; else they become exactly these. */
  variants: GroupVariant[] | undefined;
}

export interface StagedRow {
  line: number;
  /** A candidate CatalogRow, or undefined when the line could not even be read. */
  candidate?: unknown;
  errors: FieldError[];
}

/** A present-but-null field means "clear it": its empty value. An absent one stays absent. */
function cleared<T>(value: T | null | undefined, empty: T): T | undefined {
  return value === undefined ? undefined : (value ?? empty);
}

function hasVariantFields(row: CatalogRow): boolean {
  return row.variantTitle !== undefined || row.manageInventory !== undefined || row.allowBackorder !== undefined
    || row.weightGrams !== undefined || row.prices !== undefined || (row.options !== undefined && row.options !== null);
}

/**
 * Turns the staged rows of one handle into a product group. A bad row is reported and left out;
 * the product is built from the good ones (the first good row carries the product's fields).
 */
export function buildGroup(handle: string, staged: readonly StagedRow[], errors: RowError[]): ProductGroup | undefined {
  let group: ProductGroup | undefined;
  const combinations = new Set<string>();
  const skus = new Set<string>();
  for (const item of staged) {
    const fail = (path: string, message: string) => errors.push({ row: item.line, path, message });
    if (item.errors.length > 0 || item.candidate === undefined) {
      for (const e of item.errors) fail(e.path, e.message);
      continue;
    }
    const { row, errors: rowErrors } = checkCatalogRow(item.candidate);
    if (!row) {
      for (const e of rowErrors) fail(e.path, e.message);
      continue;
    }
    const names = row.options === undefined ? undefined : (row.options ?? []).map((o) => o.name);
    if (group) {
      const expected = group.options?.map((o) => o.name);
      if ((names === undefined) !== (expected === undefined)
        || (names && expected && (names.length !== expected.length || names.some((n, i) => n !== expected[i])))) {
        fail('/options', `must name the options ${expected?.join(', ') || '(none)'} like the first row of ${handle}`);
        continue;
      }
    }
    if (row.sku === undefined) {
      if (hasVariantFields(row)) {
        fail('/sku', 'is required to set variant fields (options, prices, weight, backorder…): variants are matched by SKU');
        continue;
      }
    } else if (row.sku === null) {
      if ((names?.length ?? 0) > 0 || group || staged.length > 1) {
        fail('/sku', 'is required (only a product with a single row and no options may omit it)');
        continue;
      }
    } else {
      if (skus.has(row.sku)) {
        fail('/sku', 'repeats a SKU of an earlier row');
        continue;
      }
      if (names !== undefined) {
        const combination = JSON.stringify(row.options?.map((o) => o.value) ?? []);
        if (combinations.has(combination)) {
          fail('/options', `repeats the option values of an earlier row of ${handle}`);
          continue;
        }
        combinations.add(combination);
      }
      skus.add(row.sku);
    }
    group ??= newGroup(handle, row);
    group.rows.push(item.line);
    for (const o of row.options ?? []) {
      const option = group.options?.find((x) => x.name === o.name);
      if (option && !option.values.includes(o.value)) option.values.push(o.value);
    }
    if (row.sku === null) group.variants = [];
    if (typeof row.sku === 'string') {
      group.variants ??= [];
      group.variants.push({
        row: item.line,
        sku: row.sku,
        title: row.variantTitle,
        options: row.options === undefined ? undefined : Object.fromEntries((row.options ?? []).map((o) => [o.name, o.value])),
        manageInventory: cleared(row.manageInventory, true),
        allowBackorder: cleared(row.allowBackorder, false),
        weightGrams: cleared(row.weightGrams, 0),
        prices: row.prices === undefined ? undefined : dedupePrices(row.prices ?? []),
      });
    }
  }
  return group;
}

function dedupePrices(prices: readonly Money[]): Money[] {
  return [...new Map(prices.map((p) => [p.currency, p])).values()];
}

function newGroup(handle: string, row: CatalogRow): ProductGroup {
  const unique = (list: string[] | null | undefined) => (list === undefined ? undefined : [...new Set(list ?? [])]);
  return {
    handle,
    rows: [],
    title: row.title,
    description: cleared(row.description, ''),
    status: cleared(row.status, 'draft'),
    tags: cleared(row.tags, []),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    images: cleared(row.images, []),
    options: row.options === undefined ? undefined : (row.options ?? []).map((o) => ({ name: o.name, values: [] })),
    categories: unique(row.categories),
    collections: unique(row.collections),
    variants: undefined,
  };
}

const titleCase = (handle: string) => handle.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** Ids of the categories at the end of each path, creating missing ones (named after their handle). */
async function ensureCategories(tx: Tx, paths: readonly string[]): Promise<Map<string, string>> {
  const handles = [...new Set(paths.flatMap((p) => p.split('/')))];
  if (handles.length === 0) return new Map();
  const existing = await queryRows<{ id: string; handle: string }>(tx, sql`SELECT id, handle FROM categories WHERE handle = ANY(${textArray(handles)})`);
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
  const rows = await queryRows<{ id: string; handle: string }>(tx, sql`SELECT id, handle FROM collections WHERE handle = ANY(${textArray(handles)})`);
  return new Map(rows.map((r) => [r.handle, r.id]));
}

const VARIANT_COLUMNS = sql`r(id text, product_id text, sku text, title text, options jsonb, position int, manage_inventory boolean, allow_backorder boolean, weight_grams int)`;

/**
 * Writes many product groups in a fixed number of statements (upsert by handle; variants matched
 * by SKU). Fields a group leaves undefined keep their stored values: the products are locked (in
 * ascending id order) and read first, and each write is the merge. Where a group lists variants,
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
  const owners = skus.length === 0 ? [] : await queryRows<{ sku: string; handle: string }>(tx, sql`
    SELECT v.sku, p.handle FROM product_variants v JOIN products p ON p.id = v.product_id
    WHERE v.sku = ANY(${textArray(skus)}) AND v.deleted_at IS NULL AND p.deleted_at IS NULL`);
  const ownerOf = new Map(owners.map((o) => [o.sku, o.handle]));
  for (const group of groups) {
    group.variants = group.variants?.filter((v) => {
      const owner = ownerOf.get(v.sku);
      if (owner === undefined || owner === group.handle) return true;
      errors.push({ row: v.row, path: '/sku', message: `is already used by product ${owner}` });
      return false;
    });
  }

  const merged = groups.map((g) => {
    const current = stored.get(g.handle);
    return {
      group: g,
      current,
      title: g.title ?? current?.title ?? '',
      description: g.description ?? current?.description ?? '',
      status: g.status ?? current?.status ?? 'draft',
      options: g.options ?? current?.options ?? [],
      images: g.images ?? current?.images ?? [],
      tags: g.tags ?? current?.tags ?? [],
      seoTitle: g.seoTitle === undefined ? (current?.seo.title ?? null) : g.seoTitle,
      seoDescription: g.seoDescription === undefined ? (current?.seo.description ?? null) : g.seoDescription,
    };
  });

  const upserted = await queryRows<{ id: string; handle: string; inserted: boolean }>(tx, sql`
    INSERT INTO products (id, handle, title, description, status, options, images, tags, seo_title, seo_description)
    SELECT r.id, r.handle, r.title, r.description, r.status, r.options, r.images,
           ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.seo_title, r.seo_description
    FROM jsonb_to_recordset(${JSON.stringify(merged.map((m) => ({
      id: m.current?.id ?? newId('prod'), handle: m.group.handle, title: m.title, description: m.description, status: m.status,
      options: m.options, images: m.images, tags: m.tags, seo_title: m.seoTitle, seo_description: m.seoDescription,
    })))}::jsonb) AS r(id text, handle text, title text, description text, status text, options jsonb, images jsonb, tags jsonb, seo_title text, seo_description text)
    ON CONFLICT (handle) WHERE deleted_at IS NULL DO UPDATE SET
      title = EXCLUDED.title, description = EXCLUDED.description, status = EXCLUDED.status, options = EXCLUDED.options,
      images = EXCLUDED.images, tags = EXCLUDED.tags, seo_title = EXCLUDED.seo_title, seo_description = EXCLUDED.seo_description,
      version = products.version + 1, updated_at = now()
    RETURNING id, handle, (xmax = 0) AS inserted`);
  const productIds = new Map(upserted.map((r) => [r.handle, r.id]));

  // Variants: only of products whose rows carry SKUs; matched by SKU, unsaid fields kept.
  const withVariants = merged.filter((m) => m.group.variants !== undefined);
  const variantProductIds = withVariants.map((m) => productIds.get(m.group.handle) ?? '');
  const updates: Record<string, unknown>[] = [];
  const inserts: Record<string, unknown>[] = [];
  const moved: string[] = [];
  const prices: { variant_id: string; currency: string; amount: number }[] = [];
  for (const m of withVariants) {
    const productId = productIds.get(m.group.handle) ?? '';
    const bySku = new Map((m.current?.variants ?? []).map((v) => [v.sku, v]));
    (m.group.variants ?? []).forEach((v, position) => {
      const old = bySku.get(v.sku);
      const options = v.options ?? old?.options ?? {};
      const record = {
        id: old?.id ?? newId('var'), product_id: productId, sku: v.sku,
        title: v.title === undefined && old ? old.title : (v.title ?? defaultVariantTitle(m.options, options, m.title)),
        options, position,
        manage_inventory: v.manageInventory ?? old?.manageInventory ?? true,
        allow_backorder: v.allowBackorder ?? old?.allowBackorder ?? false,
        weight_grams: v.weightGrams ?? old?.weightGrams ?? 0,
      };
      (old ? updates : inserts).push(record);
      if (old && JSON.stringify(old.options) !== JSON.stringify(options)) moved.push(old.id);
      for (const p of v.prices ?? old?.prices ?? []) prices.push({ variant_id: record.id, currency: p.currency, amount: p.amount });
    });
  }
  const keep = [...updates, ...inserts].map((r) => r.id as string);
  if (withVariants.length > 0) {
    // Variants the file no longer lists leave the product first, so their SKUs and combinations free up.
    await tx.execute(sql`
      UPDATE product_variants SET deleted_at = now()
      WHERE product_id = ANY(${textArray(variantProductIds)}) AND deleted_at IS NULL AND NOT (id = ANY(${textArray(keep)}))`);
  }
  await releaseUniqueKeys(tx, moved); // option values may be swapped between two variants
  if (updates.length > 0) {
    await tx.execute(sql`
      UPDATE product_variants v SET sku = r.sku, title = r.title, options = r.options, position = r.position,
             manage_inventory = r.manage_inventory, allow_backorder = r.allow_backorder, weight_grams = r.weight_grams, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS ${VARIANT_COLUMNS}
      WHERE v.id = r.id`);
  }
  if (inserts.length > 0) {
    await tx.execute(sql`
      INSERT INTO product_variants (id, product_id, sku, title, options, position, manage_inventory, allow_backorder, weight_grams)
      SELECT r.id, r.product_id, r.sku, r.title, r.options, r.position, r.manage_inventory, r.allow_backorder, r.weight_grams
      FROM jsonb_to_recordset(${JSON.stringify(inserts)}::jsonb) AS ${VARIANT_COLUMNS}`);
  }
  if (keep.length > 0) await tx.execute(sql`DELETE FROM variant_prices WHERE variant_id = ANY(${textArray(keep)})`);
  if (prices.length > 0) {
    await tx.execute(sql`
      INSERT INTO variant_prices (variant_id, currency, amount)
      SELECT r.variant_id, r.currency, r.amount FROM jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) AS r(variant_id text, currency text, amount bigint)`);
  }

  // Categories and collections: only of products whose rows carry those columns.
  const withCategories = groups.filter((g) => g.categories !== undefined);
  const withCollections = groups.filter((g) => g.collections !== undefined);
  const categoryIds = await ensureCategories(tx, [...new Set(withCategories.flatMap((g) => g.categories ?? []))]);
  const collectionIds = await ensureCollections(tx, [...new Set(withCollections.flatMap((g) => g.collections ?? []))]);
  const categoryLinks = withCategories.flatMap((g) => (g.categories ?? []).map((path) => ({
    product_id: productIds.get(g.handle), category_id: categoryIds.get(path.split('/').at(-1) ?? ''),
  })));
  const collectionLinks = withCollections.flatMap((g) => (g.collections ?? []).map((handle) => ({
    product_id: productIds.get(g.handle), collection_id: collectionIds.get(handle),
  })));
  if (withCategories.length > 0) {
    await tx.execute(sql`DELETE FROM product_categories WHERE product_id = ANY(${textArray(withCategories.map((g) => productIds.get(g.handle) ?? ''))})`);
  }
  if (categoryLinks.length > 0) {
    await tx.execute(sql`
      INSERT INTO product_categories (product_id, category_id)
      SELECT r.product_id, r.category_id FROM jsonb_to_recordset(${JSON.stringify(categoryLinks)}::jsonb) AS r(product_id text, category_id text)
      ON CONFLICT DO NOTHING`);
  }
  if (withCollections.length > 0) {
    await tx.execute(sql`
      DELETE FROM collection_products cp WHERE cp.product_id = ANY(${textArray(withCollections.map((g) => productIds.get(g.handle) ?? ''))})
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(${JSON.stringify(collectionLinks)}::jsonb) AS r(product_id text, collection_id text)
                        WHERE r.product_id = cp.product_id AND r.collection_id = cp.collection_id)`);
  }
  if (collectionLinks.length > 0) {
    // New members join the end of each collection, in file order; existing members keep their place.
    await tx.execute(sql`
      INSERT INTO collection_products (collection_id, product_id, position)
      SELECT r.collection_id, r.product_id,
             (COALESCE((SELECT max(position) FROM collection_products x WHERE x.collection_id = r.collection_id), -1)
              + row_number() OVER (PARTITION BY r.collection_id ORDER BY r.ord))::int
      FROM jsonb_to_recordset(${JSON.stringify(collectionLinks.map((l, ord) => ({ ...l, ord })))}::jsonb) AS r(product_id text, collection_id text, ord int)
      ON CONFLICT DO NOTHING`);
  }
  const created = upserted.filter((r) => r.inserted).length;
  return { created, updated: upserted.length - created };
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
    case 'product_variants_sku_live_uq': return 'a SKU of this product is already in use';
    case 'product_variants_options_live_uq': return 'two variants of this product share the same option values';
    case 'products_handle_live_uq': return 'the handle is already in use';
    default: return 'the product could not be saved';
  }
}
