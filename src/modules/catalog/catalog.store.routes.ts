import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import { NotFound } from '../../platform/errors.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { BadRequest } from '../../platform/errors.ts';
import { publicReads } from '../../platform/http/cache.ts';
import { Page, PageQuery } from '../../platform/http/pagination.ts';
import { CurrencyCode } from '../../platform/money.ts';
import {
  HandleParams,
  type Collection,
  StoreCategory,
  StoreCategoryTree,
  StoreCollection,
  StoreProduct,
  StoreProductListPage,
  StoreProductListQuery,
} from './catalog.schemas.ts';
import { findStoreProduct, isCurrencyPriced } from './search.ts';
import { listStoreProductPage } from './store-list.ts';
import { categoryTree, findStoreCategory } from './categories.ts';
import { findCollectionByHandle, listCollections } from './collections.ts';

const tags = ['Store: catalog'];
const ProductDetailQuery = Type.Object({ currency: Type.Optional(CurrencyCode) }, { additionalProperties: false });

/** Storefront reads: published products only, anonymous. */
export const catalogStoreRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
  // Anonymous reads of published data: they may be served by a read replica.
  const db = context.reads ?? context.db;
  // ETag, 304 on If-None-Match and `Cache-Control: public` on every read here (the same for everyone).
  await publicReads(app);
  const NOT_MODIFIED = Type.Null({ description: 'Not modified: the `If-None-Match` ETag is still current (no body)' });

  app.get(
    '/store/products',
    {
      config: { cache: 'catalog' },
      schema: {
        tags,
        summary: 'Search, filter, sort and page published products; facets and counts on request',
        description:
          '`q` is full-text with prefix matching; `category` includes its descendants; price filters and sorts need `currency` and are in minor units. ' +
          'Items are compact cards (`view=card`, the default) or full products (`view=full`). `facets=true` adds `total` and `facets` for the current filters. ' +
          'Option filters: `option.<Name>=<value>`, repeatable; OR within an option, AND across options, matched on one variant. ' +
          'A `currency` nothing is priced in is a 400 naming `/query/currency`.',
        querystring: StoreProductListQuery,
        response: {
          200: { ...StoreProductListPage, description: 'One page of products (cards or full), with `total` and `facets` when asked' },
          304: NOT_MODIFIED,
        },
      },
    },
    async (req) => listStoreProductPage(db, req.query),
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
        response: {
          200: { ...StoreProduct, description: 'The product with every variant, price (narrowed to `currency` if given) and image' },
          301: Type.Null({ description: 'Moved to the product’s current handle (Location)' }),
          304: NOT_MODIFIED,
        },
      },
    },
    async (req, reply) => {
      const found = await findStoreProduct(db, req.params.handle, req.query.currency);
      if (found.kind === 'missing') throw new NotFound({ detail: 'There is no such product.' });
      const { currency } = req.query;
      if (found.kind === 'found' && currency !== undefined) {
        const isPriced = found.product.variants.some((v) => v.prices.length > 0);
        if (!isPriced && !(await isCurrencyPriced(db, currency))) {
          throw new BadRequest({
            errors: [
              { path: '/query/currency', message: `nothing in the catalog is priced in ${currency}; ask in a currency of a region` },
            ],
          });
        }
      }
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
      schema: {
        tags,
        summary: 'The category tree',
        response: { 200: { ...StoreCategoryTree, description: 'Every category, nested under its parent' }, 304: NOT_MODIFIED },
      },
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
        response: { 200: { ...StoreCategory, description: 'The category with breadcrumbs and children' }, 304: NOT_MODIFIED },
      },
    },
    async (req) => {
      const category = await findStoreCategory(db, req.params.handle);
      if (!category) throw new NotFound({ detail: 'There is no such category.' });
      return category;
    },
  );

  app.get(
    '/store/collections',
    {
      config: { cache: 'catalog' },
      schema: {
        tags,
        summary: 'Every collection, paged',
        description: 'In creation order. Each links to its published products, in curated order.',
        querystring: PageQuery,
        response: { 200: { ...Page(StoreCollection, 'StoreCollection'), description: 'One page of collections' }, 304: NOT_MODIFIED },
      },
    },
    async (req) => {
      const page = await listCollections(db, req.query.limit ?? 20, req.query.cursor);
      return { items: page.items.map(toStoreCollection), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/store/collections/:handle',
    {
      config: { cache: 'catalog' },
      schema: {
        tags,
        summary: 'A collection and its products link',
        params: HandleParams,
        response: { 200: { ...StoreCollection, description: 'The collection' }, 304: NOT_MODIFIED },
      },
    },
    async (req) => {
      const collection = await findCollectionByHandle(db, req.params.handle);
      if (!collection) throw new NotFound({ detail: 'There is no such collection.' });
      return toStoreCollection(collection);
    },
  );
};

function toStoreCollection(collection: Collection): Static<typeof StoreCollection> {
  return {
    id: collection.id,
    handle: collection.handle,
    title: collection.title,
    description: collection.description,
    productsUrl: `/store/products?collection=${encodeURIComponent(collection.handle)}`,
  };
}
