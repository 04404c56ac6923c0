import type { Config } from '../../platform/config.ts';

/** URLs and robots rules of the storefront: one absolute canonical per page, built from the public URL. */

/** An absolute URL on the shop's public origin for a path (and, for paged listings, its page number). */
export function absoluteUrl(config: Pick<Config, 'publicUrl'>, path: string): string {
  return `${config.publicUrl}${path}`;
}

/** The path of a product, category or collection page (the handle percent-encoded). */
export const productPath = (handle: string) => `/products/${encodeURIComponent(handle)}`;
export const categoryPath = (handle: string) => `/categories/${encodeURIComponent(handle)}`;
export const collectionPath = (handle: string) => `/collections/${encodeURIComponent(handle)}`;

/**
 * A listing page's path with its page number: page 1 is the clean URL, later pages carry `?page=`.
 * Everything else a visitor may add (sort, filters, tracking, region) never reaches a canonical.
 */
export function pagedPath(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

/** Whether search engines are told to stay away: everything but production. */
export function isIndexingAllowed(config: Pick<Config, 'env'>): boolean {
  return config.env === 'production';
}

/** Paths robots.txt keeps crawlers out of: transactional pages, search, region switching and the APIs. */
export const DISALLOWED_PATHS = [
  '/cart',
  '/checkout',
  '/orders/',
  '/account',
  '/search',
  '/region',
  '/store/',
  '/admin/',
  '/auth/',
  '/docs',
  '/openapi.json',
];

/** robots.txt: in production everything but DISALLOWED_PATHS may be crawled; elsewhere nothing. */
export function robotsTxt(config: Pick<Config, 'env' | 'publicUrl'>): string {
  const rules = isIndexingAllowed(config) ? [...DISALLOWED_PATHS.map((p) => `Disallow: ${p}`), 'Allow: /'] : ['Disallow: /'];
  return ['User-agent: *', ...rules, '', `Sitemap: ${absoluteUrl(config, '/sitemap.xml')}`, ''].join('\n');
}
