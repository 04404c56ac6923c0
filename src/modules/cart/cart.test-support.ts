import type { CartView } from './index.ts';

/** A response body as the cart tests read it: a cart, a problem document, or another store/admin answer. */
export type CartTestBody = Omit<CartView, 'items' | 'shippingMethod' | 'shippingAddress'> & {
  items: (CartView['items'][number] & { name: string; price: { currency: string; amount: number } })[];
  shippingMethod: NonNullable<CartView['shippingMethod']>;
  shippingAddress: NonNullable<CartView['shippingAddress']>;
  code: string;
  reason: string;
  errors: { path: string; message: string }[];
  provider: string;
  status: string;
  nextCursor: null;
};
