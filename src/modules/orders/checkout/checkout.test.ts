import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../../test/support/app.ts';
import { createStaffToken } from '../../../../test/support/auth.ts';
import { createProduct } from '../../../../test/support/catalog.ts';
import { setStock } from '../../../../test/support/inventory.ts';
import { complete, readyCart, setupShop } from '../../../../test/support/checkout.ts';

// Every injected request comes from 127.0.0.1; the checkout rate limit has its own test.
const t = await startTestApp({ STOCKROOM_CHECKOUT_RATE_PER_IP: '100000' });
const admin = await createStaffToken(t, 'admin');
const shop = await setupShop(t, admin, 50);
const variants: string[] = [...shop.variants];
for (let i = 0; i < 3; i += 1) {
  const product = await createProduct(t, admin);
  for (const v of product.variants) {
    await setStock(t, admin, v.id, 50);
    variants.push(v.id);
  }
}

async function statementsToComplete(lineCount: number, withKey: boolean): Promise<number> {
  const cartId = await readyCart(t.app, shop, { lines: variants.slice(0, lineCount).map((variantId) => ({ variantId, quantity: 2 })) });
  const before = t.database.stats.queries;
  const res = await complete(t.app, cartId, withKey ? { key: `count-${lineCount}-${cartId}` } : {});
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return t.database.stats.queries - before;
}

test('completing a cart costs a fixed number of SQL statements whatever its line count', async (ctx) => {
  for (const withKey of [false, true]) {
    const counts: number[] = [];
    for (const lines of [1, 2, 4, 8]) counts.push(await statementsToComplete(lines, withKey));
    ctx.diagnostic(`${withKey ? 'with' : 'without'} Idempotency-Key: statements for 1, 2, 4, 8 lines: ${counts.join(', ')}`);
    assert.deepEqual(
      counts,
      counts.map(() => counts[0]),
    );
  }
});
