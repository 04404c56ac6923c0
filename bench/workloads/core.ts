/**
 * The issue's fixed workloads, W1–W7 (W6 is not defined by it). They must stay as they are so
 * results compare across versions and with other systems.
 */
import { randomUUID } from 'node:crypto';
import {
  bearer,
  call,
  closedLoop,
  expectStatus,
  flood,
  floodResult,
  Latencies,
  rng,
  round,
  type BenchContext,
  type Workload,
  type WorkloadResult,
} from '../lib.ts';

export const ADDRESS = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  address1: 'Hauptstr. 1',
  city: 'Köln',
  postalCode: '50667',
  countryCode: 'DE',
};
export const TEST_CARD = '4242424242424242';

const W1_PATH = '/store/products?limit=20&currency=EUR';

function productPaths(ctx: BenchContext, count = 5000): string[] {
  const random = rng(2);
  return Array.from({ length: count }, () => `/store/products/bench-${Math.floor(random() * ctx.catalog.productCount)}`);
}

function searchPaths(ctx: BenchContext, count = 2000): string[] {
  const random = rng(5);
  const words = ctx.catalog.words;
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(random() * 2);
    const q = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!).join(' ');
    return `/store/products?q=${encodeURIComponent(q)}&limit=20`;
  });
}

export interface CheckoutTimings {
  flowMs: number;
  completeMs: number;
  status: number;
  requests: number;
}

/**
 * One shopper's whole checkout: create a cart, add lines, address, shipping method, test-card
 * payment session, complete (with an Idempotency-Key, as a careful client sends it). Returns the
 * completion's status; any other step's failure throws.
 */
export async function checkoutFlow(
  ctx: BenchContext,
  lines: readonly { variantId: string; quantity: number }[],
  token?: string,
): Promise<CheckoutTimings> {
  const started = performance.now();
  const h = token ? bearer(token) : {};
  const base = ctx.baseUrl;
  const cart = await call<{ id: string }>(base, 'POST', '/store/carts', { regionId: ctx.shop.regionId }, h);
  expectStatus(cart, 201, 'create cart');
  const id = cart.body.id;
  for (const line of lines) expectStatus(await call(base, 'POST', `/store/carts/${id}/items`, line, h), 200, 'add item');
  const patch = token ? { shippingAddress: ADDRESS } : { shippingAddress: ADDRESS, email: `guest-${id.slice(-8)}@example.test` };
  expectStatus(await call(base, 'PATCH', `/store/carts/${id}`, patch, h), 200, 'address');
  expectStatus(
    await call(base, 'POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: ctx.shop.shippingOptionId }, h),
    200,
    'shipping method',
  );
  expectStatus(await call(base, 'POST', `/store/carts/${id}/payment`, { provider: 'test', data: { card: TEST_CARD } }, h), 201, 'payment');
  const completeStarted = performance.now();
  const done = await call(base, 'POST', `/store/carts/${id}/complete`, undefined, { ...h, 'idempotency-key': randomUUID() });
  const end = performance.now();
  return { flowMs: end - started, completeMs: end - completeStarted, status: done.status, requests: 5 + lines.length };
}

const w1: Workload = {
  id: 'W1',
  title: 'product list (limit 20, EUR)',
  baseline: 'http',
  async run(ctx) {
    return floodResult(await flood(ctx.baseUrl, [W1_PATH], ctx.connections, ctx.seconds(15)));
  },
};

const w2: Workload = {
  id: 'W2',
  title: 'product by random handle',
  baseline: 'http',
  async run(ctx) {
    return floodResult(await flood(ctx.baseUrl, productPaths(ctx), ctx.connections, ctx.seconds(15)));
  },
};

const w3: Workload = {
  id: 'W3',
  title: 'checkout loop, 20 signed-in customers',
  baseline: 'commit',
  async run(ctx) {
    const random = rng(3);
    const flow = new Latencies();
    const completion = new Latencies();
    let orders = 0;
    let non2xx = 0;
    let errors = 0;
    let requests = 0;
    const variants = ctx.catalog.variantIds;
    const customers = ctx.shop.customerTokens.slice(0, 20);
    const seconds = await closedLoop(customers.length, ctx.seconds(30), async (user) => {
      const pick = () => variants[Math.floor(random() * variants.length)]!;
      try {
        const t = await checkoutFlow(
          ctx,
          [
            { variantId: pick(), quantity: 1 },
            { variantId: pick(), quantity: 1 },
          ],
          customers[user],
        );
        requests += t.requests;
        if (t.status === 201) {
          orders += 1;
          flow.add(t.flowMs);
          completion.add(t.completeMs);
        } else non2xx += 1;
      } catch (error) {
        errors += 1;
        if (errors <= 3) ctx.log(`W3 error: ${(error as Error).message}`);
      }
    });
    return {
      throughput: round(orders / seconds),
      unit: 'orders/s',
      p50Ms: flow.percentile(50),
      p99Ms: flow.percentile(99),
      requests,
      non2xx,
      errors,
      extra: {
        orders,
        'complete p50 ms': completion.percentile(50) ?? '-',
        'complete p99 ms': completion.percentile(99) ?? '-',
      },
    };
  },
};

/** W4: one variant with 100 units; 200 shoppers, each with a ready cart, complete at once. */
const w4: Workload = {
  id: 'W4',
  title: '200 concurrent checkouts for 100 units',
  baseline: 'none',
  async run(ctx) {
    const admin = bearer(ctx.adminToken);
    const suffix = randomUUID().slice(0, 8);
    const product = await call<{ id: string; variants: { id: string }[] }>(
      ctx.baseUrl,
      'POST',
      '/admin/products',
      {
        title: `Contended ${suffix}`,
        handle: `contended-${suffix}`,
        status: 'published',
        variants: [{ sku: `CONTENDED-${suffix}`, title: 'One size', manageInventory: true, prices: [{ currency: 'EUR', amount: 4900 }] }],
      },
      admin,
    );
    expectStatus(product, 201, 'create contended product');
    const variantId = product.body.variants[0]!.id;
    expectStatus(
      await call(
        ctx.baseUrl,
        'POST',
        '/admin/inventory/adjustments',
        { variantId, locationId: 'loc_default', delta: 100, reason: 'adjustment' },
        admin,
      ),
      201,
      'stock 100',
    );
    // Ready 200 carts (10 at a time), then fire every completion at once.
    const carts: string[] = [];
    for (let i = 0; i < 200; i += 10) {
      carts.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, async () => {
            const h = {};
            const cart = await call<{ id: string }>(ctx.baseUrl, 'POST', '/store/carts', { regionId: ctx.shop.regionId }, h);
            expectStatus(cart, 201, 'W4 cart');
            const id = cart.body.id;
            expectStatus(await call(ctx.baseUrl, 'POST', `/store/carts/${id}/items`, { variantId, quantity: 1 }, h), 200, 'W4 item');
            expectStatus(
              await call(
                ctx.baseUrl,
                'PATCH',
                `/store/carts/${id}`,
                { shippingAddress: ADDRESS, email: `w4-${id.slice(-8)}@example.test` },
                h,
              ),
              200,
              'W4 address',
            );
            expectStatus(
              await call(ctx.baseUrl, 'POST', `/store/carts/${id}/shipping-method`, { shippingOptionId: ctx.shop.shippingOptionId }, h),
              200,
              'W4 shipping',
            );
            expectStatus(
              await call(ctx.baseUrl, 'POST', `/store/carts/${id}/payment`, { provider: 'test', data: { card: TEST_CARD } }, h),
              201,
              'W4 payment',
            );
            return id;
          }),
        )),
      );
    }
    const latencies = new Latencies();
    const started = performance.now();
    const statuses = await Promise.all(
      carts.map(async (id) => {
        const t0 = performance.now();
        const res = await call(ctx.baseUrl, 'POST', `/store/carts/${id}/complete`, undefined, { 'idempotency-key': randomUUID() });
        latencies.add(performance.now() - t0);
        return res;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const orders = statuses.filter((r) => r.status === 201).length;
    const conflicts = statuses.filter((r) => r.status === 409).length;
    // Every answer other than an order or a 409 is reported with its problem code and detail, never retried.
    const others = statuses.filter((r) => r.status !== 201 && r.status !== 409).map((r) => problemSummary(r));
    const level = await call<{ locations: { locationId: string; onHand: number; reserved: number; available: number }[] }>(
      ctx.baseUrl,
      'GET',
      `/admin/inventory?variantId=${encodeURIComponent(variantId)}`,
      undefined,
      admin,
    );
    expectStatus(level, 200, 'W4 inventory');
    const stock = level.body.locations.find((l) => l.locationId === 'loc_default');
    const available = stock ? stock.available : Number.NaN;
    const ok = orders === 100 && conflicts === 100 && available === 0 && others.length === 0;
    return {
      throughput: round(orders / seconds),
      unit: 'orders/s',
      p50Ms: latencies.percentile(50),
      p99Ms: latencies.percentile(99),
      requests: carts.length,
      non2xx: conflicts + others.length,
      errors: 0,
      check: {
        ok,
        detail: `${orders} orders / ${conflicts} × 409 / ${available} left${others.length ? ` / others: ${countDistinct(others)}` : ''}`,
      },
    } satisfies WorkloadResult;
  },
};

/** `503 unavailable: The database was too busy…` — what a W4 answer other than 201/409 said. */
function problemSummary(answer: { status: number; body: Record<string, unknown> }): string {
  const code = typeof answer.body.code === 'string' ? answer.body.code : typeof answer.body.type === 'string' ? answer.body.type : '?';
  const detail = typeof answer.body.detail === 'string' ? answer.body.detail : '';
  return `${answer.status} ${code}: ${detail}`;
}

/** `3 × a; 1 × b`. */
function countDistinct(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].map(([item, n]) => `${n} × ${item}`).join('; ');
}

const w5: Workload = {
  id: 'W5',
  title: 'full-text search',
  baseline: 'http',
  async run(ctx) {
    return floodResult(await flood(ctx.baseUrl, searchPaths(ctx), ctx.connections, ctx.seconds(15)));
  },
};

/**
 * W7: a sale-day mix from 50 concurrent shoppers: 70 % reads (list, product, search equally), 25 %
 * cart writes (add a line to the shopper's cart), 5 % whole guest checkouts.
 */
const w7: Workload = {
  id: 'W7',
  title: 'sale-day mix (70 % reads, 25 % cart writes, 5 % checkouts)',
  baseline: 'http',
  async run(ctx) {
    const random = rng(7);
    const products = productPaths(ctx, 1000);
    const searches = searchPaths(ctx, 1000);
    const variants = ctx.catalog.variantIds;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const latency = { read: new Latencies(), cart: new Latencies(), checkout: new Latencies() };
    const carts: (string | undefined)[] = [];
    let ops = 0;
    let requests = 0;
    let non2xx = 0;
    let errors = 0;
    const users = Math.min(ctx.connections, 50);
    const seconds = await closedLoop(users, ctx.seconds(60), async (user) => {
      const r = random();
      const t0 = performance.now();
      try {
        if (r < 0.7) {
          const path = r < 0.7 / 3 ? W1_PATH : r < (2 * 0.7) / 3 ? pick(products) : pick(searches);
          const res = await fetch(`${ctx.baseUrl}${path}`);
          await res.arrayBuffer();
          requests += 1;
          if (res.status !== 200) non2xx += 1;
          latency.read.add(performance.now() - t0);
        } else if (r < 0.95) {
          let cart = carts[user];
          if (!cart) {
            const created = await call<{ id: string }>(ctx.baseUrl, 'POST', '/store/carts', { regionId: ctx.shop.regionId });
            requests += 1;
            if (created.status !== 201) {
              non2xx += 1;
              return;
            }
            cart = created.body.id;
            carts[user] = cart;
          }
          const added = await call<{ items: unknown[] }>(ctx.baseUrl, 'POST', `/store/carts/${cart}/items`, {
            variantId: pick(variants),
            quantity: 1,
          });
          requests += 1;
          if (added.status !== 200) non2xx += 1;
          else if (added.body.items.length >= 20) carts[user] = undefined; // start a new cart now and then
          latency.cart.add(performance.now() - t0);
        } else {
          const t = await checkoutFlow(ctx, [{ variantId: pick(variants), quantity: 1 }]);
          requests += t.requests;
          if (t.status !== 201) non2xx += 1;
          latency.checkout.add(t.flowMs);
        }
        ops += 1;
      } catch (error) {
        errors += 1;
        if (errors <= 3) ctx.log(`W7 error: ${(error as Error).message}`);
      }
    });
    return {
      throughput: round(ops / seconds),
      unit: 'ops/s',
      p50Ms: latency.read.percentile(50),
      p99Ms: latency.read.percentile(99),
      requests,
      non2xx,
      errors,
      extra: {
        'read p99 ms': latency.read.percentile(99) ?? '-',
        'cart write p99 ms': latency.cart.percentile(99) ?? '-',
        'checkout p99 ms': latency.checkout.percentile(99) ?? '-',
        checkouts: latency.checkout.count,
      },
    };
  },
};

export const workloads: Workload[] = [w1, w2, w3, w4, w5, w7];
