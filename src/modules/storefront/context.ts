import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import { queryRows } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import { csrfToken } from '../../platform/http/csrf.ts';
import type { Chrome } from './layout.ts';
import { chooseRegion, regionCookie } from './region.ts';
import type { ShopData } from './shop-data.ts';
import { isIndexingAllowed } from './seo.ts';

/**
 * What every page needs besides its own data: settings, regions, the visitor's region, navigation
 * (from the cached shop data), and the visitor's CSRF token.
 */
export async function loadChrome(
  shop: ShopData,
  request: FastifyRequest,
  reply: FastifyReply,
  extra: Partial<Chrome> = {},
): Promise<Chrome> {
  const [settings, regions, tree] = await Promise.all([shop.settings(), shop.regions(), shop.categories()]);
  return {
    settings,
    regions,
    region: chooseRegion(regions, regionCookie(request), settings),
    categories: tree,
    returnTo: request.url,
    csrf: csrfToken(request, reply),
    ...extra,
  };
}

export type CacheKind = 'public' | 'private';

/**
 * Sends a page. Catalog pages are revalidated on every use (ETag from the body, 304 when it did not
 * change) and vary by cookie (the region); transactional pages are never stored.
 */
export function sendPage(reply: FastifyReply, config: Config, body: string, options: PageOptions) {
  setPageHeaders(reply, config, options);
  return reply.send(body);
}

export interface PageOptions {
  cache: 'revalidate' | 'none';
  lastModified?: string;
  status?: number;
}

/** The status and headers of a page, for a body sent by the caller. */
export function setPageHeaders(reply: FastifyReply, config: Config, options: PageOptions): void {
  reply.code(options.status ?? 200);
  reply.type('text/html; charset=utf-8');
  reply.header('cache-control', options.cache === 'revalidate' ? 'private, no-cache' : 'private, no-store');
  reply.header('vary', 'Cookie');
  if (options.lastModified) reply.header('last-modified', new Date(options.lastModified).toUTCString());
  if (!isIndexingAllowed(config)) reply.header('x-robots-tag', 'noindex');
}

/**
 * A page's `Last-Modified`: the newest significant change among what it shows: its own entity
 * (`own`), the listed products (a price or stock change bumps a variant), and what every page shows
 * around it (shop settings, the category navigation, regions). A deleted category leaves no
 * timestamp; browsers send `If-None-Match` as well, and the ETag (of the body) wins.
 */
export async function pageLastModified(
  shop: ShopData,
  own: readonly (string | undefined)[],
  productIds: readonly string[] = [],
): Promise<string> {
  const [around, products] = await Promise.all([
    shop.setupLastModified(),
    productIds.length > 0
      ? queryRows<{ lastmod: string | Date | null }>(
          shop.db,
          sql`SELECT max(GREATEST(p.updated_at, v.updated_at)) AS lastmod FROM products p LEFT JOIN product_variants v ON v.product_id = p.id
              WHERE p.id IN (${sql.join(
                productIds.map((id) => sql`${id}`),
                sql`, `,
              )})`,
        )
      : [],
  ]);
  const listed = products[0]?.lastmod;
  const times = [around, listed ? iso(listed) : undefined, ...own].flatMap((t) => (t ? [Date.parse(t)] : []));
  return new Date(times.length > 0 ? Math.max(...times) : 0).toISOString();
}

/**
 * `If-Modified-Since` (an onSend hook after the ETag's): a page not changed since the client's copy
 * answers 304. When the client also sent `If-None-Match`, the ETag alone decides (RFC 9110 13.2.2).
 */
export function notModifiedSince(request: FastifyRequest, reply: FastifyReply): boolean {
  if (reply.statusCode !== 200 || request.method !== 'GET' || request.headers['if-none-match'] !== undefined) return false;
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  const modified = Date.parse(String(reply.getHeader('last-modified') ?? ''));
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}
