import type { TSchema } from '@sinclair/typebox';
import {
  defined,
  mutate,
  pageOf,
  toConnection,
  validateInput,
  type ConnectionArgs,
  type GraphQLContext,
  type Resolver,
  type SchemaPart,
} from '../../platform/graphql/index.ts';
import type { Db, Tx } from '../../platform/db/index.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import {
  CreatePromotionBody,
  CreateRegionBody,
  CreateShippingOptionBody,
  IdParams,
  PromotionListQuery,
  ShippingOptionListQuery,
  UpdatePromotionBody,
  UpdateRegionBody,
  UpdateShippingOptionBody,
} from './pricing.schemas.ts';
import { toPromotionView, toRegionView, toShippingOptionView } from './pricing.views.ts';
import { createPromotion, deletePromotion, getPromotion, listPromotions, updatePromotion } from './promotions.ts';
import { createRegion, deleteRegion, getRegion, listRegions, updateRegion } from './regions.ts';
import { createShippingOption, deleteShippingOption, getShippingOption, listShippingOptions, updateShippingOption } from './shipping.ts';

const connection = (name: string) => /* GraphQL */ `
  type ${name}Edge {
    cursor: String!
    node: ${name}!
  }

  type ${name}Connection {
    edges: [${name}Edge!]!
    nodes: [${name}!]!
    pageInfo: PageInfo!
  }

  type ${name}Payload {
    ${name[0]?.toLowerCase()}${name.slice(1)}: ${name}
    userErrors: [UserError!]!
  }
`;

const typeDefs = /* GraphQL */ `
  type TaxOverride {
    country: String!
    taxRateBps: Int!
  }

  """
  A region as GET /admin/regions/{id} shows it: countries, currency and tax
  """
  type Region {
    id: ID!
    name: String!
    currency: String!
    countries: [String!]!
    """
    Basis points: 1900 is 19 %
    """
    taxRateBps: Int!
    taxInclusive: Boolean!
    isShippingTaxed: Boolean!
    taxOverrides: [TaxOverride!]!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  type WeightBand {
    maxGrams: Int!
    amount: Amount!
  }

  """
  A shipping option as GET /admin/shipping-options/{id} shows it
  """
  type ShippingOption {
    id: ID!
    regionId: ID!
    name: String!
    """
    flat, weight_based or free_over
    """
    type: String!
    amount: Amount!
    freeOverAmount: Amount
    weightBands: [WeightBand!]!
    isActive: Boolean!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  """
  A promotion code and its rules, as GET /admin/promotions/{id} shows it
  """
  type Promotion {
    id: ID!
    code: String!
    """
    percentage, fixed or free_shipping
    """
    type: String!
    value: Amount!
    currency: String
    startsAt: String
    endsAt: String
    usageLimit: Int
    perCustomerLimit: Int
    minSubtotal: Amount
    productIds: [ID!]!
    categoryIds: [ID!]!
    """
    Redemptions so far
    """
    used: Int!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  type PricingDeletePayload {
    deletedId: ID
    userErrors: [UserError!]!
  }
  ${connection('Region')}
  ${connection('ShippingOption')}
  ${connection('Promotion')}
  extend type Query {
    regions(first: Int = 20, after: String): RegionConnection!
    """
    null when there is no such region
    """
    region(id: ID!): Region
    shippingOptions(first: Int = 20, after: String, regionId: ID): ShippingOptionConnection!
    shippingOption(id: ID!): ShippingOption
    promotions(first: Int = 20, after: String, code: String): PromotionConnection!
    promotion(id: ID!): Promotion
  }

  # Inputs are the JSON bodies of the matching REST routes (POST / PATCH /admin/regions, /admin/shipping-options,
  # /admin/promotions), validated by the same schemas; null clears a field as in a PATCH. expectedVersion is
  # REST's If-Match: a stale one is precondition_failed.
  extend type Mutation {
    regionCreate(input: JSON!): RegionPayload!
    regionUpdate(id: ID!, input: JSON!, expectedVersion: Int): RegionPayload!
    """
    Deletes a region and its shipping options
    """
    regionDelete(id: ID!, expectedVersion: Int): PricingDeletePayload!
    shippingOptionCreate(input: JSON!): ShippingOptionPayload!
    shippingOptionUpdate(id: ID!, input: JSON!, expectedVersion: Int): ShippingOptionPayload!
    shippingOptionDelete(id: ID!, expectedVersion: Int): PricingDeletePayload!
    promotionCreate(input: JSON!): PromotionPayload!
    promotionUpdate(id: ID!, input: JSON!, expectedVersion: Int): PromotionPayload!
    promotionDelete(id: ID!, expectedVersion: Int): PricingDeletePayload!
  }
`;

const version = (value: number | null | undefined) => value ?? undefined;
const idOf = (id: string) => validateInput(IdParams, { id }).id;

/** `null` for a NotFound, as a GraphQL field for "there is none" answers. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

type Input = Record<string, unknown>;

/**
 * The queries and mutations of one admin resource, each the REST route's service, schema and view:
 * `list` with the REST list's query schema and cursors (by id), `get`, create, update and delete.
 */
function resource<Row extends { id: string; version: number }, View>(spec: {
  field: string;
  payload: string;
  view: (row: Row) => View;
  listQuery?: TSchema;
  filters?: readonly string[];
  list: (db: Db, query: never) => Promise<{ items: Row[]; nextCursor: string | null }>;
  get: (db: Db, id: string) => Promise<Row>;
  create: { schema: TSchema; run: (tx: Tx, body: never) => Promise<Row> };
  update: { schema: TSchema; run: (tx: Tx, id: string, body: never, expected?: number) => Promise<Row> };
  remove: (tx: Tx, id: string, expected?: number) => Promise<void>;
}): { query: Record<string, Resolver>; mutation: Record<string, Resolver> } {
  const { field, payload } = spec;
  const plural = `${field}s`;
  const list = async (_p: unknown, args: ConnectionArgs & Input, context: GraphQLContext) => {
    const { limit, cursor } = pageOf(args);
    const filters = Object.fromEntries((spec.filters ?? []).map((f) => [f, args[f]]));
    const query = spec.listQuery ? validateInput(spec.listQuery, defined({ ...filters, limit, cursor })) : { limit, cursor };
    const page = await spec.list(context.db, query as never);
    return toConnection(
      { items: page.items.map(spec.view), nextCursor: page.nextCursor },
      page.items.map((row) => encodeCursor([row.id])),
    );
  };
  const get = async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
    orNull(async () => spec.view(await spec.get(context.db, idOf(args.id))));
  const create = async (_p: unknown, args: { input: unknown }, context: GraphQLContext) =>
    mutate(context, async (tx) => ({
      [payload]: spec.view(await spec.create.run(tx, validateInput(spec.create.schema, args.input, '/input') as never)),
    }));
  const update = async (_p: unknown, args: { id: string; input: unknown; expectedVersion?: number | null }, context: GraphQLContext) =>
    mutate(context, async (tx) => {
      const id = idOf(args.id);
      const body = validateInput(spec.update.schema, args.input, '/input');
      return { [payload]: spec.view(await spec.update.run(tx, id, body as never, version(args.expectedVersion))) };
    });
  const remove = async (_p: unknown, args: { id: string; expectedVersion?: number | null }, context: GraphQLContext) =>
    mutate(context, async (tx) => {
      const id = idOf(args.id);
      await spec.remove(tx, id, version(args.expectedVersion));
      return { deletedId: id };
    });
  return {
    query: { [plural]: list, [field]: get },
    mutation: { [`${field}Create`]: create, [`${field}Update`]: update, [`${field}Delete`]: remove },
  };
}

const regions = resource({
  field: 'region',
  payload: 'region',
  view: toRegionView,
  list: listRegions,
  get: getRegion,
  create: { schema: CreateRegionBody, run: createRegion },
  update: { schema: UpdateRegionBody, run: updateRegion },
  remove: deleteRegion,
});
const shippingOptions = resource({
  field: 'shippingOption',
  payload: 'shippingOption',
  view: toShippingOptionView,
  listQuery: ShippingOptionListQuery,
  filters: ['regionId'],
  list: listShippingOptions,
  get: getShippingOption,
  create: { schema: CreateShippingOptionBody, run: createShippingOption },
  update: { schema: UpdateShippingOptionBody, run: updateShippingOption },
  remove: deleteShippingOption,
});
const promotions = resource({
  field: 'promotion',
  payload: 'promotion',
  view: toPromotionView,
  listQuery: PromotionListQuery,
  filters: ['code'],
  list: listPromotions,
  get: getPromotion,
  create: { schema: CreatePromotionBody, run: createPromotion },
  update: { schema: UpdatePromotionBody, run: updatePromotion },
  remove: deletePromotion,
});

const parts = [regions, shippingOptions, promotions];
const Query = Object.assign({}, ...parts.map((p) => p.query)) as Record<string, Resolver>;
const Mutation = Object.assign({}, ...parts.map((p) => p.mutation)) as Record<string, Resolver>;

/** The pricing part of the admin schema: regions, shipping options and promotions through the REST routes' services. */
export const pricingAdminGraphQL: SchemaPart = {
  typeDefs,
  access: {
    ...Object.fromEntries(Object.keys(Query).map((f) => [`Query.${f}`, { permission: 'pricing:read' }])),
    ...Object.fromEntries(Object.keys(Mutation).map((f) => [`Mutation.${f}`, { permission: 'pricing:write' }])),
  },
  resolvers: { Query, Mutation },
};
