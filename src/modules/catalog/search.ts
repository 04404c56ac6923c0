import { sql, type SQL } from 'drizzle-orm';
import { queryRows, textArray, type Db } from '../../platform/db/index.ts';
import { BadRequest } from '../../platform/errors.ts';
import { cursorAfter, encodeCursor, toPage, type Paged } from '../../platform/http/pagination.ts';
import type { OptionFilters, SortKey, StoreProduct, StoreProductsQuery } from './catalog.schemas.ts';
import { loadProducts, loadProductsByIds, toStoreProduct } from './views.ts';

/**
 * Turns free text into a prefix tsquery: each word becomes `word:*`, all must match. Only letters
 * and digits survive, so no tsquery syntax from the client ever reaches the parser.
 */
export function toTsQuery(text: string): string | undefined {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
  return words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}

/** Missing prices sort last in either direction (amounts are ≤ 10^11). */
const NO_PRICE_ASC = 1e12;
const NO_PRICE_DESC = -1;

export interface Ordering {
  /** Sort key expression over alias `p` (plus `cp` for the collection order). */
  key: SQL | undefined;
  keyType: 'float8' | 'text' | 'int4';
  direction: 'asc' | 'desc';
}

function orderingFor(sort: SortKey | 'position', tsQuery: string | undefined, currency: string | undefined): Ordering {
  const minPrice = (fallback: number) => sql`COALESCE((
      SELECT min(vp.amount) FROM product_variants v JOIN variant_prices vp ON vp.variant_id = v.id
      WHERE v.product_id = p.id AND v.deleted_at IS NULL AND vp.currency = ${currency}), ${fallback})::float8`;
  switch (sort) {
    case 'relevance':
      if (!tsQuery) return { key: undefined, keyType: 'text', direction: 'desc' };
      // Rounded so the rank survives the trip through a cursor exactly.
      return {
        key: sql`round(ts_rank(p.search_vector, to_tsquery('english', ${tsQuery}))::numeric, 6)::float8`,
        keyType: 'float8',
        direction: 'desc',
      };
    case 'newest':
      return { key: undefined, keyType: 'text', direction: 'desc' }; // ids are time-ordered
    case 'title':
      return { key: sql`p.title`, keyType: 'text', direction: 'asc' };
    case 'price_asc':
      return { key: minPrice(NO_PRICE_ASC), keyType: 'float8', direction: 'asc' };
    case 'price_desc':
      return { key: minPrice(NO_PRICE_DESC), keyType: 'float8', direction: 'desc' };
    case 'position':
      return { key: sql`cp.position`, keyType: 'int4', direction: 'asc' };
  }
}

/** What a store list needs to run its statements: filters, ordering and the page size. */
export interface StoreListPlan {
  limit: number;
  ordering: Ordering;
  /** Every filter except the option filters and the cursor, over alias `p` (and `cp`). */
  filters: SQL[];
  /** Option filters, over `v.options` of a live variant of `p` (undefined without any). */
  optionFilters: OptionFilters;
  from: SQL;
  currency: string | undefined;
  /** A query that can match nothing (`q` without a searchable word). */
  isEmpty: boolean;
}

/** `v.options` has one of the listed values for every filtered option, except `except`. */
export function variantMatches(optionFilters: OptionFilters, except?: SQL): SQL {
  const conditions = Object.entries(optionFilters).map(([name, values]) => {
    const match = sql`(v.options ->> ${name}) = ANY(${textArray(values)})`;
    return except ? sql`(${except} = ${name} OR ${match})` : match;
  });
  return conditions.length > 0 ? sql.join(conditions, sql` AND `) : sql`TRUE`;
}

/**
 * Checks the query's combinations (400 naming the parameter) and builds its filters and ordering.
 * Option filters: a product matches when one live variant has, for every named option, one of its
 * listed values (OR within an option, AND across options).
 */
export function planStoreList(query: StoreProductsQuery, optionFilters: OptionFilters = {}): StoreListPlan {
  const limit = query.limit ?? 20;
  const tsQuery = query.q ? toTsQuery(query.q) : undefined;
  const sort: SortKey | 'position' = query.sort ?? (query.q ? 'relevance' : query.collection ? 'position' : 'newest');
  const needsCurrency = sort === 'price_asc' || sort === 'price_desc' || query.minPrice !== undefined || query.maxPrice !== undefined;
  if (needsCurrency && !query.currency) {
    throw new BadRequest({ errors: [{ path: '/query/currency', message: 'is required to sort or filter by price' }] });
  }
  if (query.sort === 'relevance' && !query.q) {
    throw new BadRequest({ errors: [{ path: '/query/sort', message: 'relevance needs q (a search text)' }] });
  }
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
    throw new BadRequest({ errors: [{ path: '/query/minPrice', message: 'must not be above maxPrice' }] });
  }

  const ordering = orderingFor(sort, tsQuery, query.currency);
  const filters: SQL[] = [sql`p.status = 'published'`, sql`p.deleted_at IS NULL`];
  if (tsQuery) filters.push(sql`p.search_vector @@ to_tsquery('english', ${tsQuery})`);
  if (query.category) {
    filters.push(sql`EXISTS (
      SELECT 1 FROM product_categories pc
      WHERE pc.product_id = p.id AND pc.category_id IN (
        WITH RECURSIVE tree AS (
          SELECT id FROM categories WHERE handle = ${query.category}
          UNION ALL
          SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
        SELECT id FROM tree))`);
  }
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    filters.push(sql`EXISTS (
      SELECT 1 FROM product_variants v JOIN variant_prices vp ON vp.variant_id = v.id
      WHERE v.product_id = p.id AND v.deleted_at IS NULL AND vp.currency = ${query.currency}
        AND vp.amount >= ${query.minPrice ?? 0} AND vp.amount <= ${query.maxPrice ?? NO_PRICE_ASC})`);
  }
  if (query.inStock === true) {
    filters.push(sql`EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL AND v.in_stock)`);
  }
  const from = query.collection
    ? sql`products p JOIN collection_products cp ON cp.product_id = p.id
          AND cp.collection_id = (SELECT id FROM collections WHERE handle = ${query.collection})`
    : sql`products p`;
  return { limit, ordering, filters, optionFilters, from, currency: query.currency, isEmpty: query.q !== undefined && !tsQuery };
}

/** The plan's filters with the option filters: the `WHERE` of the products that match. */
export function allFilters(plan: StoreListPlan): SQL[] {
  if (Object.keys(plan.optionFilters).length === 0) return plan.filters;
  return [
    ...plan.filters,
    sql`EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL AND ${variantMatches(plan.optionFilters)})`,
  ];
}

function unknownCurrency(currency: string): BadRequest {
  return new BadRequest({
    errors: [{ path: '/query/currency', message: `nothing in the catalog is priced in ${currency}; ask in a currency of a region` }],
  });
}

/**
 * One keyset page of matching product ids, in ONE statement. With a currency, the same statement
 * says whether anything at all is priced in it: a currency nothing is priced in is a 400, never a
 * page of products without prices.
 */
export async function findPageIds(
  db: Db,
  plan: StoreListPlan,
  cursor: string | undefined,
): Promise<Paged<{ id: string }> & { cursors: string[] }> {
  const { ordering } = plan;
  const conditions = allFilters(plan);
  const comparator = ordering.direction === 'asc' ? sql`>` : sql`<`;
  const direction = ordering.direction === 'asc' ? sql`ASC` : sql`DESC`;
  if (ordering.key) {
    const after = cursorAfter(cursor, [ordering.keyType === 'text' ? 'string' : 'number', 'string']);
    if (after) {
      const [key, id] = after;
      const typed =
        ordering.keyType === 'float8' ? sql`${key}::float8` : ordering.keyType === 'int4' ? sql`${key}::int4` : sql`${key}::text`;
      conditions.push(sql`(${ordering.key}, p.id) ${comparator} (${typed}, ${id})`);
    }
  } else {
    const [id] = cursorAfter(cursor, ['string']) ?? [];
    if (id !== undefined) conditions.push(sql`p.id ${comparator} ${id}`);
  }
  const page = sql`
    SELECT p.id, ${ordering.key ?? sql`NULL`} AS sort_key
    FROM ${plan.from}
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY ${ordering.key ? sql`${ordering.key} ${direction}, ` : sql``}p.id ${direction}
    LIMIT ${plan.limit + 1}`;
  type Row = { id: string; sort_key: string | number | null };
  let rows: Row[];
  if (plan.currency === undefined) {
    rows = await queryRows<Row>(db, page);
  } else {
    const checked = await queryRows<{ id: string | null; sort_key: string | number | null; is_priced: boolean }>(
      db,
      sql`
      SELECT page.id, page.sort_key, known.is_priced
      FROM (SELECT EXISTS (SELECT 1 FROM variant_prices WHERE currency = ${plan.currency}) AS is_priced) known
      LEFT JOIN LATERAL (${page}) page ON known.is_priced
      ORDER BY ${ordering.key ? sql`page.sort_key ${direction}, ` : sql``}page.id ${direction}`,
    );
    if (!checked[0]?.is_priced) throw unknownCurrency(plan.currency);
    rows = checked.flatMap((r) => (r.id === null ? [] : [{ id: r.id, sort_key: r.sort_key }]));
  }
  const position = (r: Row) => (ordering.key ? [r.sort_key, r.id] : [r.id]);
  const paged = toPage(rows, plan.limit, position);
  // `cursors[i]` continues after item i (GraphQL edges); the last is `nextCursor` when there is more.
  const cursors = paged.items.map((r) => encodeCursor(position(r)));
  return { items: paged.items.map((r) => ({ id: r.id })), nextCursor: paged.nextCursor, cursors };
}

/**
 * The storefront product list: published products only, filtered, sorted from an allowlist and
 * paged by keyset (sort key, id), so a cursor stays valid while products are added. Two statements
 * per page whatever its size: one finds the page's ids, one loads their views.
 */
export async function listStoreProducts(
  db: Db,
  query: StoreProductsQuery,
  optionFilters: OptionFilters = {},
): Promise<Paged<StoreProduct> & { cursors: string[] }> {
  const plan = planStoreList(query, optionFilters);
  if (plan.isEmpty) return { items: [], nextCursor: null, cursors: [] };
  const page = await findPageIds(db, plan, query.cursor);
  const products = await loadProductsByIds(
    db,
    page.items.map((r) => r.id),
  );
  return { items: products.map((p) => toStoreProduct(p, query.currency)), nextCursor: page.nextCursor, cursors: page.cursors };
}

/** Whether any live price is in `currency` (one indexed probe). */
export async function isCurrencyPriced(db: Db, currency: string): Promise<boolean> {
  const [row] = await queryRows<{ is_priced: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM variant_prices WHERE currency = ${currency}) AS is_priced`,
  );
  return row?.is_priced === true;
}

export type StoreProductLookup = { kind: 'found'; product: StoreProduct } | { kind: 'moved'; handle: string } | { kind: 'missing' };

/**
 * A published product by handle. An old handle answers `moved` with the product's current handle
 * (one hop, however many renames there were).
 */
export async function findStoreProduct(db: Db, handle: string, currency?: string): Promise<StoreProductLookup> {
  const [product] = await loadProducts(db, sql`p.handle = ${handle} AND p.status = 'published'`);
  if (product) return { kind: 'found', product: toStoreProduct(product, currency) };
  const [moved] = await queryRows<{ handle: string }>(
    db,
    sql`
    SELECT p.handle FROM product_handle_redirects r JOIN products p ON p.id = r.product_id
    WHERE r.handle = ${handle} AND p.deleted_at IS NULL AND p.status = 'published'`,
  );
  return moved ? { kind: 'moved', handle: moved.handle } : { kind: 'missing' };
}
