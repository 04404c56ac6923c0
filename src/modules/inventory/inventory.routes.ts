import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalScope } from '../../platform/http/auth.ts';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { Page, PageQuery } from '../../platform/http/pagination.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import {
  AdjustmentBody,
  CreateLocationBody,
  InventoryQuery,
  InventoryView,
  LedgerEntryView,
  LedgerQuery,
  LevelParams,
  LevelView,
  LocationParams,
  LocationView,
  LowStockQuery,
  UpdateLevelBody,
  UpdateLocationBody,
} from './inventory.schemas.ts';
import { listLedger } from './ledger.ts';
import { adjustStock, listLowStock, setLevelSettings } from './levels.ts';
import { createLocation, deleteLocation, getLocation, listLocations, updateLocation } from './locations.ts';
import { toLedgerView, toLocationView, variantInventoryView } from './inventory.views.ts';

const read = { permission: 'inventory:read' } as const;
const write = { permission: 'inventory:write' } as const;
const NoContent = Type.Null({ description: 'Deleted' });

/** Admin: stock locations, stock per variant, adjustments, the ledger and low stock. */
export const inventoryRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  const locationTags = ['Admin: stock locations'];

  app.get(
    '/admin/stock-locations',
    {
      config: read,
      schema: {
        tags: locationTags,
        summary: 'List stock locations in allocation order',
        querystring: PageQuery,
        response: { 200: Page(LocationView, 'StockLocation') },
      },
    },
    async (req) => {
      const page = await listLocations(db, req.query);
      return { items: page.items.map(toLocationView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/stock-locations',
    {
      config: write,
      schema: { tags: locationTags, summary: 'Create a stock location', body: CreateLocationBody, response: { 201: LocationView } },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const location = await createLocation(tx, req.body);
        setEtag(reply, location.id, location.version);
        reply.header('location', `/admin/stock-locations/${location.id}`);
        reply.code(201);
        return toLocationView(location);
      }),
  );

  app.get(
    '/admin/stock-locations/:id',
    {
      config: read,
      schema: { tags: locationTags, summary: 'Get a stock location', params: LocationParams, response: { 200: LocationView } },
    },
    async (req, reply) => {
      const location = await getLocation(db, req.params.id);
      setEtag(reply, location.id, location.version);
      return toLocationView(location);
    },
  );

  app.patch(
    '/admin/stock-locations/:id',
    {
      config: write,
      schema: {
        tags: locationTags,
        summary: 'Rename or re-prioritise a location (If-Match honoured)',
        params: LocationParams,
        body: UpdateLocationBody,
        response: { 200: LocationView },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const location = await updateLocation(tx, req.params.id, req.body, version);
        setEtag(reply, location.id, location.version);
        return toLocationView(location);
      });
    },
  );

  app.delete(
    '/admin/stock-locations/:id',
    {
      config: write,
      schema: {
        tags: locationTags,
        summary: 'Delete an empty stock location (409 while it holds or held reserved stock)',
        params: LocationParams,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteLocation(tx, req.params.id, version);
        reply.code(204);
        return null;
      });
    },
  );

  const stockTags = ['Admin: inventory'];

  app.get(
    '/admin/inventory',
    {
      config: read,
      schema: {
        tags: stockTags,
        summary: 'Stock of one variant per location (by variantId, or sku)',
        querystring: InventoryQuery,
        response: { 200: InventoryView },
      },
    },
    async (req) => variantInventoryView(db, req.query),
  );

  app.post(
    '/admin/inventory/adjustments',
    {
      config: write,
      schema: {
        tags: stockTags,
        summary: 'Add or remove on-hand stock; 409 insufficient_stock if it would go below what is reserved',
        body: AdjustmentBody,
        response: { 201: LedgerEntryView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const entry = await adjustStock(tx, { ...req.body, actor: principalScope(req.principal) });
        reply.code(201);
        return toLedgerView(entry);
      }),
  );

  app.get(
    '/admin/inventory/ledger',
    {
      config: read,
      schema: {
        tags: stockTags,
        summary: 'Stock movements, newest first',
        querystring: LedgerQuery,
        response: { 200: Page(LedgerEntryView, 'InventoryLedgerEntry') },
      },
    },
    async (req) => {
      const page = await listLedger(db, req.query);
      return { items: page.items.map(toLedgerView), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/admin/inventory/low-stock',
    {
      config: read,
      schema: {
        tags: stockTags,
        summary: 'Levels whose available stock is below their threshold',
        querystring: LowStockQuery,
        response: { 200: Page(LevelView, 'InventoryLevel') },
      },
    },
    async (req) => listLowStock(db, req.query),
  );

  app.patch(
    '/admin/inventory/levels/:variantId/:locationId',
    {
      config: write,
      schema: {
        tags: stockTags,
        summary: 'Set the low-stock threshold of a level (null: never low)',
        params: LevelParams,
        body: UpdateLevelBody,
        response: { 200: LevelView },
      },
    },
    async (req, reply) => inRequestTransaction(req, reply, db, (tx) => setLevelSettings(tx, req.params, req.body)),
  );
};
