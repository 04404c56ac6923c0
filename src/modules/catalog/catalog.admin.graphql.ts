import { Type } from '@sinclair/typebox';
import {
  defined,
  mutate,
  pageOf,
  toConnection,
  validateInput,
  type ConnectionArgs,
  type GraphQLContext,
  type SchemaPart,
} from '../../platform/graphql/index.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import { Id } from '../../platform/http/schema.ts';
import {
  AdminProductsQuery,
  CategoryCreateBody,
  CategoryPatchBody,
  CollectionCreateBody,
  CollectionPatchBody,
  ProductCreateBody,
  ProductPatchBody,
  VariantCreateBody,
  VariantPatchBody,
} from './catalog.schemas.ts';
import { createCategory, deleteCategory, getCategory, listCategories, updateCategory } from './categories.ts';
import { createCollection, deleteCollection, getCollection, listCollections, updateCollection } from './collections.ts';
import { createProduct, deleteProduct, getProduct, listAdminProducts, updateProduct } from './products.ts';
import { addVariant, removeVariant, updateVariant } from './variants.ts';
import { sharedCatalogTypeDefs } from './catalog.graphql.ts';

const typeDefs = /* GraphQL */ `
  type AdminVariant {
    id: ID!
    sku: String!
    title: String!
    options: JSON!
    prices: [Money!]!
    manageInventory: Boolean!
    allowBackorder: Boolean!
    weightGrams: Int!
    inStock: Boolean!
  }

  type AdminSeo {
    title: String
    description: String
  }

  """
  A product as GET /admin/products/{id} shows it (any status).
  """
  type AdminProduct {
    id: ID!
    handle: String!
    title: String!
    description: String!
    status: String!
    options: [ProductOption!]!
    variants: [AdminVariant!]!
    images: [Image!]!
    tags: [String!]!
    seo: AdminSeo!
    categories: [CategoryRef!]!
    categoryIds: [ID!]!
    collectionIds: [ID!]!
    """
    Pass as expectedVersion to change it (REST's If-Match)
    """
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  type AdminProductEdge {
    cursor: String!
    node: AdminProduct!
  }

  type AdminProductConnection {
    edges: [AdminProductEdge!]!
    nodes: [AdminProduct!]!
    pageInfo: PageInfo!
  }

  type AdminCategory {
    id: ID!
    parentId: ID
    handle: String!
    name: String!
    description: String!
    position: Int!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  type AdminCategoryEdge {
    cursor: String!
    node: AdminCategory!
  }

  type AdminCategoryConnection {
    edges: [AdminCategoryEdge!]!
    nodes: [AdminCategory!]!
    pageInfo: PageInfo!
  }

  type AdminCollection {
    id: ID!
    handle: String!
    title: String!
    description: String!
    productIds: [ID!]!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  type AdminCollectionEdge {
    cursor: String!
    node: AdminCollection!
  }

  type AdminCollectionConnection {
    edges: [AdminCollectionEdge!]!
    nodes: [AdminCollection!]!
    pageInfo: PageInfo!
  }

  type ProductPayload {
    product: AdminProduct
    userErrors: [UserError!]!
  }

  type CategoryPayload {
    category: AdminCategory
    userErrors: [UserError!]!
  }

  type CollectionPayload {
    collection: AdminCollection
    userErrors: [UserError!]!
  }

  type DeletePayload {
    deletedId: ID
    userErrors: [UserError!]!
  }

  extend type Query {
    products(first: Int = 20, after: String, query: String, status: String): AdminProductConnection!
    """
    null when there is no such product
    """
    product(id: ID!): AdminProduct
    categories(first: Int = 20, after: String): AdminCategoryConnection!
    category(id: ID!): AdminCategory
    collections(first: Int = 20, after: String): AdminCollectionConnection!
    collection(id: ID!): AdminCollection
  }

  # Inputs are the JSON bodies of the matching REST routes, validated by the same schemas (errors name
  # the path inside input). expectedVersion is REST's If-Match: a stale one is precondition_failed.
  extend type Mutation {
    productCreate(input: JSON!): ProductPayload!
    productUpdate(id: ID!, input: JSON!, expectedVersion: Int): ProductPayload!
    productDelete(id: ID!, expectedVersion: Int): DeletePayload!
    variantCreate(productId: ID!, input: JSON!, expectedVersion: Int): ProductPayload!
    variantUpdate(productId: ID!, variantId: ID!, input: JSON!, expectedVersion: Int): ProductPayload!
    variantDelete(productId: ID!, variantId: ID!, expectedVersion: Int): ProductPayload!
    categoryCreate(input: JSON!): CategoryPayload!
    categoryUpdate(id: ID!, input: JSON!, expectedVersion: Int): CategoryPayload!
    categoryDelete(id: ID!, expectedVersion: Int): DeletePayload!
    collectionCreate(input: JSON!): CollectionPayload!
    collectionUpdate(id: ID!, input: JSON!, expectedVersion: Int): CollectionPayload!
    collectionDelete(id: ID!, expectedVersion: Int): DeletePayload!
  }
`;

const IdArg = Type.Object({ id: Id }, { additionalProperties: false });
const VariantIds = Type.Object({ productId: Id, variantId: Id }, { additionalProperties: false });
const id = (value: string) => validateInput(IdArg, { id: value }).id;
const version = (value: number | null | undefined) => value ?? undefined;

/** `null` for a NotFound, as a GraphQL field for "there is none" answers. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

const byId = <T extends { id: string }>(page: { items: T[]; nextCursor: string | null }) =>
  toConnection(
    page,
    page.items.map((item) => encodeCursor([item.id])),
  );

type Args<T> = T & Record<string, unknown>;
const read = { permission: 'products:read' };
const write = { permission: 'products:write' };

/** The admin catalog: the REST admin routes' services, permissions and validation. */
export const catalogAdminGraphQL: SchemaPart = {
  typeDefs: sharedCatalogTypeDefs + typeDefs,
  access: {
    'Query.products': read,
    'Query.product': read,
    'Query.categories': read,
    'Query.category': read,
    'Query.collections': read,
    'Query.collection': read,
    'Mutation.productCreate': write,
    'Mutation.productUpdate': write,
    'Mutation.productDelete': write,
    'Mutation.variantCreate': write,
    'Mutation.variantUpdate': write,
    'Mutation.variantDelete': write,
    'Mutation.categoryCreate': write,
    'Mutation.categoryUpdate': write,
    'Mutation.categoryDelete': write,
    'Mutation.collectionCreate': write,
    'Mutation.collectionUpdate': write,
    'Mutation.collectionDelete': write,
  },
  resolvers: {
    Query: {
      products: async (_p: unknown, args: ConnectionArgs & { query?: string | null; status?: string | null }, context: GraphQLContext) => {
        const { limit, cursor } = pageOf(args);
        const query = validateInput(AdminProductsQuery, defined({ limit, cursor, q: args.query, status: args.status }));
        const page = await listAdminProducts(context.db, query);
        return byId(page);
      },
      product: async (_p: unknown, args: { id: string }, context: GraphQLContext) => orNull(() => getProduct(context.db, id(args.id))),
      categories: async (_p: unknown, args: ConnectionArgs, context: GraphQLContext) => {
        const { limit, cursor } = pageOf(args);
        return byId(await listCategories(context.db, limit, cursor));
      },
      category: async (_p: unknown, args: { id: string }, context: GraphQLContext) => orNull(() => getCategory(context.db, id(args.id))),
      collections: async (_p: unknown, args: ConnectionArgs, context: GraphQLContext) => {
        const { limit, cursor } = pageOf(args);
        return byId(await listCollections(context.db, limit, cursor));
      },
      collection: async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
        orNull(() => getCollection(context.db, id(args.id))),
    },
    Mutation: {
      productCreate: async (_p: unknown, args: Args<{ input: unknown }>, context: GraphQLContext) =>
        mutate(context, async (tx) => ({ product: await createProduct(tx, validateInput(ProductCreateBody, args.input, '/input')) })),
      productUpdate: async (
        _p: unknown,
        args: Args<{ id: string; input: unknown; expectedVersion?: number | null }>,
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => ({
          product: await updateProduct(
            tx,
            id(args.id),
            validateInput(ProductPatchBody, args.input, '/input'),
            version(args.expectedVersion),
          ),
        })),
      productDelete: async (_p: unknown, args: Args<{ id: string; expectedVersion?: number | null }>, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          await deleteProduct(tx, id(args.id), version(args.expectedVersion));
          return { deletedId: args.id };
        }),
      variantCreate: async (
        _p: unknown,
        args: Args<{ productId: string; input: unknown; expectedVersion?: number | null }>,
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => ({
          product: await addVariant(
            tx,
            id(args.productId),
            validateInput(VariantCreateBody, args.input, '/input'),
            version(args.expectedVersion),
          ),
        })),
      variantUpdate: async (
        _p: unknown,
        args: Args<{ productId: string; variantId: string; input: unknown; expectedVersion?: number | null }>,
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => {
          const ids = validateInput(VariantIds, { productId: args.productId, variantId: args.variantId });
          const body = validateInput(VariantPatchBody, args.input, '/input');
          return { product: await updateVariant(tx, ids.productId, ids.variantId, body, version(args.expectedVersion)) };
        }),
      variantDelete: async (
        _p: unknown,
        args: Args<{ productId: string; variantId: string; expectedVersion?: number | null }>,
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => {
          const ids = validateInput(VariantIds, { productId: args.productId, variantId: args.variantId });
          return { product: await removeVariant(tx, ids.productId, ids.variantId, version(args.expectedVersion)) };
        }),
      categoryCreate: async (_p: unknown, args: Args<{ input: unknown }>, context: GraphQLContext) =>
        mutate(context, async (tx) => ({ category: await createCategory(tx, validateInput(CategoryCreateBody, args.input, '/input')) })),
      categoryUpdate: async (
        _p: unknown,
        args: Args<{ id: string; input: unknown; expectedVersion?: number | null }>,
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => ({
          category: await updateCategory(
            tx,
            id(args.id),
            validateInput(CategoryPatchBody, args.input, '/input'),
            version(args.expectedVersion),
          ),
        })),
      categoryDelete: async (_p: unknown, args: Args<{ id: string; expectedVersion?: number | null }>, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          await deleteCategory(tx, id(args.id), version(args.expectedVersion));
          return { deletedId: args.id };
        }),
      collectionCreate: async (_p: unknown, args: Args<{ input: unknown }>, context: GraphQLContext) =>
        mutate(context, async (tx) => ({
          collection: await createCollection(tx, validateInput(CollectionCreateBody, args.input, '/input')),
        })),
      collectionUpdate: async (
        _p: unknown,
        args: Args<{ id: string; input: unknown; expectedVersion?: number | null }>,
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => ({
          collection: await updateCollection(
            tx,
            id(args.id),
            validateInput(CollectionPatchBody, args.input, '/input'),
            version(args.expectedVersion),
          ),
        })),
      collectionDelete: async (_p: unknown, args: Args<{ id: string; expectedVersion?: number | null }>, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          await deleteCollection(tx, id(args.id), version(args.expectedVersion));
          return { deletedId: args.id };
        }),
    },
  },
};
