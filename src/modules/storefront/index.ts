import etag from '@fastify/etag';
import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleContext, StockroomModule } from '../../platform/module.ts';
import { installProductJsonLd } from './api-json-ld.ts';
import { storefrontStoreGraphQL } from './storefront.graphql.ts';
import { loadChrome, notModifiedSince, setPageHeaders } from './context.ts';
import {
  assetCacheControl,
  compressPage,
  FAVICON,
  FAVICON_PATH,
  SCRIPT,
  SCRIPT_PATH,
  STRIPE_SCRIPT,
  STRIPE_SCRIPT_PATH,
  STYLESHEET,
  STYLESHEET_PATH,
} from './assets.ts';
import { PAGE_CSP } from './csp.ts';
import { missingPage } from './pages.ts';
import { pageRoutes } from './pages.routes.ts';
import { checkoutRoutes } from './checkout.routes.ts';
import { accountRoutes } from './account.routes.ts';
import { settingsRoutes } from './settings.routes.ts';
import { shopData } from './shop-data.ts';
import { sitemapRoutes } from './sitemap.routes.ts';

/** The storefront's public surface: nothing imports it but the composition root. */
export { productJsonLd, breadcrumbJsonLd, homeJsonLd, type JsonLd } from './json-ld.ts';
export { getShopSettings } from './settings.ts';

/**
 * A browser (it asks for HTML) that reaches no route gets the shop's own 404 page; API clients keep
 * the problem+json answer. Routes that answer 404 themselves are left alone.
 */
function wantsShopNotFound(request: FastifyRequest, reply: FastifyReply): boolean {
  return (
    reply.statusCode === 404 &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    request.routeOptions.url === undefined &&
    String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json') &&
    /\btext\/html\b/.test(request.headers.accept ?? '')
  );
}

const storefrontRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
  const shop = shopData(context.db, context.cache);
  await app.register(settingsRoutes, context);
  // The product JSON-LD in the store API's answer (a root hook: the route is the catalog's).
  await app.register(
    fp(async (root) => {
      installProductJsonLd(root, shop, context.config);
      root.addHook('onSend', async (request, reply, payload) => {
        if (!wantsShopNotFound(request, reply)) return payload;
        const chrome = await loadChrome(shop, request, reply);
        reply.header('content-security-policy', PAGE_CSP);
        setPageHeaders(reply, context.config, { cache: 'revalidate', status: 404 });
        return missingPage(chrome, 404);
      });
    }),
  );
  await app.register(async (site) => {
    // Weak: the same page is sent compressed or not (compressPage, the last onSend hook).
    await site.register(etag, { weak: true });
    site.addHook('onSend', async (request, reply, payload) => {
      if (!notModifiedSince(request, reply)) return payload;
      reply.code(304);
      return '';
    });
    site.addHook('onSend', async (request, reply, payload) => compressPage(request, reply, payload));
    site.addHook('onRequest', async (_request, reply) => {
      reply.header('content-security-policy', PAGE_CSP);
    });
    site.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    site.get(
      SCRIPT_PATH,
      {
        schema: {
          tags: ['Storefront pages'],
          summary: 'The storefront’s small enhancing script',
          response: { 200: Type.String({ description: 'JavaScript' }) },
        },
      },
      async (_request, reply) =>
        reply.type('text/javascript; charset=utf-8').header('cache-control', assetCacheControl(_request)).send(SCRIPT),
    );
    site.get(
      STRIPE_SCRIPT_PATH,
      {
        schema: {
          tags: ['Storefront pages'],
          summary: 'The script that mounts Stripe’s Payment Element on the Stripe payment page',
          response: { 200: Type.String({ description: 'JavaScript' }) },
        },
      },
      async (_request, reply) =>
        reply.type('text/javascript; charset=utf-8').header('cache-control', assetCacheControl(_request)).send(STRIPE_SCRIPT),
    );
    site.get(
      FAVICON_PATH,
      {
        schema: {
          tags: ['Storefront pages'],
          summary: 'The shop’s icon',
          response: { 200: Type.String({ description: 'An SVG image' }) },
        },
      },
      async (_request, reply) => reply.type('image/svg+xml').header('cache-control', assetCacheControl(_request)).send(FAVICON),
    );
    site.get(
      STYLESHEET_PATH,
      {
        schema: {
          tags: ['Storefront pages'],
          summary: 'The storefront stylesheet',
          response: { 200: Type.String({ description: 'CSS' }) },
        },
      },
      async (_request, reply) =>
        reply.type('text/css; charset=utf-8').header('cache-control', assetCacheControl(_request)).send(STYLESHEET),
    );
    await site.register(pageRoutes, context);
    await site.register(checkoutRoutes, context);
    await site.register(accountRoutes, context);
    await site.register(sitemapRoutes, { ...context, maxUrls: context.config.sitemapMaxUrls });
  });
};

/** Server-rendered storefront and SEO: pages, JSON-LD, sitemaps, robots.txt, shop settings. */
export const storefrontModule: StockroomModule = {
  name: 'storefront',
  apiTags: {
    'Storefront pages': 'Server-rendered HTML pages of the shop (browse, cart, checkout, account).',
    'Admin: settings': 'Shop settings used by the storefront pages and their structured data.',
  },
  // Not encapsulated (fastify-plugin), so the JSON-LD hook reaches the root; every route group inside
  // is still registered in its own scope.
  routes: fp(storefrontRoutes),
  graphql: { store: storefrontStoreGraphQL },
};
