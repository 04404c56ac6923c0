import type { StoreProduct } from '../catalog/index.ts';
import { decimalAmount } from './format.ts';
import { absoluteUrl, productPath } from './seo.ts';
import type { ShopSettingsView } from './storefront.schemas.ts';

/**
 * schema.org structured data built from live data. The product's offers are exactly the prices and
 * availability of the `StoreProduct` they are built from (already narrowed to the visitor's currency),
 * so the page, its JSON-LD and GET /store/products/:handle agree.
 */

export type JsonLd = Record<string, unknown>;

export interface OfferContext {
  publicUrl: string;
  settings: ShopSettingsView;
  /** The countries of the visitor's region (shipping destination, where the return policy applies). */
  countries: readonly string[];
  /** The cheapest shipping price of the region for one unit, per currency (minor units), if known. */
  shippingRates: ReadonlyMap<string, number>;
}

const AVAILABILITY = { in: 'https://schema.org/InStock', out: 'https://schema.org/OutOfStock' };
const VARIES_BY: Readonly<Record<string, string>> = {
  size: 'https://schema.org/size',
  color: 'https://schema.org/color',
  colour: 'https://schema.org/color',
  material: 'https://schema.org/material',
  pattern: 'https://schema.org/pattern',
};

function returnPolicy(ctx: OfferContext): JsonLd {
  const { days, isFree } = ctx.settings.returnPolicy;
  return days > 0
    ? {
        '@type': 'MerchantReturnPolicy',
        applicableCountry: [...ctx.countries],
        returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
        merchantReturnDays: days,
        returnMethod: 'https://schema.org/ReturnByMail',
        returnFees: isFree ? 'https://schema.org/FreeReturn' : 'https://schema.org/ReturnFeesCustomerResponsibility',
      }
    : {
        '@type': 'MerchantReturnPolicy',
        applicableCountry: [...ctx.countries],
        returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted',
      };
}

function shippingDetails(ctx: OfferContext, currency: string): JsonLd | undefined {
  const rate = ctx.shippingRates.get(currency);
  if (rate === undefined) return undefined;
  const { handlingDays, transitDays } = ctx.settings.shipping;
  return {
    '@type': 'OfferShippingDetails',
    shippingRate: { '@type': 'MonetaryAmount', value: decimalAmount({ currency, amount: rate }), currency },
    shippingDestination: ctx.countries.map((country) => ({ '@type': 'DefinedRegion', addressCountry: country })),
    deliveryTime: {
      '@type': 'ShippingDeliveryTime',
      handlingTime: { '@type': 'QuantitativeValue', minValue: handlingDays.min, maxValue: handlingDays.max, unitCode: 'DAY' },
      transitTime: { '@type': 'QuantitativeValue', minValue: transitDays.min, maxValue: transitDays.max, unitCode: 'DAY' },
    },
  };
}

function offers(variant: StoreProduct['variants'][number], url: string, ctx: OfferContext): JsonLd[] {
  return variant.prices.map((price) => {
    const shipping = shippingDetails(ctx, price.currency);
    return {
      '@type': 'Offer',
      url,
      price: decimalAmount(price),
      priceCurrency: price.currency,
      availability: variant.inStock ? AVAILABILITY.in : AVAILABILITY.out,
      itemCondition: 'https://schema.org/NewCondition',
      seller: { '@type': 'Organization', name: ctx.settings.name },
      ...(shipping ? { shippingDetails: shipping } : {}),
      ...(ctx.countries.length > 0 ? { hasMerchantReturnPolicy: returnPolicy(ctx) } : {}),
    };
  });
}

const single = (list: JsonLd[]): JsonLd | JsonLd[] => (list.length === 1 ? (list[0] as JsonLd) : list);

/** `Product` for a product with one variant, else `ProductGroup` with `hasVariant`. */
export function productJsonLd(product: StoreProduct, ctx: OfferContext): JsonLd {
  const url = absoluteUrl(ctx, productPath(product.handle));
  const images = product.images.map((i) => i.url);
  const base = {
    name: product.title,
    description: product.seo.description,
    url,
    ...(images.length > 0 ? { image: images } : {}),
    brand: { '@type': 'Brand', name: ctx.settings.name },
  };
  const [only] = product.variants;
  if (product.variants.length === 1 && only) {
    return { '@context': 'https://schema.org', '@type': 'Product', ...base, sku: only.sku, offers: single(offers(only, url, ctx)) };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'ProductGroup',
    ...base,
    productGroupID: product.id,
    variesBy: product.options.map((o) => VARIES_BY[o.name.toLowerCase()] ?? o.name),
    hasVariant: product.variants.map((v) => {
      const variantUrl = `${url}?variant=${encodeURIComponent(v.id)}`;
      return {
        '@type': 'Product',
        name: `${product.title} – ${v.title}`,
        sku: v.sku,
        url: variantUrl,
        ...(images.length > 0 ? { image: images[0] } : {}),
        ...Object.fromEntries(
          Object.entries(v.options).map(([k, value]) => [VARIES_BY[k.toLowerCase()]?.replace('https://schema.org/', '') ?? k, value]),
        ),
        offers: single(offers(v, variantUrl, ctx)),
      };
    }),
  };
}

/** `BreadcrumbList` from (name, absolute URL) pairs, root first. */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** `Organization` and `WebSite` with a `SearchAction` for the home page. */
export function homeJsonLd(publicUrl: string, settings: ShopSettingsView): JsonLd[] {
  const logo = settings.logoUrl ? (settings.logoUrl.startsWith('/') ? `${publicUrl}${settings.logoUrl}` : settings.logoUrl) : undefined;
  return [
    { '@context': 'https://schema.org', '@type': 'Organization', name: settings.name, url: `${publicUrl}/`, ...(logo ? { logo } : {}) },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: settings.name,
      url: `${publicUrl}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${publicUrl}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
  ];
}
