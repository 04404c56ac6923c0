import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { jsonCaller } from '../../../test/support/http.ts';
import { ISO_3166_ALPHA2 } from './countries.ts';

/** Regions: real ISO 3166-1 alpha-2 codes, a sane tax rate, and a country in at most one region. */

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
type Body = Record<string, unknown> & { code?: string; detail?: string; errors?: { path: string; message: string }[] };
const call = jsonCaller<Body>(t.app);
const paths = (b: Body) => (b.errors ?? []).map((e) => e.path).sort();

void test('country codes must be assigned ISO 3166-1 alpha-2 codes; tax rates are 0..10000 bps', async () => {
  assert.equal(ISO_3166_ALPHA2.size, 249);
  for (const code of ['XX', 'UK', 'EU', 'ZZ', 'AA']) {
    const res = await call(
      'POST',
      '/admin/regions',
      { name: `Bad ${code}`, currency: 'EUR', countries: ['PT', code], taxRateBps: 2300 },
      admin,
    );
    assert.equal(res.status, 400, `${code}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.code, 'validation_failed');
    assert.deepEqual(paths(res.body), ['/countries/1']);
  }
  const tooMuchTax = await call(
    'POST',
    '/admin/regions',
    { name: 'Taxland', currency: 'EUR', countries: ['PT'], taxRateBps: 100_000 },
    admin,
  );
  assert.equal(tooMuchTax.status, 400);
  assert.deepEqual(paths(tooMuchTax.body), ['/taxRateBps']);
  const overrideTooMuch = await call(
    'POST',
    '/admin/regions',
    { name: 'Taxland', currency: 'EUR', countries: ['PT'], taxRateBps: 2300, taxOverrides: [{ country: 'PT', taxRateBps: 10_001 }] },
    admin,
  );
  assert.equal(overrideTooMuch.status, 400);
  assert.deepEqual(paths(overrideTooMuch.body), ['/taxOverrides/0/taxRateBps']);

  const ok = await call('POST', '/admin/regions', { name: 'Portugal', currency: 'EUR', countries: ['PT'], taxRateBps: 10_000 }, admin);
  assert.equal(ok.status, 201, JSON.stringify(ok.body));
  const patched = await call('PATCH', `/admin/regions/${String(ok.body.id)}`, { countries: ['PT', 'QQ'] }, admin);
  assert.equal(patched.status, 400);
  assert.deepEqual(paths(patched.body), ['/countries/1']);
});

void test('a country already in another region is refused with 409 naming it; freed countries can be reused', async () => {
  const nordic = await call(
    'POST',
    '/admin/regions',
    { name: 'Nordics', currency: 'EUR', countries: ['FI', 'SE'], taxRateBps: 2400 },
    admin,
  );
  assert.equal(nordic.status, 201, JSON.stringify(nordic.body));
  const overlap = await call(
    'POST',
    '/admin/regions',
    { name: 'Sweden', currency: 'SEK', countries: ['NO', 'SE'], taxRateBps: 2500 },
    admin,
  );
  assert.equal(overlap.status, 409, JSON.stringify(overlap.body));
  assert.equal(overlap.body.code, 'conflict');
  assert.match(String(overlap.body.detail), /\bSE\b/);
  assert.deepEqual(paths(overlap.body), ['/countries/1']);
  assert.match(overlap.body.errors?.[0]?.message ?? '', /Nordics/);
  // nothing of the refused region was kept: NO is still free
  const norway = await call('POST', '/admin/regions', { name: 'Norway', currency: 'NOK', countries: ['NO'], taxRateBps: 2500 }, admin);
  assert.equal(norway.status, 201, JSON.stringify(norway.body));

  // a PATCH that adds a taken country is refused the same way
  const grab = await call('PATCH', `/admin/regions/${String(norway.body.id)}`, { countries: ['NO', 'FI'] }, admin);
  assert.equal(grab.status, 409);
  assert.deepEqual(paths(grab.body), ['/countries/1']);
  // a region dropping a country frees it; deleting a region frees all of its countries
  assert.equal((await call('PATCH', `/admin/regions/${String(nordic.body.id)}`, { countries: ['FI'] }, admin)).status, 200);
  const sweden = await call('POST', '/admin/regions', { name: 'Sweden', currency: 'SEK', countries: ['SE'], taxRateBps: 2500 }, admin);
  assert.equal(sweden.status, 201, JSON.stringify(sweden.body));
  assert.equal((await call('DELETE', `/admin/regions/${String(nordic.body.id)}`, undefined, admin)).status, 204);
  assert.equal((await call('PATCH', `/admin/regions/${String(norway.body.id)}`, { countries: ['NO', 'FI'] }, admin)).status, 200);
  // a region may keep its own countries when it is saved again
  assert.equal(
    (await call('PATCH', `/admin/regions/${String(norway.body.id)}`, { countries: ['FI', 'NO'], name: 'Norway+' }, admin)).status,
    200,
  );
});

void test('concurrent regions claiming the same country: exactly one wins, the others get 409', async () => {
  // half of them list the countries the other way round: claims must not deadlock
  const attempts = await Promise.all(
    ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((name, i) =>
      call(
        'POST',
        '/admin/regions',
        { name, currency: 'CHF', countries: i % 2 === 0 ? ['CH', 'LI'] : ['LI', 'CH'], taxRateBps: 810 },
        admin,
      ),
    ),
  );
  const statuses = attempts.map((a) => a.status).sort();
  assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409], JSON.stringify(attempts.map((a) => a.body)));
  const list = await call('GET', '/admin/regions?limit=100', undefined, admin);
  const holding = (list.body.items as { countries: string[] }[]).filter((r) => r.countries.includes('CH'));
  assert.equal(holding.length, 1);
});
