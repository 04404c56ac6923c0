import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { NotFound } from '../../platform/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { Page } from '../../platform/http/pagination.ts';
import { CurrencyCode } from '../../platform/money.ts';
import { HandleParams, StoreCategory, StoreCategoryTree, StoreCollection, StoreProduct, StoreProductsQuery } from './catalog.schemas.ts';
import { findStoreProduct, listStoreProducts } from './search.ts';
import { categoryTree, findStoreCategory } from './categories.ts';
import { findCollectionByHandle } from './collections.ts';

const tags = ['Store: catalog'];
const ProductDetailQuery = Type.Object({ currency: Type.Optional(CurrencyCode) }, { additionalProperties: false });

/** Storefront reads: published products only, anonymous. */
export const catalogStoreRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.get(
    '/store/products',
    {
      config: { cache: 'catalog' },
      schema: {
        tags,
        summary: 'Search, filter, sort and page published products',
        description: '`q` is full-text with prefix matching; `category` includes its descendants; price filters and sorts need `currency`.',
        querystring: StoreProductsQuery,
        response: { 200: Page(StoreProduct, 'StoreProduct') },
      },
    },
    async (req) => listStoreProducts(db, req.query),
  );

  app.get(
    '/store/products/:handle',
    {
      config: { cache: 'catalog' },
      schema: {
        tags,
        summary: 'A published product by handle; an old handle answers 301 to the current one',
        params: HandleParams,
        querystring: ProductDetailQuery,
        response: { 200: StoreProduct, 301: Type.Null({ description: 'Moved to the product’s current handle (Location)' }) },
      },
    },
    async (req, reply) => {
      const found = await findStoreProduct(db, req.params.handle, req.query.currency);
      if (found.kind === 'missing') throw new NotFound({ detail: 'There is no such product.' });
      if (found.kind === 'moved') {
        const query = req.query.currency ? `?currency=${req.query.currency}` : '';
        return reply.redirect(`/store/products/${encodeURIComponent(found.handle)}${query}`, 301);
      }
      return found.product;
    },
  );

  app.get(
    '/store/categories',
    {
      config: { cache: 'catalog' },
      schema: { tags, summary: 'The category tree', response: { 200: StoreCategoryTree } },
    },
    async () => ({ items: await categoryTree(db) }),
  );

  app.get(
    '/store/categories/:handle',
    {
      config: { cache: 'catalog' },
      schema: {
        tags,
        summary: 'One category with breadcrumbs, children and its products link',
        params: HandleParams,
        response: { 200: StoreCategory },
      },
    },
    async (req) => {
      const category = await findStoreCategory(db, req.params.handle);
      if (!category) throw new NotFound({ detail: 'There is no such category.' });
      return category;
    },
  );

  app.get(
    '/store/collections/:handle',
    {
      config: { cache: 'catalog' },
      schema: { tags, summary: 'A collection and its products link', params: HandleParams, response: { 200: StoreCollection } },
    },
    async (req) => {
      const collection = await findCollectionByHandle(db, req.params.handle);
      if (!collection) throw new NotFound({ detail: 'There is no such collection.' });
      return {
        id: collection.id,
        handle: collection.handle,
        title: collection.title,
        description: collection.description,
        productsUrl: `/store/products?collection=${encodeURIComponent(collection.handle)}`,
      };
    },
  );
};
