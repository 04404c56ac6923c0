import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoShop, canonicals, jsonLdBlocks, titleOf, metaContent, links } from './storefront.test-support.ts';

const t = await startDemoShop();

test('smoke: home, a category, a product', async () => {
  const home = await t.app.inject({ method: 'GET', url: '/' });
  assert.equal(home.statusCode, 200, home.body);
  console.log(titleOf(home.body), metaContent(home.body, 'description'), canonicals(home.body));
  const cat = links(home.body).find((l) => l.startsWith('/categories/'));
  assert.ok(cat);
  const catPage = await t.app.inject({ method: 'GET', url: cat });
  assert.equal(catPage.statusCode, 200, catPage.body);
  const prod = links(catPage.body).find((l) => l.startsWith('/products/'));
  assert.ok(prod);
  const p = await t.app.inject({ method: 'GET', url: prod });
  assert.equal(p.statusCode, 200, p.body);
  console.log(JSON.stringify(jsonLdBlocks(p.body), null, 1).slice(0, 3000));
  console.log(p.headers);
});
