import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { BadRequest, Conflict, NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findSellableVariants, type SellableVariant } from '../catalog/index.ts';
import { PriceMissing } from './cart.errors.ts';
import { MAX_LINE_QUANTITY, type AddCartItemBody } from './cart.schemas.ts';
import { cartItems, type CartItemRow } from './cart.tables.ts';
import { mutateCart, type CartCaller } from './carts.ts';
import { priceIn, type PricedCart } from './price-cart.ts';

/**
 * Cart lines. Carts never hold stock (S12): nothing here touches inventory; availability is
 * checked, and stock taken, only when the cart is completed.
 */

/** How many distinct lines one cart may hold. */
export const MAX_CART_LINES = 100;

/** The cart's lines in the order they were first added. */
export async function listCartItems(db: Db, cartId: string): Promise<CartItemRow[]> {
  return db.select().from(cartItems).where(eq(cartItems.cartId, cartId)).orderBy(asc(cartItems.createdAt), asc(cartItems.id));
}

/** A cart's lines and the catalog's current view of their variants: everything pricing reads per line. */
export interface CartContents {
  items: CartItemRow[];
  /** Live variants by id; a line whose variant was deleted has no entry. */
  variants: Map<string, SellableVariant>;
}

/**
 * Reads the cart's lines and, in one more statement, their variants together with `alsoVariantIds`
 * (a variant about to be added), so a write reads each variant once.
 */
export async function loadCartContents(db: Db, cartId: string, alsoVariantIds: readonly string[] = []): Promise<CartContents> {
  const items = await listCartItems(db, cartId);
  const variants = await findSellableVariants(db, [...items.map((i) => i.variantId), ...alsoVariantIds]);
  return { items, variants };
}

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
    const contents = await loadCartContents(tx, cart.id, [input.variantId]);
    const variant = contents.variants.get(input.variantId);
    if (!variant?.isPublished) {
      throw new NotFound({
        detail: `Variant ${input.variantId} does not exist or is not for sale.`,
        errors: [{ path: '/variantId', message: 'is not a variant for sale' }],
      });
    }
    const unitPrice = priceIn(variant, cart.currency);
    if (unitPrice === undefined) throw new PriceMissing(variant.id, cart.currency);

    // The lines are exact: the cart row is locked, so no other line can be added meanwhile.
    const existing = contents.items.findIndex((i) => i.variantId === variant.id);
    if (existing === -1 && contents.items.length >= MAX_CART_LINES)
      throw new Conflict({ detail: `A cart holds at most ${MAX_CART_LINES} lines.` });

    // Insert, or merge into the existing line only while the sum stays within the cap: when the
    // WHERE of DO UPDATE fails, no row comes back and nothing changed.
    const [line] = await tx
      .insert(cartItems)
      .values({
        id: newId('item'),
        cartId: cart.id,
        variantId: variant.id,
        quantity: input.quantity,
        unitPrice,
        createdAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .onConflictDoUpdate({
        target: [cartItems.cartId, cartItems.variantId],
        set: { quantity: sql`${cartItems.quantity} + excluded.quantity`, unitPrice: sql`excluded.unit_price`, updatedAt: sql`now()` },
        setWhere: sql`${cartItems.quantity} + excluded.quantity <= ${MAX_LINE_QUANTITY}`,
      })
      .returning();
    if (!line) {
      throw new BadRequest({
        detail: `A line holds at most ${MAX_LINE_QUANTITY} units; this would exceed it.`,
        errors: [{ path: '/quantity', message: `the line would hold more than ${MAX_LINE_QUANTITY}` }],
      });
    }
    // A merged line keeps its place (its created_at); a new one comes last (created in this transaction).
    const items = existing === -1 ? [...contents.items, line] : contents.items.map((i, n) => (n === existing ? line : i));
    return { contents: { items, variants: contents.variants } };
  });
}

/** Sets a line's quantity (1..999); 404 when the cart has no such line. */
export async function updateCartItem(tx: Tx, caller: CartCaller, cartId: string, itemId: string, quantity: number): Promise<PricedCart> {
  return mutateCart(tx, caller, cartId, async (cart) => {
    const rows = await tx
      .update(cartItems)
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
    const rows = await tx
      .delete(cartItems)
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cart.id)))
      .returning({ id: cartItems.id });
    if (rows.length === 0) throw itemNotFound(itemId);
    return undefined;
  });
}
