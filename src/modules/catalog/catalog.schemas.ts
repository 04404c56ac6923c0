import { Type, type Static } from '@sinclair/typebox';
import { CurrencyCode, MoneyAmount, MoneySchema } from '../../platform/money.ts';
import { CursorQuery, LimitQuery } from '../../platform/http/pagination.ts';
import { closed, Id, Timestamp } from '../../platform/http/schema.ts';

/** TypeBox request/response schemas of the catalog: the REST contract and its OpenAPI document. */

const HANDLE_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const Handle = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: HANDLE_PATTERN,
  description: 'URL slug: lower-case letters, digits and single hyphens',
});
const Sku = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^\\S(.*\\S)?$',
  description: 'Stock keeping unit, unique across the catalog',
});
const Name = Type.String({ minLength: 1, maxLength: 300 });
const LongText = Type.String({ maxLength: 20_000 });

export const ProductStatus = Type.Union([Type.Literal('draft'), Type.Literal('published')]);
export type ProductStatus = Static<typeof ProductStatus>;

export const ProductOption = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    values: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 100 }),
  },
  closed,
);
export type ProductOption = Static<typeof ProductOption>;

export const Image = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 200_000,
      pattern: '^(https?://|data:image/)',
      description: 'http(s) URL or data:image/ URI',
    }),
    alt: Type.Optional(Type.String({ maxLength: 500 })),
  },
  closed,
);
export type Image = Static<typeof Image>;

export const Seo = Type.Object(
  {
    title: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  },
  closed,
);

const OptionValues = Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Type.String({ minLength: 1, maxLength: 100 }), {
  description: 'Option name → value; every product option set once',
});

const variantFields = {
  sku: Sku,
  title: Type.Optional(Name),
  options: Type.Optional(OptionValues),
  prices: Type.Optional(Type.Array(MoneySchema, { maxItems: 50 })),
  manageInventory: Type.Optional(Type.Boolean({ default: true })),
  allowBackorder: Type.Optional(Type.Boolean({ default: false })),
  weightGrams: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
};

export const VariantCreateBody = Type.Object(variantFields, closed);
export type VariantCreateBody = Static<typeof VariantCreateBody>;

/** In a product PATCH: a variant with `id` updates that variant, one without is created; omitted ones are deleted. */
export const VariantUpsert = Type.Object({ id: Type.Optional(Id), ...variantFields }, closed);
export type VariantUpsert = Static<typeof VariantUpsert>;

export const VariantPatchBody = Type.Partial(VariantCreateBody, closed);
export type VariantPatchBody = Static<typeof VariantPatchBody>;

const productFields = {
  handle: Type.Optional(Handle),
  title: Name,
  description: Type.Optional(LongText),
  status: Type.Optional(ProductStatus),
  options: Type.Optional(Type.Array(ProductOption, { maxItems: 10 })),
  images: Type.Optional(Type.Array(Image, { maxItems: 50 })),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 })),
  seo: Type.Optional(Seo),
  categoryIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  collectionIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
};

export const ProductCreateBody = Type.Object(
  {
    ...productFields,
    variants: Type.Optional(Type.Array(VariantCreateBody, { maxItems: 500 })),
  },
  closed,
);
export type ProductCreateBody = Static<typeof ProductCreateBody>;

export const ProductPatchBody = Type.Object(
  {
    ...productFields,
    title: Type.Optional(Name),
    variants: Type.Optional(Type.Array(VariantUpsert, { maxItems: 500 })),
  },
  closed,
);
export type ProductPatchBody = Static<typeof ProductPatchBody>;

export const Variant = Type.Object(
  {
    id: Type.String(),
    sku: Type.String(),
    title: Type.String(),
    options: Type.Record(Type.String(), Type.String()),
    prices: Type.Array(MoneySchema),
    manageInventory: Type.Boolean(),
    allowBackorder: Type.Boolean(),
    weightGrams: Type.Integer(),
    inStock: Type.Boolean(),
  },
  closed,
);
export type Variant = Static<typeof Variant>;

const CategoryRef = Type.Object({ id: Type.String(), handle: Type.String(), name: Type.String() }, closed);

export const Product = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    title: Type.String(),
    description: Type.String(),
    status: ProductStatus,
    options: Type.Array(ProductOption),
    variants: Type.Array(Variant),
    images: Type.Array(Image),
    tags: Type.Array(Type.String()),
    seo: Type.Object({ title: Type.Union([Type.String(), Type.Null()]), description: Type.Union([Type.String(), Type.Null()]) }, closed),
    categories: Type.Array(CategoryRef),
    categoryIds: Type.Array(Type.String()),
    collectionIds: Type.Array(Type.String()),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Product' },
);
export type Product = Static<typeof Product>;

export const StoreVariant = Type.Object(
  {
    id: Type.String(),
    sku: Type.String(),
    title: Type.String(),
    options: Type.Record(Type.String(), Type.String()),
    prices: Type.Array(MoneySchema),
    inStock: Type.Boolean(),
  },
  closed,
);

export const StoreProduct = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    title: Type.String(),
    description: Type.String(),
    options: Type.Array(ProductOption),
    variants: Type.Array(StoreVariant),
    images: Type.Array(Image),
    tags: Type.Array(Type.String()),
    categories: Type.Array(CategoryRef),
    seo: Type.Object({ title: Type.String(), description: Type.String() }, closed),
    inStock: Type.Boolean(),
    createdAt: Timestamp,
    jsonLd: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description:
          'schema.org JSON-LD (Product, or ProductGroup with hasVariant) as the storefront page embeds it; only in GET /store/products/{handle}',
      }),
    ),
  },
  { ...closed, title: 'StoreProduct' },
);
export type StoreProduct = Static<typeof StoreProduct>;

export const SortKey = Type.Union(
  [Type.Literal('relevance'), Type.Literal('newest'), Type.Literal('price_asc'), Type.Literal('price_desc'), Type.Literal('title')],
  { description: 'relevance (needs q) | newest | price_asc | price_desc (need currency) | title' },
);
export type SortKey = Static<typeof SortKey>;

export const StoreProductsQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    category: Type.Optional(Handle),
    collection: Type.Optional(Handle),
    currency: Type.Optional(CurrencyCode),
    minPrice: Type.Optional(MoneyAmount()),
    maxPrice: Type.Optional(MoneyAmount()),
    inStock: Type.Optional(Type.Boolean()),
    sort: Type.Optional(SortKey),
  },
  closed,
);
export type StoreProductsQuery = Static<typeof StoreProductsQuery>;

export const AdminProductsQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    status: Type.Optional(ProductStatus),
  },
  closed,
);
export type AdminProductsQuery = Static<typeof AdminProductsQuery>;

export const HandleParams = Type.Object({ handle: Type.String({ minLength: 1, maxLength: 200 }) }, closed);
export const IdParams = Type.Object({ id: Id }, closed);
export const VariantParams = Type.Object({ id: Id, variantId: Id }, closed);

// Categories

export const Category = Type.Object(
  {
    id: Type.String(),
    parentId: Type.Union([Type.String(), Type.Null()]),
    handle: Type.String(),
    name: Type.String(),
    description: Type.String(),
    position: Type.Integer(),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Category' },
);
export type Category = Static<typeof Category>;

export const CategoryCreateBody = Type.Object(
  {
    handle: Type.Optional(Handle),
    name: Name,
    description: Type.Optional(LongText),
    parentId: Type.Optional(Type.Union([Id, Type.Null()])),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  closed,
);
export type CategoryCreateBody = Static<typeof CategoryCreateBody>;
export const CategoryPatchBody = Type.Partial(CategoryCreateBody, closed);
export type CategoryPatchBody = Static<typeof CategoryPatchBody>;

export interface CategoryNode {
  id: string;
  handle: string;
  name: string;
  description: string;
  children: CategoryNode[];
}
export const StoreCategoryNode = Type.Recursive(
  (This) =>
    Type.Object(
      {
        id: Type.String(),
        handle: Type.String(),
        name: Type.String(),
        description: Type.String(),
        children: Type.Array(This),
      },
      closed,
    ),
  { $id: 'StoreCategoryNode' },
);

// Inline (no app.addSchema: adding a schema in a plugin scope makes Fastify fall back to its default
// validator there, which silently strips unknown query fields instead of rejecting them).
export const StoreCategoryTree = Type.Object({ items: Type.Array(StoreCategoryNode) }, closed);

const CategorySummary = Type.Object({ id: Type.String(), handle: Type.String(), name: Type.String() }, closed);
export const StoreCategory = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    name: Type.String(),
    description: Type.String(),
    parentId: Type.Union([Type.String(), Type.Null()]),
    ancestors: Type.Array(CategorySummary, { description: 'From the root down to the parent (breadcrumbs)' }),
    children: Type.Array(CategorySummary),
    productsUrl: Type.String({ description: 'Products in this category and its descendants' }),
  },
  closed,
);
export type StoreCategory = Static<typeof StoreCategory>;

// Collections

export const Collection = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    title: Type.String(),
    description: Type.String(),
    productIds: Type.Array(Type.String(), { description: 'In curated order' }),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Collection' },
);
export type Collection = Static<typeof Collection>;

export const CollectionCreateBody = Type.Object(
  {
    handle: Type.Optional(Handle),
    title: Name,
    description: Type.Optional(LongText),
    productIds: Type.Optional(Type.Array(Id, { maxItems: 1000 })),
  },
  closed,
);
export type CollectionCreateBody = Static<typeof CollectionCreateBody>;
export const CollectionPatchBody = Type.Partial(CollectionCreateBody, closed);
export type CollectionPatchBody = Static<typeof CollectionPatchBody>;

export const StoreCollection = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    title: Type.String(),
    description: Type.String(),
    productsUrl: Type.String({ description: 'Published products of this collection, in curated order' }),
  },
  closed,
);

// Import, export (the job an import starts is read at GET /admin/jobs/:id, in the platform)

export const ImportAccepted = Type.Object({ jobId: Type.String() }, closed);
export const ExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('ndjson')], { default: 'csv' })),
  },
  closed,
);
