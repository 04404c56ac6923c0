/**
 * The totals calculator: pure functions, no I/O. Every amount is an integer in minor units of the
 * cart's currency; intermediate products are computed with BigInt, so nothing overflows or drifts.
 *
 * Rounding rules (in the order they are applied):
 * 1. Line subtotal = unitPrice × quantity, exact.
 * 2. Promotions apply in the order given, each to what earlier promotions left of its eligible lines
 *    (a line is eligible when the promotion has no product/category restriction, or the line's
 *    product or one of its categories is listed):
 *    - `percentage` (whole percent, `value: 10` is 10 %): D = round-half-up(eligible × value / 100);
 *    - `fixed`: D = min(value, eligible), so a discount never takes a line below zero;
 *    - `free_shipping`: the shipping amount is discounted to 0 (reported as `shippingDiscountTotal`,
 *      not in `discountTotal`); no line discount.
 * 3. A discount D is allocated to the eligible lines in proportion to what is left of each:
 *    line i gets floor(D × wᵢ / W); the units still missing go one each to the lines with the largest
 *    fractional remainders, ties broken by ascending line id (largest remainder method). The shares
 *    sum exactly to D, no share exceeds its line, and the result does not depend on line order.
 * 4. Tax is charged on discounted amounts, per line, rounded half up per line; shipping is taxed
 *    separately (when the region taxes shipping) on the shipping amount actually charged.
 *    - tax-exclusive: tax = round-half-up(amount × rate / 10000), added on top;
 *    - tax-inclusive: amounts are gross; tax = amount − round-half-up(amount × 10000 / (10000 + rate)),
 *      contained in the amount, not added.
 * 5. Cart totals are sums of the rounded line values (never re-rounded), so the lines always add up:
 *    exclusive: total = subtotal − discountTotal + shippingTotal + taxTotal;
 *    inclusive: total = subtotal − discountTotal + shippingTotal (taxTotal is contained in it).
 */

export type PromotionType = 'percentage' | 'fixed' | 'free_shipping';

export interface TotalsLineInput {
  /** Unique within the cart; breaks rounding ties, so results never depend on line order. */
  id: string;
  /** Minor units; gross in tax-inclusive regions, net otherwise. */
  unitPrice: number;
  quantity: number;
  productId?: string | undefined;
  categoryIds?: readonly string[] | undefined;
}

export interface TotalsPromotionInput {
  id: string;
  code: string;
  type: PromotionType;
  /** Whole percent for `percentage`, minor units for `fixed`, ignored for `free_shipping`. */
  value: number;
  /** When either list is non-empty, only lines of these products or categories are discounted. */
  productIds?: readonly string[] | undefined;
  categoryIds?: readonly string[] | undefined;
}

export interface TotalsInput {
  currency: string;
  lines: readonly TotalsLineInput[];
  /** The region's rate (or the per-country override) in basis points: 2000 is 20 %. */
  taxRateBps: number;
  taxInclusive: boolean;
  isShippingTaxed: boolean;
  /** The price of the chosen shipping method, or undefined/0 when none is chosen yet. */
  shippingAmount?: number | undefined;
  promotions?: readonly TotalsPromotionInput[] | undefined;
}

export interface LineTotals {
  id: string;
  unitPrice: number;
  quantity: number;
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
}

export interface AppliedPromotion {
  id: string;
  code: string;
  type: PromotionType;
  /** What this promotion took off: from the lines, or from shipping for `free_shipping`. */
  amount: number;
}

export interface Totals {
  currency: string;
  taxInclusive: boolean;
  lines: LineTotals[];
  subtotal: number;
  discountTotal: number;
  /** Shipping charged, after any free-shipping promotion (tax excluded in exclusive regions). */
  shippingTotal: number;
  shippingDiscountTotal: number;
  shippingTaxTotal: number;
  taxTotal: number;
  total: number;
  promotions: AppliedPromotion[];
}

const BPS = 10_000n;

function assertAmount(name: string, value: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

function toNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${value} is beyond the safe integer range`);
  return n;
}

/** round-half-up(a × b / c) for non-negative integers, exactly. */
export function mulDivRoundHalfUp(a: bigint, b: bigint, c: bigint): bigint {
  return (2n * a * b + c) / (2n * c);
}

/**
 * Splits `amount` over `weights` in proportion (largest remainder method; ties by ascending id).
 * Requires amount ≤ Σ weights; then every share ≤ its weight and the shares sum exactly to `amount`.
 */
export function allocateProportionally(amount: bigint, weights: readonly { id: string; weight: bigint }[]): Map<string, bigint> {
  const shares = new Map<string, bigint>();
  const total = weights.reduce((sum, w) => sum + w.weight, 0n);
  if (amount > total) throw new RangeError('cannot allocate more than the weights hold');
  if (total === 0n) {
    for (const w of weights) shares.set(w.id, 0n);
    return shares;
  }
  let given = 0n;
  const remainders: { id: string; remainder: bigint }[] = [];
  for (const w of weights) {
    const product = amount * w.weight;
    const share = product / total;
    shares.set(w.id, share);
    given += share;
    remainders.push({ id: w.id, remainder: product % total });
  }
  remainders.sort((a, b) => (a.remainder === b.remainder ? compareIds(a.id, b.id) : a.remainder > b.remainder ? -1 : 1));
  // Σ remainders = (amount − given) × total and each remainder < total, so more lines have a
  // non-zero remainder than units are missing: a line with a zero remainder never gets one.
  for (let i = 0; given < amount; i += 1) {
    const r = remainders[i];
    if (!r) throw new Error('allocation ran out of lines'); // unreachable, see above
    shares.set(r.id, (shares.get(r.id) ?? 0n) + 1n);
    given += 1n;
  }
  return shares;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isEligible(line: TotalsLineInput, promotion: TotalsPromotionInput): boolean {
  const products = promotion.productIds ?? [];
  const categories = promotion.categoryIds ?? [];
  if (products.length === 0 && categories.length === 0) return true;
  if (line.productId !== undefined && products.includes(line.productId)) return true;
  return (line.categoryIds ?? []).some((c) => categories.includes(c));
}

/** Whether a promotion restricted to products/categories applies to at least one of these lines. */
export function promotionAppliesToAny(lines: readonly TotalsLineInput[], promotion: TotalsPromotionInput): boolean {
  return lines.some((line) => isEligible(line, promotion));
}

function taxOf(amount: bigint, rateBps: bigint, inclusive: boolean): bigint {
  if (rateBps === 0n || amount === 0n) return 0n;
  return inclusive ? amount - mulDivRoundHalfUp(amount, BPS, BPS + rateBps) : mulDivRoundHalfUp(amount, rateBps, BPS);
}

/** Computes every line and cart total from prices, promotions, shipping and tax; see the rounding rules above. */
export function calculateTotals(input: TotalsInput): Totals {
  assertAmount('taxRateBps', input.taxRateBps, 100_000);
  const shippingAmount = input.shippingAmount ?? 0;
  assertAmount('shippingAmount', shippingAmount);
  const seen = new Set<string>();
  for (const line of input.lines) {
    if (seen.has(line.id)) throw new RangeError(`duplicate line id ${line.id}`);
    seen.add(line.id);
    assertAmount('unitPrice', line.unitPrice);
    assertAmount('quantity', line.quantity);
  }

  const subtotals = new Map(input.lines.map((l) => [l.id, BigInt(l.unitPrice) * BigInt(l.quantity)]));
  const discounts = new Map(input.lines.map((l) => [l.id, 0n]));
  const applied: AppliedPromotion[] = [];
  let shipping = BigInt(shippingAmount);
  let shippingDiscount = 0n;

  for (const promotion of input.promotions ?? []) {
    assertAmount('promotion value', promotion.value);
    if (promotion.type === 'free_shipping') {
      applied.push({ id: promotion.id, code: promotion.code, type: promotion.type, amount: toNumber(shipping) });
      shippingDiscount += shipping;
      shipping = 0n;
      continue;
    }
    const weights = input.lines
      .filter((line) => isEligible(line, promotion))
      .map((line) => ({ id: line.id, weight: (subtotals.get(line.id) ?? 0n) - (discounts.get(line.id) ?? 0n) }));
    const eligible = weights.reduce((sum, w) => sum + w.weight, 0n);
    const value = BigInt(promotion.value);
    let amount = promotion.type === 'percentage' ? mulDivRoundHalfUp(eligible, value > 100n ? 100n : value, 100n) : value;
    if (amount > eligible) amount = eligible;
    for (const [id, share] of allocateProportionally(amount, weights)) {
      discounts.set(id, (discounts.get(id) ?? 0n) + share);
    }
    applied.push({ id: promotion.id, code: promotion.code, type: promotion.type, amount: toNumber(amount) });
  }

  const rate = BigInt(input.taxRateBps);
  let subtotal = 0n;
  let discountTotal = 0n;
  let lineTax = 0n;
  let lineTotal = 0n;
  const lines: LineTotals[] = input.lines.map((line) => {
    const lineSubtotal = subtotals.get(line.id) ?? 0n;
    const lineDiscount = discounts.get(line.id) ?? 0n;
    const taxable = lineSubtotal - lineDiscount;
    const tax = taxOf(taxable, rate, input.taxInclusive);
    const total = input.taxInclusive ? taxable : taxable + tax;
    subtotal += lineSubtotal;
    discountTotal += lineDiscount;
    lineTax += tax;
    lineTotal += total;
    return {
      id: line.id,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      subtotal: toNumber(lineSubtotal),
      discountTotal: toNumber(lineDiscount),
      taxTotal: toNumber(tax),
      total: toNumber(total),
    };
  });

  const shippingTax = input.isShippingTaxed ? taxOf(shipping, rate, input.taxInclusive) : 0n;
  const total = lineTotal + shipping + (input.taxInclusive ? 0n : shippingTax);
  return {
    currency: input.currency,
    taxInclusive: input.taxInclusive,
    lines,
    subtotal: toNumber(subtotal),
    discountTotal: toNumber(discountTotal),
    shippingTotal: toNumber(shipping),
    shippingDiscountTotal: toNumber(shippingDiscount),
    shippingTaxTotal: toNumber(shippingTax),
    taxTotal: toNumber(lineTax + shippingTax),
    total: toNumber(total),
    promotions: applied,
  };
}
