import type { PricedCart } from '../../cart/index.ts';

/** The order a checkout attempt will place, computed once in phase 1 from the priced cart. */

export interface DraftLine {
  productId: string;
  variantId: string;
  title: string;
  variantTitle: string;
  sku: string;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  subtotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
}

export interface DraftAddress {
  [field: string]: string | null | undefined;
}

export interface OrderDraft {
  customerId: string | null;
  email: string;
  currency: string;
  regionId: string | null;
  taxInclusive: boolean;
  shippingAddress: DraftAddress | null;
  billingAddress: DraftAddress | null;
  shippingMethod: { shippingOptionId: string; name: string; amount: number } | null;
  promotionIds: string[];
  promotionCodes: string[];
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  lines: DraftLine[];
}

/** The snapshot of `priced` (its available lines; the caller refuses unavailable ones first). */
export function draftFromCart(priced: PricedCart, email: string, customerId: string | null): OrderDraft {
  const { cart, totals } = priced;
  const lines: DraftLine[] = [];
  for (const line of priced.lines) {
    const { variant, totals: lineTotals } = line;
    if (!variant || !lineTotals) continue;
    lines.push({
      productId: variant.productId,
      variantId: variant.id,
      title: variant.productTitle,
      variantTitle: variant.title,
      sku: variant.sku,
      options: variant.options,
      quantity: line.item.quantity,
      unitPrice: line.unitPrice,
      subtotal: lineTotals.subtotal,
      discountTotal: lineTotals.discountTotal,
      taxTotal: lineTotals.taxTotal,
      total: lineTotals.total,
    });
  }
  return {
    customerId,
    email,
    currency: cart.currency,
    regionId: cart.regionId,
    taxInclusive: totals.taxInclusive,
    shippingAddress: cart.shippingAddress ? { ...cart.shippingAddress } : null,
    billingAddress: cart.billingAddress ? { ...cart.billingAddress } : cart.shippingAddress ? { ...cart.shippingAddress } : null,
    shippingMethod: priced.shippingMethod
      ? { shippingOptionId: priced.shippingMethod.option.id, name: priced.shippingMethod.option.name, amount: priced.shippingMethod.price }
      : null,
    promotionIds: priced.promotions.map((p) => p.id),
    promotionCodes: priced.promotions.map((p) => p.code),
    subtotal: totals.subtotal,
    discountTotal: totals.discountTotal,
    shippingTotal: totals.shippingTotal,
    taxTotal: totals.taxTotal,
    total: totals.total,
    lines,
  };
}
