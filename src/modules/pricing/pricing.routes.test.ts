import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
const viewer = await createStaffToken(t, 'viewer');

type Json = Record<string, unknown>;

async function call(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  options: { token?: string | undefined; headers?: Record<string, string> } = {},
) {
  const token = 'token' in options ? options.token : admin;
  const res = await t.app.inject({
    method,
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    ...(body === undefined ? {} : { payload: body as Json }),
  });
  return { status: res.statusCode, body: res.body ? res.json<Json>() : {}, headers: res.headers };
}

function paths(body: Json): string[] {
  return (body.errors as { path: string }[]).map((e) => e.path).sort();
}

const regionBody = { name: 'Europe', currency: 'EUR', countries: ['DE', 'FR'], taxRateBps: 1900, taxInclusive: true };

void test('regions: create, read, list, update with If-Match, delete', async () => {
  const created = await call('POST', '/admin/regions', { ...regionBody, taxOverrides: [{ country: 'FR', taxRateBps: 2000 }] });
  assert.equal(created.status, 201);
  const region = created.body;
  assert.match(String(region.id), /^reg_/);
  assert.equal(region.isShippingTaxed, true);
  assert.equal(region.version, 1);
  assert.equal(created.headers.etag, `"${String(region.id)}.1"`);

  const got = await call('GET', `/admin/regions/${String(region.id)}`);
  assert.equal(got.status, 200);
  assert.deepEqual(got.body, region);

  const second = await call('POST', '/admin/regions', { ...regionBody, name: 'Second', countries: ['BE'] });
  const page1 = await call('GET', '/admin/regions?limit=1');
  assert.equal((page1.body.items as Json[]).length, 1);
  assert.equal(typeof page1.body.nextCursor, 'string');
  const page2 = await call('GET', `/admin/regions?limit=1&cursor=${String(page1.body.nextCursor)}`);
  assert.deepEqual(
    (page2.body.items as Json[]).map((r) => r.id),
    [second.body.id],
  );
  assert.equal(page2.body.nextCursor, null);

  const patched = await call(
    'PATCH',
    `/admin/regions/${String(region.id)}`,
    { taxRateBps: 2100 },
    { headers: { 'if-match': `"${String(region.id)}.1"` } },
  );
  assert.equal(patched.status, 200);
  assert.equal(patched.body.taxRateBps, 2100);
  assert.equal(patched.body.version, 2);

  const stale = await call(
    'PATCH',
    `/admin/regions/${String(region.id)}`,
    { name: 'Stale' },
    { headers: { 'if-match': `"${String(region.id)}.1"` } },
  );
  assert.equal(stale.status, 412);
  assert.equal(stale.body.code, 'precondition_failed');

  const deleted = await call('DELETE', `/admin/regions/${String(second.body.id)}`);
  assert.equal(deleted.status, 204);
  assert.equal((await call('GET', `/admin/regions/${String(second.body.id)}`)).status, 404);
});

void test('regions: validation errors carry paths; unknown fields are rejected', async () => {
  const bad = await call('POST', '/admin/regions', { name: '', currency: 'eur', countries: [], taxRateBps: -1 });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.code, 'validation_failed');
  assert.deepEqual(paths(bad.body), ['/countries', '/currency', '/name', '/taxRateBps']);

  const override = await call('POST', '/admin/regions', { ...regionBody, taxOverrides: [{ country: 'IT', taxRateBps: 2200 }] });
  assert.equal(override.status, 400);
  assert.deepEqual(paths(override.body), ['/taxOverrides/0/country']);

  const extra = await call('POST', '/admin/regions', { ...regionBody, total: 0 });
  assert.equal(extra.status, 400);
  assert.deepEqual(paths(extra.body), ['/total']);
});

void test('permissions: a viewer reads but cannot write; anonymous gets 401', async () => {
  assert.equal((await call('GET', '/admin/regions', undefined, { token: viewer })).status, 200);
  const denied = await call('POST', '/admin/regions', regionBody, { token: viewer });
  assert.equal(denied.status, 403);
  assert.equal((await call('GET', '/admin/promotions', undefined, { token: undefined })).status, 401);
});

void test('shipping options: each type, with type-specific validation', async () => {
  const region = (await call('POST', '/admin/regions', { ...regionBody, name: 'Ship', countries: ['NL'] })).body;
  const regionId = String(region.id);

  const flat = await call('POST', '/admin/shipping-options', { regionId, name: 'Standard', type: 'flat', amount: 495 });
  assert.equal(flat.status, 201);
  assert.equal(flat.body.amount, 495);
  assert.deepEqual(flat.body.weightBands, []);
  assert.equal(flat.body.freeOverAmount, null);

  const byWeight = await call('POST', '/admin/shipping-options', {
    regionId,
    name: 'By weight',
    type: 'weight_based',
    weightBands: [
      { maxGrams: 1000, amount: 400 },
      { maxGrams: 5000, amount: 900 },
    ],
  });
  assert.equal(byWeight.status, 201);
  assert.equal(byWeight.body.amount, 0);

  const freeOver = await call('POST', '/admin/shipping-options', {
    regionId,
    name: 'Free over 50',
    type: 'free_over',
    amount: 595,
    freeOverAmount: 5000,
  });
  assert.equal(freeOver.status, 201);

  const missing = await call('POST', '/admin/shipping-options', { regionId, name: 'x', type: 'free_over' });
  assert.equal(missing.status, 400);
  assert.deepEqual(paths(missing.body), ['/amount', '/freeOverAmount']);

  const unordered = await call('POST', '/admin/shipping-options', {
    regionId,
    name: 'x',
    type: 'weight_based',
    weightBands: [
      { maxGrams: 1000, amount: 1 },
      { maxGrams: 1000, amount: 2 },
    ],
  });
  assert.equal(unordered.status, 400);
  assert.deepEqual(paths(unordered.body), ['/weightBands/1/maxGrams']);

  const noRegion = await call('POST', '/admin/shipping-options', { regionId: 'reg_nope', name: 'x', type: 'flat', amount: 1 });
  assert.equal(noRegion.status, 400);
  assert.deepEqual(paths(noRegion.body), ['/regionId']);

  const price = await call('POST', '/admin/shipping-options', {
    regionId,
    name: 'x',
    type: 'flat',
    amount: 1,
    price: { currency: 'EUR', amount: 0 },
  });
  assert.equal(price.status, 400);
  assert.deepEqual(paths(price.body), ['/price']);

  const list = await call('GET', `/admin/shipping-options?regionId=${regionId}`);
  assert.deepEqual(
    (list.body.items as Json[]).map((o) => o.name),
    ['Standard', 'By weight', 'Free over 50'],
  );

  const patched = await call('PATCH', `/admin/shipping-options/${String(flat.body.id)}`, { amount: 595, isActive: false });
  assert.equal(patched.status, 200);
  assert.equal(patched.body.amount, 595);
  assert.equal(patched.body.isActive, false);

  const toFreeOver = await call('PATCH', `/admin/shipping-options/${String(flat.body.id)}`, { type: 'free_over' });
  assert.equal(toFreeOver.status, 400);
  assert.deepEqual(paths(toFreeOver.body), ['/freeOverAmount']);

  assert.equal((await call('DELETE', `/admin/regions/${regionId}`)).status, 204);
  assert.equal((await call('GET', `/admin/shipping-options/${String(freeOver.body.id)}`)).status, 404);
});

void test('promotions: CRUD, case-insensitive unique codes, validation with paths', async () => {
  const created = await call('POST', '/admin/promotions', {
    code: 'Summer10',
    type: 'percentage',
    value: 10,
    usageLimit: 100,
    minSubtotal: 2000,
    currency: 'EUR',
  });
  assert.equal(created.status, 201);
  assert.equal(created.body.used, 0);
  assert.equal(created.body.startsAt, null);
  assert.deepEqual(created.body.productIds, []);

  const duplicate = await call('POST', '/admin/promotions', { code: 'SUMMER10', type: 'fixed', value: 500, currency: 'EUR' });
  assert.equal(duplicate.status, 409);
  assert.equal(duplicate.body.code, 'conflict');

  const byCode = await call('GET', '/admin/promotions?code=summer10');
  assert.deepEqual(
    (byCode.body.items as Json[]).map((p) => p.id),
    [created.body.id],
  );

  const tooMuch = await call('POST', '/admin/promotions', { code: 'HUGE', type: 'percentage', value: 150 });
  assert.equal(tooMuch.status, 400);
  assert.deepEqual(paths(tooMuch.body), ['/value']);

  const window = await call('POST', '/admin/promotions', {
    code: 'BACKWARDS',
    type: 'fixed',
    value: 100,
    currency: 'EUR',
    startsAt: '2030-01-02T00:00:00Z',
    endsAt: '2030-01-01T00:00:00Z',
  });
  assert.equal(window.status, 400);
  assert.deepEqual(paths(window.body), ['/endsAt']);

  const badType = await call('POST', '/admin/promotions', { code: 'X', type: 'bogus', value: 1 });
  assert.equal(badType.status, 400);
  assert.ok(paths(badType.body).includes('/type'));

  for (const field of ['discountTotal', 'total', 'used']) {
    const sneaky = await call('POST', '/admin/promotions', { code: 'SNEAKY', type: 'fixed', value: 1, currency: 'EUR', [field]: 0 });
    assert.equal(sneaky.status, 400, field);
    assert.deepEqual(paths(sneaky.body), [`/${field}`]);
  }

  const freeShipping = await call('POST', '/admin/promotions', { code: 'SHIPFREE', type: 'free_shipping' });
  assert.equal(freeShipping.status, 201);
  assert.equal(freeShipping.body.value, 0);

  const id = String(created.body.id);
  const patched = await call(
    'PATCH',
    `/admin/promotions/${id}`,
    { endsAt: '2031-01-01T00:00:00.000Z', value: 15 },
    { headers: { 'if-match': String(created.headers.etag) } },
  );
  assert.equal(patched.status, 200);
  assert.equal(patched.body.endsAt, '2031-01-01T00:00:00.000Z');
  assert.equal(patched.body.value, 15);

  const cleared = await call('PATCH', `/admin/promotions/${id}`, { endsAt: null });
  assert.equal(cleared.body.endsAt, null);

  assert.equal((await call('DELETE', `/admin/promotions/${id}`)).status, 204);
  assert.equal((await call('GET', `/admin/promotions/${id}`)).status, 404);
  const reused = await call('POST', '/admin/promotions', { code: 'summer10', type: 'fixed', value: 100, currency: 'EUR' });
  assert.equal(reused.status, 201);
});

void test('idempotent replay of a create returns the same promotion', async () => {
  const headers = { 'idempotency-key': 'promo-create-1' };
  const first = await call('POST', '/admin/promotions', { code: 'ONCE', type: 'fixed', value: 100, currency: 'EUR' }, { headers });
  const second = await call('POST', '/admin/promotions', { code: 'ONCE', type: 'fixed', value: 100, currency: 'EUR' }, { headers });
  assert.equal(first.status, 201);
  assert.equal(second.status, 201);
  assert.equal(second.headers['idempotent-replayed'], 'true');
  assert.deepEqual(second.body, first.body);
});

void test('the OpenAPI document describes the pricing routes', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json<{ paths: Record<string, unknown> }>();
  for (const path of ['/admin/regions', '/admin/regions/{id}', '/admin/shipping-options', '/admin/promotions/{id}']) {
    assert.ok(path in doc.paths, path);
  }
});
