import { createHash, randomBytes } from 'node:crypto';
import type { Cache } from '../../platform/cache/cache.ts';
import { SHOP_NAMESPACE } from './shop-data.ts';

/**
 * Rendered catalog pages kept per (region, URL), with the visitor's own parts left out: a page is
 * rendered once with a placeholder where the visitor's CSRF token goes, stored as the text around
 * it, and each visitor's copy is those pieces joined with their own token. Nothing else on a
 * product page is the visitor's (no cart count, no signed-in state), and the region (the visitor's
 * cookie) is part of the key, as is the whole URL (the preselected variant, the region selector's
 * return address).
 *
 * Entries live in the `catalog` namespace of the process's cache, so whatever empties the
 * catalog's responses (a price, stock flag, publication, category, setting, region or shipping
 * change committed by any process) empties them too; a render that started before such a change is
 * not stored (the namespace's generation).
 */

/** Where the token goes: random per process, so no product text can contain it by chance. */
export const CSRF_PLACEHOLDER = `csrf-${randomBytes(18).toString('hex')}`;

interface CachedPage {
  kind: 'page';
  /** The page's text around each place its token goes. */
  pieces: readonly string[];
  /** A hash of the pieces, taken once when the page is stored. */
  hash: string;
  lastModified: string;
}

export interface RenderedPage {
  body: string;
  lastModified: string;
}

export interface VisitorPage extends RenderedPage {
  /**
   * The copy's weak ETag: the stored page's hash and the visitor's token's, so it changes with the
   * page or the token as one taken over the whole body would, without hashing the body per request.
   */
  etag: string;
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64url');

function visitorCopy(entry: CachedPage, csrf: string): VisitorPage {
  return {
    body: entry.pieces.join(csrf),
    lastModified: entry.lastModified,
    etag: `W/"${entry.hash}.${digest(csrf).slice(0, 16)}"`,
  };
}

export class PageCache {
  constructor(private readonly cache: Cache<unknown> | undefined) {}

  private static key(regionId: string | undefined, url: string): string {
    return `storefront:page:${regionId ?? ''}:${url}`;
  }

  /** The visitor's copy of a stored page, or undefined. */
  get(regionId: string | undefined, url: string, csrf: string): VisitorPage | undefined {
    const entry = this.cache?.get(SHOP_NAMESPACE, PageCache.key(regionId, url)) as CachedPage | undefined;
    return entry?.kind === 'page' ? visitorCopy(entry, csrf) : undefined;
  }

  /** The namespace's generation, taken before the page's data is read. */
  generation(): number {
    return this.cache?.generation(SHOP_NAMESPACE) ?? 0;
  }

  /**
   * Stores a page rendered with `CSRF_PLACEHOLDER` (unless the data changed since `generation`) and
   * answers the visitor's copy.
   */
  store(regionId: string | undefined, url: string, page: RenderedPage, generation: number, csrf: string): VisitorPage {
    const pieces = page.body.split(CSRF_PLACEHOLDER);
    const entry: CachedPage = { kind: 'page', pieces, hash: digest(page.body), lastModified: page.lastModified };
    this.cache?.set(SHOP_NAMESPACE, PageCache.key(regionId, url), entry, generation);
    return visitorCopy(entry, csrf);
  }
}
