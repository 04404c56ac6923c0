import { createHash } from 'node:crypto';
import type { PricedCart } from '../cart/index.ts';

/**
 * A hash of everything a payment is for: lines, quantities, prices, addresses, email, shipping,
 * promotions, totals and currency. A payment session and a checkout attempt record it; completion
 * refuses (409 cart_changed) when it differs, so one total is never charged for another.
 */
export function hashPricedCart(priced: PricedCart): string {
  const { cart, totals } = priced;
  const canonical = {
    currency: cart.currency,
    regionId: cart.regionId,
    email: cart.email,
    customerId: cart.customerId,
    shippingAddress: cart.shippingAddress,
    billingAddress: cart.billingAddress,
    lines: priced.lines.map((l) => [
      l.item.variantId,
      l.item.quantity,
      l.unitPrice,
      l.isAvailable,
      l.totals?.discountTotal ?? 0,
      l.totals?.taxTotal ?? 0,
    ]),
    shipping: priced.shippingMethod ? [priced.shippingMethod.option.id, priced.shippingMethod.price] : null,
    promotions: priced.promotions.map((p) => p.id),
    totals: [totals.subtotal, totals.discountTotal, totals.shippingTotal, totals.taxTotal, totals.total],
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
