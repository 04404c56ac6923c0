import type { FieldError } from '../../platform/errors.ts';
import type { Money } from '../../platform/money.ts';
import { checkCatalogRow, type CatalogRow } from './transfer.ts';
import type { ProductState, VariantState } from './validation.ts';

/**
 * Reading an import: the staged rows of one handle become a product group, a partial product state
 * in which `undefined` means "the file does not say: leave it as it is" (see CatalogRow). The group
 * is merged onto the stored product and written by import-apply.ts.
 */

/** One row's failure, reported by the import job (`row` is the data row or NDJSON line number). */
export interface RowError {
  row: number;
  path: string;
  message: string;
}

/** Each field of T, or undefined: "the file does not say: leave it as it is". */
type Unsaid<T> = { [K in keyof T]: T[K] | undefined };

/** A variant as the file gives it: matched by SKU; `title` null means "back to the default title". */
type GroupVariant = Unsaid<Pick<VariantState, 'options' | 'manageInventory' | 'allowBackorder' | 'weightGrams' | 'prices'>> & {
  row: number;
  sku: string;
  title: string | null | undefined;
};

/**
 * One product's worth of valid rows, ready to merge and write: the product state's fields, each
 * possibly unsaid (`title` is needed only to create the product). Categories and collections are
 * named by handle (path), not id: the import creates missing ones.
 */
export type ProductGroup = Unsaid<
  Pick<ProductState, 'title' | 'description' | 'status' | 'tags' | 'seoTitle' | 'seoDescription' | 'images' | 'options'>
> & {
  handle: string;
  rows: number[];
  categories: string[] | undefined;
  collections: string[] | undefined;
  /** undefined: the product's variants are left alone; else they become exactly these. */
  variants: GroupVariant[] | undefined;
};

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
  return (
    row.variantTitle !== undefined ||
    row.manageInventory !== undefined ||
    row.allowBackorder !== undefined ||
    row.weightGrams !== undefined ||
    row.prices !== undefined ||
    (row.options !== undefined && row.options !== null)
  );
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
      if (
        (names === undefined) !== (expected === undefined) ||
        (names && expected && (names.length !== expected.length || names.some((n, i) => n !== expected[i])))
      ) {
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
