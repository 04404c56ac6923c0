import type { StockroomModule } from '../../platform/module.ts';
import { cartRoutes } from './cart.routes.ts';
import { cartGraphQL } from './cart.graphql.ts';
import { DEFAULT_CART_IDLE_TTL_MS, EXPIRE_CARTS_JOB, expireCartsJob, scheduleCartExpiry } from './expiry.ts';

/** The cart's public surface: other modules import only from here. */
export { getCartForCheckout, markCartCompleted } from './checkout.ts';
export { deleteExpiredCarts, DEFAULT_CART_IDLE_TTL_MS, EXPIRE_CARTS_JOB } from './expiry.ts';
export { CartAlreadyCompleted, PriceMissing } from './cart.errors.ts';
export type { PricedCart, PricedLine, DroppedPromotion } from './price-cart.ts';
export { CartView } from './cart.schemas.ts';
export { toCartView } from './cart.views.ts';
export { createCart, getCart, updateCart, type CartCaller } from './carts.ts';
export { addCartItem, updateCartItem, removeCartItem } from './items.ts';
export { listCartShippingOptions, setShippingMethod } from './adjustments.ts';

export interface CartOptions {
  /** How long a cart nobody writes to lives (ms); default 30 days. */
  idleTtlMs?: number;
}

/** Builds the cart module; `options.idleTtlMs` sets how long an untouched cart lives. */
export function createCartModule(options: CartOptions = {}): StockroomModule {
  const idleTtlMs = options.idleTtlMs ?? DEFAULT_CART_IDLE_TTL_MS;
  if (!Number.isFinite(idleTtlMs) || idleTtlMs < 1000) throw new RangeError('cart idleTtlMs must be at least 1000');
  return {
    name: 'cart',
    apiTags: {
      'Store: carts':
        "A shopper's cart, from creation to checkout: lines, address, shipping, promotion codes, payment sessions and completion into an order. A guest cart's id is its credential; a signed-in customer's cart is theirs.",
    },
    routes: async (app, context) => {
      await app.register(cartRoutes, { ...context, idleTtlMs });
    },
    graphql: { store: cartGraphQL(idleTtlMs) },
    jobs: { [EXPIRE_CARTS_JOB]: expireCartsJob },
    bootstrap: (context) => scheduleCartExpiry(context.db),
  };
}

export const cartModule: StockroomModule = createCartModule();
