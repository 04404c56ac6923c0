import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';
import { loadDemoPricing } from './demo.ts';

const t = await startTestApp();

test('the demo selling rules load once and are usable through the admin API', async () => {
  assert.equal(await loadDemoPricing(t.database.db), true);
  assert.equal(await loadDemoPricing(t.database.db), false, 'a second start changes nothing');
  const token = await createStaffToken(t, 'viewer');
  const auth = { authorization: `Bearer ${token}` };
  const regions = (await t.app.inject({ method: 'GET', url: '/admin/regions', headers: auth })).json<{
    items: { id: string; currency: string; taxInclusive: boolean }[];
  }>();
  assert.deepEqual(regions.items.map((r) => [r.currency, r.taxInclusive]).sort(), [
    ['EUR', true],
    ['USD', false],
  ]);
  const europe = regions.items.find((r) => r.currency === 'EUR')!;
  const options = (await t.app.inject({ method: 'GET', url: `/admin/shipping-options?regionId=${europe.id}`, headers: auth })).json<{
    items: { type: string }[];
  }>();
  assert.deepEqual(options.items.map((o) => o.type).sort(), ['flat', 'free_over']);
  const promotions = (await t.app.inject({ method: 'GET', url: '/admin/promotions', headers: auth })).json<{ items: { code: string }[] }>();
  assert.deepEqual(promotions.items.map((p) => p.code).sort(), ['FIVEOFF', 'SHIPFREE', 'WELCOME10']);
});
