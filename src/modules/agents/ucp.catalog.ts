import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/index.ts';
import { closed } from '../../platform/http/schema.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { findSellableVariants, findStoreProduct, listProductPage, loadProductsByIds, type StoreProduct } from '../catalog/index.ts';
import { listRegions } from '../pricing/index.ts';
import { UCP_VERSION, UcpErrorResponse, UcpMessage, UcpProtocolError, UcpReadHeaders } from './ucp.schemas.ts';
import { errorOutcome } from './ucp.views.ts';

/**
 * UCP's catalog capability (2026-04-08, REST binding): search, lookup and product detail over the
 * store's own catalog reads (the same full-text search and product views as `/store/products`).
 * Reads only: no Idempotency-Key is stored for these POSTs. Prices are in one currency per request
 * (`context.currency`, else the first region's); a product without a price in it is left out.
 */

export const SEARCH_CAPABILITY = 'dev.ucp.shopping.catalog.search';
export const LOOKUP_CAPABILITY = 'dev.ucp.shopping.catalog.lookup';

const Loose = Type.Record(Type.String(), Type.Unknown());
const Filters = Type.Object(
  {
    categories: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 1, description: 'One category handle' }),
    ),
    price: Type.Optional(
      Type.Object(
        { min: Type.Optional(Type.Integer({ minimum: 0 })), max: Type.Optional(Type.Integer({ minimum: 0 })) },
        { ...closed, description: 'Not applied yet: answered with a `filter_ignored` warning' },
      ),
    ),
  },
  { ...closed, title: 'UcpSearchFilters' },
);
const common = {
  context: Type.Optional(Loose),
  signals: Type.Optional(Loose),
  attribution: Type.Optional(Loose),
  filters: Type.Optional(Filters),
};

export const UcpSearchBody = Type.Object(
  {
    query: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    ...common,
    pagination: Type.Optional(
      Type.Object(
        {
          cursor: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,5}$', description: 'The cursor of the previous page' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
        },
        closed,
      ),
    ),
  },
  { ...closed, title: 'UcpSearchRequest' },
);
export const UcpLookupBody = Type.Object(
  { ids: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 }), ...common },
  { ...closed, title: 'UcpLookupRequest' },
);
export const UcpProductBody = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 100, description: 'A product id or a variant id' }),
    selected: Type.Optional(
      Type.Array(Type.Object({ name: Type.String(), label: Type.String(), id: Type.Optional(Type.String()) }, closed), { maxItems: 20 }),
    ),
    preferences: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    ...common,
  },
  { ...closed, title: 'UcpGetProductRequest' },
);

const Price = Type.Object({ amount: Type.Integer(), currency: Type.String() });
const Variant = Type.Object(
  {
    id: Type.String(),
    sku: Type.Optional(Type.String()),
    title: Type.String(),
    description: Type.Object({ plain: Type.String() }),
    url: Type.String(),
    price: Price,
    availability: Type.Object({ available: Type.Boolean(), status: Type.String() }),
    options: Type.Array(Type.Object({ name: Type.String(), label: Type.String() })),
    inputs: Type.Optional(Type.Array(Type.Object({ id: Type.String(), match: Type.String() }))),
  },
  { title: 'UcpVariant' },
);
const Product = Type.Object(
  {
    id: Type.String(),
    handle: Type.String(),
    title: Type.String(),
    description: Type.Object({ plain: Type.String() }),
    url: Type.String(),
    categories: Type.Array(Type.Object({ value: Type.String(), taxonomy: Type.String() })),
    price_range: Type.Object({ min: Price, max: Price }),
    media: Type.Array(Type.Object({ type: Type.String(), url: Type.String(), alt_text: Type.Optional(Type.String()) })),
    variants: Type.Array(Variant),
    tags: Type.Array(Type.String()),
  },
  { title: 'UcpProduct' },
);
type UcpProduct = Static<typeof Product>;
type UcpVariant = Static<typeof Variant>;

const catalogMeta = (capability: string) => ({
  version: UCP_VERSION,
  status: 'success' as const,
  capabilities: { [capability]: [{ version: UCP_VERSION }] },
});
const Meta = Type.Object({
  version: Type.String(),
  status: Type.Union([Type.Literal('success'), Type.Literal('error')]),
  capabilities: Type.Record(Type.String(), Type.Array(Type.Object({ version: Type.String() }))),
});

const SearchResponse = Type.Object(
  {
    ucp: Meta,
    products: Type.Array(Product),
    pagination: Type.Object({ has_next_page: Type.Boolean(), cursor: Type.Optional(Type.String()), total_count: Type.Integer() }),
    messages: Type.Array(UcpMessage),
  },
  { title: 'UcpSearchResponse' },
);
const LookupResponse = Type.Object(
  { ucp: Meta, products: Type.Array(Product), messages: Type.Array(UcpMessage) },
  { title: 'UcpLookupResponse' },
);
const ProductResponse = Type.Object({ ucp: Meta, product: Product, messages: Type.Array(UcpMessage) }, { title: 'UcpGetProductResponse' });

const plain = (text: string): string =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A store product as UCP's product in `currency`; undefined when no variant has a price in it. */
function toUcpProduct(
  config: Config,
  product: StoreProduct,
  currency: string,
  inputs?: Map<string, { id: string; match: string }[]>,
): UcpProduct | undefined {
  const base = config.publicUrl.replace(/\/$/, '');
  const url = `${base}/products/${encodeURIComponent(product.handle)}`;
  const description = plain(product.description) || product.title;
  const variants = product.variants.flatMap((v): UcpVariant[] => {
    const price = v.prices.find((p) => p.currency === currency);
    if (!price) return [];
    const variant: UcpVariant = {
      id: v.id,
      title: v.title || product.title,
      description: { plain: description },
      url: `${url}?variant=${encodeURIComponent(v.id)}`,
      price: { amount: price.amount, currency },
      availability: { available: v.inStock, status: v.inStock ? 'in_stock' : 'out_of_stock' },
      options: Object.entries(v.options).map(([name, label]) => ({ name, label })),
    };
    if (v.sku) variant.sku = v.sku;
    const matched = inputs?.get(v.id);
    if (matched) variant.inputs = matched;
    return [variant];
  });
  if (variants.length === 0) return undefined;
  const amounts = variants.map((v) => v.price.amount);
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: { plain: description },
    url,
    categories: product.categories.map((c) => ({ value: c.handle, taxonomy: 'merchant' })),
    price_range: { min: { amount: Math.min(...amounts), currency }, max: { amount: Math.max(...amounts), currency } },
    media: product.images
      .filter((i) => /^https?:\/\//.test(i.url))
      .map((i) => ({ type: 'image', url: i.url, ...(i.alt ? { alt_text: i.alt } : {}) })),
    variants,
    tags: product.tags,
  };
}

async function currencyOf(db: Db, context: Record<string, unknown> | undefined): Promise<string> {
  const hint = context?.currency;
  if (typeof hint === 'string' && /^[A-Za-z]{3}$/.test(hint)) return hint.toUpperCase();
  const [region] = (await listRegions(db, { limit: 1 })).items;
  return region?.currency ?? 'EUR';
}

function filterMessages(filters: Static<typeof Filters> | undefined): Static<typeof UcpMessage>[] {
  if (!filters?.price) return [];
  return [
    { type: 'warning', code: 'filter_ignored', path: '$.filters.price', content: 'The price filter is not applied by this shop yet.' },
  ];
}

/** The store product behind a product id or a variant id (published only), and how the id matched. */
async function resolve(
  db: Db,
  ids: readonly string[],
  currency: string,
): Promise<{ product: StoreProduct; inputs: Map<string, { id: string; match: string }[]> }[]> {
  const variants = await findSellableVariants(
    db,
    ids.filter((id) => id.startsWith('var_')),
  );
  const byProduct = new Map<string, { id: string; match: string; variantId?: string }[]>();
  const productIds = ids.filter((id) => !variants.has(id));
  const products = await loadProductsByIds(db, productIds);
  for (const p of products) byProduct.set(p.id, [...(byProduct.get(p.id) ?? []), { id: p.id, match: 'featured' }]);
  for (const [id, v] of variants)
    byProduct.set(v.productId, [...(byProduct.get(v.productId) ?? []), { id, match: 'exact', variantId: id }]);
  const handles = new Map([
    ...products.map((p) => [p.id, p.handle] as const),
    ...[...variants.values()].map((v) => [v.productId, v.productHandle] as const),
  ]);
  const out: { product: StoreProduct; inputs: Map<string, { id: string; match: string }[]> }[] = [];
  for (const [productId, matches] of byProduct) {
    const handle = handles.get(productId);
    const found = handle ? await findStoreProduct(db, handle, currency) : undefined;
    if (found?.kind !== 'found') continue;
    const inputs = new Map<string, { id: string; match: string }[]>();
    const featured = found.product.variants.find((v) => v.prices.some((p) => p.currency === currency));
    for (const m of matches) {
      const variantId = m.variantId ?? featured?.id;
      if (variantId) inputs.set(variantId, [...(inputs.get(variantId) ?? []), { id: m.id, match: m.match }]);
    }
    out.push({ product: found.product, inputs });
  }
  return out;
}

const tags = ['Agents: UCP'];
const config = { agentProtocol: 'ucp' as const, idempotency: 'off' as const };
const errors = {
  '4xx': { ...UcpProtocolError, description: 'A UCP protocol error (`code`, `content`)' },
  '5xx': { ...UcpProtocolError, description: 'A UCP protocol error' },
};

/** The catalog routes, registered inside the UCP routes' scope (their UCP-Agent check, error format and response signing). */
export const ucpCatalogRoutes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db, config: appConfig }) => {
  app.post(
    '/ucp/catalog/search',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: search the catalog',
        description:
          'Full-text search over published products (`query`), optionally in one category (`filters.categories`); pages of up to 50.',
        headers: UcpReadHeaders,
        body: UcpSearchBody,
        response: { 200: SearchResponse, ...errors },
      },
    },
    async (req) => {
      const currency = await currencyOf(db, req.body.context);
      const limit = req.body.pagination?.limit ?? 10;
      const page = Number(req.body.pagination?.cursor ?? '1');
      const category = req.body.filters?.categories?.[0];
      const found = await listProductPage(db, { q: req.body.query, category }, page, limit, currency);
      const products = found.items.flatMap((p) => toUcpProduct(appConfig, p, currency) ?? []);
      const hasNext = page * limit < found.total;
      return {
        ucp: catalogMeta(SEARCH_CAPABILITY),
        products,
        pagination: { has_next_page: hasNext, ...(hasNext ? { cursor: String(page + 1) } : {}), total_count: found.total },
        messages: filterMessages(req.body.filters),
      };
    },
  );

  app.post(
    '/ucp/catalog/lookup',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: look up products by product or variant id',
        description:
          'Each variant names the request ids that resolved to it in `inputs` (`exact` for a variant id, `featured` for a product id).',
        headers: UcpReadHeaders,
        body: UcpLookupBody,
        response: { 200: LookupResponse, ...errors },
      },
    },
    async (req) => {
      const currency = await currencyOf(db, req.body.context);
      const resolved = await resolve(db, req.body.ids, currency);
      const products = resolved.flatMap(({ product, inputs }) => {
        const view = toUcpProduct(appConfig, product, currency, inputs);
        // lookup_variant requires `inputs`: only the variants a request id resolved to are listed.
        return view ? [{ ...view, variants: view.variants.filter((v) => v.inputs) }] : [];
      });
      const seen = new Set(products.flatMap((p) => p.variants.flatMap((v) => (v.inputs ?? []).map((i) => i.id))));
      const missing = req.body.ids.filter((id) => !seen.has(id));
      return {
        ucp: catalogMeta(LOOKUP_CAPABILITY),
        products,
        messages: [
          ...missing.map((id) => ({
            type: 'warning' as const,
            code: 'not_found',
            content: `No product or variant for sale has the id ${id}.`,
          })),
          ...filterMessages(req.body.filters),
        ],
      };
    },
  );

  app.post(
    '/ucp/catalog/product',
    {
      config,
      schema: {
        tags,
        summary: 'UCP: one product in full',
        description: 'By product id or variant id. An id of nothing for sale answers `not_found` (`ucp.status` = `error`).',
        headers: UcpReadHeaders,
        body: UcpProductBody,
        response: { 200: Type.Union([UcpErrorResponse, ProductResponse]), ...errors },
      },
    },
    async (req) => {
      const currency = await currencyOf(db, req.body.context);
      const [found] = await resolve(db, [req.body.id], currency);
      const product = found ? toUcpProduct(appConfig, found.product, currency) : undefined;
      if (!product) return errorOutcome(LOOKUP_CAPABILITY, 'not_found', `No product for sale has the id ${req.body.id}.`);
      return { ucp: catalogMeta(LOOKUP_CAPABILITY), product, messages: filterMessages(req.body.filters) };
    },
  );
};
