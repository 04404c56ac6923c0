/**
 * The benchmark's deterministic shop, built through the real API: 10,000 products × 3 variants with
 * EUR and USD prices (catalog import), stock on every variant (inventory adjustments), a region for
 * Germany with a flat shipping option, and signed-in customers.
 */
import pg from 'pg';
import { bearer, call, expectStatus, type Catalog, type Shop } from './lib.ts';

export const WORDS = ['linen', 'wool', 'cotton', 'denim', 'leather', 'canvas', 'silk', 'organic', 'classic', 'slim'];
export const KINDS = ['shirt', 'jacket', 'trousers', 'sneakers', 'scarf', 'backpack', 'hoodie', 'boots', 'cap', 'dress'];
const SIZES = ['S', 'M', 'L'];
/** Units of each variant: enough for every run's checkouts to never run a line out. */
export const STOCK_PER_VARIANT = 1000;

export function catalogNdjson(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const title = `${WORDS[i % WORDS.length]!} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]!} ${i}`;
    for (const size of SIZES) {
      lines.push(
        JSON.stringify({
          handle: `bench-${i}`,
          title,
          description: `A ${title} for the benchmark catalog.`,
          status: 'published',
          options: [{ name: 'Size', value: size }],
          sku: `BENCH-${i}-${size}`,
          manageInventory: true,
          prices: [
            { currency: 'EUR', amount: 1000 + (i % 500) * 10 },
            { currency: 'USD', amount: 1100 + (i % 500) * 10 },
          ],
          images: [{ url: `http://127.0.0.1/images/bench-${i}.svg`, alt: title }],
          categories: [`cat-${i % 20}`],
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

async function waitForJob(base: string, token: string, jobId: string): Promise<void> {
  for (;;) {
    const job = await call<{ status: string; progress: { errors?: unknown[] } }>(
      base,
      'GET',
      `/admin/jobs/${jobId}`,
      undefined,
      bearer(token),
    );
    if (job.body.status === 'succeeded') {
      if (job.body.progress.errors?.length)
        throw new Error(`import rejected rows: ${JSON.stringify(job.body.progress.errors.slice(0, 3))}`);
      return;
    }
    if (job.body.status === 'dead' || job.body.status === 'failed') throw new Error(`import ${job.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Every variant id of the bench products, by paging the admin list. */
async function variantIdsOf(base: string, token: string): Promise<string[]> {
  const byHandle = new Map<string, string[]>();
  let cursor: string | null = null;
  do {
    const page: { status: number; body: { items: { handle: string; variants: { id: string }[] }[]; nextCursor: string | null } } =
      await call(
        base,
        'GET',
        `/admin/products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        undefined,
        bearer(token),
      );
    expectStatus(page, 200, 'list products');
    for (const p of page.body.items)
      if (p.handle.startsWith('bench-'))
        byHandle.set(
          p.handle,
          p.variants.map((v) => v.id),
        );
    cursor = page.body.nextCursor;
  } while (cursor);
  const ids: string[] = [];
  for (let i = 0; byHandle.has(`bench-${i}`); i += 1) ids.push(...byHandle.get(`bench-${i}`)!);
  return ids;
}

/** Runs `fn` over `items` with at most `concurrency` in flight. */
async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/**
 * Stocks every bench variant in one transaction, as `STOCK_PER_VARIANT` units received at the
 * default location: the levels, their ledger rows (so `stockroom verify` agrees) and the variants'
 * availability flag, which is what 30,000 adjustments through the API would write, in a second
 * instead of minutes. Used on PostgreSQL; on the embedded database (one process) the API does it.
 */
export async function stockInSql(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', (error) => process.stderr.write(`bench: database connection error: ${error.message}\n`));
  await client.connect();
  try {
    await client.query('BEGIN');
    const result = await client.query(
      `WITH v AS (SELECT id FROM product_variants WHERE sku LIKE 'BENCH-%' AND deleted_at IS NULL),
       levels AS (
         INSERT INTO inventory_levels (variant_id, location_id, on_hand) SELECT id, 'loc_default', $1 FROM v
         ON CONFLICT DO NOTHING RETURNING variant_id),
       ledger AS (
         INSERT INTO inventory_ledger (variant_id, location_id, on_hand_delta, reserved_delta, reason, actor, note)
         SELECT variant_id, 'loc_default', $1, 0, 'adjustment', 'bench', 'benchmark stock' FROM levels)
       UPDATE product_variants SET has_stock = true WHERE id IN (SELECT variant_id FROM levels)`,
      [STOCK_PER_VARIANT],
    );
    await client.query('COMMIT');
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** Imports the catalog and stocks it; returns its variant ids. `log` reports progress. */
export async function seedCatalog(
  base: string,
  token: string,
  productCount: number,
  databaseUrl: string | undefined,
  log: (line: string) => void,
): Promise<string[]> {
  const imported = await fetch(`${base}/admin/products/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', ...bearer(token) },
    body: catalogNdjson(productCount),
  });
  if (imported.status !== 202) throw new Error(`import answered ${imported.status}: ${await imported.text()}`);
  await waitForJob(base, token, ((await imported.json()) as { jobId: string }).jobId);
  const ids = await variantIdsOf(base, token);
  if (ids.length !== productCount * SIZES.length) throw new Error(`expected ${productCount * SIZES.length} variants, found ${ids.length}`);
  log(`imported ${productCount} products; stocking ${ids.length} variants…`);
  if (databaseUrl) {
    const stocked = await stockInSql(databaseUrl);
    if (stocked !== ids.length) throw new Error(`stocked ${stocked} of ${ids.length} variants`);
    return ids;
  }
  await pool(ids, 16, async (variantId) => {
    const res = await call(
      base,
      'POST',
      '/admin/inventory/adjustments',
      { variantId, locationId: 'loc_default', delta: STOCK_PER_VARIANT, reason: 'adjustment' },
      bearer(token),
    );
    expectStatus(res, 201, 'stock adjustment');
  });
  return ids;
}

/** The seeded catalog of a reused database: its variant ids. */
export async function readCatalog(base: string, token: string, productCount: number): Promise<Catalog> {
  const variantIds = await variantIdsOf(base, token);
  if (variantIds.length !== productCount * SIZES.length) throw new Error(`the reused catalog has ${variantIds.length} variants`);
  return { productCount, variantIds, words: [...WORDS, ...KINDS] };
}

/** The region (DE, EUR, 19 %), its shipping option and `customers` fresh signed-in customers. */
export async function seedShop(base: string, token: string, customers: number, runId: string): Promise<Shop> {
  const admin = bearer(token);
  const regions = await call<{ items: { id: string; countries: string[] }[] }>(base, 'GET', '/admin/regions?limit=100', undefined, admin);
  expectStatus(regions, 200, 'list regions');
  let regionId = regions.body.items.find((r) => r.countries.includes('DE'))?.id;
  if (!regionId) {
    const region = await call<{ id: string }>(
      base,
      'POST',
      '/admin/regions',
      { name: 'Germany', currency: 'EUR', countries: ['DE'], taxRateBps: 1900 },
      admin,
    );
    expectStatus(region, 201, 'create region');
    regionId = region.body.id;
  }
  const option = await call<{ id: string }>(
    base,
    'POST',
    '/admin/shipping-options',
    { regionId, name: `Bench standard ${runId}`, type: 'flat', amount: 490 },
    admin,
  );
  expectStatus(option, 201, 'create shipping option');
  const customerTokens: string[] = [];
  for (let i = 0; i < customers; i += 1) {
    const registered = await call<{ token: string }>(base, 'POST', '/auth/customers/register', {
      email: `bench-${runId}-${i}@example.test`,
      password: `bench-password-${runId}`,
    });
    expectStatus(registered, 201, 'register customer');
    customerTokens.push(registered.body.token);
  }
  return { regionId, shippingOptionId: option.body.id, customerTokens };
}
