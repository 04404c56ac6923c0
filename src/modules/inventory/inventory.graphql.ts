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
import { principalScope } from '../../platform/http/auth.ts';
import { encodeCursor } from '../../platform/http/pagination.ts';
import {
  AdjustmentBody,
  CreateLocationBody,
  InventoryQuery,
  LedgerQuery,
  LevelParams,
  LocationParams,
  UpdateLevelBody,
  UpdateLocationBody,
} from './inventory.schemas.ts';
import { toLedgerView, toLocationView, variantInventoryView } from './inventory.views.ts';
import { listLedger } from './ledger.ts';
import { adjustStock, setLevelSettings } from './levels.ts';
import { createLocation, deleteLocation, getLocation, listLocations, updateLocation } from './locations.ts';

const typeDefs = /* GraphQL */ `
  """
  A warehouse or store that holds stock, as GET /admin/stock-locations/{id} shows it
  """
  type StockLocation {
    id: ID!
    name: String!
    """
    Allocation order: lower numbers are allocated first (ties by id)
    """
    priority: Int!
    version: Int!
    createdAt: String!
    updatedAt: String!
  }

  type StockLocationEdge {
    cursor: String!
    node: StockLocation!
  }

  type StockLocationConnection {
    edges: [StockLocationEdge!]!
    nodes: [StockLocation!]!
    pageInfo: PageInfo!
  }

  """
  One variant's stock at one location
  """
  type InventoryLevel {
    variantId: ID!
    locationId: ID!
    locationName: String!
    sku: String!
    onHand: Int!
    reserved: Int!
    """
    onHand − reserved (negative only for backorders)
    """
    available: Int!
    allowBackorder: Boolean!
    """
    Listed as low stock when available falls below this
    """
    lowStockThreshold: Int
    updatedAt: String
  }

  """
  A variant's stock per location and its sums, as GET /admin/inventory shows it
  """
  type VariantInventory {
    variantId: ID!
    sku: String!
    manageInventory: Boolean!
    allowBackorder: Boolean!
    onHand: Int!
    reserved: Int!
    available: Int!
    """
    Every location, in allocation order
    """
    locations: [InventoryLevel!]!
  }

  """
  One stock movement of the inventory ledger
  """
  type InventoryLedgerEntry {
    id: ID!
    variantId: ID!
    locationId: ID!
    onHandDelta: Int!
    reservedDelta: Int!
    reason: String!
    actor: String!
    orderId: ID
    note: String
    createdAt: String!
  }

  type InventoryLedgerEntryEdge {
    cursor: String!
    node: InventoryLedgerEntry!
  }

  type InventoryLedgerEntryConnection {
    edges: [InventoryLedgerEntryEdge!]!
    nodes: [InventoryLedgerEntry!]!
    pageInfo: PageInfo!
  }

  type StockLocationPayload {
    stockLocation: StockLocation
    userErrors: [UserError!]!
  }

  type StockLocationDeletePayload {
    deletedId: ID
    userErrors: [UserError!]!
  }

  type InventoryAdjustPayload {
    """
    The ledger entry the adjustment wrote
    """
    entry: InventoryLedgerEntry
    userErrors: [UserError!]!
  }

  type InventoryLevelPayload {
    level: InventoryLevel
    userErrors: [UserError!]!
  }

  """
  The body of POST / PATCH /admin/stock-locations (name is required to create)
  """
  input StockLocationInput {
    name: String
    priority: Int
  }

  input InventoryAdjustInput {
    variantId: ID!
    locationId: ID!
    """
    Units added (positive) or removed (negative); never 0
    """
    delta: Int!
    """
    adjustment, correction, import or return
    """
    reason: String!
    note: String
  }

  extend type Query {
    """
    Stock locations in allocation order
    """
    stockLocations(first: Int = 20, after: String): StockLocationConnection!
    """
    null when there is no such location
    """
    stockLocation(id: ID!): StockLocation
    """
    One variant's stock per location, by exactly one of variantId or sku; null when there is no such variant
    """
    inventory(variantId: ID, sku: String): VariantInventory
    """
    Stock movements, newest first, optionally of one variant or at one location
    """
    inventoryLedger(first: Int = 20, after: String, variantId: ID, locationId: ID): InventoryLedgerEntryConnection!
  }

  # The inventory REST routes' services; expectedVersion is REST's If-Match (precondition_failed when stale).
  extend type Mutation {
    stockLocationCreate(input: StockLocationInput!): StockLocationPayload!
    stockLocationUpdate(id: ID!, input: StockLocationInput!, expectedVersion: Int): StockLocationPayload!
    """
    Deletes an empty stock location (conflict while it holds or held reserved stock)
    """
    stockLocationDelete(id: ID!, expectedVersion: Int): StockLocationDeletePayload!
    """
    Adds or removes on-hand stock (insufficient_stock if it would go below what is reserved)
    """
    inventoryAdjust(input: InventoryAdjustInput!): InventoryAdjustPayload!
    """
    Sets the low-stock threshold of a level (null: never low)
    """
    inventoryLevelUpdate(variantId: ID!, locationId: ID!, lowStockThreshold: Int): InventoryLevelPayload!
  }
`;

const read = { permission: 'inventory:read' };
const write = { permission: 'inventory:write' };
const version = (value: number | null | undefined) => value ?? undefined;
const locationId = (id: string) => validateInput(LocationParams, { id }).id;

/** `null` for a NotFound, as a GraphQL field for "there is none" answers. */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') return null;
    throw error;
  }
}

/** The inventory part of the admin schema: the /admin/stock-locations and /admin/inventory routes' services. */
export const inventoryAdminGraphQL: SchemaPart = {
  typeDefs,
  access: {
    'Query.stockLocations': read,
    'Query.stockLocation': read,
    'Query.inventory': read,
    'Query.inventoryLedger': read,
    'Mutation.stockLocationCreate': write,
    'Mutation.stockLocationUpdate': write,
    'Mutation.stockLocationDelete': write,
    'Mutation.inventoryAdjust': write,
    'Mutation.inventoryLevelUpdate': write,
  },
  resolvers: {
    Query: {
      stockLocations: async (_p: unknown, args: ConnectionArgs, context: GraphQLContext) => {
        const page = await listLocations(context.db, pageOf(args));
        return toConnection(
          { items: page.items.map(toLocationView), nextCursor: page.nextCursor },
          page.items.map((l) => encodeCursor([l.priority, l.id])),
        );
      },
      stockLocation: async (_p: unknown, args: { id: string }, context: GraphQLContext) =>
        orNull(async () => toLocationView(await getLocation(context.db, locationId(args.id)))),
      inventory: async (_p: unknown, args: { variantId?: string | null; sku?: string | null }, context: GraphQLContext) => {
        const query = validateInput(InventoryQuery, defined({ variantId: args.variantId, sku: args.sku }));
        return orNull(() => variantInventoryView(context.db, query));
      },
      inventoryLedger: async (
        _p: unknown,
        args: ConnectionArgs & { variantId?: string | null; locationId?: string | null },
        context: GraphQLContext,
      ) => {
        const { limit, cursor } = pageOf(args);
        const query = validateInput(LedgerQuery, defined({ variantId: args.variantId, locationId: args.locationId, limit, cursor }));
        const page = await listLedger(context.db, query);
        return toConnection(
          { items: page.items.map(toLedgerView), nextCursor: page.nextCursor },
          page.items.map((e) => encodeCursor([e.id])),
        );
      },
    },
    Mutation: {
      stockLocationCreate: async (_p: unknown, args: { input: Record<string, unknown> }, context: GraphQLContext) =>
        mutate(context, async (tx) => ({
          stockLocation: toLocationView(await createLocation(tx, validateInput(CreateLocationBody, defined(args.input), '/input'))),
        })),
      stockLocationUpdate: async (
        _p: unknown,
        args: { id: string; input: Record<string, unknown>; expectedVersion?: number | null },
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => {
          const id = locationId(args.id);
          const patch = validateInput(UpdateLocationBody, defined(args.input), '/input');
          return { stockLocation: toLocationView(await updateLocation(tx, id, patch, version(args.expectedVersion))) };
        }),
      stockLocationDelete: async (_p: unknown, args: { id: string; expectedVersion?: number | null }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const id = locationId(args.id);
          await deleteLocation(tx, id, version(args.expectedVersion));
          return { deletedId: id };
        }),
      inventoryAdjust: async (_p: unknown, args: { input: Record<string, unknown> }, context: GraphQLContext) =>
        mutate(context, async (tx) => {
          const body = validateInput(AdjustmentBody, defined(args.input), '/input');
          return { entry: toLedgerView(await adjustStock(tx, { ...body, actor: principalScope(context.principal) })) };
        }),
      inventoryLevelUpdate: async (
        _p: unknown,
        args: { variantId: string; locationId: string; lowStockThreshold?: number | null },
        context: GraphQLContext,
      ) =>
        mutate(context, async (tx) => {
          const key = validateInput(LevelParams, { variantId: args.variantId, locationId: args.locationId });
          const settings = validateInput(UpdateLevelBody, { lowStockThreshold: args.lowStockThreshold ?? null });
          return { level: await setLevelSettings(tx, key, settings) };
        }),
    },
  },
};
