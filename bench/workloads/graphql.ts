/**
 * W1 and W2 over GraphQL (`GET /store/graphql`, cacheable as a CDN would see it), for the same data
 * as the REST workloads: W1-GQL asks for what a product card shows (REST W1 answers cards), W2-GQL
 * for the whole product (REST W2's detail). The table prints each as a share of its REST row.
 */
import { flood, floodResult, rng, type BenchContext, type Workload } from '../lib.ts';

/** The card's data: REST's card derives thumbnail, price ranges and variant count from these. */
export const CARD_FIELDS = 'id handle title inStock images { url alt } variants { prices { currency amount } }';
/** Every field of a product, as GET /store/products/{handle} answers it (but jsonLd). */
export const PRODUCT_FIELDS = `id handle title description options { name values } tags inStock createdAt seo { title description }
  images { url alt } variants { id sku title options inStock prices { currency amount } } categories { id handle name }`;

const graphqlPath = (query: string) => `/store/graphql?query=${encodeURIComponent(query.replace(/\s+/g, ' '))}`;

/** One document, the handle in its variables, as a client (or a persisted query) sends it. */
function productQueries(ctx: BenchContext, count = 5000): string[] {
  const random = rng(2);
  const document = graphqlPath(`query Product($handle: String!) { product(handle: $handle) { ${PRODUCT_FIELDS} } }`);
  return Array.from(
    { length: count },
    () =>
      `${document}&variables=${encodeURIComponent(JSON.stringify({ handle: `bench-${Math.floor(random() * ctx.catalog.productCount)}` }))}`,
  );
}

const w1: Workload = {
  id: 'W1-GQL',
  title: 'GraphQL product list (first 20, EUR)',
  baseline: 'http',
  async run(ctx) {
    const path = graphqlPath(`{ products(first: 20, currency: "EUR") { nodes { ${CARD_FIELDS} } pageInfo { hasNextPage endCursor } } }`);
    return floodResult(await flood(ctx.baseUrl, [path], ctx.connections, ctx.seconds(15)));
  },
};

const w2: Workload = {
  id: 'W2-GQL',
  title: 'GraphQL product by random handle',
  baseline: 'http',
  async run(ctx) {
    return floodResult(await flood(ctx.baseUrl, productQueries(ctx), ctx.connections, ctx.seconds(15)));
  },
};

export const workloads: Workload[] = [w1, w2];
