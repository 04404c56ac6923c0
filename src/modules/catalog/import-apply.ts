import { sql } from 'drizzle-orm';
import { queryRows, withTransaction, type Db, type Tx } from '../../platform/db/index.ts';
import type { FieldError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { Money } from '../../platform/money.ts';
import type { Image, ProductOption, ProductStatus } from './catalog.schemas.ts';
import { violatedConstraint } from './catalog.errors.ts';
import { checkCatalogRow, type CatalogRow } from './transfer.ts';
import { defaultVariantTitle } from './validation.ts';
import { textArray } from './views.ts';

/** One row's failure, reported by the import job (`row` is the data row or NDJSON line number). */
export interface RowError {
  row: number;
  path: string;
  message: string;
}

interface GroupVariant {
  row: number;
  sku: string;
  title: string | undefined;
  options: Record<string, string>;
  manageInventory: boolean;
  allowBackorder: boolean;
  weightGrams: number;
  prices: Money[];
}

/** One product's worth of valid rows, ready to write. */
export interface ProductGroup {
  handle: string;
  rows: number[];
  title: string;
  description: string;
  status: ProductStatus;
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  images: Image[];
  options: ProductOption[];
  categories: string[];
  collections: string[];
  variants: GroupVariant[];
}

export interface StagedRow {
  line: number;
  /** A candidate CatalogRow, or undefined when the line could not even be read. */
  candidate?: unknown;
  errors: FieldError[];
}

/**
 * Turns the staged rows of one handle into a product group. A bad row is reported and left out;
 * the product is built from the good ones (the first good row carries the product's fields).
 */
export function buildGroup(handle: string, staged: readonly StagedRow[], errors: RowError[]): ProductGroup | undefined {
  let group: ProductGroup | undefined;
  const combinations = new Set<string>();
  const skus = new Set<string>();
  let hasBareRow = false;
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
    const names = (row.options ?? []).map((o) => o.name);
    if (group) {
      const expected = group.options.map((o) => o.name);
      if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) {
        fail('/options', `must name the options ${expected.join(', ') || '(none)'} like the first row of ${handle}`);
        continue;
      }
    }
    if (!row.sku) {
      if (names.length > 0 || group || staged.length > 1) {
        fail('/sku', 'is required (only a product with a single row and no options may omit it)');
        continue;
      }
      hasBareRow = true;
    } else {
      if (skus.has(row.sku)) {
        fail('/sku', 'repeats a SKU of an earlier row');
        continue;
      }
      const combination = JSON.stringify(row.options?.map((o) => o.value) ?? []);
      if (combinations.has(combination)) {
        fail('/options', `repeats the option values of an earlier row of ${handle}`);
        continue;
      }
      skus.add(row.sku);
      combinations.add(combination);
    }
    group ??= newGroup(handle, row);
    group.rows.push(item.line);
    for (const o of row.options ?? []) {
      const option = group.options.find((x) => x.name === o.name);
      if (option && !option.values.includes(o.value)) option.values.push(o.value);
    }
    if (row.sku) {
      group.variants.push({
        row: item.line,
        sku: row.sku,
        title: row.variantTitle ?? undefined,
        options: Object.fromEntries((row.options ?? []).map((o) => [o.name, o.value])),
        manageInventory: row.manageInventory ?? true,
        allowBackorder: row.allowBackorder ?? false,
        weightGrams: row.weightGrams ?? 0,
        prices: dedupePrices(row.prices ?? []),
      });
    }
  }
  return hasBareRow || group ? group : undefined;
}

function dedupePrices(prices: readonly Money[]): Money[] {
  return [...new Map(prices.map((p) => [p.currency, p])).values()];
}

function newGroup(handle: string, row: CatalogRow): ProductGroup {
  return {
    handle,
    rows: [],
    title: row.title,
    description: row.description ?? '',
    status: row.status ?? 'draft',
    tags: row.tags ?? [],
    seoTitle: row.seoTitle ?? null,
    seoDescription: row.seoDescription ?? null,
    images: row.images ?? [],
    options: (row.options ?? []).map((o) => ({ name: o.name, values: [] })),
    categories: [...new Set(row.categories ?? [])],
    collections: [...new Set(row.collections ?? [])],
    variants: [],
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
 * Writes many product groups in a fixed number of statements (upsert by handle; a product's
 * variants become exactly the imported ones, matched by SKU). SKUs held by another product are
 * reported as row errors and skipped. Returns how many products were created and updated.
 */
export async function writeGroups(tx: Tx, groups: ProductGroup[], errors: RowError[]): Promise<{ created: number; updated: number }> {
  if (groups.length === 0) return { created: 0, updated: 0 };
  const skus = groups.flatMap((g) => g.variants.map((v) => v.sku));
  const owners = skus.length === 0 ? [] : await queryRows<{ sku: string; handle: string }>(tx, sql`
    SELECT v.sku, p.handle FROM product_variants v JOIN products p ON p.id = v.product_id
    WHERE v.sku = ANY(${textArray(skus)}) AND v.deleted_at IS NULL AND p.deleted_at IS NULL`);
  const ownerOf = new Map(owners.map((o) => [o.sku, o.handle]));
  for (const group of groups) {
    group.variants = group.variants.filter((v) => {
      const owner = ownerOf.get(v.sku);
      if (owner === undefined || owner === group.handle) return true;
      errors.push({ row: v.row, path: '/sku', message: `is already used by product ${owner}` });
      return false;
    });
  }

  const upserted = await queryRows<{ id: string; handle: string; inserted: boolean }>(tx, sql`
    INSERT INTO products (id, handle, title, description, status, options, images, tags, seo_title, seo_description)
    SELECT r.id, r.handle, r.title, r.description, r.status, r.options, r.images,
           ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.seo_title, r.seo_description
    FROM jsonb_to_recordset(${JSON.stringify(groups.map((g) => ({
      id: newId('prod'), handle: g.handle, title: g.title, description: g.description, status: g.status,
      options: g.options, images: g.images, tags: g.tags, seo_title: g.seoTitle, seo_description: g.seoDescription,
    })))}::jsonb) AS r(id text, handle text, title text, description text, status text, options jsonb, images jsonb, tags jsonb, seo_title text, seo_description text)
    ON CONFLICT (handle) WHERE deleted_at IS NULL DO UPDATE SET
      title = EXCLUDED.title, description = EXCLUDED.description, status = EXCLUDED.status, options = EXCLUDED.options,
      images = EXCLUDED.images, tags = EXCLUDED.tags, seo_title = EXCLUDED.seo_title, seo_description = EXCLUDED.seo_description,
      version = products.version + 1, updated_at = now()
    RETURNING id, handle, (xmax = 0) AS inserted`);
  const productIds = new Map(upserted.map((r) => [r.handle, r.id]));
  const ids = upserted.map((r) => r.id);

  const current = await queryRows<{ id: string; product_id: string; sku: string }>(tx, sql`
    SELECT id, product_id, sku FROM product_variants WHERE product_id = ANY(${textArray(ids)}) AND deleted_at IS NULL`);
  const existing = new Map(current.map((v) => [`${v.product_id}\u0000${v.sku}`, v.id]));
  const updates: Record<string, unknown>[] = [];
  const inserts: Record<string, unknown>[] = [];
  const prices: { variant_id: string; currency: string; amount: number }[] = [];
  for (const group of groups) {
    const productId = productIds.get(group.handle) ?? '';
    group.variants.forEach((v, position) => {
      const existingId = existing.get(`${productId}\u0000${v.sku}`);
      const record = {
        id: existingId ?? newId('var'), product_id: productId, sku: v.sku,
        title: v.title ?? defaultVariantTitle(group.options, v.options, group.title), options: v.options, position,
        manage_inventory: v.manageInventory, allow_backorder: v.allowBackorder, weight_grams: v.weightGrams,
      };
      (existingId ? updates : inserts).push(record);
      for (const p of v.prices) prices.push({ variant_id: record.id, currency: p.currency, amount: p.amount });
    });
  }
  const keep = [...updates, ...inserts].map((r) => r.id as string);
  // Variants the file no longer lists leave the product first, so their SKUs and combinations free up.
  await tx.execute(sql`
    UPDATE product_variants SET deleted_at = now()
    WHERE product_id = ANY(${textArray(ids)}) AND deleted_at IS NULL AND NOT (id = ANY(${textArray(keep)}))`);
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
  await tx.execute(sql`DELETE FROM variant_prices WHERE variant_id = ANY(${textArray(keep)})`);
  if (prices.length > 0) {
    await tx.execute(sql`
      INSERT INTO variant_prices (variant_id, currency, amount)
      SELECT r.variant_id, r.currency, r.amount FROM jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) AS r(variant_id text, currency text, amount bigint)`);
  }

  const categoryIds = await ensureCategories(tx, [...new Set(groups.flatMap((g) => g.categories))]);
  const collectionIds = await ensureCollections(tx, [...new Set(groups.flatMap((g) => g.collections))]);
  const categoryLinks = groups.flatMap((g) => g.categories.map((path) => ({
    product_id: productIds.get(g.handle), category_id: categoryIds.get(path.split('/').at(-1) ?? ''),
  })));
  const collectionLinks = groups.flatMap((g) => g.collections.map((handle) => ({
    product_id: productIds.get(g.handle), collection_id: collectionIds.get(handle),
  })));
  await tx.execute(sql`DELETE FROM product_categories WHERE product_id = ANY(${textArray(ids)})`);
  if (categoryLinks.length > 0) {
    await tx.execute(sql`
      INSERT INTO product_categories (product_id, category_id)
      SELECT r.product_id, r.category_id FROM jsonb_to_recordset(${JSON.stringify(categoryLinks)}::jsonb) AS r(product_id text, category_id text)
      ON CONFLICT DO NOTHING`);
  }
  await tx.execute(sql`
    DELETE FROM collection_products cp WHERE cp.product_id = ANY(${textArray(ids)})
      AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(${JSON.stringify(collectionLinks)}::jsonb) AS r(product_id text, collection_id text)
                      WHERE r.product_id = cp.product_id AND r.collection_id = cp.collection_id)`);
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

const cloneGroup = (g: ProductGroup): ProductGroup => ({ ...g, variants: [...g.variants] });

function describe(error: unknown): string {
  switch (violatedConstraint(error)) {
    case 'product_variants_sku_live_uq': return 'a SKU of this product is already in use';
    case 'product_variants_options_live_uq': return 'two variants of this product share the same option values';
    case 'products_handle_live_uq': return 'the handle is already in use';
    default: return 'the product could not be saved';
  }
}
