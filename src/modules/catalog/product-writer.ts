import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Tx } from '../../platform/db/index.ts';
import { PreconditionFailed } from '../../platform/errors.ts';
import { emit, emitMany } from '../../platform/outbox.ts';
import type { Product } from './catalog.schemas.ts';
import { defaultVariantTitle, type ProductState } from './validation.ts';

/**
 * The one writer of the product tables (products, product_handle_redirects, product_variants,
 * variant_prices, product_categories, collection_products). Admin edits (products.ts, variants.ts)
 * and the import (import-apply.ts) decide WHAT a product becomes by their own rules (a PATCH by
 * variant id; a file's rows by SKU, absent columns kept) and both hand the result here.
 *
 * Callers lock the products first (ascending id order) and pass `current` as read under that lock,
 * and validate `next` as a whole. Any number of products is written in a fixed number of
 * statements (at most 15, the products' outbox events included), so an import batch costs the same as one admin edit.
 */
export interface ProductWrite {
  /** The stored product as read under its row lock; undefined: `next` is a new product. */
  current: Product | undefined;
  next: ProductState;
  /** false: the product's variants and prices stay as stored (an import without SKUs). */
  writesVariants: boolean;
  /** false: its categories stay as stored (unchanged, or a column the file leaves out). */
  writesCategories: boolean;
  /** false: its collections stay as stored. */
  writesCollections: boolean;
}

const PRODUCT_COLUMNS = sql`r(id text, version int, handle text, title text, description text, status text, options jsonb,
  images jsonb, tags jsonb, seo_title text, seo_description text)`;
const VARIANT_COLUMNS = sql`r(id text, product_id text, sku text, title text, options jsonb, position int,
  manage_inventory boolean, allow_backorder boolean, weight_grams int, gtin text, mpn text)`;

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** Writes each product's difference from its current state. The version goes up by one on every write. */
export async function writeProducts(tx: Tx, writes: readonly ProductWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await writeProductRows(tx, writes);
  await emitMany(
    tx,
    writes.map(({ current, next }) => ({
      type: current ? 'product.updated' : 'product.created',
      payload: {
        productId: next.id,
        handle: next.handle,
        title: next.title,
        status: next.status,
        version: current ? current.version + 1 : 1,
      },
      aggregateId: next.id,
    })),
  );
  await writeVariants(
    tx,
    writes.filter((w) => w.writesVariants),
  );
  await writeCategories(
    tx,
    writes.filter((w) => w.writesCategories),
  );
  await writeCollections(
    tx,
    writes.filter((w) => w.writesCollections),
  );
}

async function writeProductRows(tx: Tx, writes: readonly ProductWrite[]): Promise<void> {
  const record = (w: ProductWrite) => ({
    id: w.next.id,
    version: w.current?.version ?? 1,
    handle: w.next.handle,
    title: w.next.title,
    description: w.next.description,
    status: w.next.status,
    options: w.next.options,
    images: w.next.images,
    tags: w.next.tags,
    seo_title: w.next.seoTitle,
    seo_description: w.next.seoDescription,
  });
  const inserts = writes.filter((w) => !w.current).map(record);
  const updates = writes.filter((w) => w.current).map(record);
  if (inserts.length > 0) {
    await tx.execute(sql`
      INSERT INTO products (id, handle, title, description, status, options, images, tags, seo_title, seo_description)
      SELECT r.id, r.handle, r.title, r.description, r.status, r.options, r.images,
             ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.seo_title, r.seo_description
      FROM jsonb_to_recordset(${json(inserts)}) AS ${PRODUCT_COLUMNS}`);
  }
  if (updates.length > 0) {
    // Conditional on the version read under the row lock: a guard that the lock was really held.
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`
      UPDATE products p SET handle = r.handle, title = r.title, description = r.description, status = r.status,
             options = r.options, images = r.images, tags = ARRAY(SELECT jsonb_array_elements_text(r.tags)),
             seo_title = r.seo_title, seo_description = r.seo_description, version = p.version + 1, updated_at = now()
      FROM jsonb_to_recordset(${json(updates)}) AS ${PRODUCT_COLUMNS}
      WHERE p.id = r.id AND p.version = r.version AND p.deleted_at IS NULL
      RETURNING p.id`,
    );
    if (updated.length !== updates.length) throw new PreconditionFailed({ detail: 'The product changed meanwhile; read it again.' });
  }
  const renamed = writes.flatMap((w) =>
    w.current && w.current.handle !== w.next.handle ? [{ old_handle: w.current.handle, handle: w.next.handle, product_id: w.next.id }] : [],
  );
  if (renamed.length > 0) {
    // Every old handle points at the product, not at a handle, so a→b→c sends a and b straight to c.
    await tx.execute(sql`
      INSERT INTO product_handle_redirects (handle, product_id)
      SELECT r.old_handle, r.product_id FROM jsonb_to_recordset(${json(renamed)}) AS r(old_handle text, product_id text)
      ON CONFLICT (handle) DO UPDATE SET product_id = EXCLUDED.product_id, created_at = now()`);
    await tx.execute(sql`
      DELETE FROM product_handle_redirects h USING jsonb_to_recordset(${json(renamed)}) AS r(handle text, product_id text)
      WHERE h.handle = r.handle AND h.product_id = r.product_id`);
  }
}

async function writeVariants(tx: Tx, writes: readonly ProductWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const removed: string[] = [];
  const released: string[] = [];
  const updates: Record<string, unknown>[] = [];
  const inserts: Record<string, unknown>[] = [];
  const kept: string[] = [];
  const prices: { variant_id: string; currency: string; amount: number }[] = [];
  for (const { current, next } of writes) {
    const keep = new Set(next.variants.map((v) => v.id));
    for (const v of current?.variants ?? []) if (!keep.has(v.id)) removed.push(v.id);
    const before = new Map((current?.variants ?? []).map((v) => [v.id, v]));
    next.variants.forEach((v, position) => {
      const record = {
        id: v.id,
        product_id: next.id,
        sku: v.sku,
        title: v.title ?? defaultVariantTitle(next.options, v.options, next.title),
        options: v.options,
        position,
        manage_inventory: v.manageInventory,
        allow_backorder: v.allowBackorder,
        weight_grams: v.weightGrams,
        gtin: v.gtin ?? null,
        mpn: v.mpn ?? null,
      };
      const old = before.get(v.id);
      if (v.isNew || !old) {
        inserts.push(record);
      } else {
        updates.push(record);
        kept.push(v.id);
        if (old.sku !== v.sku || JSON.stringify(old.options) !== JSON.stringify(v.options)) released.push(v.id);
      }
      for (const p of v.prices) prices.push({ variant_id: v.id, currency: p.currency, amount: p.amount });
    });
  }
  if (removed.length > 0) {
    // Variants left out leave the product first (soft delete), so their SKUs and combinations free up.
    await tx.execute(sql`UPDATE product_variants SET deleted_at = now() WHERE id = ANY(${textArray(removed)})`);
  }
  await releaseUniqueKeys(tx, released); // SKUs or option values may be swapped between two variants
  if (updates.length > 0) {
    await tx.execute(sql`
      UPDATE product_variants v SET sku = r.sku, title = r.title, options = r.options, position = r.position,
             manage_inventory = r.manage_inventory, allow_backorder = r.allow_backorder,
             weight_grams = r.weight_grams, gtin = r.gtin, mpn = r.mpn, updated_at = now()
      FROM jsonb_to_recordset(${json(updates)}) AS ${VARIANT_COLUMNS}
      WHERE v.id = r.id AND v.product_id = r.product_id`);
  }
  if (inserts.length > 0) {
    await tx.execute(sql`
      INSERT INTO product_variants (id, product_id, sku, title, options, position, manage_inventory, allow_backorder, weight_grams, gtin, mpn)
      SELECT r.id, r.product_id, r.sku, r.title, r.options, r.position, r.manage_inventory, r.allow_backorder, r.weight_grams, r.gtin, r.mpn
      FROM jsonb_to_recordset(${json(inserts)}) AS ${VARIANT_COLUMNS}`);
  }
  if (kept.length > 0) await tx.execute(sql`DELETE FROM variant_prices WHERE variant_id = ANY(${textArray(kept)})`);
  if (prices.length > 0) {
    await tx.execute(sql`
      INSERT INTO variant_prices (variant_id, currency, amount)
      SELECT r.variant_id, r.currency, r.amount
      FROM jsonb_to_recordset(${json(prices)}) AS r(variant_id text, currency text, amount bigint)`);
  }
}

/** Soft-deletes a product the caller has locked, with its variants; its handles, links and SKUs become free. */
export async function removeProduct(tx: Tx, id: string): Promise<void> {
  await tx.execute(sql`UPDATE product_variants SET deleted_at = now() WHERE product_id = ${id} AND deleted_at IS NULL`);
  await tx.execute(sql`UPDATE products SET deleted_at = now(), version = version + 1, updated_at = now() WHERE id = ${id}`);
  await emit(tx, 'product.deleted', { productId: id }, id);
  await tx.execute(sql`DELETE FROM product_handle_redirects WHERE product_id = ${id}`);
  await tx.execute(sql`DELETE FROM product_categories WHERE product_id = ${id}`);
  await tx.execute(sql`DELETE FROM collection_products WHERE product_id = ${id}`);
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

/** The products' categories become exactly `categoryIds` (links already there stay). */
async function writeCategories(tx: Tx, writes: readonly ProductWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const links = writes.flatMap((w) => w.next.categoryIds.map((c) => ({ product_id: w.next.id, category_id: c })));
  const existing = writes.filter((w) => w.current).map((w) => w.next.id);
  if (existing.length > 0) {
    await tx.execute(sql`
      DELETE FROM product_categories pc WHERE pc.product_id = ANY(${textArray(existing)})
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(${json(links)}) AS r(product_id text, category_id text)
                        WHERE r.product_id = pc.product_id AND r.category_id = pc.category_id)`);
  }
  if (links.length > 0) {
    await tx.execute(sql`
      INSERT INTO product_categories (product_id, category_id)
      SELECT r.product_id, r.category_id FROM jsonb_to_recordset(${json(links)}) AS r(product_id text, category_id text)
      ON CONFLICT DO NOTHING`);
  }
}

/** The products' collections become exactly `collectionIds`: members stay in place, newcomers join the end. */
async function writeCollections(tx: Tx, writes: readonly ProductWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const links = writes.flatMap((w) => w.next.collectionIds.map((c) => ({ product_id: w.next.id, collection_id: c })));
  const existing = writes.filter((w) => w.current).map((w) => w.next.id);
  if (existing.length > 0) {
    await tx.execute(sql`
      DELETE FROM collection_products cp WHERE cp.product_id = ANY(${textArray(existing)})
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset(${json(links)}) AS r(product_id text, collection_id text)
                        WHERE r.product_id = cp.product_id AND r.collection_id = cp.collection_id)`);
  }
  if (links.length > 0) {
    // A product joining a collection goes to its end (several: in the order given); staff reorder
    // through the collection.
    await tx.execute(sql`
      INSERT INTO collection_products (collection_id, product_id, position)
      SELECT r.collection_id, r.product_id,
             (COALESCE((SELECT max(position) FROM collection_products x WHERE x.collection_id = r.collection_id), -1)
              + row_number() OVER (PARTITION BY r.collection_id ORDER BY r.ord))::int
      FROM jsonb_to_recordset(${json(links.map((l, ord) => ({ ...l, ord })))}) AS r(product_id text, collection_id text, ord int)
      ON CONFLICT DO NOTHING`);
  }
}
