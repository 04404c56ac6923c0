import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { createProduct } from '../../../test/support/catalog.ts';
import { jsonLdBlocks, titleOf } from './storefront.test-support.ts';

const t = await startTestApp({ STOCKROOM_PUBLIC_URL: 'https://shop.example.test' });
const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
const viewer = { authorization: `Bearer ${await createStaffToken(t, 'viewer')}` };
const region = await t.app.inject({
  method: 'POST',
  url: '/admin/regions',
  headers: owner,
  payload: { name: 'Europe', currency: 'EUR', countries: ['DE', 'FR'], taxRateBps: 1900, taxInclusive: true },
});
assert.equal(region.statusCode, 201, region.body);
const regionId = region.json<{ id: string }>().id;
const option = await t.app.inject({
  method: 'POST',
  url: '/admin/shipping-options',
  headers: owner,
  payload: { regionId, name: 'Standard', type: 'flat', amount: 490 },
});
assert.equal(option.statusCode, 201, option.body);

interface Settings {
  name: string;
  logoUrl: string | null;
  defaultRegionId: string | null;
  returnPolicy: { days: number; isFree: boolean };
  shipping: { summary: string; handlingDays: { min: number; max: number }; transitDays: { min: number; max: number } };
  version: number;
}

test('GET /admin/settings: defaults, an ETag; viewers may read, anonymous callers may not', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/admin/settings', headers: viewer });
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json<Settings>();
  assert.equal(body.name, 'Stockroom');
  assert.deepEqual(body.returnPolicy, { days: 30, isFree: true });
  assert.equal(res.headers.etag, `"settings.${body.version}"`);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/settings' })).statusCode, 401);
});

test('PATCH /admin/settings: needs settings:write, refuses bad input and stale versions, changes nothing on failure', async () => {
  const patch = (payload: unknown, headers: Record<string, string> = owner) =>
    t.app.inject({ method: 'PATCH', url: '/admin/settings', headers, payload: payload as Record<string, unknown> });
  assert.equal((await patch({ name: 'Nope' }, viewer)).statusCode, 403);
  for (const bad of [
    { name: '' },
    { role: 'owner' },
    { defaultRegionId: 'reg_missing' },
    { logoUrl: 'javascript:alert(1)' },
    { returnPolicy: { days: 400, isFree: true } },
    { shipping: { summary: 'x', handlingDays: { min: 3, max: 1 }, transitDays: { min: 1, max: 2 } } },
  ]) {
    const res = await patch(bad);
    assert.equal(res.statusCode, 400, JSON.stringify(bad));
    assert.equal(res.json<{ code: string }>().code, 'validation_failed');
  }
  const current = (await t.app.inject({ method: 'GET', url: '/admin/settings', headers: owner })).json<Settings>();
  assert.equal(current.name, 'Stockroom');
  assert.equal(current.defaultRegionId, null);

  const stale = await patch({ name: 'Stale' }, { ...owner, 'if-match': `"settings.${current.version - 1}"` });
  assert.equal(stale.statusCode, 412);
  const ok = await patch(
    {
      name: 'Corner Shop',
      defaultRegionId: regionId,
      shipping: { summary: 'Ships in 1–2 days', handlingDays: { min: 1, max: 2 }, transitDays: { min: 2, max: 4 } },
    },
    { ...owner, 'if-match': `"settings.${current.version}"` },
  );
  assert.equal(ok.statusCode, 200, ok.body);
  const saved = ok.json<Settings>();
  assert.equal(saved.version, current.version + 1);
  assert.equal(saved.name, 'Corner Shop');
  assert.equal(saved.defaultRegionId, regionId);
  assert.deepEqual(saved.returnPolicy, current.returnPolicy, 'fields left out keep their value');
});

test('pages and JSON-LD use the settings: shop name, return policy and delivery times', async () => {
  await t.app.inject({
    method: 'PATCH',
    url: '/admin/settings',
    headers: owner,
    payload: { name: 'Corner Shop', returnPolicy: { days: 14, isFree: false } },
  });
  const product = await createProduct(t, owner.authorization.slice(7), {
    handle: 'settings-product',
    variants: [{ sku: 'SETTINGS-1', prices: [{ currency: 'EUR', amount: 1500 }] }],
    options: [],
  });
  const page = await t.app.inject({ method: 'GET', url: `/products/${product.handle}` });
  assert.equal(page.statusCode, 200);
  assert.equal(titleOf(page.body), `${product.title} | Corner Shop`);
  const [ld] = jsonLdBlocks(page.body) as [
    {
      '@type': string;
      offers: {
        price: string;
        hasMerchantReturnPolicy: Record<string, unknown>;
        shippingDetails: {
          shippingRate: { value: string; currency: string };
          deliveryTime: { handlingTime: { minValue: number; maxValue: number } };
        };
      };
    },
  ];
  assert.equal(ld['@type'], 'Product');
  assert.equal(ld.offers.price, '15.00');
  assert.deepEqual(ld.offers.hasMerchantReturnPolicy, {
    '@type': 'MerchantReturnPolicy',
    applicableCountry: ['DE', 'FR'],
    returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
    merchantReturnDays: 14,
    returnMethod: 'https://schema.org/ReturnByMail',
    returnFees: 'https://schema.org/ReturnFeesCustomerResponsibility',
  });
  assert.deepEqual(ld.offers.shippingDetails.shippingRate, { '@type': 'MonetaryAmount', value: '4.90', currency: 'EUR' });
  assert.deepEqual(
    [ld.offers.shippingDetails.deliveryTime.handlingTime.minValue, ld.offers.shippingDetails.deliveryTime.handlingTime.maxValue],
    [1, 2],
  );

  await t.app.inject({ method: 'PATCH', url: '/admin/settings', headers: owner, payload: { returnPolicy: { days: 0, isFree: false } } });
  const after = jsonLdBlocks((await t.app.inject({ method: 'GET', url: `/products/${product.handle}` })).body)[0] as {
    offers: { hasMerchantReturnPolicy: { returnPolicyCategory: string } };
  };
  assert.equal(after.offers.hasMerchantReturnPolicy.returnPolicyCategory, 'https://schema.org/MerchantReturnNotPermitted');
});
