import { Conflict, Unprocessable, type ProblemCode } from '../../platform/errors.ts';

/** A completed cart (checked out) cannot change any more. */
export class CartAlreadyCompleted extends Conflict {
  override readonly code: ProblemCode = 'cart_already_completed';
  override readonly title = 'The cart has already been completed';
  constructor(cartId: string) {
    super({ detail: `Cart ${cartId} has been checked out; start a new cart.` });
  }
}

/** The variant has no price in the cart's currency, so it cannot be sold in this cart. */
export class PriceMissing extends Unprocessable {
  override readonly code: ProblemCode = 'price_missing';
  override readonly title = 'The variant has no price in the cart currency';
  constructor(variantId: string, currency: string) {
    super({ detail: `Variant ${variantId} has no ${currency} price.`, extensions: { variantId, currency } });
  }
}

/** Shipping options depend on the destination: a cart without a shipping address has none to show yet. */
export class ShippingAddressRequired extends Conflict {
  override readonly code: ProblemCode = 'shipping_address_required';
  override readonly title = 'The cart has no shipping address';
  constructor(cartId: string) {
    super({
      detail: `Cart ${cartId} has no shipping address: set one with PATCH /store/carts/${cartId} to see its shipping options.`,
      extensions: { missing: ['shippingAddress'] },
    });
  }
}
