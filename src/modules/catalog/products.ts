import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { BadRequest } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { byId, cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import type { AdminProductsQuery, Product, ProductCreateBody, ProductPatchBody, VariantCreateBody } from './catalog.schemas.ts';
import { FieldErrors, HandleTaken, ProductNotFound, SkuTaken, violatedConstraint } from './catalog.errors.ts';
import {
  checkProductState,
  checkReferences,
  freeHandle,
  nestedVariantPath,
  slugify,
  type ProductState,
  type VariantPath,
  type VariantState,
} from './validation.ts';
import { loadProductsByIds } from './views.ts';
import { toTsQuery } from './search.ts';
import { removeProduct, writeProducts } from './product-writer.ts';

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
    ...(body.gtin ? { gtin: body.gtin } : {}),
    ...(body.mpn ? { mpn: body.mpn } : {}),
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
  const [row] = await queryRows<{ version: number }>(
    tx,
    sql`
    SELECT version FROM products WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`,
  );
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
        ...keptIdentifiers(v, old),
      };
    });
    errors.throwIfAny();
  }
  return saveProduct(tx, current, state, nestedVariantPath);
}

/** Soft-deletes a product: it leaves the store API at once; its handle and SKUs become free. */
export async function deleteProduct(tx: Tx, id: string, expectedVersion: number | undefined): Promise<void> {
  await lockProduct(tx, id, expectedVersion);
  await removeProduct(tx, id);
}

/**
 * Validates `next` as a whole, then writes the difference from `current` (undefined: a new
 * product) through the one product writer. The product's version goes up by one on every save.
 */
export async function saveProduct(tx: Tx, current: Product | undefined, next: ProductState, variantPath: VariantPath): Promise<Product> {
  const errors = checkProductState(next, variantPath);
  errors.throwIfAny();
  await checkReferences(tx, next, variantPath, errors);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  try {
    await writeProducts(tx, [
      {
        current,
        next,
        writesVariants: true,
        writesCategories: !current || !same(current.categoryIds, next.categoryIds),
        writesCollections: !current || !same(current.collectionIds, next.collectionIds),
      },
    ]);
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

/** Admin list: every live product (drafts too), newest first, optionally searched or by status. */
export async function listAdminProducts(db: Db, query: AdminProductsQuery): Promise<Paged<Product>> {
  const limit = query.limit ?? 20;
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const tsQuery = query.q ? toTsQuery(query.q) : undefined;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    SELECT p.id FROM products p
    WHERE p.deleted_at IS NULL
      ${query.status ? sql`AND p.status = ${query.status}` : sql``}
      ${tsQuery ? sql`AND p.search_vector @@ to_tsquery('english', ${tsQuery})` : sql``}
      ${after ? sql`AND p.id < ${after}` : sql``}
    ORDER BY p.id DESC LIMIT ${limit + 1}`,
  );
  const page = toPage(rows, limit, byId);
  return {
    items: await loadProductsByIds(
      db,
      page.items.map((r) => r.id),
    ),
    nextCursor: page.nextCursor,
  };
}

/** A variant's GTIN and MPN after a change: unsaid keeps the stored one, null clears it. */
export function keptIdentifiers(
  body: { gtin?: string | null | undefined; mpn?: string | null | undefined },
  old: { gtin?: string | undefined; mpn?: string | undefined } | undefined,
): { gtin?: string; mpn?: string } {
  const gtin = body.gtin === undefined ? old?.gtin : (body.gtin ?? undefined);
  const mpn = body.mpn === undefined ? old?.mpn : (body.mpn ?? undefined);
  return { ...(gtin ? { gtin } : {}), ...(mpn ? { mpn } : {}) };
}
