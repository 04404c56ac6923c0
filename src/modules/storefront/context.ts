import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import { csrfToken } from '../../platform/http/csrf.ts';
import { categoryTree } from '../catalog/index.ts';
import type { Chrome } from './layout.ts';
import { chooseRegion, loadRegions, regionCookie } from './region.ts';
import { getShopSettings } from './settings.ts';
import { isIndexingAllowed } from './seo.ts';

/** What every page needs besides its own data: settings, regions, the visitor's region, navigation. */
export async function loadChrome(db: Db, request: FastifyRequest, reply: FastifyReply, extra: Partial<Chrome> = {}): Promise<Chrome> {
  const [settings, regions, tree] = await Promise.all([getShopSettings(db), loadRegions(db), categoryTree(db)]);
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
