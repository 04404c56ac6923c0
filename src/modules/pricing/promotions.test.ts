import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestDatabase, TEST_DATABASE_URL } from '../../../test/support/database.ts';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { problemBody } from '../../platform/http/problem.ts';
import { createPromotion, redeemPromotion, updatePromotion, validatePromotion } from './promotions.ts';
import { BadRequest } from '../../platform/errors.ts';
import { PromotionInvalid, type PromotionInvalidReason } from './pricing.errors.ts';
import type { CreatePromotionBody } from './pricing.schemas.ts';
import { createRegion, findRegionForCart, taxRateFor } from './regions.ts';
import { createShippingOption, listShippingOptionsForCart } from './shipping.ts';

const { database } = await startTestDatabase({ poolSize: 20 });
const db = database.db;
let seq = 0;

async function promotion(input: Partial<CreatePromotionBody> = {}) {
  seq += 1;
  return withTransaction(db, (tx) => createPromotion(tx, { code: `CODE${seq}`, type: 'percentage', value: 10, ...input }));
}

const cart = { subtotal: 5000, currency: 'EUR', productIds: ['prod_a'], categoryIds: ['cat_shoes'], at: new Date('2030-06-01T00:00:00Z') };

async function reasonOf(run: Promise<unknown>): Promise<PromotionInvalidReason> {
  try {
    await run;
  } catch (error) {
    if (error instanceof PromotionInvalid) return error.reason;
    throw error;
  }
  assert.fail('expected promotion_invalid');
}

async function used(id: string): Promise<number> {
  const [row] = await queryRows<{ used: number }>(db, sql`SELECT used FROM promotions WHERE id = ${id}`);
  return row?.used ?? -1;
}

void test('validatePromotion accepts a valid code in any case and names why others fail', async () => {
  const ok = await promotion({ code: 'Welcome' });
  assert.equal((await validatePromotion(db, { ...cart, code: 'wELCOME' })).id, ok.id);

  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: 'NOPE' })), 'not_found');
  const future = await promotion({ startsAt: '2031-01-01T00:00:00Z' });
  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: future.code })), 'not_started');
  const past = await promotion({ endsAt: '2030-01-01T00:00:00Z' });
  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: past.code })), 'expired');
  const min = await promotion({ minSubtotal: 5001, currency: 'EUR' });
  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: min.code })), 'min_subtotal_not_met');
  const elsewhere = await promotion({ productIds: ['prod_b'], categoryIds: ['cat_hats'] });
  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: elsewhere.code })), 'not_applicable');
  const byCategory = await promotion({ categoryIds: ['cat_shoes'] });
  assert.equal((await validatePromotion(db, { ...cart, code: byCategory.code })).id, byCategory.id);
  const usd = await promotion({ type: 'fixed', value: 500, currency: 'USD' });
  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: usd.code })), 'not_applicable');

  const once = await promotion({ usageLimit: 1, perCustomerLimit: 1 });
  await withTransaction(db, (tx) => redeemPromotion(tx, { promotionId: once.id, email: 'A@example.test', orderId: 'ord_1', at: cart.at }));
  assert.equal(await reasonOf(validatePromotion(db, { ...cart, code: once.code })), 'usage_limit_reached');
});

void test('promotion_invalid is a 422 problem with a top-level reason', () => {
  const body = problemBody(new PromotionInvalid('usage_limit_reached'));
  assert.equal(body.status, 422);
  assert.equal(body.code, 'promotion_invalid');
  assert.equal(body.reason, 'usage_limit_reached');
});

void test('redeemPromotion enforces the total and per-customer limits and the window', async () => {
  const limited = await promotion({ usageLimit: 2, perCustomerLimit: 1 });
  const redeem = (orderId: string, who: { customerId?: string; email?: string }) =>
    withTransaction(db, (tx) => redeemPromotion(tx, { promotionId: limited.id, orderId, ...who, at: cart.at }));

  await redeem('ord_a', { customerId: 'cus_1', email: 'one@example.test' });
  // the same person as a guest with the same email (any case) is the same customer
  assert.equal(await reasonOf(redeem('ord_b', { email: 'ONE@example.test' })), 'per_customer_limit_reached');
  assert.equal(await used(limited.id), 1); // the refused attempt left no use behind
  await redeem('ord_c', { email: 'two@example.test' });
  assert.equal(await reasonOf(redeem('ord_d', { email: 'three@example.test' })), 'usage_limit_reached');
  assert.equal(await used(limited.id), 2);
  await assert.rejects(
    withTransaction(db, (tx) => updatePromotion(tx, limited.id, { usageLimit: 1 })),
    (error: unknown) => error instanceof BadRequest && error.errors?.[0]?.path === '/usageLimit',
  );

  const ended = await promotion({ endsAt: '2030-01-01T00:00:00Z' });
  assert.equal(
    await reasonOf(
      withTransaction(db, (tx) => redeemPromotion(tx, { promotionId: ended.id, email: 'x@example.test', orderId: 'ord_e', at: cart.at })),
    ),
    'expired',
  );
});

void test(
  '50 concurrent redemptions of a limit of 10: exactly 10 succeed',
  { skip: !TEST_DATABASE_URL && 'needs PostgreSQL' },
  async () => {
    const limited = await promotion({ usageLimit: 10 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        withTransaction(db, (tx) =>
          redeemPromotion(tx, { promotionId: limited.id, email: `c${i}@example.test`, orderId: `ord_${i}`, at: cart.at }),
        ),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    assert.equal(won.length, 10);
    assert.ok(lost.every((a) => a.reason instanceof PromotionInvalid && a.reason.reason === 'usage_limit_reached'));
    assert.equal(await used(limited.id), 10);
  },
);

void test(
  '30 concurrent redemptions by one customer with a per-customer limit of 2: exactly 2 succeed',
  { skip: !TEST_DATABASE_URL && 'needs PostgreSQL' },
  async () => {
    const limited = await promotion({ perCustomerLimit: 2 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        withTransaction(db, (tx) =>
          redeemPromotion(tx, { promotionId: limited.id, customerId: 'cus_same', orderId: `ord_pc_${i}`, at: cart.at }),
        ),
      ),
    );
    assert.equal(attempts.filter((a) => a.status === 'fulfilled').length, 2);
    assert.equal(await used(limited.id), 2);
  },
);

void test('listShippingOptionsForCart offers only options for the address, currency and weight, priced', async () => {
  const region = await withTransaction(db, (tx) =>
    createRegion(tx, { name: 'EU', currency: 'EUR', countries: ['DE', 'AT'], taxRateBps: 1900 }),
  );
  const make = (body: Parameters<typeof createShippingOption>[1]) => withTransaction(db, (tx) => createShippingOption(tx, body));
  const flat = await make({ regionId: region.id, name: 'Flat', type: 'flat', amount: 495 });
  const weight = await make({
    regionId: region.id,
    name: 'Weight',
    type: 'weight_based',
    amount: 100,
    weightBands: [{ maxGrams: 2000, amount: 500 }],
  });
  const free = await make({ regionId: region.id, name: 'Free over', type: 'free_over', amount: 695, freeOverAmount: 5000 });
  await make({ regionId: region.id, name: 'Inactive', type: 'flat', amount: 1, isActive: false });

  const forCart = (over: Partial<Parameters<typeof listShippingOptionsForCart>[1]>) =>
    listShippingOptionsForCart(db, {
      regionId: region.id,
      country: 'DE',
      subtotal: 5000,
      totalWeightGrams: 1500,
      currency: 'EUR',
      ...over,
    }).then((quotes) => quotes.map((q) => [q.option.id, q.price]));

  assert.deepEqual(await forCart({}), [
    [flat.id, 495],
    [weight.id, 600],
    [free.id, 0],
  ]);
  assert.deepEqual(await forCart({ subtotal: 4999, totalWeightGrams: 2001 }), [
    [flat.id, 495],
    [free.id, 695],
  ]);
  assert.deepEqual(await forCart({ country: 'FR' }), []);
  assert.deepEqual(await forCart({ country: undefined }), []);
  assert.deepEqual(await forCart({ currency: 'USD' }), []);

  assert.equal((await findRegionForCart(db, { currency: 'EUR', country: 'AT' }))?.id, region.id);
  assert.equal(await findRegionForCart(db, { currency: 'EUR', country: 'US' }), undefined);
  assert.equal(await findRegionForCart(db, { currency: 'GBP' }), undefined);
  const withOverride = { taxRateBps: 1900, taxOverrides: [{ country: 'AT', taxRateBps: 2000 }] };
  assert.equal(taxRateFor(withOverride, 'AT'), 2000);
  assert.equal(taxRateFor(withOverride, 'DE'), 1900);
  assert.equal(taxRateFor(withOverride, undefined), 1900);
});
