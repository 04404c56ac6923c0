import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Tx } from '../../platform/db/index.ts';
import type { Product, ProductOption, Variant } from './catalog.schemas.ts';
import { FieldErrors, HandleTaken, SkuTaken } from './catalog.errors.ts';

/**
 * The whole desired state of one product, validated as a unit before anything is written: the
 * product's API shape (`Product`) without what the database derives (version, timestamps, category
 * names, stock), SEO fields flat, and variants that may still lack a title (the default is derived).
 */
export type VariantState = Pick<
  Variant,
  'id' | 'sku' | 'options' | 'prices' | 'manageInventory' | 'allowBackorder' | 'weightGrams' | 'gtin' | 'mpn'
> & {
  /** Not stored yet: written with INSERT. */
  isNew: boolean;
  /** undefined: the default title (the option values, or the product's title). */
  title: Variant['title'] | undefined;
};

export type ProductState = Pick<
  Product,
  'id' | 'handle' | 'title' | 'description' | 'status' | 'options' | 'images' | 'tags' | 'categoryIds' | 'collectionIds'
> & {
  seoTitle: Product['seo']['title'];
  seoDescription: Product['seo']['description'];
  variants: VariantState[];
};

/** Where a variant's fields sit in the request body (`/variants/3`, or `` for a variant sub-route). */
export type VariantPath = (index: number) => string;
export const nestedVariantPath: VariantPath = (i) => `/variants/${i}`;

/** Lower-case slug of a title: `Blue Running Shoes!` → `blue-running-shoes`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 180)
    .replace(/-+$/, '');
  return slug || 'item';
}

/** A variant's display title when none is given: its option values, or the product's title. */
export function defaultVariantTitle(options: readonly ProductOption[], values: Record<string, string>, productTitle: string): string {
  const parts = options.map((o) => values[o.name]).filter((v): v is string => v !== undefined);
  return parts.length > 0 ? parts.join(' / ') : productTitle;
}

/** Checks the rules a schema cannot express: option consistency, unique SKUs and combinations, one price per currency. */
export function checkProductState(state: ProductState, variantPath: VariantPath, errors = new FieldErrors()): FieldErrors {
  const optionNames = new Map<string, number>();
  state.options.forEach((option, i) => {
    const key = option.name.toLowerCase();
    if (optionNames.has(key)) errors.add(`/options/${i}/name`, `repeats option /options/${optionNames.get(key) ?? 0}`);
    else optionNames.set(key, i);
    const seen = new Set<string>();
    option.values.forEach((value, j) => {
      if (seen.has(value)) errors.add(`/options/${i}/values/${j}`, 'is listed twice');
      seen.add(value);
    });
  });

  const skus = new Map<string, number>();
  const combinations = new Map<string, number>();
  state.variants.forEach((variant, i) => {
    const at = variantPath(i);
    const previousSku = skus.get(variant.sku);
    if (previousSku !== undefined) errors.add(`${at}/sku`, `repeats the SKU of ${variantPath(previousSku) || 'this variant'}`);
    else skus.set(variant.sku, i);

    let isComplete = true;
    for (const option of state.options) {
      const value = variant.options[option.name];
      if (value === undefined) {
        errors.add(`${at}/options/${option.name}`, 'is required: every option needs a value');
        isComplete = false;
      } else if (!option.values.includes(value)) {
        errors.add(`${at}/options/${option.name}`, `must be one of: ${option.values.join(', ')}`);
        isComplete = false;
      }
    }
    for (const name of Object.keys(variant.options)) {
      if (!state.options.some((o) => o.name === name)) {
        errors.add(`${at}/options/${name}`, 'is not an option of this product');
        isComplete = false;
      }
    }
    if (isComplete) {
      const combination = JSON.stringify(state.options.map((o) => variant.options[o.name]));
      const previous = combinations.get(combination);
      if (previous !== undefined) {
        errors.add(`${at}/options`, `repeats the option values of ${variantPath(previous) || 'another variant'}`);
      } else {
        combinations.set(combination, i);
      }
    }

    const currencies = new Set<string>();
    variant.prices.forEach((price, j) => {
      if (currencies.has(price.currency)) errors.add(`${at}/prices/${j}/currency`, 'has a second price in this currency');
      currencies.add(price.currency);
    });
  });

  const categoryIds = new Set<string>();
  state.categoryIds.forEach((id, i) => {
    if (categoryIds.has(id)) errors.add(`/categoryIds/${i}`, 'is listed twice');
    categoryIds.add(id);
  });
  const collectionIds = new Set<string>();
  state.collectionIds.forEach((id, i) => {
    if (collectionIds.has(id)) errors.add(`/collectionIds/${i}`, 'is listed twice');
    collectionIds.add(id);
  });
  return errors;
}

/**
 * Checks the state against the database: referenced categories and collections exist, and the
 * handle and SKUs are free (409 handle_taken / sku_taken with the field path). Unique indexes
 * back these checks up against concurrent writers.
 */
export async function checkReferences(tx: Tx, state: ProductState, variantPath: VariantPath, errors: FieldErrors): Promise<void> {
  const [refs] = await queryRows<{ categories: string[]; collections: string[] }>(
    tx,
    sql`
    SELECT ARRAY(SELECT id FROM categories WHERE id = ANY(${textArray(state.categoryIds)})) AS categories,
           ARRAY(SELECT id FROM collections WHERE id = ANY(${textArray(state.collectionIds)})) AS collections`,
  );
  const categories = new Set(refs?.categories ?? []);
  const collections = new Set(refs?.collections ?? []);
  state.categoryIds.forEach((id, i) => {
    if (!categories.has(id)) errors.add(`/categoryIds/${i}`, 'is not a category');
  });
  state.collectionIds.forEach((id, i) => {
    if (!collections.has(id)) errors.add(`/collectionIds/${i}`, 'is not a collection');
  });
  errors.throwIfAny();

  const taken = await queryRows<{ handle: string }>(
    tx,
    sql`
    SELECT handle FROM products WHERE handle = ${state.handle} AND deleted_at IS NULL AND id <> ${state.id}
    UNION ALL
    SELECT handle FROM product_handle_redirects WHERE handle = ${state.handle} AND product_id <> ${state.id}`,
  );
  if (taken.length > 0) throw new HandleTaken('/handle', state.handle);

  const skus = state.variants.map((v) => v.sku);
  if (skus.length === 0) return;
  const clashes = await queryRows<{ sku: string }>(
    tx,
    sql`
    SELECT sku FROM product_variants
    WHERE sku = ANY(${textArray(skus)}) AND deleted_at IS NULL AND product_id <> ${state.id}`,
  );
  if (clashes.length > 0) {
    const clashing = new Set(clashes.map((c) => c.sku));
    throw new SkuTaken(
      state.variants.flatMap((v, i) =>
        clashing.has(v.sku) ? [{ path: `${variantPath(i)}/sku`, message: 'is already used by another product' }] : [],
      ),
    );
  }
}

/** The first free handle `base`, `base-2`, `base-3`… among live products and redirects. */
export async function freeHandle(tx: Tx, base: string, productId: string): Promise<string> {
  const rows = await queryRows<{ handle: string }>(
    tx,
    sql`
    SELECT handle FROM products
    WHERE deleted_at IS NULL AND id <> ${productId} AND (handle = ${base} OR handle LIKE ${`${base}-%`})
    UNION
    SELECT handle FROM product_handle_redirects
    WHERE product_id <> ${productId} AND (handle = ${base} OR handle LIKE ${`${base}-%`})`,
  );
  const used = new Set(rows.map((r) => r.handle));
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
