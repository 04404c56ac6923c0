import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { publicReads } from '../../platform/http/cache.ts';
import { Page, PageQuery } from '../../platform/http/pagination.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { StoreRegionView } from './pricing.schemas.ts';
import { listRegions } from './regions.ts';
import type { Region } from './pricing.views.ts';

function toStoreRegion(r: Region): StoreRegionView {
  return {
    id: r.id,
    name: r.name,
    currency: r.currency,
    countries: r.countries,
    taxRateBps: r.taxRateBps,
    taxInclusive: r.taxInclusive,
    taxOverrides: r.taxOverrides,
  };
}

/** Storefront discovery of regions, anonymous: which countries are served, in which currency, how tax is shown. */
export const pricingStoreRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  await publicReads(app);
  app.get(
    '/store/regions',
    {
      schema: {
        tags: ['Store: regions'],
        summary: 'The regions the shop sells to: countries, currency and tax display',
        description:
          'Anonymous. Create a cart with a region’s `id` (or its `currency`); show prices in its currency, with tax included when `taxInclusive`.',
        querystring: PageQuery,
        response: {
          200: { ...Page(StoreRegionView, 'StoreRegion'), description: 'One page of regions, in creation order' },
          304: Type.Null({ description: 'Not modified: the `If-None-Match` ETag is still current (no body)' }),
        },
      },
    },
    async (req) => {
      const page = await listRegions(db, req.query);
      return { items: page.items.map(toStoreRegion), nextCursor: page.nextCursor };
    },
  );
};
