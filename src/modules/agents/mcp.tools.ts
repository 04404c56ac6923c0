import { Type, type Static, type TObject } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config.ts';
import { withTransaction, type Db } from '../../platform/db/index.ts';
import { AppError, NotFound } from '../../platform/errors.ts';
import type { Phases } from '../../platform/http/idempotency.ts';
import { findStoreProduct, listProductPage, type StoreProduct } from '../catalog/index.ts';
import { loadOrderViews } from '../orders/index.ts';
import { ACP_PAYMENT_HANDLERS } from './acp.views.ts';
import {
  changeSession,
  completeSession,
  openSession,
  readSession,
  type AgentPrincipal,
  type SessionAddress,
  type SessionChanges,
  type SessionProblem,
  type SessionState,
} from './checkout.ts';
import { findAgentSessionByOrder } from './sessions.ts';

/**
 * The MCP tools of `/mcp`: the same capabilities as the protocols' REST bindings, through the same
 * services. A cart is an agent checkout session (the id the agent holds is the session's, never the
 * cart's), so `create_checkout` and `update_checkout` act on the session `create_cart` opened, and
 * `complete_checkout` runs the same phased completion as ACP. Pure of HTTP except for the reply the
 * completion's last phase is handed.
 */

const Currency = Type.String({ pattern: '^[A-Za-z]{3}$', description: 'ISO 4217 code, e.g. EUR' });
const Items = Type.Array(
  Type.Object(
    {
      variantId: Type.String({ minLength: 1, maxLength: 64, description: 'A variant id from search_catalog or get_product' }),
      quantity: Type.Integer({ minimum: 1, maximum: 1000 }),
    },
    { additionalProperties: false },
  ),
  { minItems: 1, maxItems: 100, description: 'The whole list of lines: it replaces the cart’s lines' },
);
const Address = Type.Object(
  {
    firstName: Type.Optional(Type.String({ maxLength: 100 })),
    lastName: Type.Optional(Type.String({ maxLength: 100 })),
    company: Type.Optional(Type.String({ maxLength: 200 })),
    address1: Type.String({ minLength: 1, maxLength: 200 }),
    address2: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.String({ minLength: 1, maxLength: 100 }),
    postalCode: Type.Optional(Type.String({ maxLength: 20 })),
    province: Type.Optional(Type.String({ maxLength: 100 })),
    countryCode: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' }),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false, description: 'The shipping address' },
);
const Email = Type.String({
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  maxLength: 254,
  description: 'The buyer’s email, for the order confirmation',
});
const SessionId = Type.String({ minLength: 1, maxLength: 64, description: 'The id create_cart answered' });

const SearchInput = Type.Object(
  {
    query: Type.String({ minLength: 1, maxLength: 200, description: 'Search words' }),
    currency: Type.Optional(Currency),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'At most this many products (default 10)' })),
  },
  { additionalProperties: false },
);
const ProductInput = Type.Object(
  { handle: Type.String({ minLength: 1, maxLength: 200, description: 'The product handle' }), currency: Type.Optional(Currency) },
  { additionalProperties: false },
);
const CreateCartInput = Type.Object(
  { currency: Currency, items: Items, email: Type.Optional(Email), address: Type.Optional(Address) },
  { additionalProperties: false },
);
const UpdateCartInput = Type.Object({ cartId: SessionId, items: Items }, { additionalProperties: false });
const CreateCheckoutInput = Type.Object({ cartId: SessionId, email: Email, address: Address }, { additionalProperties: false });
const UpdateCheckoutInput = Type.Object(
  {
    checkoutId: SessionId,
    email: Type.Optional(Email),
    address: Type.Optional(Address),
    shippingOptionId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'One of the checkout’s shippingOptions' })),
  },
  { additionalProperties: false },
);
const CompleteCheckoutInput = Type.Object(
  {
    checkoutId: SessionId,
    payment: Type.Optional(
      Type.Object(
        {
          handler: Type.Literal('stockroom_test_card'),
          token: Type.String({ minLength: 1, maxLength: 64, description: 'A test card number' }),
        },
        { additionalProperties: false, description: 'Omit it to hand the payment to the buyer: the answer has a continueUrl' },
      ),
    ),
  },
  { additionalProperties: false },
);
const GetOrderInput = Type.Object({ orderId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

/** What a tool's handler is given: the calling agent and what the services need. */
export interface ToolContext {
  db: Db;
  config: Config;
  agent: AgentPrincipal;
  reply: FastifyReply;
}

export interface McpTool {
  name: string;
  description: string;
  inputSchema: TObject;
  readOnly: boolean;
  run(context: ToolContext, input: unknown): Promise<Record<string, unknown>>;
}

function tool<S extends TObject>(
  name: string,
  description: string,
  inputSchema: S,
  readOnly: boolean,
  run: (context: ToolContext, input: Static<S>) => Promise<Record<string, unknown>>,
): McpTool {
  return { name, description, inputSchema, readOnly, run: (context, input) => run(context, input as Static<S>) };
}

/** The arguments' problems as one line per error (JSON pointer: message), or undefined when they are valid. */
export function invalidArguments(schema: TObject, input: unknown): string | undefined {
  if (Value.Check(schema, input)) return undefined;
  return [...Value.Errors(schema, input)]
    .slice(0, 5)
    .map((e) => `${e.path || '/'}: ${e.message}`)
    .join('; ');
}

function productSummary(product: StoreProduct, currency: string | undefined) {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    description: product.description.length > 300 ? `${product.description.slice(0, 297)}…` : product.description,
    inStock: product.inStock,
    variants: product.variants.map((v) => ({
      variantId: v.id,
      title: v.title,
      options: v.options,
      inStock: v.inStock,
      prices: currency ? v.prices.filter((p) => p.currency === currency.toUpperCase()) : v.prices,
    })),
  };
}

function problemText(problem: SessionProblem | undefined): string | undefined {
  if (!problem) return undefined;
  if (problem.kind === 'out_of_stock') {
    return `Out of stock: ${problem.lines.map((l) => `${l.variantId} (${l.available} available)`).join(', ')}. Change the items and complete again.`;
  }
  if (problem.kind === 'unavailable') return `No longer for sale: ${problem.variantIds.join(', ')}. Remove them and complete again.`;
  return `The payment was declined (${problem.declineCode}); nothing was charged.`;
}

/** The session as an MCP tool result: lines, totals (minor units), shipping options, what is missing, the order. */
export function sessionView(config: Config, state: SessionState, problem?: SessionProblem) {
  const { session, priced, quotes, order } = state;
  const cart = priced.cart;
  const missing = [
    ...(priced.lines.length === 0 ? ['items'] : []),
    ...(cart.email ? [] : ['email']),
    ...(cart.shippingAddress ? [] : ['address']),
    ...(priced.shippingMethod ? [] : ['shippingOptionId']),
  ];
  const base = config.publicUrl.replace(/\/$/, '');
  const error = problemText(problem);
  return {
    id: session.id,
    status: session.status === 'open' ? (missing.length === 0 ? 'ready_for_payment' : 'not_ready') : session.status,
    currency: cart.currency,
    items: priced.lines.map((l) => ({
      variantId: l.item.variantId,
      title: l.variant ? `${l.variant.productTitle} – ${l.variant.title}` : l.item.variantId,
      quantity: l.item.quantity,
      unitPrice: l.unitPrice,
      available: l.isAvailable,
    })),
    totals: {
      subtotal: priced.totals.subtotal,
      discount: priced.totals.discountTotal,
      shipping: priced.totals.shippingTotal,
      tax: priced.totals.taxTotal,
      total: priced.totals.total,
    },
    email: cart.email,
    shippingOptions: quotes.map((q) => ({ id: q.option.id, name: q.option.name, price: q.price })),
    selectedShippingOptionId: priced.shippingMethod?.option.id ?? null,
    missing: session.status === 'open' ? missing : [],
    ...(error ? { error } : {}),
    ...(order
      ? { order: { id: order.id, number: order.displayId, status: order.status, total: order.total, url: `${base}/orders/${order.id}` } }
      : {}),
  };
}

/**
 * Phases for a completion without an Idempotency-Key (an MCP tool call has none): each phase is its
 * own transaction and nothing is recorded for a retry. A retried `complete_checkout` is still safe:
 * the session row lock and its status make a completed session answer its order, and the cart's
 * checkout attempt keeps a second reservation from being taken while one runs.
 */
function unrecordedPhases(db: Db): Phases {
  return {
    recoveryPoint: undefined,
    recoveryData: {},
    run: (_point, fn) => withTransaction(db, fn),
    finish: (_reply, fn) => withTransaction(db, fn),
    async fail(error, fn) {
      await withTransaction(db, fn);
      throw error;
    },
    async restart() {},
  };
}

const inTx = <T>(db: Db, fn: Parameters<typeof withTransaction<T>>[1]) => withTransaction(db, fn);

function changesOf(input: {
  items?: { variantId: string; quantity: number }[] | undefined;
  email?: string | undefined;
  address?: SessionAddress | undefined;
  shippingOptionId?: string | undefined;
}): SessionChanges {
  return {
    ...(input.items ? { lines: input.items } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.address !== undefined ? { address: { ...input.address, countryCode: input.address.countryCode.toUpperCase() } } : {}),
    ...(input.shippingOptionId !== undefined ? { shippingOptionId: input.shippingOptionId } : {}),
  };
}

export const MCP_TOOLS: readonly McpTool[] = [
  tool(
    'search_catalog',
    'Search the shop’s published products by words; answers products with their variants and prices.',
    SearchInput,
    true,
    async ({ db }, input) => {
      const page = await listProductPage(db, { q: input.query }, 1, input.limit ?? 10, input.currency?.toUpperCase());
      return { total: page.total, products: page.items.map((p) => productSummary(p, input.currency)) };
    },
  ),
  tool(
    'get_product',
    'One published product by its handle, with every variant, price and stock state.',
    ProductInput,
    true,
    async ({ db }, input) => {
      const found = await findStoreProduct(db, input.handle, input.currency?.toUpperCase());
      if (found.kind === 'moved') return { movedTo: found.handle };
      if (found.kind === 'missing') throw new NotFound({ detail: `There is no product ${input.handle}.` });
      return productSummary(found.product, input.currency);
    },
  ),
  tool(
    'create_cart',
    'Opens a cart in a currency with its items (variant ids and quantities); email and address are optional. Answers the priced cart and its id.',
    CreateCartInput,
    false,
    async ({ db, config, agent }, input) =>
      sessionView(config, await inTx(db, (tx) => openSession(tx, agent, 'mcp', { currency: input.currency, ...changesOf(input) }))),
  ),
  tool(
    'update_cart',
    'Replaces the items of an open cart (the whole list).',
    UpdateCartInput,
    false,
    async ({ db, config, agent }, input) =>
      sessionView(config, await inTx(db, (tx) => changeSession(tx, agent, input.cartId, changesOf(input)))),
  ),
  tool(
    'create_checkout',
    'Starts checkout on a cart: sets the buyer’s email and shipping address and answers the shipping options to choose from. The checkout id is the cart id.',
    CreateCheckoutInput,
    false,
    async ({ db, config, agent }, input) =>
      sessionView(config, await inTx(db, (tx) => changeSession(tx, agent, input.cartId, changesOf(input)))),
  ),
  tool(
    'update_checkout',
    'Changes the checkout’s email or address, or chooses one of its shipping options.',
    UpdateCheckoutInput,
    false,
    async ({ db, config, agent }, input) =>
      sessionView(config, await inTx(db, (tx) => changeSession(tx, agent, input.checkoutId, changesOf(input)))),
  ),
  tool(
    'complete_checkout',
    'Pays and places the order (exactly once, whatever is retried). Without `payment` nothing is charged: the answer has a `continueUrl` where the buyer pays on the shop’s own checkout page.',
    CompleteCheckoutInput,
    false,
    async ({ db, config, agent, reply }, input) => {
      if (!input.payment) {
        const state = await readSession(db, agent, input.checkoutId);
        const base = config.publicUrl.replace(/\/$/, '');
        const view = sessionView(config, state);
        return state.session.status === 'open' ? { ...view, continueUrl: `${base}/agents/continue/${state.session.id}` } : view;
      }
      const handler = ACP_PAYMENT_HANDLERS[input.payment.handler];
      if (!handler) throw new NotFound({ detail: `There is no payment handler ${input.payment.handler}.` });
      const token = input.payment.token;
      return completeSession(
        db,
        config,
        unrecordedPhases(db),
        reply,
        agent,
        input.checkoutId,
        { payment: { provider: handler.provider, data: { card: token } } },
        (outcome) => sessionView(config, outcome.state, outcome.kind === 'problem' ? outcome.problem : undefined),
      );
    },
  ),
  tool('get_order', 'An order this agent placed, with its lines, totals and status.', GetOrderInput, true, async ({ db, agent }, input) => {
    const session = await findAgentSessionByOrder(db, agent.id, input.orderId);
    const [order] = session ? await loadOrderViews(db, [input.orderId]) : [];
    if (!order) throw new NotFound({ detail: `There is no order ${input.orderId}.` });
    return {
      id: order.id,
      number: order.displayId,
      checkoutId: session?.id,
      status: order.status,
      paymentStatus: order.paymentStatus,
      fulfillmentStatus: order.fulfillmentStatus,
      currency: order.currency,
      items: order.items.map((i) => ({ variantId: i.variantId, title: i.title, quantity: i.quantity, unitPrice: i.unitPrice })),
      subtotal: order.subtotal,
      shipping: order.shippingTotal,
      tax: order.taxTotal,
      total: order.total,
      createdAt: order.createdAt,
    };
  }),
];

/** An error a tool reports to the agent (its text, never a stack or SQL): the service's own errors only. */
export function toolErrorText(error: unknown): string | undefined {
  if (!(error instanceof AppError)) return undefined;
  const detail = error.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
  return `${error.code}: ${error.detail ?? error.title}${detail ? ` (${detail})` : ''}`;
}
