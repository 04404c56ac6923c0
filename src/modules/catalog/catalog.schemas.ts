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
  prices: Type.Optional(
    Type.Array(MoneySchema, {
      maxItems: 50,
      description:
        'The whole price list, one per currency, minor units; on a change it replaces every price (currencies left out are deleted)',
    }),
  ),
  manageInventory: Type.Optional(Type.Boolean({ default: true })),
  allowBackorder: Type.Optional(Type.Boolean({ default: false })),
  weightGrams: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  gtin: Type.Optional(
    Type.Union([
      Type.String({ pattern: '^([0-9]{8}|[0-9]{12,14})$', description: 'GTIN (EAN/UPC/ISBN): 8, 12, 13 or 14 digits; null clears it' }),
      Type.Null(),
    ]),
  ),
  mpn: Type.Optional(
    Type.Union([
      Type.String({ minLength: 1, maxLength: 70, pattern: '^[^\\u0000]*$', description: 'Manufacturer part number; null clears it' }),
      Type.Null(),
    ]),
  ),
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
    gtin: Type.Optional(Type.String({ description: 'GTIN (EAN/UPC/ISBN), when known' })),
    mpn: Type.Optional(Type.String({ description: 'Manufacturer part number, when known' })),
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
  { description: 'relevance (needs q; the default with q) | newest (the default) | price_asc | price_desc (need currency) | title' },
);
export type SortKey = Static<typeof SortKey>;

export const StoreProductsQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search words, matched against titles and descriptions' })),
    category: Type.Optional(Handle),
    collection: Type.Optional(Handle),
    currency: Type.Optional(CurrencyCode),
    minPrice: Type.Optional(
      MoneyAmount('Lowest variant price to include, in minor units of `currency` (cents: 1999 is 19.99); needs `currency`'),
    ),
    maxPrice: Type.Optional(
      MoneyAmount('Highest variant price to include, in minor units of `currency` (cents: 1999 is 19.99); needs `currency`'),
    ),
    inStock: Type.Optional(Type.Boolean({ description: 'true: only products with at least one variant that can be bought now' })),
    sort: Type.Optional(SortKey),
  },
  closed,
);
export type StoreProductsQuery = Static<typeof StoreProductsQuery>;

/** Option filters: `option.<Name>=<value>`, repeatable. OR within one option, AND across options, on one variant. */
export type OptionFilters = Readonly<Record<string, readonly string[]>>;
export const OPTION_FILTER_PREFIX = 'option.';
const MAX_OPTION_FILTERS = 10;

/** The route's query: the service's filters plus the list's shape, facets and option filters. */
export const StoreProductListQuery = Type.Object(
  {
    ...StoreProductsQuery.properties,
    view: Type.Optional(
      Type.Union([Type.Literal('card'), Type.Literal('full')], {
        default: 'card',
        description: 'card (default): what a product card shows; full: every variant, price and image, as the detail route',
      }),
    ),
    facets: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'true: also answer `total` and `facets` for the current filters (one more SQL statement)',
      }),
    ),
  },
  {
    ...closed,
    maxProperties: 30,
    patternProperties: {
      '^option\\.[^.]{1,100}$': Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 }),
    },
    description: `Filter by option values with \`option.<Name>=<value>\` (e.g. \`option.Color=Blue&option.Color=Red&option.Size=M\`): a product matches when one of its variants has one of the listed values for every named option (OR within an option, AND across options), at most ${MAX_OPTION_FILTERS} options.`,
  },
);
export type StoreProductListQuery = Static<typeof StoreProductListQuery> & Record<string, unknown>;
export { MAX_OPTION_FILTERS };

const PriceRange = Type.Object(
  {
    currency: Type.String(),
    min: Type.Integer({ description: 'Lowest variant price, minor units' }),
    max: Type.Integer({ description: 'Highest variant price, minor units' }),
  },
  closed,
);

export const StoreProductCard = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    title: Type.String(),
    thumbnail: Type.Union([Image, Type.Null()], { description: 'The first image, or null' }),
    priceRanges: Type.Array(PriceRange, {
      description:
        'Lowest and highest variant price per currency; only `currency` when it is given (empty when the product has no price in it)',
    }),
    inStock: Type.Boolean({ description: 'At least one variant can be bought now' }),
    variantCount: Type.Integer(),
  },
  { ...closed, title: 'StoreProductCard' },
);
export type StoreProductCard = Static<typeof StoreProductCard>;

const FacetCount = Type.Object({ value: Type.String(), count: Type.Integer() }, closed);
export const StoreProductFacets = Type.Object(
  {
    options: Type.Array(Type.Object({ name: Type.String(), values: Type.Array(FacetCount) }, closed), {
      description:
        'Per option name and value, the products that would match if that value were chosen: counted with every filter except the option’s own',
    }),
    categories: Type.Array(Type.Object({ handle: Type.String(), name: Type.String(), count: Type.Integer() }, closed), {
      description: 'Matching products per category they are directly in',
    }),
    priceRanges: Type.Array(
      Type.Object(
        {
          min: Type.Integer({ description: 'Inclusive, minor units' }),
          max: Type.Union([Type.Integer(), Type.Null()], { description: 'Exclusive, minor units; null: no upper bound' }),
          count: Type.Integer(),
        },
        closed,
      ),
      { description: 'Matching products by their lowest price in `currency` (empty without `currency`)' },
    ),
    inStock: Type.Integer({ description: 'Matching products with at least one variant that can be bought now' }),
  },
  { ...closed, title: 'StoreProductFacets' },
);
export type StoreProductFacets = Static<typeof StoreProductFacets>;

export const StoreProductListPage = Type.Object(
  {
    items: Type.Array(Type.Union([StoreProductCard, StoreProduct]), { description: 'Cards, or full products with `view=full`' }),
    nextCursor: Type.Union([Type.String(), Type.Null()]),
    total: Type.Optional(Type.Integer({ description: 'With `facets=true`: every product matching the filters' })),
    facets: Type.Optional(StoreProductFacets),
  },
  { ...closed, title: 'StoreProductListPage' },
);
export type StoreProductListPage = Static<typeof StoreProductListPage>;

export const AdminProductsQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Search words, matched against titles and descriptions' })),
    status: Type.Optional({ ...ProductStatus, description: 'Only products in this status' }),
  },
  closed,
);
export type AdminProductsQuery = Static<typeof AdminProductsQuery>;

export const HandleParams = Type.Object({ handle: Type.String({ minLength: 1, maxLength: 200 }) }, closed);
export const IdParams = Type.Object({ id: Id }, closed);
export const VariantParams = Type.Object({ id: Id, variantId: Id }, closed);
export const VariantPriceParams = Type.Object({ id: Id, variantId: Id, currency: CurrencyCode }, closed);
export const VariantPriceBody = Type.Object(
  { amount: MoneyAmount('The price in minor units of the currency (cents: 1999 is 19.99)') },
  closed,
);

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
    format: Type.Optional(
      Type.Union([Type.Literal('csv'), Type.Literal('ndjson')], {
        default: 'csv',
        description: 'csv (default) or ndjson, one product per line',
      }),
    ),
  },
  closed,
);
