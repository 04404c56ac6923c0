import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allocateProportionally, calculateTotals, type Totals, type TotalsInput, type TotalsPromotionInput } from './totals.ts';
import { quoteShippingOption } from './shipping.ts';

const PRODUCTS = ['p1', 'p2', 'p3'];
const CATEGORIES = ['c1', 'c2'];

const lineArb = fc.record({
  unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
  quantity: fc.integer({ min: 1, max: 999 }),
  productId: fc.constantFrom(...PRODUCTS),
  categoryIds: fc.subarray(CATEGORIES),
});

const promotionArb: fc.Arbitrary<TotalsPromotionInput> = fc
  .oneof(
    fc.record({ type: fc.constant('percentage' as const), value: fc.integer({ min: 0, max: 100 }) }),
    fc.record({ type: fc.constant('fixed' as const), value: fc.integer({ min: 0, max: 50_000_000 }) }),
    fc.record({ type: fc.constant('free_shipping' as const), value: fc.constant(0) }),
  )
  .chain((p) =>
    fc
      .record({
        productIds: fc.subarray(PRODUCTS, { maxLength: 2 }),
        categoryIds: fc.subarray(CATEGORIES, { maxLength: 1 }),
      })
      .map((restriction) => ({ id: 'promo', code: 'CODE', ...p, ...restriction })),
  );

const inputArb: fc.Arbitrary<TotalsInput> = fc
  .record({
    lines: fc.array(lineArb, { minLength: 0, maxLength: 8 }),
    taxRateBps: fc.integer({ min: 0, max: 30_000 }),
    taxInclusive: fc.boolean(),
    isShippingTaxed: fc.boolean(),
    shippingAmount: fc.integer({ min: 0, max: 100_000 }),
    promotions: fc.array(promotionArb, { maxLength: 3 }),
  })
  .map((r) => ({
    currency: 'EUR',
    ...r,
    // ids deliberately not in insertion order, so sorting by id differs from the given order
    lines: r.lines.map((l, i) => ({ ...l, id: `line_${(i * 7919) % 101}_${i}` })),
    promotions: r.promotions.map((p, i) => ({ ...p, id: `promo_${i}`, code: `CODE${i}` })),
  }));

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function assertConsistent(input: TotalsInput, totals: Totals): void {
  for (const [name, value] of Object.entries(totals)) {
    if (typeof value === 'number') {
      assert.ok(Number.isSafeInteger(value) && value >= 0, `${name} = ${value}`);
    }
  }
  for (const line of totals.lines) {
    for (const value of [line.subtotal, line.discountTotal, line.taxTotal, line.total]) {
      assert.ok(Number.isSafeInteger(value) && value >= 0);
    }
    assert.ok(line.discountTotal <= line.subtotal);
    assert.equal(line.subtotal, line.unitPrice * line.quantity);
  }
  assert.equal(sum(totals.lines.map((l) => l.subtotal)), totals.subtotal);
  assert.equal(sum(totals.lines.map((l) => l.discountTotal)), totals.discountTotal);
  assert.equal(sum(totals.lines.map((l) => l.taxTotal)) + totals.shippingTaxTotal, totals.taxTotal);
  if (input.taxInclusive) {
    assert.equal(totals.total, totals.subtotal - totals.discountTotal + totals.shippingTotal);
    assert.ok(totals.taxTotal <= totals.total);
    for (const line of totals.lines) assert.equal(line.total, line.subtotal - line.discountTotal);
  } else {
    assert.equal(totals.total, totals.subtotal - totals.discountTotal + totals.shippingTotal + totals.taxTotal);
    for (const line of totals.lines) assert.equal(line.total, line.subtotal - line.discountTotal + line.taxTotal);
  }
  assert.equal(
    sum(totals.lines.map((l) => l.total)) + totals.shippingTotal + (input.taxInclusive ? 0 : totals.shippingTaxTotal),
    totals.total,
  );
  assert.equal(totals.shippingTotal + totals.shippingDiscountTotal, input.shippingAmount ?? 0);
  assert.equal(sum(totals.promotions.filter((p) => p.type !== 'free_shipping').map((p) => p.amount)), totals.discountTotal);
}

void describe('calculateTotals properties', () => {
  void test('totals are non-negative integers and add up in both tax modes', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        assertConsistent(input, calculateTotals(input));
      }),
      { numRuns: 500 },
    );
  });

  void test('results do not depend on line order', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, seed) => {
        const shuffled = [...input.lines];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          s = (Math.imul(s, 1103515245) + 12345) | 0;
          const j = Math.abs(s) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = calculateTotals(input);
        const b = calculateTotals({ ...input, lines: shuffled });
        const byId = (t: Totals) => new Map(t.lines.map((l) => [l.id, l]));
        assert.deepEqual(byId(b), byId(a));
        assert.deepEqual({ ...b, lines: [] }, { ...a, lines: [] });
      }),
      { numRuns: 300 },
    );
  });

  void test('proportional allocation sums exactly and never exceeds a weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const total = weights.reduce((a, b) => a + b, 0n);
          const amount = BigInt(Math.floor(Number(total) * fraction));
          const capped = amount > total ? total : amount;
          const shares = allocateProportionally(
            capped,
            weights.map((weight, i) => ({ id: `l${i}`, weight })),
          );
          let given = 0n;
          weights.forEach((weight, i) => {
            const share = shares.get(`l${i}`) ?? -1n;
            assert.ok(share >= 0n && share <= weight);
            given += share;
          });
          assert.equal(given, capped);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const base = { currency: 'EUR', taxRateBps: 2000, isShippingTaxed: true } as const;

void describe('calculateTotals examples (hand-computed)', () => {
  void test('percentage promotion, tax-exclusive, taxed shipping', () => {
    const t = calculateTotals({
      ...base,
      taxInclusive: false,
      shippingAmount: 500,
      lines: [
        { id: 'a', unitPrice: 1000, quantity: 2 },
        { id: 'b', unitPrice: 333, quantity: 1 },
      ],
      promotions: [{ id: 'p', code: 'TEN', type: 'percentage', value: 10 }],
    });
    // 10 % of 2333 = 233.3 → 233; a: 233·2000/2333 = 199.74, b: 33.25 → floors 199 + 33, the 1 left goes to a.
    assert.deepEqual(
      t.lines.map((l) => [l.id, l.subtotal, l.discountTotal, l.taxTotal, l.total]),
      [
        ['a', 2000, 200, 360, 2160],
        ['b', 333, 33, 60, 360],
      ],
    );
    assert.equal(t.subtotal, 2333);
    assert.equal(t.discountTotal, 233);
    assert.equal(t.shippingTotal, 500);
    assert.equal(t.taxTotal, 520); // 360 + 60 + 100 on shipping
    assert.equal(t.total, 3120);
  });

  void test('fixed promotion never goes below zero', () => {
    const t = calculateTotals({
      ...base,
      taxInclusive: false,
      shippingAmount: 0,
      lines: [{ id: 'a', unitPrice: 300, quantity: 1 }],
      promotions: [{ id: 'p', code: 'BIG', type: 'fixed', value: 5000 }],
    });
    assert.equal(t.discountTotal, 300);
    assert.equal(t.taxTotal, 0);
    assert.equal(t.total, 0);
  });

  void test('a rounding tie goes to the smaller line id, whatever the order', () => {
    for (const lines of [
      [
        { id: 'b', unitPrice: 500, quantity: 1 },
        { id: 'a', unitPrice: 500, quantity: 1 },
      ],
      [
        { id: 'a', unitPrice: 500, quantity: 1 },
        { id: 'b', unitPrice: 500, quantity: 1 },
      ],
    ]) {
      const t = calculateTotals({
        ...base,
        taxRateBps: 0,
        taxInclusive: false,
        lines,
        promotions: [{ id: 'p', code: 'X', type: 'fixed', value: 101 }],
      });
      assert.deepEqual(Object.fromEntries(t.lines.map((l) => [l.id, l.discountTotal])), { a: 51, b: 50 });
    }
  });

  void test('tax-inclusive: tax is contained in prices and shipping', () => {
    const t = calculateTotals({
      ...base,
      taxInclusive: true,
      shippingAmount: 600,
      lines: [
        { id: 'a', unitPrice: 1200, quantity: 1 },
        { id: 'b', unitPrice: 999, quantity: 1 },
      ],
      taxRateBps: 2000,
    });
    // a: 1200 − round(1200/1.2 = 1000) = 200; b: 999 − round(832.5 → 833) = 166; shipping 600 − 500 = 100.
    assert.deepEqual(
      t.lines.map((l) => [l.taxTotal, l.total]),
      [
        [200, 1200],
        [166, 999],
      ],
    );
    assert.equal(t.shippingTaxTotal, 100);
    assert.equal(t.taxTotal, 466);
    assert.equal(t.total, 2799);
  });

  void test('tax-inclusive with untaxed shipping and a discount: tax on the discounted amount', () => {
    const t = calculateTotals({
      ...base,
      taxInclusive: true,
      isShippingTaxed: false,
      shippingAmount: 600,
      lines: [{ id: 'a', unitPrice: 1200, quantity: 1 }],
      promotions: [{ id: 'p', code: 'HALF', type: 'percentage', value: 50 }],
    });
    assert.equal(t.discountTotal, 600);
    assert.equal(t.taxTotal, 100); // 600 gross → 500 net
    assert.equal(t.shippingTaxTotal, 0);
    assert.equal(t.total, 1200); // 1200 − 600 + 600
  });

  void test('tax-exclusive with untaxed shipping', () => {
    const t = calculateTotals({
      ...base,
      taxInclusive: false,
      isShippingTaxed: false,
      shippingAmount: 495,
      lines: [{ id: 'a', unitPrice: 1999, quantity: 3 }],
    });
    // 5997 × 20 % = 1199.4 → 1199
    assert.equal(t.taxTotal, 1199);
    assert.equal(t.total, 5997 + 495 + 1199);
  });

  void test('free shipping removes the shipping charge and its tax', () => {
    const t = calculateTotals({
      ...base,
      taxInclusive: false,
      shippingAmount: 500,
      lines: [{ id: 'a', unitPrice: 1000, quantity: 1 }],
      promotions: [{ id: 'p', code: 'SHIPFREE', type: 'free_shipping', value: 0 }],
    });
    assert.equal(t.shippingTotal, 0);
    assert.equal(t.shippingDiscountTotal, 500);
    assert.equal(t.discountTotal, 0);
    assert.equal(t.taxTotal, 200);
    assert.equal(t.total, 1200);
    assert.deepEqual(t.promotions, [{ id: 'p', code: 'SHIPFREE', type: 'free_shipping', amount: 500 }]);
  });

  void test('a restricted promotion discounts only matching products or categories', () => {
    const t = calculateTotals({
      ...base,
      taxRateBps: 0,
      taxInclusive: false,
      lines: [
        { id: 'a', unitPrice: 1000, quantity: 1, productId: 'p1', categoryIds: [] },
        { id: 'b', unitPrice: 1000, quantity: 1, productId: 'p2', categoryIds: ['shoes'] },
        { id: 'c', unitPrice: 1000, quantity: 1, productId: 'p3', categoryIds: ['hats'] },
      ],
      promotions: [{ id: 'p', code: 'HALF', type: 'percentage', value: 50, productIds: ['p1'], categoryIds: ['shoes'] }],
    });
    assert.deepEqual(
      t.lines.map((l) => l.discountTotal),
      [500, 500, 0],
    );
    assert.equal(t.total, 2000);
  });

  void test('promotions stack in order on what is left', () => {
    const t = calculateTotals({
      ...base,
      taxRateBps: 0,
      taxInclusive: false,
      lines: [{ id: 'a', unitPrice: 1000, quantity: 1 }],
      promotions: [
        { id: 'p1', code: 'FIVE', type: 'fixed', value: 500 },
        { id: 'p2', code: 'TEN', type: 'percentage', value: 10 },
      ],
    });
    assert.deepEqual(
      t.promotions.map((p) => p.amount),
      [500, 50],
    );
    assert.equal(t.total, 450);
  });
});

void describe('shipping option prices (hand-computed)', () => {
  const flat = { type: 'flat' as const, amount: 495, freeOverAmount: null, weightBands: [] };
  const weight = {
    type: 'weight_based' as const,
    amount: 100,
    freeOverAmount: null,
    weightBands: [
      { maxGrams: 1000, amount: 400 },
      { maxGrams: 5000, amount: 900 },
    ],
  };
  const freeOver = { type: 'free_over' as const, amount: 595, freeOverAmount: 5000, weightBands: [] };

  void test('flat costs its amount', () => {
    assert.equal(quoteShippingOption(flat, { subtotal: 100, totalWeightGrams: 99_999 }), 495);
  });
  void test('weight-based picks the first band that holds the weight, plus the base amount', () => {
    assert.equal(quoteShippingOption(weight, { subtotal: 0, totalWeightGrams: 0 }), 500);
    assert.equal(quoteShippingOption(weight, { subtotal: 0, totalWeightGrams: 1000 }), 500);
    assert.equal(quoteShippingOption(weight, { subtotal: 0, totalWeightGrams: 1001 }), 1000);
    assert.equal(quoteShippingOption(weight, { subtotal: 0, totalWeightGrams: 5001 }), undefined);
  });
  void test('free_over is free from the threshold on, else its amount', () => {
    assert.equal(quoteShippingOption(freeOver, { subtotal: 4999, totalWeightGrams: 0 }), 595);
    assert.equal(quoteShippingOption(freeOver, { subtotal: 5000, totalWeightGrams: 0 }), 0);
  });
});
