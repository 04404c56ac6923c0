import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { BadRequest, PreconditionFailed } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { decodeCursor, encodeCursor } from '../../platform/http/pagination.ts';
import type { AdminProductsQuery, Product, ProductCreateBody, ProductPatchBody, VariantCreateBody } from './catalog.schemas.ts';
import { FieldErrors, HandleTaken, ProductNotFound, SkuTaken, violatedConstraint } from './catalog.errors.ts';
import {
  checkProductState, checkReferences, defaultVariantTitle, freeHandle, nestedVariantPath, slugify,
  type ProductState, type VariantPath, type VariantState,
} from './validation.ts';
import { loadProductsByIds, textArray } from './views.ts';
import { toTsQuery } from './search.ts';

/** A new variant's state from a request body (defaults applied). */
export function newVariantState(body: VariantCreateBody & { id?: string }): VariantState {
  return {
    id: newId('var'),
    isNew: true,
    sku: body.sku,
    title: body.title,
    options: body.options ?? {},
    prices: body.prices ?? [],
    manageInventory: body.manageInventory ?? true,
    allowBackorder: body.allowBackorder ?? false,
    weightGrams: body.weightGrams ?? 0,
  };
}

/** The current state of a stored product, as the starting point of an update. */
export function stateOf(product: Product): ProductState {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description,
    status: product.status,
    options: product.options,
    images: product.images,
    tags: product.tags,
    seoTitle: product.seo.title,
    seoDescription: product.seo.description,
    categoryIds: product.categoryIds,
    collectionIds: product.collectionIds,
    variants: product.variants.map((v) => ({ ...v, isNew: false })),
  };
}

/** Reads one live product (admin view); throws 404. */
export async function getProduct(db: Db, id: string): Promise<Product> {
  const [product] = await loadProductsByIds(db, [id]);
  if (!product) throw new ProductNotFound();
  return product;
}

/**
 * Locks a live product's row and returns its current view. Every write to a product (its
 * variants included) takes this lock first, so concurrent admin edits serialize and the version
 * check below is not a read-then-write race.
 */
export async function lockProduct(tx: Tx, id: string, expectedVersion: number | undefined): Promise<Product> {
  const [row] = await queryRows<{ version: number }>(tx, sql`
    SELECT version FROM products WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`);
  if (!row) throw new ProductNotFound();
  assertVersion(expectedVersion, row.version);
  return getProduct(tx, id);
}

/** Creates a product with its variants, prices, images, categories and collections. */
export async function createProduct(tx: Tx, body: ProductCreateBody): Promise<Product> {
  const id = newId('prod');
  const state: ProductState = {
    id,
    handle: body.handle ?? '',
    title: body.title,
    description: body.description ?? '',
    status: body.status ?? 'draft',
    options: body.options ?? [],
    images: body.images ?? [],
    tags: body.tags ?? [],
    seoTitle: body.seo?.title ?? null,
    seoDescription: body.seo?.description ?? null,
    categoryIds: body.categoryIds ?? [],
    collectionIds: body.collectionIds ?? [],
    variants: (body.variants ?? []).map(newVariantState),
  };
  if (!body.handle) state.handle = await freeHandle(tx, slugify(body.title), id);
  return saveProduct(tx, undefined, state, nestedVariantPath);
}

/**
 * Applies a PATCH: top-level fields replace, and `variants` (when sent) is the full list: entries
 * with `id` update that variant, entries without are created, variants left out are deleted.
 */
export async function updateProduct(tx: Tx, id: string, body: ProductPatchBody, expectedVersion: number | undefined): Promise<Product> {
  const current = await lockProduct(tx, id, expectedVersion);
  const state = stateOf(current);
  if (body.handle !== undefined) state.handle = body.handle;
  if (body.title !== undefined) state.title = body.title;
  if (body.description !== undefined) state.description = body.description;
  if (body.status !== undefined) state.status = body.status;
  if (body.options !== undefined) state.options = body.options;
  if (body.images !== undefined) state.images = body.images;
  if (body.tags !== undefined) state.tags = body.tags;
  if (body.seo?.title !== undefined) state.seoTitle = body.seo.title;
  if (body.seo?.description !== undefined) state.seoDescription = body.seo.description;
  if (body.categoryIds !== undefined) state.categoryIds = body.categoryIds;
  if (body.collectionIds !== undefined) state.collectionIds = body.collectionIds;
  if (body.variants !== undefined) {
    const existing = new Map(current.variants.map((v) => [v.id, v]));
    const errors = new FieldErrors();
    state.variants = body.variants.map((v, i) => {
      if (v.id === undefined) return newVariantState(v);
      const old = existing.get(v.id);
      if (!old) {
        errors.add(`/variants/${i}/id`, 'is not a variant of this product');
        return newVariantState(v);
      }
      return {
        id: old.id,
        isNew: false,
        sku: v.sku,
        title: v.title ?? old.title,
        options: v.options ?? old.options,
        prices: v.prices ?? old.prices,
        manageInventory: v.manageInventory ?? old.manageInventory,
        allowBackorder: v.allowBackorder ?? old.allowBackorder,
        weightGrams: v.weightGrams ?? old.weightGrams,
      };
    });
    errors.throwIfAny();
  }
  return saveProduct(tx, current, state, nestedVariantPath);
}

/** Soft-deletes a product: it leaves the store API at once; its handle and SKUs become free. */
export async function deleteProduct(tx: Tx, id: string, expectedVersion: number | undefined): Promise<void> {
  await lockProduct(tx, id, expectedVersion);
  await tx.execute(sql`UPDATE product_variants SET deleted_at = now() WHERE product_id = ${id} AND deleted_at IS NULL`);
  await tx.execute(sql`UPDATE products SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = ${id}`);
  await tx.execute(sql`DELETE FROM product_handle_redirects WHERE product_id = ${id}`);
  await tx.execute(sql`DELETE FROM product_categories WHERE product_id = ${id}`);
  await tx.execute(sql`DELETE FROM collection_products WHERE product_id = ${id}`);
}

/**
 * Validates `next` as a whole, then writes the difference from `current` (undefined: a new
 * product). The product's version goes up by one on every save.
 */
export async function saveProduct(tx: Tx, current: Product | undefined, next: ProductState, variantPath: VariantPath): Promise<Product> {
  const errors = checkProductState(next, variantPath);
  errors.throwIfAny();
  await checkReferences(tx, next, variantPath, errors);
  try {
    await writeProduct(tx, current, next);
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === 'products_handle_live_uq') throw new HandleTaken('/handle', next.handle);
    if (constraint === 'product_variants_sku_live_uq') throw new SkuTaken([{ path: '/variants', message: 'a SKU is already in use' }]);
    if (constraint === 'product_variants_options_live_uq') {
      throw new BadRequest({ errors: [{ path: '/variants', message: 'two variants share the same option values' }] });
    }
    throw error;
  }
  return getProduct(tx, next.id);
}

async function writeProduct(tx: Tx, current: Product | undefined, next: ProductState): Promise<void> {
  const fields = sql`handle = ${next.handle}, title = ${next.title}, description = ${next.description},
    status = ${next.status}, options = ${JSON.stringify(next.options)}::jsonb, images = ${JSON.stringify(next.images)}::jsonb,
    tags = ${textArray(next.tags)}, seo_title = ${next.seoTitle}, seo_description = ${next.seoDescription}`;
  if (!current) {
    await tx.execute(sql`
      INSERT INTO products (id, handle, title, description, status, options, images, tags, seo_title, seo_description)
      VALUES (${next.id}, ${next.handle}, ${next.title}, ${next.description}, ${next.status},
              ${JSON.stringify(next.options)}::jsonb, ${JSON.stringify(next.images)}::jsonb, ${textArray(next.tags)},
              ${next.seoTitle}, ${next.seoDescription})`);
  } else {
    // Conditional on the version read under the row lock: a guard that the lock was really held.
    const updated = await queryRows<{ id: string }>(tx, sql`
      UPDATE products SET ${fields}, version = version + 1, updated_at = now()
      WHERE id = ${next.id} AND version = ${current.version} RETURNING id`);
    if (updated.length === 0) throw new PreconditionFailed({ detail: 'The product changed meanwhile; read it again.' });
    if (current.handle !== next.handle) {
      // Every old handle points at the product, not at a handle, so a→b→c sends a and b straight to c.
      await tx.execute(sql`
        INSERT INTO product_handle_redirects (handle, product_id) VALUES (${current.handle}, ${next.id})
        ON CONFLICT (handle) DO UPDATE SET product_id = EXCLUDED.product_id, created_at = now()`);
      await tx.execute(sql`DELETE FROM product_handle_redirects WHERE handle = ${next.handle} AND product_id = ${next.id}`);
    }
  }
  await writeVariants(tx, current, next);
  await writeLinks(tx, current, next);
}

async function writeVariants(tx: Tx, current: Product | undefined, next: ProductState): Promise<void> {
  const keep = new Set(next.variants.map((v) => v.id));
  const removed = (current?.variants ?? []).filter((v) => !keep.has(v.id)).map((v) => v.id);
  if (removed.length > 0) {
    await tx.execute(sql`UPDATE product_variants SET deleted_at = now() WHERE id = ANY(${textArray(removed)})`);
  }
  const records = next.variants.map((v, position) => ({
    id: v.id,
    sku: v.sku,
    title: v.title ?? defaultVariantTitle(next.options, v.options, next.title),
    options: v.options,
    position,
    manage_inventory: v.manageInventory,
    allow_backorder: v.allowBackorder,
    weight_grams: v.weightGrams,
  }));
  const updates = records.filter((_, i) => !next.variants[i]?.isNew);
  const inserts = records.filter((_, i) => next.variants[i]?.isNew);
  const before = new Map((current?.variants ?? []).map((v) => [v.id, v]));
  await releaseUniqueKeys(tx, updates.filter((r) => {
    const old = before.get(r.id);
    return old !== undefined && (old.sku !== r.sku || JSON.stringify(old.options) !== JSON.stringify(r.options));
  }).map((r) => r.id));
  if (updates.length > 0) {
    await tx.execute(sql`
      UPDATE product_variants v SET sku = r.sku, title = r.title, options = r.options, position = r.position,
             manage_inventory = r.manage_inventory, allow_backorder = r.allow_backorder,
             weight_grams = r.weight_grams, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
           AS r(id text, sku text, title text, options jsonb, position int, manage_inventory boolean, allow_backorder boolean, weight_grams int)
      WHERE v.id = r.id AND v.product_id = ${next.id}`);
  }
  if (inserts.length > 0) {
    await tx.execute(sql`
      INSERT INTO product_variants (id, product_id, sku, title, options, position, manage_inventory, allow_backorder, weight_grams)
      SELECT r.id, ${next.id}, r.sku, r.title, r.options, r.position, r.manage_inventory, r.allow_backorder, r.weight_grams
      FROM jsonb_to_recordset(${JSON.stringify(inserts)}::jsonb)
           AS r(id text, sku text, title text, options jsonb, position int, manage_inventory boolean, allow_backorder boolean, weight_grams int)`);
  }
  const ids = next.variants.map((v) => v.id);
  if (current && ids.length > 0) {
    await tx.execute(sql`DELETE FROM variant_prices WHERE variant_id = ANY(${textArray(ids)})`);
  }
  const prices = next.variants.flatMap((v) => v.prices.map((p) => ({ variant_id: v.id, currency: p.currency, amount: p.amount })));
  if (prices.length > 0) {
    await tx.execute(sql`
      INSERT INTO variant_prices (variant_id, currency, amount)
      SELECT r.variant_id, r.currency, r.amount
      FROM jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) AS r(variant_id text, currency text, amount bigint)`);
  }
}

/**
 * Step one of a two-step update: gives these variants placeholder SKUs and option values so the
 * final values can then be written in any order. Why: PostgreSQL checks a unique index row by row
 * during an UPDATE (partial unique indexes cannot be DEFERRABLE), so swapping the SKUs (or option
 * values) of two variants in one statement would collide midway. Placeholders cannot clash with real
 * values: a SKU never starts with a space, and each placeholder holds the variant's unique id. They
 * live only inside the transaction, which writes the final values before it commits.
 */
export async function releaseUniqueKeys(tx: Tx, variantIds: readonly string[]): Promise<void> {
  if (variantIds.length === 0) return;
  await tx.execute(sql`
    UPDATE product_variants SET sku = ' ' || id, options = jsonb_build_object(' ', id)
    WHERE id = ANY(${textArray(variantIds)}) AND deleted_at IS NULL`);
}

async function writeLinks(tx: Tx, current: Product | undefined, next: ProductState): Promise<void> {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!current || !same(current.categoryIds, next.categoryIds)) {
    if (current) {
      await tx.execute(sql`
        DELETE FROM product_categories WHERE product_id = ${next.id} AND NOT (category_id = ANY(${textArray(next.categoryIds)}))`);
    }
    if (next.categoryIds.length > 0) {
      await tx.execute(sql`
        INSERT INTO product_categories (product_id, category_id)
        SELECT ${next.id}, c FROM unnest(${textArray(next.categoryIds)}) AS c
        ON CONFLICT DO NOTHING`);
    }
  }
  if (!current || !same(current.collectionIds, next.collectionIds)) {
    if (current) {
      await tx.execute(sql`
        DELETE FROM collection_products WHERE product_id = ${next.id} AND NOT (collection_id = ANY(${textArray(next.collectionIds)}))`);
    }
    if (next.collectionIds.length > 0) {
      // A product joining a collection goes to its end; staff reorder through the collection.
      await tx.execute(sql`
        INSERT INTO collection_products (collection_id, product_id, position)
        SELECT c, ${next.id}, COALESCE((SELECT max(position) + 1 FROM collection_products WHERE collection_id = c), 0)
        FROM unnest(${textArray(next.collectionIds)}) AS c
        ON CONFLICT DO NOTHING`);
    }
  }
}

/** Admin list: every live product (drafts too), newest first, optionally searched or by status. */
export async function listAdminProducts(db: Db, query: AdminProductsQuery): Promise<{ items: Product[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const after = query.cursor ? String(decodeCursor(query.cursor, 1)[0]) : undefined;
  const tsQuery = query.q ? toTsQuery(query.q) : undefined;
  const rows = await queryRows<{ id: string }>(db, sql`
    SELECT p.id FROM products p
    WHERE p.deleted_at IS NULL
      ${query.status ? sql`AND p.status = ${query.status}` : sql``}
      ${tsQuery ? sql`AND p.search_vector @@ to_tsquery('english', ${tsQuery})` : sql``}
      ${after ? sql`AND p.id < ${after}` : sql``}
    ORDER BY p.id DESC LIMIT ${limit + 1}`);
  const page = rows.slice(0, limit).map((r) => r.id);
  const items = await loadProductsByIds(db, page);
  const last = page.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last]) : null };
}

