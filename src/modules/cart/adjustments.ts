import type { Db, Tx } from '../../platform/db/index.ts';
import { BadRequest, Conflict, NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { PromotionInvalid, validatePromotion, type ShippingQuote } from '../pricing/index.ts';
import { ShippingAddressRequired } from './cart.errors.ts';
import type { PaymentBody } from './cart.schemas.ts';
import { getCartRow, mutateCart, type CartCaller } from './carts.ts';
import { loadCartContents } from './items.ts';
import { priceLines, quoteShippingFor, type PricedCart } from './price-cart.ts';

/** What a cart adds on top of its lines: a shipping method, promotion codes, a payment provider. */

/** How many promotion codes one cart may hold (each is re-validated on every read). */
export const MAX_CART_PROMOTIONS = 5;

/** The shipping options valid for the cart's region, address and contents, priced for it; 409 `shipping_address_required` without an address. */
export async function listCartShippingOptions(db: Db, cartId: string, principal: Principal): Promise<ShippingQuote[]> {
  const cart = await getCartRow(db, cartId, principal);
  if (cart.shippingAddress === null) throw new ShippingAddressRequired(cart.id);
  const { subtotal, totalWeightGrams } = priceLines(cart, await loadCartContents(db, cart.id));
  return quoteShippingFor(db, cart, subtotal, totalWeightGrams);
}

/** Chooses a shipping option; it must be one `listCartShippingOptions` offers right now. */
export async function setShippingMethod(tx: Tx, caller: CartCaller, cartId: string, shippingOptionId: string): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const contents = await loadCartContents(tx, cart.id);
    const { subtotal, totalWeightGrams } = priceLines(cart, contents);
    const quotes = await quoteShippingFor(tx, cart, subtotal, totalWeightGrams);
    if (!quotes.some((q) => q.option.id === shippingOptionId)) {
      throw new BadRequest({
        detail: 'This shipping option is not offered for the cart (its region, address country or weight).',
        errors: [{ path: '/shippingOptionId', message: 'is not offered for this cart' }],
      });
    }
    return { patch: { shippingOptionId }, contents };
  });
}

/**
 * Applies a promotion code, validated against the cart now (422 `promotion_invalid` with a
 * `reason`). Codes apply in the order they were added. The usage limit is only checked here; it is
 * taken atomically when the order is placed (pricing's `redeemPromotion`).
 */
export async function applyPromotion(tx: Tx, caller: CartCaller, cartId: string, code: string): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const contents = await loadCartContents(tx, cart.id);
    const { available, subtotal } = priceLines(cart, contents);
    const promotion = await validatePromotion(tx, {
      code,
      subtotal,
      currency: cart.currency,
      customerId: cart.customerId,
      email: cart.email,
      productIds: available.flatMap((l) => (l.variant ? [l.variant.productId] : [])),
      categoryIds: available.flatMap((l) => l.variant?.categoryIds ?? []),
      at: new Date(),
    });
    // A held code that no longer applies is dropped by the pricing below, so the cap counts the
    // codes that still apply once the new one is added.
    if (cart.promotions.some((p) => p.id === promotion.id)) throw new PromotionInvalid('already_applied');
    return {
      patch: { promotions: [...cart.promotions, { id: promotion.id, code: promotion.code }] },
      contents,
      check: (priced) => {
        if (priced.promotions.length > MAX_CART_PROMOTIONS) {
          throw new Conflict({ detail: `A cart holds at most ${MAX_CART_PROMOTIONS} promotion codes.` });
        }
      },
    };
  });
}

/** Removes a promotion code (any case); 404 when the cart does not hold it. */
export async function removePromotion(tx: Tx, caller: CartCaller, cartId: string, code: string): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const wanted = code.toLowerCase();
    const rest = cart.promotions.filter((p) => p.code.toLowerCase() !== wanted);
    if (rest.length === cart.promotions.length) throw new NotFound({ detail: `The cart has no promotion ${code}.` });
    return { patch: { promotions: rest } };
  });
}

/**
 * Records the payment provider the shopper chose. The payment session itself (authorization,
 * client secret) comes with the payments module; until then the selection is `pending`.
 */
export async function selectPaymentProvider(
  tx: Tx,
  caller: CartCaller,
  cartId: string,
  input: PaymentBody,
): Promise<{ provider: string; status: 'pending' }> {
  await mutateCart(tx, caller, cartId, async () => ({ patch: { paymentProvider: input.provider, paymentData: input.data ?? null } }));
  return { provider: input.provider, status: 'pending' };
}
