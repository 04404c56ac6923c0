/**
 * W6: the storefront's product page (server-rendered HTML) on random handles, the page a shopper
 * or a crawler asks for; reported beside W2, the same product through the REST API.
 */
import { flood, floodResult, rng, type BenchContext, type Workload } from '../lib.ts';

function pagePaths(ctx: BenchContext, count = 5000): string[] {
  const random = rng(6);
  return Array.from({ length: count }, () => `/products/bench-${Math.floor(random() * ctx.catalog.productCount)}`);
}

const w6: Workload = {
  id: 'W6',
  title: 'product page HTML by random handle',
  baseline: 'http',
  async run(ctx) {
    const paths = pagePaths(ctx);
    // The pages exist and are HTML before they are flooded.
    const first = await fetch(`${ctx.baseUrl}${paths[0] ?? '/products/bench-0'}`, { headers: { accept: 'text/html' } });
    const body = await first.text();
    if (first.status !== 200 || !body.startsWith('<!doctype html>')) throw new Error(`product page: got ${first.status}`);
    return floodResult(await flood(ctx.baseUrl, paths, ctx.connections, ctx.seconds(15)));
  },
};

export const workloads: Workload[] = [w6];
