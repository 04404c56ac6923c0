import { iso } from '../../platform/http/schema.ts';
import type { CartAddress, CartView } from './cart.schemas.ts';
import type { StoredAddress } from './cart.tables.ts';
import type { PricedCart } from './price-cart.ts';

/** Pure mapping from a priced cart to the API shape. */

function toAddress(a: StoredAddress | null): CartAddress | null {
  if (a === null) return null;
  return {
    firstName: a.firstName ?? null,
    lastName: a.lastName ?? null,
    company: a.company ?? null,
    address1: a.address1,
    address2: a.address2 ?? null,
    city: a.city,
    postalCode: a.postalCode ?? null,
    province: a.province ?? null,
    countryCode: a.countryCode,
    phone: a.phone ?? null,
  };
}

export function toCartView(priced: PricedCart): CartView {
  const { cart, totals } = priced;
  return {
    id: cart.id,
    currency: cart.currency,
    regionId: cart.regionId,
    email: cart.email,
    customerId: cart.customerId,
    items: priced.lines.map((line) => ({
      id: line.item.id,
      variantId: line.item.variantId,
      productId: line.variant?.productId ?? null,
      sku: line.variant?.sku ?? null,
      title: line.variant?.productTitle ?? 'Unavailable item',
      variantTitle: line.variant?.title ?? null,
      quantity: line.item.quantity,
      unitPrice: line.unitPrice,
      subtotal: line.totals?.subtotal ?? 0,
      discountTotal: line.totals?.discountTotal ?? 0,
      taxTotal: line.totals?.taxTotal ?? 0,
      total: line.totals?.total ?? 0,
      imageUrl: line.variant?.imageUrl ?? null,
      // Unsellable (deleted, unpublished, unpriced), or more units than stock holds right now.
      isAvailable: line.isAvailable && (line.availableQuantity === null || line.availableQuantity >= line.item.quantity),
      availableQuantity: line.availableQuantity,
    })),
    shippingAddress: toAddress(cart.shippingAddress),
    billingAddress: toAddress(cart.billingAddress),
    shippingMethod: priced.shippingMethod
      ? { shippingOptionId: priced.shippingMethod.option.id, name: priced.shippingMethod.option.name, amount: priced.shippingMethod.price }
      : null,
    promotions: priced.promotions.map((p) => p.code),
    appliedPromotions: totals.promotions.map((p) => ({ code: p.code, type: p.type, amount: p.amount })),
    shippingDiscountTotal: totals.shippingDiscountTotal,
    paymentProvider: cart.paymentProvider,
    taxInclusive: totals.taxInclusive,
    subtotal: totals.subtotal,
    discountTotal: totals.discountTotal,
    shippingTotal: totals.shippingTotal,
    taxTotal: totals.taxTotal,
    total: totals.total,
    version: cart.version,
    createdAt: cart.createdAt.toISOString(),
    updatedAt: cart.updatedAt.toISOString(),
    expiresAt: cart.expiresAt.toISOString(),
    completedAt: iso(cart.completedAt),
  };
}
