import { readFileSync } from 'node:fs';
import etag from '@fastify/etag';
import fp from 'fastify-plugin';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleContext, StockroomModule } from '../../platform/module.ts';
import { installProductJsonLd } from './api-json-ld.ts';
import { loadChrome, notModifiedSince, setPageHeaders } from './context.ts';
import { FAVICON_PATH, SCRIPT_PATH, STYLESHEET_PATH } from './layout.ts';
import { missingPage } from './pages.ts';
import { pageRoutes } from './pages.routes.ts';
import { checkoutRoutes } from './checkout.routes.ts';
import { accountRoutes } from './account.routes.ts';
import { settingsRoutes } from './settings.routes.ts';
import { sitemapRoutes } from './sitemap.routes.ts';

/** The storefront's public surface: nothing imports it but the composition root. */
export { productJsonLd, breadcrumbJsonLd, homeJsonLd, type JsonLd } from './json-ld.ts';
export { getShopSettings } from './settings.ts';

const STYLESHEET = readFileSync(new URL('./storefront.css', import.meta.url), 'utf8');
/**
 * The one script pages load, an enhancement only: a password-reset link may carry its token in the
 * URL fragment (#token=…), which never reaches the server, so it is copied into the form.
 */
const SCRIPT = `(function () {
  var field = document.querySelector('input[name="token"]');
  var match = /[#&]token=([^&]+)/.exec(location.hash);
  if (field && !field.value && match) field.value = decodeURIComponent(match[1]);
})();
`;

/** The shop's icon: browsers ask for one on every first visit. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f3a5f"/><path d="M9 12h14l-2 12H11z" fill="#fff"/></svg>`;

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

/**
 * Pages may load scripts, styles and fonts from this origin only (no inline script), images from
 * here, data: URIs and https (product images live on CDNs).
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

const storefrontRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, context) => {
  await app.register(settingsRoutes, context);
  // The product JSON-LD in the store API's answer (a root hook: the route is the catalog's).
  await app.register(
    fp(async (root) => {
      installProductJsonLd(root, context.db, context.config);
      root.addHook('onSend', async (request, reply, payload) => {
        if (!wantsShopNotFound(request, reply)) return payload;
        const chrome = await loadChrome(context.db, request, reply);
        reply.header('content-security-policy', PAGE_CSP);
        setPageHeaders(reply, context.config, { cache: 'revalidate', status: 404 });
        return missingPage(chrome, 404);
      });
    }),
  );
  await app.register(async (site) => {
    await site.register(etag);
    site.addHook('onSend', async (request, reply, payload) => {
      if (!notModifiedSince(request, reply)) return payload;
      reply.code(304);
      return '';
    });
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
      async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SCRIPT),
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
      async (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON),
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
      async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
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
};
