import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inRequestTransaction } from '../../platform/http/request-transaction.ts';
import type { ModuleContext } from '../../platform/module.ts';
import { privateReads } from '../../platform/http/cache.ts';
import { Page, PageQuery } from '../../platform/http/pagination.ts';
import { requireCustomer } from '../../platform/http/auth.ts';
import {
  AddCartItemBody,
  CartItemParams,
  CartParams,
  CartPromotionParams,
  CartShippingOptionList,
  CartView,
  CreateCartBody,
  CustomerCartSummary,
  PromotionCodeBody,
  ShippingMethodBody,
  UpdateCartBody,
  UpdateCartItemBody,
} from './cart.schemas.ts';
import { toCartView } from './cart.views.ts';
import { adoptCart, createCart, getCart, updateCart, type CartCaller } from './carts.ts';
import { addCartItem, removeCartItem, updateCartItem } from './items.ts';
import { listCustomerCarts } from './customer-carts.ts';
import { applyPromotion, listCartShippingOptions, removePromotion, setShippingMethod } from './adjustments.ts';

const tags = ['Store: carts'];
const ACCESS =
  "A guest cart is reachable by anyone holding its id; a customer's cart only by that customer (404 otherwise, as for expired carts).";

/** What the cart routes are registered with: the module context and the cart module's options. */
export interface CartRouteContext extends ModuleContext {
  idleTtlMs: number;
}

/** Store REST routes of carts: thin handlers, one service call each, the cart view as the answer. */
export const cartRoutes: FastifyPluginAsyncTypebox<CartRouteContext> = async (app, { db, idleTtlMs }) => {
  const caller = (principal: CartCaller['principal']): CartCaller => ({ principal, idleTtlMs });
  // Carts are personal: no cache, shared or private, may keep a read.
  privateReads(app);

  app.get(
    '/store/me/carts',
    {
      config: { auth: 'customer' },
      schema: {
        tags,
        summary: "The signed-in customer's open carts, newest first",
        description:
          'Carts not yet checked out and not expired, bound to this customer (created while signed in, or adopted). A summary each; `GET /store/carts/{id}` answers one with its totals.',
        querystring: PageQuery,
        response: { 200: { ...Page(CustomerCartSummary, 'CustomerCartSummary'), description: 'One page of open carts, newest first' } },
      },
    },
    async (req) => listCustomerCarts(db, requireCustomer(req.principal).id, req.query),
  );

  app.post(
    '/store/carts',
    {
      schema: {
        tags,
        summary: 'Create a cart; bound to the customer when signed in',
        description: `Send \`currency\` or \`regionId\`. ${ACCESS} An untouched cart expires after the configured idle time (default 30 days).`,
        body: CreateCartBody,
        response: { 201: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => {
        const cart = await createCart(tx, caller(req.principal), req.body);
        reply.code(201);
        reply.header('location', `/store/carts/${cart.cart.id}`);
        return toCartView(cart);
      }),
  );

  app.get(
    '/store/carts/:id',
    {
      schema: {
        tags,
        summary: 'Get a cart with totals recomputed from current prices',
        description: `${ACCESS} Lines are priced at the current catalog price; promotions or a shipping method that no longer apply are left out (and removed by the next change).`,
        params: CartParams,
        response: { 200: { ...CartView, description: 'The cart, priced now; each line with its stock truth' } },
      },
    },
    async (req) => toCartView(await getCart(db, req.params.id, req.principal)),
  );

  app.patch(
    '/store/carts/:id',
    {
      schema: {
        tags,
        summary: 'Change email, addresses or region',
        description:
          "A shipping country the cart's region does not serve moves the cart to a region of its currency that does. 409 `cart_already_completed` after checkout.",
        params: CartParams,
        body: UpdateCartBody,
        response: { 200: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => toCartView(await updateCart(tx, caller(req.principal), req.params.id, req.body))),
  );

  app.post(
    '/store/carts/:id/adopt',
    {
      config: { auth: 'customer' },
      schema: {
        tags,
        summary: 'Bind a guest cart to the signed-in customer',
        description:
          "After signing in, a shopper takes their guest cart over. Another customer's cart is 404. Nothing is merged: the customer's other carts stay as they are.",
        params: CartParams,
        response: { 200: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => toCartView(await adoptCart(tx, caller(req.principal), req.params.id))),
  );

  app.post(
    '/store/carts/:id/items',
    {
      schema: {
        tags,
        summary: 'Add a variant to a cart; the unit price always comes from the catalog',
        description:
          'Adding a variant already in the cart adds to its line; a line holds at most 999 (400 beyond). 404 for a variant that does not exist or is not published; 422 `price_missing` when it has no price in the cart currency. Carts never hold stock.',
        params: CartParams,
        body: AddCartItemBody,
        response: { 200: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) => toCartView(await addCartItem(tx, caller(req.principal), req.params.id, req.body))),
  );

  app.patch(
    '/store/carts/:id/items/:itemId',
    {
      schema: {
        tags,
        summary: "Set a line's quantity (1..999)",
        params: CartItemParams,
        body: UpdateCartItemBody,
        response: { 200: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) =>
        toCartView(await updateCartItem(tx, caller(req.principal), req.params.id, req.params.itemId, req.body.quantity)),
      ),
  );

  app.delete(
    '/store/carts/:id/items/:itemId',
    {
      schema: { tags, summary: 'Remove a line', params: CartItemParams, response: { 200: CartView } },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) =>
        toCartView(await removeCartItem(tx, caller(req.principal), req.params.id, req.params.itemId)),
      ),
  );

  app.get(
    '/store/carts/:id/shipping-options',
    {
      schema: {
        tags,
        summary: "Shipping options valid for the cart's address and contents, with their prices",
        description:
          'Without a shipping address: 409 `shipping_address_required` (`missing: ["shippingAddress"]`). With one: the options of the cart’s region for that country and contents (empty when none serves it).',
        params: CartParams,
        response: { 200: { ...CartShippingOptionList, description: 'The options the cart can choose now, priced for it' } },
      },
    },
    async (req) => {
      const quotes = await listCartShippingOptions(db, req.params.id, req.principal);
      return {
        items: quotes.map((q) => ({
          id: q.option.id,
          name: q.option.name,
          type: q.option.type,
          price: { currency: q.currency, amount: q.price },
        })),
        nextCursor: null,
      };
    },
  );

  app.post(
    '/store/carts/:id/shipping-method',
    {
      schema: {
        tags,
        summary: "Choose one of the cart's shipping options",
        params: CartParams,
        body: ShippingMethodBody,
        response: { 200: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) =>
        toCartView(await setShippingMethod(tx, caller(req.principal), req.params.id, req.body.shippingOptionId)),
      ),
  );

  app.post(
    '/store/carts/:id/promotions',
    {
      schema: {
        tags,
        summary: 'Apply a promotion code',
        description:
          "422 `promotion_invalid` with `reason` (not_found, not_started, expired, usage_limit_reached, per_customer_limit_reached, min_subtotal_not_met, not_applicable, already_applied). Every change re-validates the cart's codes; one that no longer applies is removed.",
        params: CartParams,
        body: PromotionCodeBody,
        response: { 200: CartView },
      },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) =>
        toCartView(await applyPromotion(tx, caller(req.principal), req.params.id, req.body.code)),
      ),
  );

  app.delete(
    '/store/carts/:id/promotions/:code',
    {
      schema: { tags, summary: 'Remove a promotion code', params: CartPromotionParams, response: { 200: CartView } },
    },
    async (req, reply) =>
      inRequestTransaction(req, reply, db, async (tx) =>
        toCartView(await removePromotion(tx, caller(req.principal), req.params.id, req.params.code)),
      ),
  );
};
