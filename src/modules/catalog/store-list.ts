import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db } from '../../platform/db/index.ts';
import { BadRequest } from '../../platform/errors.ts';
import { int8ToNumber } from '../../platform/money.ts';
import {
  MAX_OPTION_FILTERS,
  OPTION_FILTER_PREFIX,
  type Image,
  type OptionFilters,
  type StoreProductCard,
  type StoreProductFacets,
  type StoreProductListPage,
  type StoreProductListQuery,
  type StoreProductsQuery,
} from './catalog.schemas.ts';
import { findPageIds, planStoreList, variantMatches, type StoreListPlan } from './search.ts';
import { loadProductsByIds, toStoreProduct } from './views.ts';

/**
 * The storefront list as the REST route serves it: compact cards by default (what a product card
 * shows), full products with `view=full`, and with `facets=true` the total and facet counts for the
 * current filters. Statements per page, whatever its size: the page's ids, their cards (or full
 * views), and with facets one more that counts everything in SQL.
 */

/** Price-range facet buckets (minor units): a product falls in the bucket of its lowest price. */
export const PRICE_BUCKETS: readonly number[] = [0, 2_000, 5_000, 10_000, 20_000];

/** `option.Color=Blue` query fields → `{ Color: ['Blue'] }` (the schema already checked their shape). */
export function optionFiltersOf(query: Record<string, unknown>): OptionFilters {
  const filters: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith(OPTION_FILTER_PREFIX)) continue;
    const values = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [String(value)];
    filters[key.slice(OPTION_FILTER_PREFIX.length)] = [...new Set(values)];
  }
  if (Object.keys(filters).length > MAX_OPTION_FILTERS) {
    throw new BadRequest({ errors: [{ path: '/query', message: `at most ${MAX_OPTION_FILTERS} option filters` }] });
  }
  return filters;
}

interface CardRow {
  id: string;
  handle: string;
  title: string;
  thumbnail: Image | null;
  price_ranges: { currency: string; min: number | string; max: number | string }[];
  in_stock: boolean;
  variant_count: number | string;
}

/** Cards for these product ids, in their order, in ONE statement. */
export async function loadProductCards(db: Db, ids: readonly string[], currency: string | undefined): Promise<StoreProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<CardRow>(
    db,
    sql`
    SELECT p.id, p.handle, p.title, p.images -> 0 AS thumbnail,
           COALESCE((
             SELECT json_agg(json_build_object('currency', r.currency, 'min', r.min, 'max', r.max) ORDER BY r.currency)
             FROM (SELECT vp.currency, min(vp.amount) AS min, max(vp.amount) AS max
                   FROM product_variants v JOIN variant_prices vp ON vp.variant_id = v.id
                   WHERE v.product_id = p.id AND v.deleted_at IS NULL ${currency ? sql`AND vp.currency = ${currency}` : sql``}
                   GROUP BY vp.currency) r), '[]'::json) AS price_ranges,
           EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL AND v.in_stock) AS in_stock,
           (SELECT count(*) FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS variant_count
    FROM products p
    WHERE p.id = ANY(${textArray(ids)}) AND p.deleted_at IS NULL`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const thumbnail = r.thumbnail ? { url: r.thumbnail.url, ...(r.thumbnail.alt === undefined ? {} : { alt: r.thumbnail.alt }) } : null;
    return [
      {
        id: r.id,
        handle: r.handle,
        title: r.title,
        thumbnail,
        priceRanges: r.price_ranges.map((p) => ({ currency: p.currency, min: int8ToNumber(p.min), max: int8ToNumber(p.max) })),
        inStock: r.in_stock,
        variantCount: int8ToNumber(r.variant_count),
      },
    ];
  });
}

interface FacetRow {
  total: number | string;
  in_stock: number | string;
  options: { name: string; value: string; count: number }[];
  categories: { handle: string; name: string; count: number }[];
  prices: { bucket: number; count: number }[];
}

/**
 * The total and every facet count for the plan's filters, in ONE statement (no query per facet or
 * value). Option counts are disjunctive: each option's values are counted with every filter except
 * that option's own, so choosing Blue still shows how many products come in Red.
 */
export async function countFacets(db: Db, plan: StoreListPlan): Promise<{ total: number; facets: StoreProductFacets }> {
  const hasOptions = Object.keys(plan.optionFilters).length > 0;
  const bounds = sql.join(
    PRICE_BUCKETS.map((b) => sql`${b}::bigint`),
    sql`, `,
  );
  const [row] = await queryRows<FacetRow>(
    db,
    sql`
    WITH base AS (SELECT p.id FROM ${plan.from} WHERE ${sql.join(plan.filters, sql` AND `)}),
    variants AS (
      SELECT v.id, v.product_id, v.options FROM product_variants v JOIN base ON base.id = v.product_id WHERE v.deleted_at IS NULL),
    matched AS (
      ${hasOptions ? sql`SELECT DISTINCT v.product_id AS id FROM variants v WHERE ${variantMatches(plan.optionFilters)}` : sql`SELECT id FROM base`}),
    option_counts AS (
      SELECT o.key AS name, o.value, count(DISTINCT v.product_id)::int AS count
      FROM variants v CROSS JOIN LATERAL jsonb_each_text(v.options) o
      WHERE ${variantMatches(plan.optionFilters, sql`o.key`)}
      GROUP BY o.key, o.value),
    category_counts AS (
      SELECT c.handle, c.name, count(*)::int AS count
      FROM matched m JOIN product_categories pc ON pc.product_id = m.id JOIN categories c ON c.id = pc.category_id
      GROUP BY c.id, c.handle, c.name),
    price_counts AS (
      SELECT width_bucket(lowest, ARRAY[${bounds}]) AS bucket, count(*)::int AS count
      FROM (SELECT min(vp.amount) AS lowest
            FROM matched m JOIN product_variants v ON v.product_id = m.id AND v.deleted_at IS NULL
            JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = ${plan.currency ?? null}
            GROUP BY m.id) lowest_prices
      GROUP BY 1)
    SELECT
      (SELECT count(*) FROM matched) AS total,
      (SELECT count(*) FROM matched m
        WHERE EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = m.id AND v.deleted_at IS NULL AND v.in_stock)) AS in_stock,
      COALESCE((SELECT json_agg(json_build_object('name', name, 'value', value, 'count', count) ORDER BY name, value) FROM option_counts), '[]'::json) AS options,
      COALESCE((SELECT json_agg(json_build_object('handle', handle, 'name', name, 'count', count) ORDER BY count DESC, name) FROM category_counts), '[]'::json) AS categories,
      COALESCE((SELECT json_agg(json_build_object('bucket', bucket, 'count', count) ORDER BY bucket) FROM price_counts), '[]'::json) AS prices`,
  );
  if (!row) throw new Error('the facet statement returned no row');
  const options: StoreProductFacets['options'] = [];
  for (const o of row.options) {
    let group = options.at(-1);
    if (group?.name !== o.name) {
      group = { name: o.name, values: [] };
      options.push(group);
    }
    group.values.push({ value: o.value, count: o.count });
  }
  return {
    total: int8ToNumber(row.total),
    facets: {
      options,
      categories: row.categories,
      priceRanges: row.prices.map((p) => ({
        min: PRICE_BUCKETS[p.bucket - 1] ?? 0,
        max: PRICE_BUCKETS[p.bucket] ?? null,
        count: p.count,
      })),
      inStock: int8ToNumber(row.in_stock),
    },
  };
}

/** The REST list: cards or full products, with total and facets when asked. */
export async function listStoreProductPage(db: Db, query: StoreProductListQuery): Promise<StoreProductListPage> {
  const filters = optionFiltersOf(query);
  const { view, facets, ...rest } = query;
  const serviceQuery: StoreProductsQuery = rest;
  const plan = planStoreList(serviceQuery, filters);
  if (plan.isEmpty) {
    const empty: StoreProductListPage = { items: [], nextCursor: null };
    return facets === true ? { ...empty, total: 0, facets: { options: [], categories: [], priceRanges: [], inStock: 0 } } : empty;
  }
  const page = await findPageIds(db, plan, query.cursor);
  const ids = page.items.map((r) => r.id);
  const items =
    view === 'full'
      ? (await loadProductsByIds(db, ids)).map((p) => toStoreProduct(p, query.currency))
      : await loadProductCards(db, ids, query.currency);
  if (facets !== true) return { items, nextCursor: page.nextCursor };
  return { items, nextCursor: page.nextCursor, ...(await countFacets(db, plan)) };
}
