import type { Region } from '../pricing/index.ts';
import type { CategoryNode } from '../catalog/index.ts';
import { html, jsonScript, type Html } from './html.ts';
import type { JsonLd } from './json-ld.ts';
import type { ShopSettingsView } from './storefront.schemas.ts';
import { FAVICON_URL, SCRIPT_URL, STYLESHEET_URL } from './assets.ts';

/** The page shell every storefront page shares: head (SEO tags), header, footer. */

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL; only indexable pages have one. */
  canonical?: string | undefined;
  /** e.g. `noindex,follow`; absent means indexable. */
  robots?: string | undefined;
  ogType?: 'website' | 'product';
  ogImage?: string | undefined;
  jsonLd?: readonly JsonLd[];
  /** More scripts (URLs) after the page's own, in order; the CSP must allow them. */
  scripts?: readonly string[];
}

export interface Chrome {
  settings: ShopSettingsView;
  regions: readonly Region[];
  region: Region | undefined;
  /** Top-level categories for the navigation. */
  categories: readonly CategoryNode[];
  /** The current path with its query, where the region selector returns to. */
  returnTo: string;
  /** The visitor's CSRF token for the forms on the page. */
  csrf: string;
  /** Units in the visitor's cart, for the header link. */
  cartCount?: number;
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbs(crumbs: readonly Crumb[]): Html {
  return html`<nav aria-label="Breadcrumb" class="crumbs">
    <ol>
      ${crumbs.map((c, i) =>
        i === crumbs.length - 1
          ? html`<li><a href="${c.path}" aria-current="page">${c.name}</a></li>`
          : html`<li><a href="${c.path}">${c.name}</a></li>`,
      )}
    </ol>
  </nav>`;
}

function regionSelector(chrome: Chrome): Html {
  if (chrome.regions.length < 2) return html``;
  return html`<form class="region" method="post" action="/region">
    <input type="hidden" name="_csrf" value="${chrome.csrf}" />
    <label for="region-select">Region</label>
    <select id="region-select" name="id">
      ${chrome.regions.map(
        (r) => html`<option value="${r.id}" ${r.id === chrome.region?.id ? html` selected` : ''}>${r.name} (${r.currency})</option>`,
      )}
    </select>
    <input type="hidden" name="return" value="${chrome.returnTo}" />
    <button type="submit">Change</button>
  </form>`;
}

/** A complete HTML document. */
export function page(meta: PageMeta, chrome: Chrome, main: Html): string {
  const { settings } = chrome;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${meta.title}</title>
        <meta name="description" content="${meta.description}" />
        ${meta.robots ? html`<meta name="robots" content="${meta.robots}" />` : ''}
        ${meta.canonical ? html`<link rel="canonical" href="${meta.canonical}" />` : ''}
        <meta property="og:site_name" content="${settings.name}" />
        <meta property="og:title" content="${meta.title}" />
        <meta property="og:description" content="${meta.description}" />
        <meta property="og:type" content="${meta.ogType ?? 'website'}" />
        ${meta.canonical ? html`<meta property="og:url" content="${meta.canonical}" />` : ''}
        ${meta.ogImage && /^https?:/.test(meta.ogImage) ? html`<meta property="og:image" content="${meta.ogImage}" />` : ''}
        <meta name="theme-color" content="#1f3a5f" />
        <link rel="icon" href="${FAVICON_URL}" type="image/svg+xml" />
        <link rel="stylesheet" href="${STYLESHEET_URL}" />
        <script src="${SCRIPT_URL}" defer></script>
        ${(meta.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
        ${(meta.jsonLd ?? []).map((data) => jsonScript(data))}
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="/"
            >${settings.logoUrl ? html`<img src="${settings.logoUrl}" alt="" width="32" height="32" /> ` : ''}${settings.name}</a
          >
          <form class="search" method="get" action="/search" role="search">
            <label for="search-q" class="visually-hidden">Search products</label>
            <input id="search-q" type="search" name="q" placeholder="Search products" />
            <button type="submit">Search</button>
          </form>
          ${regionSelector(chrome)}
          <a class="cart-link" href="/cart">Cart${chrome.cartCount ? html` (${chrome.cartCount})` : ''}</a>
          <nav aria-label="Categories" class="cats">
            <ul>
              ${chrome.categories.map((c) => html`<li><a href="/categories/${encodeURIComponent(c.handle)}">${c.name}</a></li>`)}
            </ul>
          </nav>
        </header>
        <main id="main">${main}</main>
        <footer class="foot">
          <p>${settings.shipping.summary}</p>
          <p>
            ${settings.returnPolicy.days > 0 ? `Returns within ${settings.returnPolicy.days} days${settings.returnPolicy.isFree ? ', free of charge' : ''}.` : 'Returns are not accepted.'}
          </p>
          <p><a href="/account">Your account</a></p>
        </footer>
      </body>
    </html> `.value;
}
