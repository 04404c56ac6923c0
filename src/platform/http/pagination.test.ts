import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registeredRoutes } from './auth.ts';
import { AppError } from '../errors.ts';
import { cursorAfter, decodeCursor, encodeCursor, toPage } from './pagination.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, randomIp } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { complete, readyCart, setupShop } from '../../../test/support/checkout.ts';

const isCursorError = (error: unknown) =>
  error instanceof AppError && error.status === 400 && (error.errors ?? []).some((e) => e.path === '/query/cursor');

void test('toPage cuts limit + 1 rows into a page whose cursor is the position of its last row', () => {
  const rows = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
    { id: 'c', n: 3 },
  ];
  const full = toPage(rows, 2, (r) => [r.n, r.id]);
  assert.deepEqual(full.items, rows.slice(0, 2));
  assert.deepEqual(decodeCursor(full.nextCursor ?? '', 2), [2, 'b']);
  assert.deepEqual(
    toPage(rows, 3, (r) => [r.id]),
    { items: rows, nextCursor: null },
  );
  assert.deepEqual(
    toPage([], 3, (r: { id: string }) => [r.id]),
    { items: [], nextCursor: null },
  );
});

void test('cursorAfter returns the typed position and refuses a cursor of another shape with 400 /query/cursor', () => {
  assert.equal(cursorAfter(undefined, ['string']), undefined);
  assert.equal(cursorAfter('', ['string']), undefined);
  assert.deepEqual(cursorAfter(encodeCursor([5, 'loc_1']), ['number', 'string']), [5, 'loc_1']);
  for (const [cursor, kinds] of [
    [encodeCursor(['loc_1', 5]), ['number', 'string']],
    [encodeCursor([5]), ['string']],
    [encodeCursor([null]), ['string']],
    [encodeCursor(['a', 'b']), ['string']],
    ['garbage', ['string']],
  ] as const) {
    assert.throws(() => cursorAfter(cursor, kinds), isCursorError, cursor);
  }
});

/**
 * Every list route of the live route table (any GET whose query takes a `cursor`, so lists added
 * later are covered): paged with limit=1, each nextCursor is accepted and leads on without repeats
 * to the end; a cursor of the wrong shape or with its values' types swapped is a 400 naming
 * /query/cursor, never a 5xx or a silently restarted list.
 */
void test('every list pages by cursor to its end and refuses cursors it did not issue', async () => {
  const t = await startTestApp({ STOCKROOM_WEBHOOKS_ALLOW_PRIVATE: 'true' }); // webhook endpoints on loopback (never called)
  const owner = await createStaffToken(t, 'owner');
  const headers = { authorization: `Bearer ${owner}` };
  const post = async (url: string, payload: Record<string, unknown>, as = headers) => {
    const res = await t.app.inject({ method: 'POST', url, headers: as, payload });
    assert.ok(res.statusCode < 300, `${url}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>();
  };
  // Two or more rows in every list, so each has a next page.
  await createStaffToken(t, 'viewer');
  const customers = [await createCustomerToken(t), await createCustomerToken(t)];
  const customer = { authorization: `Bearer ${customers[1]?.token ?? ''}` };
  for (const { email } of customers) {
    // each sends a stored email
    const res = await t.app.inject({
      method: 'POST',
      url: '/auth/customers/password-reset',
      payload: { email },
      remoteAddress: randomIp(),
    });
    assert.equal(res.statusCode, 202, res.body);
  }
  for (let i = 0; i < 100; i++) {
    // emails may be stored after the reply
    const res = await t.app.inject({ method: 'GET', url: '/admin/emails', headers });
    if (res.json<{ items: unknown[] }>().items.length >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const products = [await createProduct(t, owner, { status: 'published' }), await createProduct(t, owner, { status: 'published' })];
  for (const n of [1, 2]) {
    await post('/admin/categories', { name: `Paging ${n}`, handle: `paging-cat-${n}` });
    await post('/admin/collections', { title: `Paging ${n}`, handle: `paging-col-${n}` });
    await post('/admin/stock-locations', { name: `Paging ${n}` });
    await post('/admin/api-keys', { name: `paging ${n}`, permissions: ['products:read'] });
    await post('/admin/promotions', { code: `PAGING${n}`, type: 'percentage', value: 10 });
    await post('/admin/webhooks', { url: `http://127.0.0.1:9/paging-${n}`, events: ['order.placed'] });
    await post('/admin/agents', { name: `Paging ${n}`, protocols: ['acp'] });
    await post('/store/me/addresses', { address1: `${n} Paging Street`, city: 'Berlin', countryCode: 'DE' }, customer);
    await post('/store/carts', { currency: 'EUR' }, customer); // open carts: /store/me/carts
  }
  const region = await post('/admin/regions', { name: 'Paging', currency: 'EUR', countries: ['DE'], taxRateBps: 1900, taxInclusive: true });
  await post('/admin/regions', { name: 'Paging 2', currency: 'EUR', countries: ['FR'], taxRateBps: 2000, taxInclusive: true });
  for (const n of [1, 2]) await post('/admin/shipping-options', { regionId: region.id, name: `Paging ${n}`, type: 'flat', amount: 500 });
  const shop = await setupShop(t, owner); // two orders of the customer: /store/orders and /admin/orders
  for (let n = 0; n < 2; n++) {
    const cartId = await readyCart(t.app, shop, { token: customers[1]?.token, lines: [{ variantId: shop.variants[0], quantity: 1 }] });
    const placed = await complete(t.app, cartId, { token: customers[1]?.token, ip: randomIp() });
    assert.equal(placed.status, 201, JSON.stringify(placed.body));
  }
  for (const product of products) {
    const variantId = product.variants[0]?.id ?? '';
    await post('/admin/inventory/adjustments', { variantId, locationId: 'loc_default', delta: 1, reason: 'adjustment' });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/admin/inventory/levels/${variantId}/loc_default`,
      headers,
      payload: { lowStockThreshold: 10 },
    });
    assert.equal(res.statusCode, 200, res.body);
  }

  const openapi = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  }>();
  // The event feed is a poll-forever feed (its cursor stays set at the end) of events the relay numbers:
  // events/webhooks.test.ts walks it with the relay running.
  const lists = registeredRoutes(t.app).filter(
    (r) =>
      r.method === 'GET' &&
      r.url !== '/admin/events' &&
      (openapi.paths[r.url]?.get?.parameters ?? []).some((p) => p.in === 'query' && p.name === 'cursor'),
  );
  assert.ok(lists.length >= 13, `found only ${lists.map((r) => r.url).join(', ')}`);

  const customerRoutes = new Set(lists.filter((r) => r.auth === 'customer').map((r) => r.url));
  const get = (url: string) =>
    t.app.inject({ method: 'GET', url, headers: customerRoutes.has(url.split('?')[0] ?? '') ? customer : headers });
  const refused = async (url: string, cursor: string) => {
    const res = await get(`${url}${url.includes('?') ? '&' : '?'}cursor=${cursor}`);
    assert.equal(res.statusCode, 400, `${url} cursor ${Buffer.from(cursor, 'base64url').toString()}: ${res.body}`);
    assert.ok(
      res.json<{ errors: { path: string }[] }>().errors.some((e) => e.path === '/query/cursor'),
      res.body,
    );
  };
  for (const route of lists) {
    const url = route.url === '/store/products' ? '/store/products?sort=title' : route.url;
    const seen: string[] = [];
    let cursor: string | null = null;
    let firstCursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const res = await get(`${url}${url.includes('?') ? '&' : '?'}limit=1${cursor === null ? '' : `&cursor=${cursor}`}`);
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      const body = res.json<{ items: Record<string, unknown>[]; nextCursor: string | null }>();
      for (const item of body.items) seen.push(JSON.stringify(item));
      firstCursor ??= body.nextCursor;
      cursor = body.nextCursor;
      if (cursor === null) break;
    }
    assert.equal(cursor, null, `${url} did not end`);
    assert.ok(seen.length >= 2, `${url} listed ${seen.length} rows; seed more`);
    assert.equal(new Set(seen).size, seen.length, `${url} repeated a row`);
    const all = (await get(`${url}${url.includes('?') ? '&' : '?'}limit=100`)).json<{ items: unknown[] }>();
    assert.equal(all.items.length, seen.length, `${url}: paging lost rows`);

    const position = decodeCursor(firstCursor ?? '', JSON.parse(Buffer.from(firstCursor ?? '', 'base64url').toString()).length);
    await refused(url, encodeCursor([...position, 'extra']));
    await refused(url, encodeCursor(position.map((v) => (typeof v === 'string' ? 1 : 'x'))));
    await refused(url, 'garbage');
  }
});
