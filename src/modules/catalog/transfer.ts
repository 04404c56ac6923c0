import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { MoneySchema, type Money } from '../../platform/money.ts';
import type { FieldError } from '../../platform/errors.ts';
import { Handle, Image, ProductStatus } from './catalog.schemas.ts';
import { slugify } from './validation.ts';

/**
 * The one catalog row format shared by import and export: one row = one variant, product columns
 * repeated on each row; rows with the same handle make one product. NDJSON lines are these
 * objects; CSV rows carry the same fields as text (lists joined with `|`, prices as `EUR:1999`,
 * images as a JSON array, categories as handle paths `apparel/shoes`).
 */
export const CatalogRow = Type.Object({
  handle: Type.Optional(Handle),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  status: Type.Optional(ProductStatus),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 })),
  seoTitle: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
  seoDescription: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  options: Type.Optional(Type.Array(Type.Object({
    name: Type.String({ minLength: 1, maxLength: 100 }),
    value: Type.String({ minLength: 1, maxLength: 100 }),
  }, { additionalProperties: false }), { maxItems: 3 })),
  sku: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100, pattern: '^\\S(.*\\S)?$' }), Type.Null()])),
  variantTitle: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 300 }), Type.Null()])),
  manageInventory: Type.Optional(Type.Boolean()),
  allowBackorder: Type.Optional(Type.Boolean()),
  weightGrams: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  prices: Type.Optional(Type.Array(MoneySchema, { maxItems: 50 })),
  images: Type.Optional(Type.Array(Image, { maxItems: 50 })),
  categories: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 1000, pattern: '^[a-z0-9-]+(/[a-z0-9-]+)*$' }), { maxItems: 100 })),
  collections: Type.Optional(Type.Array(Handle, { maxItems: 100 })),
}, { additionalProperties: false });
export type CatalogRow = Static<typeof CatalogRow>;

export const CSV_COLUMNS = [
  'handle', 'title', 'description', 'status', 'tags', 'seo_title', 'seo_description',
  'option1_name', 'option1_value', 'option2_name', 'option2_value', 'option3_name', 'option3_value',
  'sku', 'variant_title', 'manage_inventory', 'allow_backorder', 'weight_grams', 'prices', 'images',
  'categories', 'collections',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The grouping key of a raw staged row: its handle, or the slug of its title. */
export function handleOf(raw: unknown): string {
  if (!raw || typeof raw !== 'object') return '';
  const r = raw as Record<string, unknown>;
  if (typeof r.handle === 'string' && r.handle.trim() !== '') return r.handle.trim();
  return typeof r.title === 'string' && r.title.trim() !== '' ? slugify(r.title) : '';
}

const list = (text: string | undefined): string[] | undefined =>
  text === undefined || text.trim() === '' ? undefined : text.split('|').map((s) => s.trim()).filter((s) => s !== '');

function bool(text: string | undefined, path: string, errors: FieldError[]): boolean | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const t = text.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(t)) return true;
  if (['false', '0', 'no'].includes(t)) return false;
  errors.push({ path, message: 'must be true or false' });
  return undefined;
}

/** A CSV record (column → text) as a CatalogRow candidate; text it cannot read becomes field errors. */
export function fromCsvRecord(record: Partial<Record<CsvColumn, string>>): { row: unknown; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (c: CsvColumn): string | undefined => {
    const v = record[c];
    return v === undefined || v === '' ? undefined : v;
  };
  const options: { name: string; value: string }[] = [];
  for (const n of [1, 2, 3] as const) {
    const name = text(`option${n}_name`);
    const value = text(`option${n}_value`);
    if (name !== undefined || value !== undefined) {
      if (name === undefined || value === undefined) errors.push({ path: `/option${n}_${name === undefined ? 'name' : 'value'}`, message: 'is required when the other half of the option is set' });
      else options.push({ name, value });
    }
  }
  let prices: Money[] | undefined;
  const priceText = list(text('prices'));
  if (priceText) {
    prices = [];
    priceText.forEach((p, i) => {
      const match = /^([A-Z]{3}):(\d{1,12})$/.exec(p);
      if (match?.[1] && match[2]) prices?.push({ currency: match[1], amount: Number(match[2]) });
      else errors.push({ path: `/prices/${i}`, message: 'must look like EUR:1999 (minor units)' });
    });
  }
  let images: unknown;
  const imageText = text('images');
  if (imageText) {
    try {
      images = JSON.parse(imageText);
    } catch {
      errors.push({ path: '/images', message: 'must be a JSON array of {url, alt}' });
    }
  }
  let weightGrams: number | undefined;
  const weightText = text('weight_grams');
  if (weightText !== undefined) {
    if (/^\d{1,9}$/.test(weightText.trim())) weightGrams = Number(weightText.trim());
    else errors.push({ path: '/weight_grams', message: 'must be a whole number of grams' });
  }
  const row: Record<string, unknown> = {
    handle: text('handle'),
    title: text('title'),
    description: text('description'),
    status: text('status'),
    tags: list(text('tags')),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    options: options.length > 0 ? options : undefined,
    sku: text('sku'),
    variantTitle: text('variant_title'),
    manageInventory: bool(text('manage_inventory'), '/manage_inventory', errors),
    allowBackorder: bool(text('allow_backorder'), '/allow_backorder', errors),
    weightGrams,
    prices,
    images,
    categories: list(text('categories')),
    collections: list(text('collections')),
  };
  for (const key of Object.keys(row)) if (row[key] === undefined) delete row[key];
  return { row, errors };
}

/** Checks a candidate row against CatalogRow; the errors carry JSON-pointer paths. */
export function checkCatalogRow(candidate: unknown): { row?: CatalogRow; errors: FieldError[] } {
  if (Value.Check(CatalogRow, candidate)) return { row: candidate, errors: [] };
  const errors = [...Value.Errors(CatalogRow, candidate)].slice(0, 10).map((e) => ({ path: e.path || '/', message: e.message }));
  return { errors };
}

function csvField(value: string): string {
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
    title: row.title,
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
