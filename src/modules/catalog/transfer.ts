import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { MoneySchema, type Money } from '../../platform/money.ts';
import type { FieldError } from '../../platform/errors.ts';
import { closed, Nullable } from '../../platform/http/schema.ts';
import { Handle, Image, ProductStatus } from './catalog.schemas.ts';
import { slugify } from './validation.ts';

/**
 * The one catalog row format shared by import and export: one row = one variant, product columns
 * repeated on each row; rows with the same handle make one product. NDJSON lines are these
 * objects; CSV rows carry the same fields as text (lists joined with `|`, prices as `EUR:1999`,
 * images as a JSON array, categories as handle paths `apparel/shoes`).
 *
 * A field that is ABSENT leaves the product or variant as it is: an NDJSON key left out, a CSV
 * column not in the header. So a file of `handle,sku,prices` changes prices and nothing else.
 * To CLEAR a field on purpose, send it empty: `null` in NDJSON, an empty cell in a CSV column that
 * is in the header. Cleared means: description '' · tags, images, categories, collections,
 * prices, options [] · SEO fields null · variant title back to the default (its option values) ·
 * status `draft` · manageInventory true · allowBackorder false · weightGrams 0.
 * Variants are matched by SKU. When rows carry a SKU (the CSV has a `sku` column, or the NDJSON key
 * is present), the product's variants become exactly the rows' SKUs (others are deleted); an empty
 * SKU on the product's only row means "no variants". Without any SKU, variants are left alone, and
 * variant fields (prices, weight…) cannot be set. `title` is needed only to create a product.
 */
export const CatalogRow = Type.Object(
  {
    handle: Type.Optional(Handle),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    description: Type.Optional(Nullable(Type.String({ maxLength: 20_000 }))),
    status: Type.Optional(Nullable(ProductStatus)),
    tags: Type.Optional(Nullable(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 }))),
    seoTitle: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    seoDescription: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    options: Type.Optional(
      Nullable(
        Type.Array(
          Type.Object(
            {
              name: Type.String({ minLength: 1, maxLength: 100 }),
              value: Type.String({ minLength: 1, maxLength: 100 }),
            },
            closed,
          ),
          { maxItems: 3 },
        ),
      ),
    ),
    sku: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100, pattern: '^\\S(.*\\S)?$' }))),
    variantTitle: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 300 }))),
    manageInventory: Type.Optional(Nullable(Type.Boolean())),
    allowBackorder: Type.Optional(Nullable(Type.Boolean())),
    weightGrams: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
    prices: Type.Optional(Nullable(Type.Array(MoneySchema, { maxItems: 50 }))),
    images: Type.Optional(Nullable(Type.Array(Image, { maxItems: 50 }))),
    categories: Type.Optional(
      Nullable(Type.Array(Type.String({ minLength: 1, maxLength: 1000, pattern: '^[a-z0-9-]+(/[a-z0-9-]+)*$' }), { maxItems: 100 })),
    ),
    collections: Type.Optional(Nullable(Type.Array(Handle, { maxItems: 100 }))),
  },
  closed,
);
export type CatalogRow = Static<typeof CatalogRow>;

export const CSV_COLUMNS = [
  'handle',
  'title',
  'description',
  'status',
  'tags',
  'seo_title',
  'seo_description',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'variant_title',
  'manage_inventory',
  'allow_backorder',
  'weight_grams',
  'prices',
  'images',
  'categories',
  'collections',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The grouping key of a raw staged row: its handle, or the slug of its title. */
export function handleOf(raw: unknown): string {
  if (!raw || typeof raw !== 'object') return '';
  const r = raw as Record<string, unknown>;
  if (typeof r.handle === 'string' && r.handle.trim() !== '') return r.handle.trim();
  return typeof r.title === 'string' && r.title.trim() !== '' ? slugify(r.title) : '';
}

/** Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Export escapes a cell that a spreadsheet would run as a formula by prefixing a single quote
 * (`=SUM(A1)` → `'=SUM(A1)`), and so also a cell that already starts with a quote followed by such
 * a character (`'=x` → `''=x`), so that import can undo it exactly: a cell starting with `'`
 * followed by `=`, `+`, `-`, `@`, a tab, a CR or another `'`+… loses that one leading quote.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) || (value.startsWith("'") && isEscaped(value)) ? `'${value}` : value;
}

function isEscaped(value: string): boolean {
  let i = 0;
  while (value[i] === "'") i += 1;
  return i > 0 && FORMULA_START.test(value.slice(i));
}

/** The inverse of escapeFormula, applied to every imported CSV cell. */
export function unescapeFormula(value: string): string {
  return isEscaped(value) ? value.slice(1) : value;
}

const list = (text: string): string[] =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function bool(text: string, path: string, errors: FieldError[]): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(t)) return true;
  if (['false', '0', 'no'].includes(t)) return false;
  errors.push({ path, message: 'must be true or false' });
  return undefined;
}

/**
 * A CSV record (column → text, only the header's columns) as a CatalogRow candidate; text it cannot
 * read becomes field errors. A column missing from the record stays absent (the field is left as
 * it is); a column with an empty cell becomes `null` (the field is cleared); see CatalogRow.
 */
export function fromCsvRecord(record: Partial<Record<CsvColumn, string>>): { row: unknown; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const row: Record<string, unknown> = {};
  /** undefined: no such column; null: an empty cell; else the (un-escaped) text. */
  const cell = (c: CsvColumn): string | null | undefined => {
    const v = record[c];
    if (v === undefined) return undefined;
    return v === '' ? null : unescapeFormula(v);
  };
  const put = <T>(key: string, column: CsvColumn, read: (text: string) => T | undefined) => {
    const v = cell(column);
    if (v === undefined) return;
    if (v === null) {
      row[key] = null;
      return;
    }
    const value = read(v);
    if (value !== undefined) row[key] = value;
  };
  // A handle or title cannot be cleared: an empty cell means "not given" (the handle then comes
  // from the title; the title is kept, and needed only to create a product).
  for (const [key, column] of [
    ['handle', 'handle'],
    ['title', 'title'],
  ] as const) {
    const v = cell(column);
    if (typeof v === 'string') row[key] = v;
  }
  put('description', 'description', (v) => v);
  put('status', 'status', (v) => v);
  put('tags', 'tags', (v) => list(v));
  put('seoTitle', 'seo_title', (v) => v);
  put('seoDescription', 'seo_description', (v) => v);
  put('sku', 'sku', (v) => v);
  put('variantTitle', 'variant_title', (v) => v);
  put('manageInventory', 'manage_inventory', (v) => bool(v, '/manage_inventory', errors));
  put('allowBackorder', 'allow_backorder', (v) => bool(v, '/allow_backorder', errors));
  put('weightGrams', 'weight_grams', (v) => {
    if (/^\d{1,9}$/.test(v.trim())) return Number(v.trim());
    errors.push({ path: '/weight_grams', message: 'must be a whole number of grams' });
    return undefined;
  });
  put('prices', 'prices', (v) => {
    const prices: Money[] = [];
    list(v).forEach((p, i) => {
      const match = /^([A-Z]{3}):(\d{1,12})$/.exec(p);
      if (match?.[1] && match[2]) prices.push({ currency: match[1], amount: Number(match[2]) });
      else errors.push({ path: `/prices/${i}`, message: 'must look like EUR:1999 (minor units)' });
    });
    return prices;
  });
  put('images', 'images', (v): unknown => {
    try {
      return JSON.parse(v);
    } catch {
      errors.push({ path: '/images', message: 'must be a JSON array of {url, alt}' });
      return undefined;
    }
  });
  put('categories', 'categories', (v) => list(v));
  put('collections', 'collections', (v) => list(v));

  const optionColumns = CSV_COLUMNS.filter((c) => c.startsWith('option'));
  if (optionColumns.some((c) => record[c] !== undefined)) {
    const options: { name: string; value: string }[] = [];
    for (const n of [1, 2, 3] as const) {
      const name = cell(`option${n}_name`) ?? undefined;
      const value = cell(`option${n}_value`) ?? undefined;
      if (name !== undefined || value !== undefined) {
        if (name === undefined || value === undefined)
          errors.push({
            path: `/option${n}_${name === undefined ? 'name' : 'value'}`,
            message: 'is required when the other half of the option is set',
          });
        else options.push({ name, value });
      }
    }
    row.options = options.length > 0 ? options : null;
  }
  return { row, errors };
}

/** Checks a candidate row against CatalogRow; the errors carry JSON-pointer paths. */
export function checkCatalogRow(candidate: unknown): { row?: CatalogRow; errors: FieldError[] } {
  if (Value.Check(CatalogRow, candidate)) return { row: candidate, errors: [] };
  const errors = [...Value.Errors(CatalogRow, candidate)].slice(0, 10).map((e) => ({ path: e.path || '/', message: e.message }));
  return { errors };
}

function csvField(raw: string): string {
  const value = escapeFormula(raw);
  return /[",\r\n]/.test(value) || value.startsWith(' ') || value.endsWith(' ') ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\n`;
}

/** One CatalogRow as a CSV line in CSV_COLUMNS order. */
export function toCsvLine(row: CatalogRow): string {
  const option = (i: number) => row.options?.[i];
  const values: Record<CsvColumn, string> = {
    handle: row.handle ?? '',
    title: row.title ?? '',
    description: row.description ?? '',
    status: row.status ?? '',
    tags: (row.tags ?? []).join('|'),
    seo_title: row.seoTitle ?? '',
    seo_description: row.seoDescription ?? '',
    option1_name: option(0)?.name ?? '',
    option1_value: option(0)?.value ?? '',
    option2_name: option(1)?.name ?? '',
    option2_value: option(1)?.value ?? '',
    option3_name: option(2)?.name ?? '',
    option3_value: option(2)?.value ?? '',
    sku: row.sku ?? '',
    variant_title: row.variantTitle ?? '',
    manage_inventory: row.manageInventory === undefined ? '' : String(row.manageInventory),
    allow_backorder: row.allowBackorder === undefined ? '' : String(row.allowBackorder),
    weight_grams: row.weightGrams === undefined ? '' : String(row.weightGrams),
    prices: (row.prices ?? []).map((p) => `${p.currency}:${p.amount}`).join('|'),
    images: row.images && row.images.length > 0 ? JSON.stringify(row.images) : '',
    categories: (row.categories ?? []).join('|'),
    collections: (row.collections ?? []).join('|'),
  };
  return `${CSV_COLUMNS.map((c) => csvField(values[c])).join(',')}\n`;
}
