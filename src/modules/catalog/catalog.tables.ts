import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Image, ProductOption, ProductStatus } from './catalog.schemas.ts';

/**
 * The catalog's tables, private to this module (other modules use the service functions in
 * index.ts). migrations/0003_catalog.sql is the source of truth; these mirror it column for column.
 * Most reads are hand-written SQL (json aggregation, keyset pages); their row types come from
 * these tables too (`SqlRow<typeof products>`), so jsonb and enum-like columns carry their types.
 */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
// Generic in the name, so the column keeps its SQL name in its type (SqlRow keys rows by it).
const ts = <N extends string>(name: N) => timestamp(name, { withTimezone: true, mode: 'string' });

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  parentId: text('parent_id'),
  handle: text('handle').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const collections = pgTable('collections', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const products = pgTable('products', {
  id: text('id').primaryKey(),
  handle: text('handle').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  status: text('status').$type<ProductStatus>().notNull().default('draft'),
  options: jsonb('options').$type<ProductOption[]>().notNull().default([]),
  images: jsonb('images').$type<Image[]>().notNull().default([]),
  tags: text('tags')
    .array()
    .notNull()
    .default(sql`'{}'`),
  seoTitle: text('seo_title'),
  seoDescription: text('seo_description'),
  version: integer('version').notNull().default(1),
  searchVector: tsvector('search_vector').generatedAlwaysAs(
    sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')`,
  ),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  deletedAt: ts('deleted_at'),
});

export const productHandleRedirects = pgTable('product_handle_redirects', {
  handle: text('handle').primaryKey(),
  productId: text('product_id').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const productVariants = pgTable('product_variants', {
  id: text('id').primaryKey(),
  productId: text('product_id').notNull(),
  sku: text('sku').notNull(),
  title: text('title').notNull(),
  options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
  position: integer('position').notNull().default(0),
  manageInventory: boolean('manage_inventory').notNull().default(true),
  allowBackorder: boolean('allow_backorder').notNull().default(false),
  weightGrams: integer('weight_grams').notNull().default(0),
  gtin: text('gtin'),
  mpn: text('mpn'),
  hasStock: boolean('has_stock').notNull().default(false),
  inStock: boolean('in_stock').generatedAlwaysAs(sql`NOT manage_inventory OR allow_backorder OR has_stock`),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  deletedAt: ts('deleted_at'),
});

export const variantPrices = pgTable(
  'variant_prices',
  {
    variantId: text('variant_id').notNull(),
    currency: text('currency').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.variantId, t.currency] })],
);

export const productCategories = pgTable(
  'product_categories',
  {
    productId: text('product_id').notNull(),
    categoryId: text('category_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.categoryId] })],
);

export const collectionProducts = pgTable(
  'collection_products',
  {
    collectionId: text('collection_id').notNull(),
    productId: text('product_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.collectionId, t.productId] })],
);

export const catalogImportRows = pgTable(
  'catalog_import_rows',
  {
    importId: text('import_id').notNull(),
    lineNo: integer('line_no').notNull(),
    handle: text('handle').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.lineNo] })],
);
