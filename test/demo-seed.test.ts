import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase, queryRows, type Database } from '../src/platform/db/index.ts';
import { setFailpointHook } from '../src/platform/failpoints.ts';
import type { CommandContext } from '../src/platform/module.ts';
import { demoRows } from '../src/modules/catalog/demo.ts';
import { demoQuantity } from '../src/modules/inventory/demo.ts';
import { verifyInventory } from '../src/modules/inventory/index.ts';
import { modules } from '../src/modules/index.ts';
import { startTestDatabase, TEST_DATABASE_URL } from './support/database.ts';

// A first start that stops halfway through the demo shop must leave a start that completes it:
// never a partial shop, never anything twice.

const rows = demoRows();
const expected = {
  products: new Set(rows.map((r) => r.handle)).size,
  variants: rows.length,
};

function contextOf(database: Database): CommandContext {
  return {
    db: database.db,
    database,
    config: loadConfig({ NODE_ENV: 'test', STOCKROOM_DEMO_DATA: 'true' }),
    log: pino({ level: 'silent' }),
    print: () => undefined,
  };
}

/** Every bootstrap in module order, as `startServer` runs them. */
async function bootstrapAll(database: Database): Promise<void> {
  const context = contextOf(database);
  for (const module of modules) await module.bootstrap?.(context);
}

/** The demo shop as it stands, compared with what a complete one holds. */
async function assertCompleteDemoShop(database: Database): Promise<void> {
  const db = database.db;
  const [counts] = await queryRows<{
    products: number;
    variants: number;
    levels: number;
    ledger: number;
    regions: number;
    promotions: number;
    owners: number;
  }>(
    db,
    sql`
    SELECT (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM product_variants) AS variants,
           (SELECT count(*)::int FROM inventory_levels) AS levels, (SELECT count(*)::int FROM inventory_ledger) AS ledger,
           (SELECT count(*)::int FROM regions) AS regions, (SELECT count(*)::int FROM promotions) AS promotions,
           (SELECT count(*)::int FROM staff) AS owners`,
  );
  const managed = await queryRows<{ id: string }>(db, sql`SELECT id FROM product_variants WHERE manage_inventory ORDER BY id`);
  const stocked = managed.filter((v) => demoQuantity(v.id) > 0);
  assert.deepEqual(counts, {
    products: expected.products,
    variants: expected.variants,
    levels: stocked.length,
    ledger: stocked.length,
    regions: 2,
    promotions: 3,
    owners: 1,
  });
  const levels = await queryRows<{ variant_id: string; on_hand: number }>(
    db,
    sql`SELECT variant_id, on_hand FROM inventory_levels ORDER BY variant_id`,
  );
  assert.deepEqual(
    levels,
    stocked.map((v) => ({ variant_id: v.id, on_hand: demoQuantity(v.id) })),
  );
  assert.deepEqual(await verifyInventory(db), { ok: true, problems: [] });
}

/** Makes the failpoint throw the first time it is reached (the start dies there), then stay quiet. */
function failOnce(name: string): void {
  setFailpointHook(name, () => {
    setFailpointHook(name, undefined);
    return Promise.reject(new Error(`start stopped at ${name}`));
  });
}

for (const [where, failpointName] of [
  ['the catalog', 'demo.catalog.batch'],
  ['the stock', 'demo.inventory.batch'],
] as const) {
  test(`a first start stopped halfway through ${where} is completed by the next start, nothing twice`, async () => {
    const { database } = await startTestDatabase();
    failOnce(failpointName);
    await assert.rejects(bootstrapAll(database), /start stopped at/);
    await bootstrapAll(database);
    await assertCompleteDemoShop(database);
    await bootstrapAll(database); // and a further start changes nothing
    await assertCompleteDemoShop(database);
  });
}

/** Starts `stockroom serve` on an embedded data directory; resolves with how it ended. */
function serve(
  dataDir: string,
  failpoint: string | undefined,
): Promise<{ listening: boolean; signal: NodeJS.Signals | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', STOCKROOM_DATA_DIR: dataDir, STOCKROOM_DEMO_DATA: 'true', LOG_LEVEL: 'info' };
  delete env.NODE_TEST_CONTEXT;
  delete env.DATABASE_URL;
  if (failpoint) env.STOCKROOM_FAILPOINT = failpoint;
  else delete env.STOCKROOM_FAILPOINT;
  const child = spawn(process.execPath, ['bin/stockroom.mjs', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    let out = '';
    let listening = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (!listening && /Stockroom is listening on/.test(out)) {
        listening = true;
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ listening, signal, out });
    });
  });
}

// The real thing on the embedded database: the process is killed (SIGKILL) mid-seed, twice.
test(
  'embedded: a first start killed in the catalog, then one killed in the stock, then a start: a complete demo shop',
  { skip: Boolean(TEST_DATABASE_URL) },
  async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stockroom-demo-seed-'));
    try {
      const first = await serve(dataDir, 'demo.catalog.batch:crash');
      assert.equal(first.signal, 'SIGKILL', first.out);
      const second = await serve(dataDir, 'demo.inventory.batch:crash');
      assert.equal(second.signal, 'SIGKILL', second.out);
      const third = await serve(dataDir, undefined);
      assert.ok(third.listening, third.out);
      const database = await openDatabase({ dataDir });
      try {
        await assertCompleteDemoShop(database);
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
