/**
 * One server under benchmark, in its own process so the load generator does not share its CPU:
 *   stockroom  the real app (startServer)
 *   bare       a minimal Fastify route returning a fixed product-page-sized JSON (the HTTP ceiling)
 *   raw        a minimal Fastify route running one hand-written SQL query for a page of products
 *              with variants and prices through `pg` (the database ceiling)
 * Prints `READY <port>` once listening.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/platform/config.ts';
import { startServer } from '../src/server.ts';

const mode = process.argv[2];

const RAW_PAGE = `
  SELECT p.id, p.handle, p.title, p.images,
         (SELECT coalesce(json_agg(json_build_object(
            'id', v.id, 'sku', v.sku, 'title', v.title, 'options', v.options, 'inStock', v.in_stock,
            'prices', (SELECT coalesce(json_agg(json_build_object('currency', vp.currency, 'amount', vp.amount)), '[]')
                       FROM variant_prices vp WHERE vp.variant_id = v.id))
          ORDER BY v.position, v.id), '[]')
          FROM product_variants v WHERE v.product_id = p.id AND v.deleted_at IS NULL) AS variants
  FROM products p
  WHERE p.status = 'published' AND p.deleted_at IS NULL
  ORDER BY p.id DESC
  LIMIT 20`;

async function main(): Promise<void> {
  if (mode === 'stockroom') {
    const server = await startServer(loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'warn', STOCKROOM_DEMO_DATA: 'false' }));
    process.stdout.write(`READY ${new URL(server.url).port}\n`);
    process.on('SIGTERM', () => {
      void server.stop().then(() => process.exit(0));
    });
    return;
  }
  const app = Fastify({ logger: false });
  if (mode === 'bare') {
    const page = {
      items: Array.from({ length: 20 }, (_, i) => ({
        id: `prod_${i}`,
        handle: `product-${i}`,
        title: `Product ${i}`,
        images: [{ url: '/x.svg', alt: 'x' }],
        variants: [1, 2].map((v) => ({
          id: `var_${i}_${v}`,
          sku: `SKU-${i}-${v}`,
          title: `V${v}`,
          options: { Size: 'M' },
          inStock: true,
          prices: [
            { currency: 'EUR', amount: 1999 },
            { currency: 'USD', amount: 2199 },
          ],
        })),
      })),
      nextCursor: 'abc',
    };
    app.get('/bare', async () => page);
  } else if (mode === 'raw') {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    app.get('/raw', async () => ({ items: (await pool.query(RAW_PAGE)).rows }));
  } else {
    throw new Error(`unknown mode ${String(mode)}`);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
