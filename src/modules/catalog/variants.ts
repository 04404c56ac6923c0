import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { int8ToNumber, type Money } from '../../platform/money.ts';
import type { Product, VariantCreateBody, VariantPatchBody } from './catalog.schemas.ts';
import { keptIdentifiers, lockProduct, newVariantState, saveProduct, stateOf } from './products.ts';
import type { VariantState } from './validation.ts';
import type { productVariants, products, variantPrices } from './catalog.tables.ts';
import type { VariantPath } from './validation.ts';

/** Errors about the variant a sub-route addresses point at the body root (`/sku`); others at `/variants/i`. */
function subRoutePath(target: number): VariantPath {
  return (i) => (i === target ? '' : `/variants/${i}`);
}

/** Adds one variant to a product (same rules as a nested create). Returns the product. */
export async function addVariant(
  tx: Tx,
  productId: string,
  body: VariantCreateBody,
  expectedVersion: number | undefined,
): Promise<Product> {
  const current = await lockProduct(tx, productId, expectedVersion);
  const state = stateOf(current);
  state.variants.push(newVariantState(body));
  return saveProduct(tx, current, state, subRoutePath(state.variants.length - 1));
}

/** Changes the fields sent for one variant. Returns the product. */
export async function updateVariant(
  tx: Tx,
  productId: string,
  variantId: string,
  body: VariantPatchBody,
  expectedVersion: number | undefined,
): Promise<Product> {
  const current = await lockProduct(tx, productId, expectedVersion);
  const state = stateOf(current);
  const index = state.variants.findIndex((v) => v.id === variantId);
  const variant = state.variants[index];
  if (!variant) throw new NotFound({ detail: 'This product has no such variant.' });
  const next: VariantState = {
    ...variant,
    sku: body.sku ?? variant.sku,
    title: body.title ?? variant.title,
    options: body.options ?? variant.options,
    prices: body.prices ?? variant.prices,
    manageInventory: body.manageInventory ?? variant.manageInventory,
    allowBackorder: body.allowBackorder ?? variant.allowBackorder,
    weightGrams: body.weightGrams ?? variant.weightGrams,
  };
  delete next.gtin;
  delete next.mpn;
  state.variants[index] = { ...next, ...keptIdentifiers(body, variant) };
  return saveProduct(tx, current, state, subRoutePath(index));
}

/**
 * Sets one currency's price of a variant, leaving its other currencies as they are (a PATCH with
 * `prices` replaces the whole list instead). Returns the product.
 */
export async function setVariantPrice(
  tx: Tx,
  productId: string,
  variantId: string,
  price: Money,
  expectedVersion: number | undefined,
): Promise<Product> {
  const current = await lockProduct(tx, productId, expectedVersion);
  const state = stateOf(current);
  const index = state.variants.findIndex((v) => v.id === variantId);
  const variant = state.variants[index];
  if (!variant) throw new NotFound({ detail: 'This product has no such variant.' });
  const others = variant.prices.filter((p) => p.currency !== price.currency);
  state.variants[index] = { ...variant, prices: [...others, price].sort((a, b) => (a.currency < b.currency ? -1 : 1)) };
  return saveProduct(tx, current, state, subRoutePath(index));
}

/** Deletes one currency's price of a variant (404 when it has none in it). Returns the product. */
export async function removeVariantPrice(
  tx: Tx,
  productId: string,
  variantId: string,
  currency: string,
  expectedVersion: number | undefined,
): Promise<Product> {
  const current = await lockProduct(tx, productId, expectedVersion);
  const state = stateOf(current);
  const index = state.variants.findIndex((v) => v.id === variantId);
  const variant = state.variants[index];
  if (!variant) throw new NotFound({ detail: 'This product has no such variant.' });
  if (!variant.prices.some((p) => p.currency === currency)) throw new NotFound({ detail: `This variant has no ${currency} price.` });
  state.variants[index] = { ...variant, prices: variant.prices.filter((p) => p.currency !== currency) };
  return saveProduct(tx, current, state, subRoutePath(index));
}

/** Deletes one variant (soft: orders keep their own snapshots). Returns the product. */
export async function removeVariant(tx: Tx, productId: string, variantId: string, expectedVersion: number | undefined): Promise<Product> {
  const current = await lockProduct(tx, productId, expectedVersion);
  const state = stateOf(current);
  if (!state.variants.some((v) => v.id === variantId)) throw new NotFound({ detail: 'This product has no such variant.' });
  state.variants = state.variants.filter((v) => v.id !== variantId);
  return saveProduct(tx, current, state, subRoutePath(-1));
}

/** What the cart, orders and inventory need to know about a variant they sell. */
export interface SellableVariant {
  id: string;
  productId: string;
  productTitle: string;
  productHandle: string;
  title: string;
  sku: string;
  options: Record<string, string>;
  prices: Money[];
  manageInventory: boolean;
  allowBackorder: boolean;
  weightGrams: number;
  isPublished: boolean;
  categoryIds: string[];
  imageUrl: string | null;
}

/** A row of `findSellableVariants`: the variant's columns, its product's, and aggregates. */
type SellableRow = Pick<
  SqlRow<typeof productVariants>,
  'id' | 'product_id' | 'title' | 'sku' | 'options' | 'manage_inventory' | 'allow_backorder' | 'weight_grams'
> & {
  product_title: SqlRow<typeof products>['title'];
  product_handle: SqlRow<typeof products>['handle'];
  prices: Pick<SqlRow<typeof variantPrices>, 'currency' | 'amount'>[];
  is_published: boolean;
  category_ids: string[];
  image_url: string | null;
};

/** One query (or a fixed few) for any number of ids; unknown or deleted ids are absent from the map. */
export async function findSellableVariants(db: Db | Tx, variantIds: readonly string[]): Promise<Map<string, SellableVariant>> {
  const result = new Map<string, SellableVariant>();
  if (variantIds.length === 0) return result;
  const rows = await queryRows<SellableRow>(
    db,
    sql`
    SELECT v.id, v.product_id, p.title AS product_title, p.handle AS product_handle, v.title, v.sku, v.options,
           COALESCE((SELECT json_agg(json_build_object('currency', vp.currency, 'amount', vp.amount) ORDER BY vp.currency)
                     FROM variant_prices vp WHERE vp.variant_id = v.id), '[]'::json) AS prices,
           v.manage_inventory, v.allow_backorder, v.weight_grams, p.status = 'published' AS is_published,
           ARRAY(SELECT pc.category_id FROM product_categories pc WHERE pc.product_id = p.id ORDER BY pc.category_id) AS category_ids,
           p.images -> 0 ->> 'url' AS image_url
    FROM product_variants v JOIN products p ON p.id = v.product_id
    WHERE v.id = ANY(${textArray([...new Set(variantIds)])}) AND v.deleted_at IS NULL AND p.deleted_at IS NULL`,
  );
  for (const row of rows) {
    result.set(row.id, {
      id: row.id,
      productId: row.product_id,
      productTitle: row.product_title,
      productHandle: row.product_handle,
      title: row.title,
      sku: row.sku,
      options: row.options,
      prices: row.prices.map((p) => ({ currency: p.currency, amount: int8ToNumber(p.amount) })),
      manageInventory: row.manage_inventory,
      allowBackorder: row.allow_backorder,
      weightGrams: row.weight_grams,
      isPublished: row.is_published,
      categoryIds: row.category_ids,
      imageUrl: row.image_url,
    });
  }
  return result;
}

/** The live variant with this SKU, if any (SKUs are unique among live variants). */
export async function findVariantIdBySku(db: Db | Tx, sku: string): Promise<string | undefined> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`
    SELECT id FROM product_variants WHERE sku = ${sku} AND deleted_at IS NULL`,
  );
  return row?.id;
}

/** One keyset page of live variant ids in id order, after `after`; managed-inventory ones only if asked. */
export async function listVariantIds(db: Db | Tx, options: { isManagedOnly?: boolean; after?: string; limit: number }): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    SELECT id FROM product_variants
    WHERE deleted_at IS NULL
      ${options.isManagedOnly === true ? sql`AND manage_inventory` : sql``}
      ${options.after === undefined ? sql`` : sql`AND id > ${options.after}`}
    ORDER BY id
    LIMIT ${options.limit}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Inventory calls this inside its own transaction whenever a variant's availability flips.
 * It writes only when the value changes, so busy checkouts do not contend on the variant row.
 * (`in_stock` is generated: NOT manage_inventory OR allow_backorder OR has_stock.)
 */
export async function setVariantAvailability(tx: Tx, variantId: string, hasStock: boolean): Promise<void> {
  await setVariantsAvailability(tx, [{ variantId, hasStock }]);
}

/**
 * The same for many variants in one statement. Rows whose flag already has the value are not
 * written (nor locked), so busy checkouts do not contend on variant rows for nothing. A flip bumps
 * `updated_at`: availability is part of the product page and its sitemap `lastmod`.
 */
export async function setVariantsAvailability(tx: Tx, updates: readonly { variantId: string; hasStock: boolean }[]): Promise<void> {
  if (updates.length === 0) return;
  await tx.execute(sql`
    UPDATE product_variants v SET has_stock = u.has_stock, updated_at = now()
    FROM unnest(${sql.param(updates.map((u) => u.variantId))}::text[], ${sql.param(updates.map((u) => u.hasStock))}::boolean[]) AS u(id, has_stock)
    WHERE v.id = u.id AND v.has_stock IS DISTINCT FROM u.has_stock`);
}
