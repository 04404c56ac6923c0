import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/index.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { CartAlreadyCompleted } from './cart.errors.ts';
import { carts } from './cart.tables.ts';
import { lockCart } from './carts.ts';
import { priceCart, type PricedCart } from './price-cart.ts';

/**
 * What the checkout (orders module) needs from a cart. Still to come with the checkout issue: the
 * usage-limit race test (50 concurrent checkouts of carts holding a code limited to 10 uses), which
 * rests on pricing's `redeemPromotion` inside the checkout transaction.
 */

/**
 * Locks the cart row until the checkout transaction ends and returns its lines and totals, priced
 * from current data. 404 when the caller may not see it; 409 `cart_already_completed` when it was
 * checked out already. Lines with `isAvailable: false` must make checkout refuse the cart, and
 * `droppedPromotions` lists codes that no longer apply (checkout may answer 409 `cart_changed`).
 */
export async function getCartForCheckout(tx: Tx, cartId: string, principal: Principal): Promise<PricedCart> {
  const cart = await lockCart(tx, cartId, principal);
  return priceCart(tx, cart);
}

/**
 * Marks the cart completed, once: the conditional UPDATE makes a second completion (a concurrent
 * checkout that got past its own checks) fail with 409 instead of completing the cart twice.
 */
export async function markCartCompleted(tx: Tx, cartId: string): Promise<void> {
  const rows = await tx
    .update(carts)
    .set({ completedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${carts.version} + 1` })
    .where(and(eq(carts.id, cartId), isNull(carts.completedAt)))
    .returning({ id: carts.id });
  if (rows.length === 0) throw new CartAlreadyCompleted(cartId);
}
