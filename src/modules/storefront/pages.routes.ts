import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Html } from './storefront.schemas.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { findProductPage, findStoreCategory, findCollectionByHandle, listCollections, listProductPage } from '../catalog/index.ts';
import { loadChrome, pageLastModified, sendPage } from './context.ts';
import { shopData } from './shop-data.ts';
import { homePage, listingPage, missingPage, productPage, searchPage } from './pages.ts';
import { chooseRegion, offerContext, regionCookie } from './region.ts';
import { csrfToken } from '../../platform/http/csrf.ts';
import { CSRF_PLACEHOLDER, PageCache } from './page-cache.ts';
import { productPath } from './seo.ts';

const tags = ['Storefront pages'];
const HandleParams = Type.Object({ handle: Type.String({ minLength: 1, maxLength: 200 }) });
/** Page numbers past this are refused (404) rather than scanned. */
const MAX_PAGE = 1000;
export const PAGE_SIZE = 24;
/** Query parameters that only track a visit; they neither change the page nor make it a facet. */
const TRACKING = /^(utm_[a-z]+|gclid|fbclid|msclkid|ref|page)$/;

// Page queries stay open: links from elsewhere carry tracking parameters, which must not break a page.
const ListingQuery = Type.Object(
  { page: Type.Optional(Type.Integer({ minimum: 1, description: 'Page number, from 1 (24 products per page)' })) },
  { additionalProperties: true },
);
const ProductQuery = Type.Object(
  { variant: Type.Optional(Type.String({ maxLength: 100, description: 'The variant id to preselect' })) },
  { additionalProperties: true },
);
const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'The search text' })),
    page: Type.Optional(Type.Integer({ minimum: 1, description: 'Page number, from 1' })),
  },
  { additionalProperties: true },
);

/** The server-rendered catalog pages: home, product, category, collection, search. */
export const pageRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config, cache }) => {
  const shop = shopData(db, cache);
  const pages = new PageCache(cache);
  const site = { publicUrl: config.publicUrl };

  app.get(
    '/',
    { schema: { tags, summary: 'Home page: featured collections and category links', response: { 200: Html } } },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      const collections = (await listCollections(db, 4, undefined)).items;
      const featured = await Promise.all(
        collections.map(async (collection) => ({
          collection,
          products: (await listProductPage(db, { collection: collection.handle }, 1, 8, chrome.region?.currency)).items,
        })),
      );
      const lastModified = await pageLastModified(
        shop,
        collections.map((c) => c.updatedAt),
        featured.flatMap((f) => f.products.map((p) => p.id)),
      );
      return sendPage(reply, config, homePage(site, chrome, featured), { cache: 'revalidate', lastModified });
    },
  );

  app.get(
    '/products/:handle',
    {
      schema: {
        tags,
        summary: 'Product page; an old handle answers one 301 to the current page, a deleted product 410',
        params: HandleParams,
        querystring: ProductQuery,
        response: {
          200: Html,
          301: Type.Null({ description: 'Moved to the product’s current handle (Location)' }),
          404: Type.String({ description: 'No such product (an HTML page)' }),
          410: Type.String({ description: 'The product was deleted (an HTML page)' }),
        },
      },
    },
    async (req, reply) => {
      // A stored page for the visitor's region and this URL costs no statement: only the token differs.
      const [settings, regions] = await Promise.all([shop.settings(), shop.regions()]);
      const regionId = chooseRegion(regions, regionCookie(req), settings)?.id;
      const csrf = csrfToken(req, reply);
      const stored = pages.get(regionId, req.url, csrf);
      if (stored) {
        reply.header('etag', stored.etag);
        return sendPage(reply, config, stored.body, { cache: 'revalidate', lastModified: stored.lastModified });
      }
      const generation = pages.generation();
      const chrome = await loadChrome(shop, req, reply, { csrf: CSRF_PLACEHOLDER });
      const found = await findProductPage(db, req.params.handle, chrome.region?.currency);
      if (found.kind === 'moved') return reply.redirect(productPath(found.handle), 301);
      if (found.kind !== 'found') {
        const status = found.kind === 'gone' ? 410 : 404;
        const missing = missingPage({ ...chrome, csrf }, status);
        return sendPage(reply, config, missing, { cache: 'revalidate', status });
      }
      const { product } = found;
      const first = product.categories[0];
      const [category, offers] = await Promise.all([
        first ? shop.category(first.handle) : undefined,
        offerContext(shop, config.publicUrl, chrome.settings, chrome.region, product),
      ]);
      const trail = category ? [...category.ancestors, { handle: category.handle, name: category.name }] : [];
      const body = productPage(site, chrome, {
        product,
        trail,
        selectedVariantId: req.query.variant,
        offers,
        csrfToken: CSRF_PLACEHOLDER,
      });
      const lastModified = await pageLastModified(shop, [found.lastModified]);
      const page = pages.store(chrome.region?.id, req.url, { body, lastModified }, generation, csrf);
      reply.header('etag', page.etag);
      return sendPage(reply, config, page.body, { cache: 'revalidate', lastModified });
    },
  );

  const isFaceted = (query: Record<string, unknown>) => Object.keys(query).some((k) => !TRACKING.test(k));

  app.get(
    '/categories/:handle',
    {
      schema: {
        tags,
        summary: 'Category page: its products (with its subcategories’), paged with ?page=',
        params: HandleParams,
        querystring: ListingQuery,
        response: { 200: Html, 404: Type.String({ description: 'No such category (an HTML page)' }) },
      },
    },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      const pageNo = req.query.page ?? 1;
      const category = await findStoreCategory(db, req.params.handle);
      if (!category || pageNo > MAX_PAGE) return sendPage(reply, config, missingPage(chrome, 404), { cache: 'revalidate', status: 404 });
      const list = await listProductPage(db, { category: category.handle }, pageNo, PAGE_SIZE, chrome.region?.currency);
      const lastPage = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
      if (pageNo > lastPage) return sendPage(reply, config, missingPage(chrome, 404), { cache: 'revalidate', status: 404 });
      const body = listingPage(site, chrome, {
        kind: 'category',
        handle: category.handle,
        name: category.name,
        description: category.description,
        category,
        products: list.items,
        page: pageNo,
        lastPage,
        isFaceted: isFaceted(req.query),
      });
      const lastModified = await pageLastModified(
        shop,
        [],
        list.items.map((p) => p.id),
      );
      return sendPage(reply, config, body, { cache: 'revalidate', lastModified });
    },
  );

  app.get(
    '/collections/:handle',
    {
      schema: {
        tags,
        summary: 'Collection page: its products in curated order, paged with ?page=',
        params: HandleParams,
        querystring: ListingQuery,
        response: { 200: Html, 404: Type.String({ description: 'No such collection (an HTML page)' }) },
      },
    },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      const pageNo = req.query.page ?? 1;
      const collection = await findCollectionByHandle(db, req.params.handle);
      if (!collection || pageNo > MAX_PAGE) return sendPage(reply, config, missingPage(chrome, 404), { cache: 'revalidate', status: 404 });
      const list = await listProductPage(db, { collection: collection.handle }, pageNo, PAGE_SIZE, chrome.region?.currency);
      const lastPage = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
      if (pageNo > lastPage) return sendPage(reply, config, missingPage(chrome, 404), { cache: 'revalidate', status: 404 });
      const body = listingPage(site, chrome, {
        kind: 'collection',
        handle: collection.handle,
        name: collection.title,
        description: collection.description,
        products: list.items,
        page: pageNo,
        lastPage,
        isFaceted: isFaceted(req.query),
      });
      const lastModified = await pageLastModified(
        shop,
        [collection.updatedAt],
        list.items.map((p) => p.id),
      );
      return sendPage(reply, config, body, { cache: 'revalidate', lastModified });
    },
  );

  app.get(
    '/search',
    { schema: { tags, summary: 'Search results (noindex,follow)', querystring: SearchQuery, response: { 200: Html } } },
    async (req, reply) => {
      const chrome = await loadChrome(shop, req, reply);
      const q = (req.query.q ?? '').trim();
      const pageNo = Math.min(req.query.page ?? 1, MAX_PAGE);
      const list = q ? await listProductPage(db, { q }, pageNo, PAGE_SIZE, chrome.region?.currency) : { items: [], total: 0 };
      const lastPage = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
      return sendPage(reply, config, searchPage(chrome, q, list.items, pageNo, lastPage), { cache: 'revalidate' });
    },
  );
};
