import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { withTransaction } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { assertLedgerMatchesLevels, setStock } from '../../../test/support/inventory.ts';
import { InsufficientStock, releaseStock, reserveStock, verifyInventory } from './index.ts';

const t = await startTestApp();
const db = t.database.db;
const token = await createStaffToken(t, 'admin');
const viewer = await createStaffToken(t, 'viewer');
const auth = { authorization: `Bearer ${token}` };

interface InventoryBody {
  onHand: number;
  reserved: number;
  available: number;
  locations: { locationId: string; onHand: number; reserved: number; available: number }[];
}
interface LedgerBody {
  items: { id: string; onHandDelta: number; reservedDelta: number; reason: string; actor: string; note: string | null }[];
  nextCursor: string | null;
}

async function inventoryOf(variantId: string): Promise<InventoryBody> {
  const res = await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: auth });
  assert.equal(res.statusCode, 200, res.body);
  return res.json<InventoryBody>();
}

function adjust(payload: Record<string, unknown>, headers: Record<string, string> = auth) {
  return t.app.inject({ method: 'POST', url: '/admin/inventory/adjustments', headers, payload });
}

async function storeInStock(handle: string, variantId: string): Promise<boolean | undefined> {
  const res = await t.app.inject({ method: 'GET', url: `/store/products/${handle}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json<{ variants: { id: string; inStock: boolean }[] }>().variants.find((v) => v.id === variantId)?.inStock;
}

test('adjustments create the level, write the ledger (newest first, paged) and refuse to go below reserved', async () => {
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  const first = await adjust({ variantId, locationId: 'loc_default', delta: 10, reason: 'adjustment', note: 'delivery' });
  assert.equal(first.statusCode, 201, first.body);
  assert.equal(first.json<{ onHandDelta: number }>().onHandDelta, 10);
  await withTransaction(db, (tx) => reserveStock(tx, { orderId: 'ord_adj', lines: [{ variantId, quantity: 4 }], actor: 'test' }));

  const tooMuch = await adjust({ variantId, locationId: 'loc_default', delta: -7, reason: 'correction' });
  assert.equal(tooMuch.statusCode, 409);
  assert.equal(tooMuch.json<{ code: string }>().code, 'insufficient_stock');
  assert.deepEqual(tooMuch.json<{ lines: unknown[] }>().lines, [{ variantId, requested: 7, available: 6 }]);
  assert.equal((await adjust({ variantId, locationId: 'loc_default', delta: -6, reason: 'correction' })).statusCode, 201);

  const level = await inventoryOf(variantId);
  assert.deepEqual(
    { onHand: level.onHand, reserved: level.reserved, available: level.available },
    { onHand: 4, reserved: 4, available: 0 },
  );

  const page1 = await t.app.inject({ method: 'GET', url: `/admin/inventory/ledger?variantId=${variantId}&limit=2`, headers: auth });
  const body1 = page1.json<LedgerBody>();
  assert.deepEqual(
    body1.items.map((e) => [e.reason, e.onHandDelta, e.reservedDelta]),
    [
      ['correction', -6, 0],
      ['reservation', 0, 4],
    ],
  );
  assert.match(body1.items[0]?.actor ?? '', /^staff:/);
  assert.ok(body1.nextCursor);
  const page2 = await t.app.inject({
    method: 'GET',
    url: `/admin/inventory/ledger?variantId=${variantId}&cursor=${body1.nextCursor}`,
    headers: auth,
  });
  const body2 = page2.json<LedgerBody>();
  assert.deepEqual(
    body2.items.map((e) => [e.reason, e.onHandDelta, e.note]),
    [['adjustment', 10, 'delivery']],
  );
  assert.equal(body2.nextCursor, null);
  await assertLedgerMatchesLevels(db);
});

test('validation, permissions and unknown ids', async () => {
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  const cases: [Record<string, unknown>, string][] = [
    [{ variantId, locationId: 'loc_default', delta: 0, reason: 'adjustment' }, '/delta'],
    [{ variantId, locationId: 'loc_default', delta: 1.5, reason: 'adjustment' }, '/delta'],
    [{ variantId, locationId: 'loc_default', delta: 1, reason: 'reservation' }, '/reason'],
    [{ variantId, locationId: 'loc_default', delta: 1, reason: 'adjustment', onHand: 5 }, '/onHand'],
  ];
  for (const [payload, path] of cases) {
    const res = await adjust(payload);
    assert.equal(res.statusCode, 400, `${JSON.stringify(payload)}: ${res.body}`);
    assert.ok(
      res.json<{ errors: { path: string }[] }>().errors.some((e) => e.path.startsWith(path)),
      res.body,
    );
  }
  assert.equal((await adjust({ variantId: 'var_nope', locationId: 'loc_default', delta: 1, reason: 'adjustment' })).statusCode, 404);
  assert.equal((await adjust({ variantId, locationId: 'loc_nope', delta: 1, reason: 'adjustment' })).statusCode, 404);
  assert.equal(
    (await adjust({ variantId, locationId: 'loc_default', delta: 1, reason: 'adjustment' }, { authorization: `Bearer ${viewer}` }))
      .statusCode,
    403,
  );
  assert.equal(
    (await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: { authorization: `Bearer ${viewer}` } }))
      .statusCode,
    200,
  );
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/inventory', headers: auth })).statusCode, 400);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: {} })).statusCode, 401);
});

test('stock locations: CRUD, allocation by priority with splitting, delete refused while stock is held', async () => {
  const create = (name: string, priority: number) =>
    t.app.inject({ method: 'POST', url: '/admin/stock-locations', headers: auth, payload: { name, priority } });
  const shop = await create('Shop', -10);
  assert.equal(shop.statusCode, 201, shop.body);
  const shopId = shop.json<{ id: string }>().id;
  const warehouse = (await create('Warehouse', 5)).json<{ id: string; version: number }>();
  assert.equal(
    (await t.app.inject({ method: 'POST', url: '/admin/stock-locations', headers: auth, payload: { name: '' } })).statusCode,
    400,
  );

  const list = await t.app.inject({ method: 'GET', url: '/admin/stock-locations', headers: auth });
  assert.deepEqual(
    list.json<{ items: { id: string }[] }>().items.map((l) => l.id),
    [shopId, 'loc_default', warehouse.id],
  );

  const stale = await t.app.inject({
    method: 'PATCH',
    url: `/admin/stock-locations/${warehouse.id}`,
    headers: { ...auth, 'if-match': `"${warehouse.id}.99"` },
    payload: { name: 'X' },
  });
  assert.equal(stale.statusCode, 412);
  const renamed = await t.app.inject({
    method: 'PATCH',
    url: `/admin/stock-locations/${warehouse.id}`,
    headers: { ...auth, 'if-match': `"${warehouse.id}.1"` },
    payload: { name: 'Main warehouse' },
  });
  assert.equal(renamed.json<{ name: string; version: number }>().version, 2);

  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  await setStock(t, token, variantId, 2, shopId);
  await setStock(t, token, variantId, 3, 'loc_default');
  await setStock(t, token, variantId, 10, warehouse.id);
  const reservations = await withTransaction(db, (tx) =>
    reserveStock(tx, { orderId: 'ord_split', lines: [{ variantId, quantity: 4 }], actor: 'test' }),
  );
  assert.deepEqual(
    reservations.map((r) => [r.locationId, r.quantity]),
    [
      [shopId, 2],
      ['loc_default', 2],
    ],
  );
  const after = await inventoryOf(variantId);
  assert.deepEqual(
    after.locations.map((l) => [l.locationId, l.available]),
    [
      [shopId, 0],
      ['loc_default', 1],
      [warehouse.id, 10],
    ],
  );

  const refused = await t.app.inject({ method: 'DELETE', url: `/admin/stock-locations/${shopId}`, headers: auth });
  assert.equal(refused.statusCode, 409);
  assert.equal((await t.app.inject({ method: 'DELETE', url: '/admin/stock-locations/loc_default', headers: auth })).statusCode, 409);
  const empty = (await create('Empty', 1)).json<{ id: string }>().id;
  assert.equal((await t.app.inject({ method: 'DELETE', url: `/admin/stock-locations/${empty}`, headers: auth })).statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/stock-locations/${empty}`, headers: auth })).statusCode, 404);

  await withTransaction(db, (tx) => releaseStock(tx, { orderId: 'ord_split' }));
  assert.equal((await inventoryOf(variantId)).reserved, 0);
  await assertLedgerMatchesLevels(db);
});

test('inStock on the store product follows stock 0 → 1 → 0; the last unit goes to one buyer only', async () => {
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  assert.equal(await storeInStock(product.handle, variantId), false);
  await setStock(t, token, variantId, 1);
  assert.equal(await storeInStock(product.handle, variantId), true);
  await withTransaction(db, (tx) => reserveStock(tx, { orderId: 'ord_last', lines: [{ variantId, quantity: 1 }], actor: 'test' }));
  assert.equal(await storeInStock(product.handle, variantId), false);
  await assert.rejects(
    withTransaction(db, (tx) => reserveStock(tx, { orderId: 'ord_late', lines: [{ variantId, quantity: 1 }], actor: 'test' })),
    (error: unknown) => error instanceof InsufficientStock && error.lines[0]?.available === 0,
  );
  await withTransaction(db, (tx) => releaseStock(tx, { orderId: 'ord_last' }));
  assert.equal(await storeInStock(product.handle, variantId), true);
  await setStock(t, token, variantId, 0);
  assert.equal(await storeInStock(product.handle, variantId), false);
  await assertLedgerMatchesLevels(db);
});

test('backorder variants reserve beyond on hand; unmanaged variants are never tracked', async () => {
  const suffix = String(Date.now());
  const product = await createProduct(t, token, {
    variants: [
      { sku: `BO-${suffix}`, options: { Size: 'S' }, prices: [{ currency: 'EUR', amount: 100 }], allowBackorder: true },
      { sku: `UN-${suffix}`, options: { Size: 'M' }, prices: [{ currency: 'EUR', amount: 100 }], manageInventory: false },
    ],
  });
  const [backorder, unmanaged] = product.variants.map((v) => v.id);
  assert.ok(backorder && unmanaged);
  assert.equal(await storeInStock(product.handle, unmanaged), true);
  await setStock(t, token, backorder, 2);
  const held = await withTransaction(db, (tx) =>
    reserveStock(tx, {
      orderId: 'ord_bo',
      lines: [
        { variantId: backorder, quantity: 5 },
        { variantId: unmanaged, quantity: 100 },
      ],
      actor: 'test',
    }),
  );
  assert.deepEqual(
    held.map((r) => [r.variantId, r.quantity]),
    [[backorder, 5]],
  );
  const level = await inventoryOf(backorder);
  assert.deepEqual([level.onHand, level.reserved, level.available], [2, 5, -3]);
  assert.equal(await storeInStock(product.handle, backorder), true, 'backorders keep a variant purchasable at available < 0');
  const ledger = await t.app.inject({ method: 'GET', url: `/admin/inventory/ledger?variantId=${backorder}`, headers: auth });
  assert.equal(ledger.json<LedgerBody>().items[0]?.note, 'backorder');

  const untracked = await adjust({ variantId: unmanaged, locationId: 'loc_default', delta: 1, reason: 'adjustment' });
  assert.equal(untracked.statusCode, 409);
  const bySku = await t.app.inject({ method: 'GET', url: `/admin/inventory?sku=BO-${suffix}`, headers: auth });
  assert.equal(bySku.json<{ variantId: string }>().variantId, backorder);
  await assertLedgerMatchesLevels(db);
});

test('lookup by SKU goes through the catalog: no level yet, renamed SKUs, unknown SKUs', async () => {
  const product = await createProduct(t, token);
  const variant = product.variants[0];
  assert.ok(variant);
  const bySku = (sku: string) => t.app.inject({ method: 'GET', url: `/admin/inventory?sku=${encodeURIComponent(sku)}`, headers: auth });
  const fresh = await bySku(variant.sku);
  assert.equal(fresh.statusCode, 200, 'a variant without any level yet is found, with zero stock');
  const body = fresh.json<InventoryBody & { variantId: string; sku: string }>();
  assert.deepEqual([body.variantId, body.sku, body.onHand], [variant.id, variant.sku, 0]);
  assert.ok(body.locations.every((l) => l.onHand === 0 && l.reserved === 0));

  await setStock(t, token, variant.id, 7);
  await t.app.inject({
    method: 'PATCH',
    url: `/admin/inventory/levels/${variant.id}/loc_default`,
    headers: auth,
    payload: { lowStockThreshold: 10 },
  });
  const newSku = `${variant.sku}-RENAMED`;
  const renamed = await t.app.inject({
    method: 'PATCH',
    url: `/admin/products/${product.id}/variants/${variant.id}`,
    headers: auth,
    payload: { sku: newSku },
  });
  assert.equal(renamed.statusCode, 200, renamed.body);
  const after = await bySku(newSku);
  assert.equal(after.statusCode, 200, after.body);
  const renamedBody = after.json<InventoryBody & { variantId: string; sku: string }>();
  assert.deepEqual([renamedBody.variantId, renamedBody.sku, renamedBody.onHand], [variant.id, newSku, 7]);
  assert.equal(renamedBody.locations.find((l) => l.locationId === 'loc_default')?.onHand, 7);
  assert.equal((await bySku(variant.sku)).statusCode, 404, 'the old SKU names nothing any more');
  assert.equal((await bySku('NO-SUCH-SKU')).statusCode, 404);
  const low = await t.app.inject({ method: 'GET', url: '/admin/inventory/low-stock?limit=100', headers: auth });
  assert.equal(low.json<{ items: { variantId: string; sku: string }[] }>().items.find((l) => l.variantId === variant.id)?.sku, newSku);
});

test('low-stock list follows per-level thresholds', async () => {
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  await setStock(t, token, variantId, 3);
  const set = await t.app.inject({
    method: 'PATCH',
    url: `/admin/inventory/levels/${variantId}/loc_default`,
    headers: auth,
    payload: { lowStockThreshold: 5 },
  });
  assert.equal(set.statusCode, 200, set.body);
  const low = await t.app.inject({ method: 'GET', url: '/admin/inventory/low-stock?limit=100', headers: auth });
  assert.ok(low.json<{ items: { variantId: string }[] }>().items.some((l) => l.variantId === variantId));
  await setStock(t, token, variantId, 8);
  const notLow = await t.app.inject({ method: 'GET', url: '/admin/inventory/low-stock?limit=100', headers: auth });
  assert.ok(!notLow.json<{ items: { variantId: string }[] }>().items.some((l) => l.variantId === variantId));
});

test('verify passes on a consistent shop and fails when a level is changed behind the ledger', async () => {
  assert.deepEqual(await verifyInventory(db), { ok: true, problems: [] });
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  await setStock(t, token, variantId, 5);
  await db.execute(sql`UPDATE inventory_levels SET on_hand = on_hand + 1 WHERE variant_id = ${variantId}`);
  const report = await verifyInventory(db);
  assert.equal(report.ok, false);
  assert.deepEqual(
    report.problems.map((p) => [p.kind, p.variantId]),
    [['ledger_mismatch', variantId]],
  );
  await db.execute(sql`UPDATE inventory_levels SET on_hand = on_hand - 1 WHERE variant_id = ${variantId}`);
  assert.equal((await verifyInventory(db)).ok, true);
});

test('the CHECK constraint refuses an oversell even from a buggy UPDATE', async () => {
  const product = await createProduct(t, token);
  const variantId = product.variants[0]?.id ?? '';
  await setStock(t, token, variantId, 1);
  await assert.rejects(db.execute(sql`UPDATE inventory_levels SET reserved = 2 WHERE variant_id = ${variantId}`), (error: unknown) =>
    /inventory_levels_no_oversell/.test(String((error as { cause?: unknown }).cause ?? error)),
  );
});

test('`stockroom verify` exits 0 on a consistent database', { skip: !process.env.DATABASE_URL || !t.testDatabase.schema }, () => {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.searchParams.set('options', `-c search_path=${t.testDatabase.schema ?? ''}`);
  const run = spawnSync(process.execPath, ['bin/stockroom.mjs', 'verify'], {
    env: { ...process.env, DATABASE_URL: url.toString(), STOCKROOM_DEMO_DATA: 'false' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /Inventory OK/);
});
