import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { Page, PageQuery } from '../../platform/http/pagination.ts';
import { expectedVersion, setEtag } from '../../platform/http/versioning.ts';
import {
  CreatePromotionBody,
  CreateRegionBody,
  CreateShippingOptionBody,
  IdParams,
  PromotionListQuery,
  PromotionView,
  RegionView,
  ShippingOptionListQuery,
  ShippingOptionView,
  UpdatePromotionBody,
  UpdateRegionBody,
  UpdateShippingOptionBody,
} from './pricing.schemas.ts';
import { pricingStoreRoutes } from './pricing.store.routes.ts';
import { toPromotionView, toRegionView, toShippingOptionView } from './pricing.views.ts';
import { createRegion, deleteRegion, getRegion, listRegions, updateRegion } from './regions.ts';
import { createShippingOption, deleteShippingOption, getShippingOption, listShippingOptions, updateShippingOption } from './shipping.ts';
import { createPromotion, deletePromotion, getPromotion, listPromotions, updatePromotion } from './promotions.ts';

const read = { permission: 'pricing:read' } as const;
const write = { permission: 'pricing:write' } as const;
const NoContent = Type.Null({ description: 'Deleted' });

/** Admin CRUD of regions, shipping options and promotions; the store's region list. */
export const pricingRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
  const { db } = context;
  await app.register(pricingStoreRoutes, context);

  // ---- regions ----
  const regionTags = ['Admin: regions'];

  app.get(
    '/admin/regions',
    {
      config: read,
      schema: { tags: regionTags, summary: 'List regions', querystring: PageQuery, response: { 200: Page(RegionView, 'Region') } },
    },
    async (req) => {
      const page = await listRegions(db, req.query);
      return { items: page.items.map(toRegionView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/regions',
    {
      config: write,
      schema: { tags: regionTags, summary: 'Create a region', body: CreateRegionBody, response: { 201: RegionView } },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const region = await createRegion(tx, req.body);
        setEtag(reply, region.id, region.version);
        reply.header('location', `/admin/regions/${region.id}`);
        reply.code(201);
        return toRegionView(region);
      }),
  );

  app.get(
    '/admin/regions/:id',
    {
      config: read,
      schema: { tags: regionTags, summary: 'Get a region', params: IdParams, response: { 200: RegionView } },
    },
    async (req, reply) => {
      const region = await getRegion(db, req.params.id);
      setEtag(reply, region.id, region.version);
      return toRegionView(region);
    },
  );

  app.patch(
    '/admin/regions/:id',
    {
      config: write,
      schema: {
        tags: regionTags,
        summary: 'Change a region (If-Match honoured)',
        params: IdParams,
        body: UpdateRegionBody,
        response: { 200: RegionView },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const region = await updateRegion(tx, req.params.id, req.body, version);
        setEtag(reply, region.id, region.version);
        return toRegionView(region);
      });
    },
  );

  app.delete(
    '/admin/regions/:id',
    {
      config: write,
      schema: { tags: regionTags, summary: 'Delete a region and its shipping options', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteRegion(tx, req.params.id, version);
        reply.code(204);
        return null;
      });
    },
  );

  // ---- shipping options ----
  const shippingTags = ['Admin: shipping options'];

  app.get(
    '/admin/shipping-options',
    {
      config: read,
      schema: {
        tags: shippingTags,
        summary: 'List shipping options',
        querystring: ShippingOptionListQuery,
        response: { 200: Page(ShippingOptionView, 'ShippingOption') },
      },
    },
    async (req) => {
      const page = await listShippingOptions(db, req.query);
      return { items: page.items.map(toShippingOptionView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/shipping-options',
    {
      config: write,
      schema: {
        tags: shippingTags,
        summary: 'Create a shipping option',
        body: CreateShippingOptionBody,
        response: { 201: ShippingOptionView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const option = await createShippingOption(tx, req.body);
        setEtag(reply, option.id, option.version);
        reply.header('location', `/admin/shipping-options/${option.id}`);
        reply.code(201);
        return toShippingOptionView(option);
      }),
  );

  app.get(
    '/admin/shipping-options/:id',
    {
      config: read,
      schema: { tags: shippingTags, summary: 'Get a shipping option', params: IdParams, response: { 200: ShippingOptionView } },
    },
    async (req, reply) => {
      const option = await getShippingOption(db, req.params.id);
      setEtag(reply, option.id, option.version);
      return toShippingOptionView(option);
    },
  );

  app.patch(
    '/admin/shipping-options/:id',
    {
      config: write,
      schema: {
        tags: shippingTags,
        summary: 'Change a shipping option (If-Match honoured)',
        params: IdParams,
        body: UpdateShippingOptionBody,
        response: { 200: ShippingOptionView },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const option = await updateShippingOption(tx, req.params.id, req.body, version);
        setEtag(reply, option.id, option.version);
        return toShippingOptionView(option);
      });
    },
  );

  app.delete(
    '/admin/shipping-options/:id',
    {
      config: write,
      schema: { tags: shippingTags, summary: 'Delete a shipping option', params: IdParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deleteShippingOption(tx, req.params.id, version);
        reply.code(204);
        return null;
      });
    },
  );

  // ---- promotions ----
  const promotionTags = ['Admin: promotions'];

  app.get(
    '/admin/promotions',
    {
      config: read,
      schema: {
        tags: promotionTags,
        summary: 'List promotions',
        querystring: PromotionListQuery,
        response: { 200: Page(PromotionView, 'Promotion') },
      },
    },
    async (req) => {
      const page = await listPromotions(db, req.query);
      return { items: page.items.map(toPromotionView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/admin/promotions',
    {
      config: write,
      schema: {
        tags: promotionTags,
        summary: 'Create a promotion (codes are case-insensitive and unique)',
        body: CreatePromotionBody,
        response: { 201: PromotionView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const promotion = await createPromotion(tx, req.body);
        setEtag(reply, promotion.id, promotion.version);
        reply.header('location', `/admin/promotions/${promotion.id}`);
        reply.code(201);
        return toPromotionView(promotion);
      }),
  );

  app.get(
    '/admin/promotions/:id',
    {
      config: read,
      schema: { tags: promotionTags, summary: 'Get a promotion', params: IdParams, response: { 200: PromotionView } },
    },
    async (req, reply) => {
      const promotion = await getPromotion(db, req.params.id);
      setEtag(reply, promotion.id, promotion.version);
      return toPromotionView(promotion);
    },
  );

  app.patch(
    '/admin/promotions/:id',
    {
      config: write,
      schema: {
        tags: promotionTags,
        summary: 'Change a promotion (If-Match honoured)',
        params: IdParams,
        body: UpdatePromotionBody,
        response: { 200: PromotionView },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        const promotion = await updatePromotion(tx, req.params.id, req.body, version);
        setEtag(reply, promotion.id, promotion.version);
        return toPromotionView(promotion);
      });
    },
  );

  app.delete(
    '/admin/promotions/:id',
    {
      config: write,
      schema: {
        tags: promotionTags,
        summary: 'Retire a promotion (its code can be reused)',
        params: IdParams,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      const version = expectedVersion(req, req.params.id);
      return inRequestTransaction(req, reply, db, async (tx) => {
        await deletePromotion(tx, req.params.id, version);
        reply.code(204);
        return null;
      });
    },
  );
};
