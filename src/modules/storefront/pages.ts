import type { Collection, StoreCategory, StoreProduct } from '../catalog/index.ts';
import type { Region } from '../pricing/index.ts';
import { formatMoney } from './format.ts';
import { html, type Html } from './html.ts';
import { breadcrumbs, page, type Chrome, type Crumb, type PageMeta } from './layout.ts';
import { breadcrumbJsonLd, homeJsonLd, productJsonLd, type OfferContext } from './json-ld.ts';
import { absoluteUrl, categoryPath, collectionPath, pagedPath, productPath } from './seo.ts';

/** The storefront's page bodies: pure functions from loaded data to HTML. */

export interface Site {
  publicUrl: string;
}

type Variant = StoreProduct['variants'][number];

const priceIn = (variant: Variant, region: Region | undefined) =>
  (region ? variant.prices.find((p) => p.currency === region.currency) : variant.prices[0]) ?? undefined;

function taxNote(region: Region | undefined): string {
  if (!region) return '';
  return region.taxInclusive ? 'incl. tax' : 'plus tax';
}

/** The lowest price of a product in the region, as text ("from €19.99" when variants differ). */
function fromPrice(product: StoreProduct, region: Region | undefined): string | undefined {
  const prices = product.variants.flatMap((v) => priceIn(v, region) ?? []);
  if (prices.length === 0) return undefined;
  const lowest = prices.reduce((a, b) => (b.amount < a.amount ? b : a));
  const varies = prices.some((p) => p.amount !== lowest.amount);
  return `${varies ? 'from ' : ''}${formatMoney(lowest)}`;
}

function productCard(product: StoreProduct, region: Region | undefined): Html {
  const image = product.images[0];
  const price = fromPrice(product, region);
  return html`<li class="card">
    <a href="${productPath(product.handle)}">
      ${image ? html`<img src="${image.url}" alt="${image.alt ?? product.title}" width="300" height="300" loading="lazy" />` : ''}
      <span class="title">${product.title}</span><br />
      ${price ? html`<span class="price">${price}</span>` : html`<span class="muted">Not sold in this region</span>`}
      ${product.inStock ? '' : html` <span class="muted">Sold out</span>`}
    </a>
  </li>`;
}

function pager(path: string, current: number, last: number): Html {
  if (last <= 1) return html``;
  return html`<nav aria-label="Pages">
    <ul class="pages">
      ${current > 1 ? html`<li><a rel="prev" href="${pagedPath(path, current - 1)}">Previous page</a></li>` : ''}
      ${Array.from({ length: last }, (_, i) => i + 1).map((n) =>
        n === current
          ? html`<li><span aria-current="page">Page ${n}</span></li>`
          : html`<li><a href="${pagedPath(path, n)}">Page ${n}</a></li>`,
      )}
      ${current < last ? html`<li><a rel="next" href="${pagedPath(path, current + 1)}">Next page</a></li>` : ''}
    </ul>
  </nav>`;
}

const crumbsLd = (site: Site, crumbs: readonly Crumb[]) =>
  breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: absoluteUrl(site, c.path) })));

export function homePage(site: Site, chrome: Chrome, featured: readonly { collection: Collection; products: StoreProduct[] }[]): string {
  const { settings } = chrome;
  const meta: PageMeta = {
    title: `${settings.name} – online shop`,
    description: `Shop ${chrome.categories.map((c) => c.name).join(', ') || 'our catalog'} at ${settings.name}.`,
    canonical: `${site.publicUrl}/`,
    jsonLd: homeJsonLd(site.publicUrl, settings),
  };
  const main = html`<h1>${settings.name}</h1>
    <section aria-labelledby="cats-h">
      <h2 id="cats-h">Shop by category</h2>
      <ul class="subcats">
        ${chrome.categories.map((c) => html`<li><a href="${categoryPath(c.handle)}">${c.name}</a></li>`)}
      </ul>
    </section>
    ${featured.map(
      ({ collection, products }) =>
        html`<section aria-labelledby="col-${collection.id}">
          <h2 id="col-${collection.id}"><a href="${collectionPath(collection.handle)}">${collection.title}</a></h2>
          <ul class="grid">
            ${products.map((p) => productCard(p, chrome.region))}
          </ul>
        </section>`,
    )}`;
  return page(meta, chrome, main);
}

export interface ProductPageData {
  product: StoreProduct;
  /** The category trail of the product's first category, root first (empty when it has none). */
  trail: readonly { handle: string; name: string }[];
  selectedVariantId: string | undefined;
  offers: OfferContext;
  csrfToken: string;
}

export function productPage(site: Site, chrome: Chrome, data: ProductPageData): string {
  const { product, trail } = data;
  const region = chrome.region;
  const crumbs: Crumb[] = [
    { name: 'Home', path: '/' },
    ...trail.map((c) => ({ name: c.name, path: categoryPath(c.handle) })),
    { name: product.title, path: productPath(product.handle) },
  ];
  const selected =
    product.variants.find((v) => v.id === data.selectedVariantId) ?? product.variants.find((v) => v.inStock) ?? product.variants[0];
  const selectedPrice = selected ? priceIn(selected, region) : undefined;
  const image = product.images[0];
  const meta: PageMeta = {
    title: `${product.seo.title} | ${chrome.settings.name}`,
    description: product.seo.description || `Buy ${product.title} at ${chrome.settings.name}.`,
    canonical: absoluteUrl(site, productPath(product.handle)),
    ogType: 'product',
    ogImage: image?.url,
    jsonLd: [productJsonLd(product, data.offers), crumbsLd(site, crumbs)],
  };
  const main = html`${breadcrumbs(crumbs)}
    <article class="product">
      <div class="gallery">
        ${image ? html`<img src="${image.url}" alt="${image.alt ?? product.title}" width="600" height="600" />` : ''}
        ${
          product.images.length > 1
            ? html`<ul>
                ${product.images.slice(1).map((i) => html`<li><img src="${i.url}" alt="${i.alt ?? product.title}" width="150" height="150" loading="lazy" /></li>`)}
              </ul>`
            : ''
        }
      </div>
      <div>
        <h1>${product.title}</h1>
        <p class="price" id="price">
          ${selectedPrice ? formatMoney(selectedPrice) : 'Not sold in this region'}
          <span class="muted">${selectedPrice ? taxNote(region) : ''}</span>
        </p>
        <p>${selected?.inStock ? 'In stock' : 'Out of stock'}</p>
        <form method="post" action="/cart/items">
          <input type="hidden" name="_csrf" value="${data.csrfToken}" />
          ${
            product.variants.length > 1
              ? html`<fieldset>
                  <legend>Choose ${product.options.map((o) => o.name).join(' / ') || 'a variant'}</legend>
                  ${product.variants.map((v) => {
                    const price = priceIn(v, region);
                    return html`<div class="variant">
                      <input
                        type="radio"
                        name="variantId"
                        id="v-${v.id}"
                        value="${v.id}"
                        ${v.id === selected?.id ? html` checked` : ''}${v.inStock && price ? '' : html` disabled`}
                      />
                      <label for="v-${v.id}"
                        >${v.title} – ${price ? formatMoney(price) : 'not sold here'}${v.inStock ? '' : ' (out of stock)'}</label
                      >
                    </div>`;
                  })}
                </fieldset>`
              : html`<input type="hidden" name="variantId" value="${selected?.id ?? ''}" />`
          }
          <p>
            <label for="qty">Quantity</label>
            <input id="qty" type="number" name="quantity" value="1" min="1" max="100" inputmode="numeric" />
          </p>
          <button type="submit" ${selected?.inStock && selectedPrice ? '' : html` disabled`}>Add to cart</button>
        </form>
        <p class="muted">${chrome.settings.shipping.summary}</p>
        <div class="description"><p>${product.description}</p></div>
      </div>
    </article>`;
  return page(meta, chrome, main);
}

export interface ListingData {
  kind: 'category' | 'collection';
  handle: string;
  name: string;
  description: string;
  category?: StoreCategory;
  products: StoreProduct[];
  page: number;
  lastPage: number;
  /** Filters or sorting in the URL: the page is a facet, not indexed. */
  isFaceted: boolean;
}

export function listingPage(site: Site, chrome: Chrome, data: ListingData): string {
  const path = data.kind === 'category' ? categoryPath(data.handle) : collectionPath(data.handle);
  const crumbs: Crumb[] = [
    { name: 'Home', path: '/' },
    ...(data.category?.ancestors ?? []).map((a) => ({ name: a.name, path: categoryPath(a.handle) })),
    { name: data.name, path },
  ];
  const pageSuffix = data.page > 1 ? ` – page ${data.page}` : '';
  const meta: PageMeta = {
    title: `${data.name}${pageSuffix} | ${chrome.settings.name}`,
    description: (data.description || `${data.name} at ${chrome.settings.name}: browse the range and order online.`) + pageSuffix,
    canonical: absoluteUrl(site, pagedPath(path, data.page)),
    robots: data.isFaceted || data.page > 1 ? 'noindex,follow' : undefined,
    jsonLd: [crumbsLd(site, crumbs)],
  };
  const main = html`${breadcrumbs(crumbs)}
    <h1>${data.name}${pageSuffix}</h1>
    ${data.description ? html`<p>${data.description}</p>` : ''}
    ${
      data.category && data.category.children.length > 0
        ? html`<nav aria-label="Subcategories">
            <ul class="subcats">
              ${data.category.children.map((c) => html`<li><a href="${categoryPath(c.handle)}">${c.name}</a></li>`)}
            </ul>
          </nav>`
        : ''
    }
    ${
      data.products.length > 0
        ? html`<ul class="grid">
            ${data.products.map((p) => productCard(p, chrome.region))}
          </ul>`
        : html`<p>No products here yet.</p>`
    }
    ${pager(path, data.page, data.lastPage)}`;
  return page(meta, chrome, main);
}

export function searchPage(chrome: Chrome, q: string, products: StoreProduct[], pageNo: number, lastPage: number): string {
  const meta: PageMeta = {
    title: q ? `Search: ${q} | ${chrome.settings.name}` : `Search | ${chrome.settings.name}`,
    description: `Search results at ${chrome.settings.name}.`,
    robots: 'noindex,follow',
  };
  const base = `/search?q=${encodeURIComponent(q)}`;
  const main = html`<h1>${q ? html`Results for “${q}”` : 'Search'}</h1>
    ${
      products.length > 0
        ? html`<ul class="grid">
            ${products.map((p) => productCard(p, chrome.region))}
          </ul>`
        : html`<p>Nothing matched your search.</p>`
    }
    ${
      lastPage > 1
        ? html`<nav aria-label="Pages">
            <ul class="pages">
              ${pageNo > 1 ? html`<li><a href="${base}&amp;page=${pageNo - 1}">Previous page</a></li>` : ''}${pageNo < lastPage ? html`<li><a href="${base}&amp;page=${pageNo + 1}">Next page</a></li>` : ''}
            </ul>
          </nav>`
        : ''
    }`;
  return page(meta, chrome, main);
}

/** The 404 and 410 pages: a real status with a page that helps the visitor on. */
export function missingPage(chrome: Chrome, status: 404 | 410): string {
  const title = status === 410 ? 'This product is no longer available' : 'Page not found';
  const meta: PageMeta = { title: `${title} | ${chrome.settings.name}`, description: title, robots: 'noindex' };
  const main = html`<h1>${title}</h1>
    <p>
      ${status === 410 ? 'It has been removed from the catalog.' : 'There is no page at this address.'} Try the search above or one of our
      categories:
    </p>
    <ul class="subcats">
      ${chrome.categories.map((c) => html`<li><a href="${categoryPath(c.handle)}">${c.name}</a></li>`)}
    </ul>`;
  return page(meta, chrome, main);
}
