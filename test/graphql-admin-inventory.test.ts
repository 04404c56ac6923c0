import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { send } from './support/checkout.ts';
import { gql, gqlData } from './support/graphql.ts';
import { assertLedgerMatchesLevels, setStock } from './support/inventory.ts';

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
const auth = { authorization: `Bearer ${admin}` };

const LOCATION = 'id name priority version createdAt updatedAt';
const LEVEL = 'variantId locationId locationName sku onHand reserved available allowBackorder lowStockThreshold updatedAt';
const INVENTORY = `variantId sku manageInventory allowBackorder onHand reserved available locations { ${LEVEL} }`;
const ENTRY = 'id variantId locationId onHandDelta reservedDelta reason actor orderId note createdAt';

interface UserErrors {
  userErrors: { code: string; field: string[] | null }[];
}

async function mutation<P>(field: string, args: string, selection: string): Promise<P & UserErrors> {
  const res = await gql<Record<string, P & UserErrors>>(
    t,
    'admin',
    `mutation { ${field}(${args}) { ${selection} userErrors { code field } } }`,
    { token: admin },
  );
  assert.equal(res.errors, undefined, res.raw);
  const payload = res.data?.[field];
  assert.ok(payload, res.raw);
  return payload;
}

const get = async (url: string) => {
  const res = await send(t.app, 'GET', url, undefined, auth);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as unknown;
};

void test('stock locations over GraphQL equal the REST routes: create, read, list with cursors, update, delete', async () => {
  const made = await mutation<{ stockLocation: { id: string; version: number } }>(
    'stockLocationCreate',
    'input: { name: "Graph Hall", priority: 7 }',
    `stockLocation { ${LOCATION} }`,
  );
  assert.deepEqual(made.userErrors, []);
  const id = made.stockLocation.id;
  assert.deepEqual(made.stockLocation, await get(`/admin/stock-locations/${id}`));
  await send(t.app, 'POST', '/admin/stock-locations', { name: 'Rest Hall', priority: 8 }, auth);

  const rest = (await get('/admin/stock-locations?limit=2')) as { items: unknown[]; nextCursor: string | null };
  const page = await gqlData<{
    stockLocations: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }>(t, 'admin', `{ stockLocations(first: 2) { nodes { ${LOCATION} } pageInfo { hasNextPage endCursor } } }`, { token: admin });
  assert.deepEqual(page.stockLocations.nodes, rest.items);
  assert.equal(page.stockLocations.pageInfo.endCursor, rest.nextCursor);
  const restNext = (await get(`/admin/stock-locations?limit=2&cursor=${encodeURIComponent(String(rest.nextCursor))}`)) as {
    items: unknown[];
  };
  const next = await gqlData<{ stockLocations: { nodes: unknown[] } }>(
    t,
    'admin',
    `query($after: String) { stockLocations(first: 2, after: $after) { nodes { ${LOCATION} } } }`,
    { token: admin, variables: { after: page.stockLocations.pageInfo.endCursor } },
  );
  assert.deepEqual(next.stockLocations.nodes, restNext.items);

  const stale = await mutation('stockLocationUpdate', `id: "${id}", input: { name: "x" }, expectedVersion: 99`, 'stockLocation { id }');
  assert.equal(stale.userErrors[0]?.code, 'precondition_failed');
  const empty = await mutation('stockLocationUpdate', `id: "${id}", input: {}`, 'stockLocation { id }');
  assert.equal(empty.userErrors[0]?.code, 'validation_failed');
  const renamed = await mutation<{ stockLocation: unknown }>(
    'stockLocationUpdate',
    `id: "${id}", input: { name: "Graph Hall 2" }, expectedVersion: ${made.stockLocation.version}`,
    `stockLocation { ${LOCATION} }`,
  );
  assert.deepEqual(renamed.stockLocation, await get(`/admin/stock-locations/${id}`));
  const deleted = await mutation<{ deletedId: string }>('stockLocationDelete', `id: "${id}"`, 'deletedId');
  assert.equal(deleted.deletedId, id);
  assert.equal((await send(t.app, 'GET', `/admin/stock-locations/${id}`, undefined, auth)).status, 404);
  const none = await gqlData<{ stockLocation: null }>(t, 'admin', `{ stockLocation(id: "${id}") { id } }`, { token: admin });
  assert.equal(none.stockLocation, null);
  const defaultLocation = await mutation('stockLocationDelete', 'id: "loc_default"', 'deletedId');
  assert.equal(defaultLocation.userErrors[0]?.code, 'conflict');
});

void test('inventory, adjustments, the ledger and level settings over GraphQL equal the REST routes', async () => {
  const product = await createProduct(t, admin);
  const variantId = product.variants[0]?.id ?? '';
  const sku = product.variants[0]?.sku ?? '';
  await setStock(t, admin, variantId, 10);

  const adjusted = await mutation<{ entry: { id: string } }>(
    'inventoryAdjust',
    `input: { variantId: "${variantId}", locationId: "loc_default", delta: -3, reason: "correction", note: "broken" }`,
    `entry { ${ENTRY} }`,
  );
  assert.deepEqual(adjusted.userErrors, []);
  const restAdjust = await send(
    t.app,
    'POST',
    '/admin/inventory/adjustments',
    { variantId, locationId: 'loc_default', delta: 2, reason: 'adjustment' },
    auth,
  );
  assert.equal(restAdjust.status, 201);

  const restLedger = (await get(`/admin/inventory/ledger?variantId=${variantId}&limit=2`)) as {
    items: { id: string }[];
    nextCursor: string;
  };
  const ledger = await gqlData<{ inventoryLedger: { nodes: { id: string }[]; pageInfo: { endCursor: string | null } } }>(
    t,
    'admin',
    `{ inventoryLedger(first: 2, variantId: "${variantId}") { nodes { ${ENTRY} } pageInfo { endCursor } } }`,
    { token: admin },
  );
  assert.deepEqual(ledger.inventoryLedger.nodes, restLedger.items);
  assert.equal(ledger.inventoryLedger.pageInfo.endCursor, restLedger.nextCursor);
  assert.ok(ledger.inventoryLedger.nodes.some((e) => e.id === adjusted.entry.id));

  const threshold = await mutation<{ level: unknown }>(
    'inventoryLevelUpdate',
    `variantId: "${variantId}", locationId: "loc_default", lowStockThreshold: 5`,
    `level { ${LEVEL} }`,
  );
  const restInventory = (await get(`/admin/inventory?variantId=${variantId}`)) as { locations: unknown[] };
  assert.ok(restInventory.locations.some((l) => JSON.stringify(l) === JSON.stringify(threshold.level)));
  const bySku = await gqlData<{ inventory: unknown; none: unknown }>(
    t,
    'admin',
    `query($sku: String) { inventory(sku: $sku) { ${INVENTORY} } none: inventory(sku: "NO-SUCH-SKU") { sku } }`,
    { token: admin, variables: { sku } },
  );
  assert.deepEqual(bySku.inventory, restInventory);
  assert.equal(bySku.none, null);
  const both = await gql(t, 'admin', `{ inventory(sku: "x", variantId: "${variantId}") { sku } }`, { token: admin });
  assert.equal(both.errors?.[0]?.extensions.code, 'validation_failed');

  // Business outcomes are userErrors with REST's codes, and change nothing.
  const tooMuch = await mutation(
    'inventoryAdjust',
    `input: { variantId: "${variantId}", locationId: "loc_default", delta: -1000, reason: "correction" }`,
    'entry { id }',
  );
  const restTooMuch = await send(
    t.app,
    'POST',
    '/admin/inventory/adjustments',
    { variantId, locationId: 'loc_default', delta: -1000, reason: 'correction' },
    auth,
  );
  assert.equal(tooMuch.userErrors[0]?.code, restTooMuch.body.code);
  const badReason = await mutation(
    'inventoryAdjust',
    `input: { variantId: "${variantId}", locationId: "loc_default", delta: 1, reason: "theft" }`,
    'entry { id }',
  );
  assert.deepEqual(badReason.userErrors[0]?.field, ['input', 'reason']);
  assert.deepEqual(await get(`/admin/inventory?variantId=${variantId}`), restInventory);
  await assertLedgerMatchesLevels(t.database.db);
});
