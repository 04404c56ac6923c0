import type { Db } from '../../platform/db/index.ts';
import type { SellableVariant } from '../catalog/index.ts';
import {
  calculateTotals,
  findRegion,
  listShippingOptionsForCart,
  PromotionInvalid,
  taxRateFor,
  toTotalsPromotion,
  validatePromotion,
  type LineTotals,
  type Promotion,
  type PromotionInvalidReason,
  type Region,
  type ShippingQuote,
  type Totals,
  type TotalsLineInput,
} from '../pricing/index.ts';
import { findAvailableQuantities } from '../inventory/index.ts';
import type { CartItemRow, CartRow } from './cart.tables.ts';
import { loadCartContents, type CartContents } from './items.ts';

/**
 * Prices a cart: assembles the calculator's input from the cart's lines, the catalog's *current*
 * prices, its region's tax rule, the chosen shipping option and the promotions that still apply.
 *
 * Choices (documented in the OpenAPI description too):
 * - A line is priced at the variant's current catalog price in the cart currency; the price stored
 *   on the line (when it was last added) is informational only, so a price change shows at once.
 * - A line whose variant was deleted, unpublished or lost its price in the currency is shown with
 *   `isAvailable: false`, is left out of every total and blocks checkout.
 * - A promotion or shipping option that no longer applies is left out of the totals on every read
 *   and removed from the cart by the next write (`mutateCart` persists what `priceCart` kept).
 *
 * The arithmetic itself is pricing's pure calculator (`calculateTotals` in pricing/totals.ts); this
 * file only gathers its input. A write reads the cart's lines and variants once (`CartContents`) and
 * hands them on, so nothing is read twice within one write.
 */

export interface PricedLine {
  item: CartItemRow;
  variant: SellableVariant | undefined;
  isAvailable: boolean;
  /** The current catalog price when available, else the price stored when the line was added. */
  unitPrice: number;
  /**
   * Units that can be bought now across every stock location (nothing reserved by reading it); null
   * when stock does not limit the variant (inventory not managed, or backorders allowed) or it is gone.
   */
  availableQuantity: number | null;
  totals: LineTotals | undefined;
}

export interface DroppedPromotion {
  code: string;
  reason: PromotionInvalidReason;
}

export interface PricedCart {
  cart: CartRow;
  region: Region | undefined;
  lines: PricedLine[];
  shippingMethod: ShippingQuote | undefined;
  /** The promotions that apply, in the order they are applied. */
  promotions: Promotion[];
  droppedPromotions: DroppedPromotion[];
  totals: Totals;
  /** Σ weight × quantity of the available lines, for weight-based shipping. */
  totalWeightGrams: number;
}

/** The variant's price in `currency`, or undefined. */
export function priceIn(variant: SellableVariant, currency: string): number | undefined {
  return variant.prices.find((p) => p.currency === currency)?.amount;
}

/** The shipping options the cart can use now, with their prices for it (before promotions). */
export async function quoteShippingFor(db: Db, cart: CartRow, subtotal: number, totalWeightGrams: number): Promise<ShippingQuote[]> {
  if (cart.regionId === null) return [];
  return listShippingOptionsForCart(db, {
    regionId: cart.regionId,
    country: cart.shippingAddress?.countryCode,
    subtotal,
    totalWeightGrams,
    currency: cart.currency,
  });
}

/** The cart's lines as priced before region, shipping and promotions: what shipping and promotions are checked against. */
export interface PricedLines {
  lines: PricedLine[];
  /** The lines that can be bought now (published, priced in the cart's currency). */
  available: PricedLine[];
  /** Σ unit price × quantity of the available lines. */
  subtotal: number;
  /** Σ weight × quantity of the available lines, for weight-based shipping. */
  totalWeightGrams: number;
}

/** Prices each line at its variant's current catalog price (pure: `contents` holds what was read). */
export function priceLines(cart: CartRow, contents: CartContents): PricedLines {
  const lines: PricedLine[] = contents.items.map((item) => {
    const variant = contents.variants.get(item.variantId);
    const current = variant?.isPublished ? priceIn(variant, cart.currency) : undefined;
    return {
      item,
      variant,
      isAvailable: current !== undefined,
      unitPrice: current ?? item.unitPrice,
      availableQuantity: null,
      totals: undefined,
    };
  });
  const available = lines.filter((l) => l.isAvailable);
  const subtotal = available.reduce((sum, l) => sum + l.unitPrice * l.item.quantity, 0);
  const totalWeightGrams = available.reduce((sum, l) => sum + (l.variant?.weightGrams ?? 0) * l.item.quantity, 0);
  return { lines, available, subtotal, totalWeightGrams };
}

/**
 * Every line and cart total of `cart`, computed by pricing's calculator from current data.
 * `contents`: the cart's lines and variants when the caller has read them already (else read here).
 */
export async function priceCart(db: Db, cart: CartRow, contents?: CartContents, at = new Date()): Promise<PricedCart> {
  const { lines, available, subtotal, totalWeightGrams } = priceLines(cart, contents ?? (await loadCartContents(db, cart.id)));
  // Stock truth for every line whose variant stock limits, in one read that reserves nothing.
  const limited = lines.filter((l) => l.variant?.manageInventory === true && !l.variant.allowBackorder);
  const stock = await findAvailableQuantities(
    db,
    limited.map((l) => l.item.variantId),
  );
  for (const line of limited) line.availableQuantity = stock.get(line.item.variantId) ?? 0;
  const calculatorLines: TotalsLineInput[] = available.map((l) => ({
    id: l.item.id,
    unitPrice: l.unitPrice,
    quantity: l.item.quantity,
    productId: l.variant?.productId,
    categoryIds: l.variant?.categoryIds,
  }));

  const region = cart.regionId === null ? undefined : await findRegion(db, cart.regionId);
  const country = cart.shippingAddress?.countryCode;

  let shippingMethod: ShippingQuote | undefined;
  if (cart.shippingOptionId !== null) {
    const quotes = await quoteShippingFor(db, cart, subtotal, totalWeightGrams);
    shippingMethod = quotes.find((q) => q.option.id === cart.shippingOptionId);
  }

  const promotions: Promotion[] = [];
  const droppedPromotions: DroppedPromotion[] = [];
  for (const ref of cart.promotions) {
    try {
      const promotion = await validatePromotion(db, {
        code: ref.code,
        subtotal,
        currency: cart.currency,
        customerId: cart.customerId,
        email: cart.email,
        productIds: available.flatMap((l) => (l.variant ? [l.variant.productId] : [])),
        categoryIds: available.flatMap((l) => l.variant?.categoryIds ?? []),
        at,
      });
      // The code now names another promotion (the old one was deleted and its code reused).
      if (promotion.id !== ref.id) throw new PromotionInvalid('not_found');
      promotions.push(promotion);
    } catch (error) {
      if (!(error instanceof PromotionInvalid)) throw error;
      droppedPromotions.push({ code: ref.code, reason: error.reason });
    }
  }

  const totals = calculateTotals({
    currency: cart.currency,
    lines: calculatorLines,
    taxRateBps: region ? taxRateFor(region, country) : 0,
    taxInclusive: region?.taxInclusive ?? false,
    isShippingTaxed: region?.isShippingTaxed ?? false,
    shippingAmount: shippingMethod?.price,
    promotions: promotions.map(toTotalsPromotion),
  });
  const byId = new Map(totals.lines.map((l) => [l.id, l]));
  for (const line of lines) line.totals = byId.get(line.item.id);

  return { cart, region, lines, shippingMethod, promotions, droppedPromotions, totals, totalWeightGrams };
}
