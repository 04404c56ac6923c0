import { and, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { BadRequest, Conflict, NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findSellableVariants } from '../catalog/index.ts';
import { PriceMissing } from './cart.errors.ts';
import { MAX_LINE_QUANTITY, type AddCartItemBody } from './cart.schemas.ts';
import { cartItems } from './cart.tables.ts';
import { mutateCart, type CartCaller } from './carts.ts';
import { priceIn, type PricedCart } from './totals.ts';

/**
 * Cart lines. Carts never hold stock (S12): nothing here touches inventory; availability is
 * checked, and stock taken, only when the cart is completed.
 */

/** How many distinct lines one cart may hold. */
export const MAX_CART_LINES = 100;

function itemNotFound(itemId: string): NotFound {
  return new NotFound({ detail: `The cart has no item ${itemId}.` });
}

/**
 * Adds a variant at its current catalog price (never a client's), or merges into the variant's
 * line. Guarantee: concurrent adds to one cart all land (the cart row is locked first), and no line
 * ever exceeds 999 units (the merge is a conditional upsert, backed by a CHECK).
 */
export async function addCartItem(tx: Tx, caller: CartCaller, cartId: string, input: AddCartItemBody): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const variant = (await findSellableVariants(tx, [input.variantId])).get(input.variantId);
    if (!variant?.isPublished) {
      throw new NotFound({
        detail: `Variant ${input.variantId} does not exist or is not for sale.`,
        errors: [{ path: '/variantId', message: 'is not a variant for sale' }],
      });
    }
    const unitPrice = priceIn(variant, cart.currency);
    if (unitPrice === undefined) throw new PriceMissing(variant.id, cart.currency);

    const [lines] = await tx.select({ n: count() }).from(cartItems).where(eq(cartItems.cartId, cart.id));
    // The count is exact: the cart row is locked, so no other line can be added meanwhile.
    const wouldExceedLines = (lines?.n ?? 0) >= MAX_CART_LINES
      && (await tx.select({ id: cartItems.id }).from(cartItems)
        .where(and(eq(cartItems.cartId, cart.id), eq(cartItems.variantId, variant.id)))).length === 0;
    if (wouldExceedLines) throw new Conflict({ detail: `A cart holds at most ${MAX_CART_LINES} lines.` });

    // Insert, or merge into the existing line only while the sum stays within the cap: when the
    // WHERE of DO UPDATE fails, no row comes back and nothing changed.
    const merged = await queryRows<{ quantity: number }>(tx, sql`
      INSERT INTO cart_items (id, cart_id, variant_id, quantity, unit_price, created_at, updated_at)
      VALUES (${newId('item')}, ${cart.id}, ${variant.id}, ${input.quantity}, ${unitPrice}, now(), now())
      ON CONFLICT (cart_id, variant_id) DO UPDATE
        SET quantity = cart_items.quantity + EXCLUDED.quantity, unit_price = EXCLUDED.unit_price, updated_at = now()
        WHERE cart_items.quantity + EXCLUDED.quantity <= ${MAX_LINE_QUANTITY}
      RETURNING quantity`);
    if (merged.length === 0) {
      throw new BadRequest({
        detail: `A line holds at most ${MAX_LINE_QUANTITY} units; this would exceed it.`,
        errors: [{ path: '/quantity', message: `the line would hold more than ${MAX_LINE_QUANTITY}` }],
      });
    }
    return undefined;
  });
}

/** Sets a line's quantity (1..999); 404 when the cart has no such line. */
export async function updateCartItem(tx: Tx, caller: CartCaller, cartId: string, itemId: string, quantity: number): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const rows = await tx.update(cartItems)
      .set({ quantity, updatedAt: sql`now()` })
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cart.id)))
      .returning({ id: cartItems.id });
    if (rows.length === 0) throw itemNotFound(itemId);
    return undefined;
  });
}

/** Removes a line; 404 when the cart has no such line. */
export async function removeCartItem(tx: Tx, caller: CartCaller, cartId: string, itemId: string): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const rows = await tx.delete(cartItems)
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cart.id)))
      .returning({ id: cartItems.id });
    if (rows.length === 0) throw itemNotFound(itemId);
    return undefined;
  });
}
