import { test } from 'node:test';
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { startTestApp } from './support/app.ts';
import { createStaffToken, createCustomerToken } from './support/auth.ts';

/**
 * Cross-module: write routes of every module run inside the platform's idempotent transaction when
 * a client sends Idempotency-Key (handlers that read through `db` instead of their transaction would
 * deadlock on the embedded database), and a retry replays the stored reply without doing it again.
 */
const t = await startTestApp();

let n = 0;
async function send(method: 'POST' | 'PATCH', url: string, payload: object, headers: Record<string, string> = {}) {
  const key = { 'idempotency-key': `cross-module-${n++}-${randomUUID()}` };
  const first = await t.app.inject({ method, url, payload, headers: { ...headers, ...key } });
  assert.ok(first.statusCode >= 200 && first.statusCode < 300, `${method} ${url} → ${first.statusCode} ${first.body.slice(0, 300)}`);
  const replay = await t.app.inject({ method, url, payload, headers: { ...headers, ...key } });
  assert.equal(replay.statusCode, first.statusCode, `${method} ${url} replay status`);
  assert.equal(replay.headers['idempotent-replayed'], 'true', `${method} ${url} is replayed`);
  assert.equal(replay.body, first.body, `${method} ${url} replays the same body`);
  return first.json<Record<string, unknown>>();
}

test('writes across modules are idempotent under a key, on this database', async () => {
  const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
  const product = await send('POST', '/admin/products', {
    title: 'Idempotent shirt', status: 'published', options: [{ name: 'Size', values: ['M'] }],
    variants: [{ sku: 'IDEM-1', options: { Size: 'M' }, prices: [{ currency: 'EUR', amount: 1000 }] }],
  }, owner) as { id: string; variants: { id: string }[] };
  const variantId = product.variants[0]!.id;
  await send('PATCH', `/admin/products/${product.id}`, { title: 'Idempotent shirt 2' }, owner);
  await send('POST', '/admin/categories', { name: 'Shirts', handle: 'shirts' }, owner);
  await send('POST', '/admin/regions', { name: 'EU', currency: 'EUR', countries: ['DE'], taxRateBps: 1900 }, owner);
  await send('POST', '/admin/stock-locations', { name: 'Shop', priority: 2 }, owner);
  await send('POST', '/admin/inventory/adjustments', { variantId, locationId: 'loc_default', delta: 5, reason: 'adjustment' }, owner);
  await send('POST', '/admin/staff', { email: 'idem-viewer@example.com', role: 'viewer', password: 'a-long-password-1' }, owner);

  const levels = (await t.app.inject({ method: 'GET', url: `/admin/inventory?variantId=${variantId}`, headers: owner })).json<{ items?: { onHand: number }[]; locations?: { onHand: number }[] }>();
  const onHand = (levels.items ?? levels.locations ?? []).reduce((sum, l) => sum + l.onHand, 0);
  assert.equal(onHand, 5, 'the replayed adjustment was applied once');

  const cart = await send('POST', '/store/carts', { currency: 'EUR' }) as { id: string };
  const withItem = await send('POST', `/store/carts/${cart.id}/items`, { variantId, quantity: 2 }) as { items: { quantity: number }[] };
  assert.equal(withItem.items[0]?.quantity, 2, 'the replayed add did not add twice');
  await send('PATCH', `/store/carts/${cart.id}`, { email: 'guest@example.com' });

  const customer = { authorization: `Bearer ${(await createCustomerToken(t)).token}` };
  await send('POST', '/store/me/addresses', { firstName: 'A', lastName: 'B', address1: 'Street 1', city: 'Berlin', postalCode: '10115', countryCode: 'DE' }, customer);
  await send('PATCH', '/store/me', { firstName: 'Z' }, customer);
});
