import { Type } from '@sinclair/typebox';
import {
  defined,
  pageOf,
  toConnection,
  validateInput,
  type ConnectionArgs,
  type GraphQLContext,
  type GraphQLContribution,
} from '../../platform/graphql/index.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import { CurrencyCode } from '../../platform/money.ts';
import { HandleParams, StoreProductsQuery, type SortKey, type StoreProduct } from './catalog.schemas.ts';
import { categoryTree, findStoreCategory } from './categories.ts';
import { findCollectionByHandle, listCollections } from './collections.ts';
import { findStoreProduct, listStoreProducts } from './search.ts';

/** Types both the store and the admin schema use. */
export const sharedCatalogTypeDefs = /* GraphQL */ `
  type ProductOption {
    name: String!
    values: [String!]!
  }

  type Image {
    url: String!
    alt: String
  }

  type CategoryRef {
    id: ID!
    handle: String!
    name: String!
  }
`;

const storeTypeDefs = /* GraphQL */ `
  type Seo {
    title: String!
    description: String!
  }

  type ProductVariant {
    id: ID!
    sku: String!
    title: String!
    """
    Option name → value, e.g. {"Size": "M"}
    """
    options: JSON!
    """
    Narrowed to \`currency\` when the query names one
    """
    prices: [Money!]!
    inStock: Boolean!
  }

  """
  A published product, as GET /store/products/{handle} shows it.
  """
  type Product {
    id: ID!
    handle: String!
    title: String!
    description: String!
    options: [ProductOption!]!
    variants: [ProductVariant!]!
    images: [Image!]!
    tags: [String!]!
    categories: [CategoryRef!]!
    seo: Seo!
    inStock: Boolean!
    createdAt: String!
  }

  type ProductEdge {
    cursor: String!
    node: Product!
  }

  type ProductConnection {
    edges: [ProductEdge!]!
    nodes: [Product!]!
    pageInfo: PageInfo!
  }

  enum ProductSort {
    relevance
    newest
    price_asc
    price_desc
    title
  }

  """
  A node of the category tree.
  """
  type CategoryNode {
    id: ID!
    handle: String!
    name: String!
    description: String!
    children: [CategoryNode!]!
  }

  """
  One category with its breadcrumbs.
  """
  type Category {
    id: ID!
    handle: String!
    name: String!
    description: String!
    parentId: ID
    """
    From the root down to the parent
    """
    ancestors: [CategoryRef!]!
    children: [CategoryRef!]!
  }

  type Collection {
    id: ID!
    handle: String!
    title: String!
    description: String!
  }

  type CollectionEdge {
    cursor: String!
    node: Collection!
  }

  type CollectionConnection {
    edges: [CollectionEdge!]!
    nodes: [Collection!]!
    pageInfo: PageInfo!
  }

  extend type Query {
    """
    Published products: the filters and sorts of GET /store/products (\`query\` is its \`q\`).
    """
    products(
      first: Int = 20
      after: String
      query: String
      category: String
      collection: String
      currency: String
      minPrice: Amount
      maxPrice: Amount
      inStock: Boolean
      sort: ProductSort
    ): ProductConnection!
    """
    A published product by handle (an old handle finds the product under its new one); null when there is none.
    """
    product(handle: String!, currency: String): Product
    """
    The whole category tree
    """
    categories: [CategoryNode!]!
    category(handle: String!): Category
    collections(first: Int = 20, after: String): CollectionConnection!
    collection(handle: String!): Collection
  }
`;

interface ProductsArgs extends ConnectionArgs {
  query?: string | null;
  category?: string | null;
  collection?: string | null;
  currency?: string | null;
  minPrice?: number | null;
  maxPrice?: number | null;
  inStock?: boolean | null;
  sort?: SortKey | null;
}

const ProductArgs = Type.Object(
  { handle: HandleParams.properties.handle, currency: Type.Optional(CurrencyCode) },
  { additionalProperties: false },
);

async function products(_parent: unknown, args: ProductsArgs, context: GraphQLContext) {
  const { limit, cursor } = pageOf(args);
  const { category, collection, currency, minPrice, maxPrice, inStock, sort } = args;
  // The REST list's own query schema and service: the same limits, defaults, filters and cursors.
  const query = validateInput(
    StoreProductsQuery,
    defined({ q: args.query, category, collection, currency, minPrice, maxPrice, inStock, sort, limit, cursor }),
  );
  const page = await listStoreProducts(context.db, query);
  return toConnection<StoreProduct>(page, page.cursors);
}

async function product(_parent: unknown, args: { handle: string; currency?: string | null }, context: GraphQLContext) {
  const { handle, currency } = validateInput(ProductArgs, defined(args));
  const found = await findStoreProduct(context.db, handle, currency);
  if (found.kind === 'found') return found.product;
  if (found.kind === 'missing') return null;
  const moved = await findStoreProduct(context.db, found.handle, currency);
  return moved.kind === 'found' ? moved.product : null;
}

async function collections(_parent: unknown, args: ConnectionArgs, context: GraphQLContext) {
  const { limit, cursor } = pageOf(args);
  const page = await listCollections(context.db, limit, cursor);
  return toConnection(
    page,
    page.items.map((c) => encodeCursor([c.id])),
  );
}

async function collection(_parent: unknown, args: { handle: string }, context: GraphQLContext) {
  return (await findCollectionByHandle(context.db, validateInput(HandleParams, args).handle)) ?? null;
}

export const catalogGraphQL: GraphQLContribution = {
  store: {
    typeDefs: sharedCatalogTypeDefs + storeTypeDefs,
    resolvers: {
      Query: {
        products,
        product,
        categories: async (_parent: unknown, _args: unknown, context: GraphQLContext) => categoryTree(context.db),
        category: async (_parent: unknown, args: { handle: string }, context: GraphQLContext) =>
          (await findStoreCategory(context.db, validateInput(HandleParams, args).handle)) ?? null,
        collections,
        collection,
      },
    },
    // Published catalog data only, the same for every caller: served from the cache REST's catalog
    // routes use, emptied on every price, stock or publish change (Product.jsonLd reads shop data,
    // under the same namespace).
    cached: Object.fromEntries(['products', 'product', 'categories', 'category', 'collections', 'collection'].map((f) => [f, 'catalog'])),
  },
};
