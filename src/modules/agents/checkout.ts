import type { FastifyReply } from 'fastify';
import type { Config } from '../../platform/config.ts';
import type { Db, Tx } from '../../platform/db/index.ts';
import { BadRequest, Conflict, MethodNotAllowed } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import type { Phases } from '../../platform/http/idempotency.ts';
import {
  addCartItem,
  createCart,
  getCart,
  getCartForCheckout,
  listCartShippingOptions,
  removeCartItem,
  setShippingMethod,
  updateCart,
  updateCartItem,
  DEFAULT_CART_IDLE_TTL_MS,
  type CartCaller,
  type PricedCart,
} from '../cart/index.ts';
import { InsufficientStock, type ShortLine } from '../inventory/index.ts';
import {
  authorizeAttempt,
  checkoutRuntime,
  DEFAULT_CHECKOUT_LIMITS,
  findResumableAttempt,
  loadOrderViews,
  placeOrder,
  reserveCheckout,
  undoAttempt,
  type CheckoutLimits,
  type OrderView,
} from '../orders/index.ts';
import {
  CartChanged,
  hashPricedCart,
  insertPaymentSession,
  paymentProviders,
  type PaymentProvider,
  type PaymentSession,
} from '../payments/index.ts';
import type { ShippingQuote } from '../pricing/index.ts';
import type { AgentProtocol, AgentSessionRow } from './agents.tables.ts';
import { getAgentSession, insertAgentSession, lockAgentSession, setAgentSessionState } from './sessions.ts';

/**
 * Agent checkout, the same for every protocol: a session is a Stockroom guest cart the agent never
 * sees by id, changed through the cart's own service functions and completed through the same
 * three phases as `POST /store/carts/:id/complete` (reserve, authorize, place) under the request's
 * Idempotency-Key. So an agent checkout keeps the store's guarantees: no oversell, one order per
 * session, one charge, whatever the agent retries. Each protocol (ACP, UCP, MCP) only maps its
 * shapes onto these functions.
 */

export type AgentPrincipal = Extract<Principal, { kind: 'agent' }>;

export interface SessionLine {
  variantId: string;
  quantity: number;
}

/** A postal address as Stockroom stores it (the cart's shipping address). */
export interface SessionAddress {
  firstName?: string | undefined;
  lastName?: string | undefined;
  company?: string | undefined;
  address1: string;
  address2?: string | undefined;
  city: string;
  postalCode?: string | undefined;
  province?: string | undefined;
  countryCode: string;
  phone?: string | undefined;
}

export interface SessionChanges {
  lines?: SessionLine[] | undefined;
  email?: string | undefined;
  buyer?: Record<string, unknown> | undefined;
  address?: SessionAddress | undefined;
  shippingOptionId?: string | undefined;
}

/** What every protocol's view is built from. */
export interface SessionState {
  session: AgentSessionRow;
  priced: PricedCart;
  quotes: ShippingQuote[];
  order: OrderView | undefined;
}

/** A recoverable problem a protocol reports inside the session (ACP `messages[]`, UCP `messages[]`). */
export type SessionProblem =
  | { kind: 'out_of_stock'; lines: ShortLine[] }
  | { kind: 'unavailable'; variantIds: string[] }
  | { kind: 'payment_declined'; declineCode: string };

/** The outcome of a completion: the placed order, or the problem that stopped it (the session stays open). */
export type CompletionOutcome = { kind: 'placed'; state: SessionState } | { kind: 'problem'; problem: SessionProblem; state: SessionState };

const caller = (agent: AgentPrincipal): CartCaller => ({ principal: agent, idleTtlMs: DEFAULT_CART_IDLE_TTL_MS });

function assertOpen(session: AgentSessionRow): void {
  if (session.status !== 'open') throw new SessionClosed(session.status);
}

/** 409: the session is completed or canceled and takes no more changes. */
export class SessionClosed extends Conflict {
  readonly sessionStatus: string;
  constructor(status: string) {
    super({ detail: `The checkout session is ${status}; it takes no more changes.` });
    this.sessionStatus = status;
  }
}

/** 405: only an open session can be canceled (the protocols' answer for a completed or canceled one). */
export class SessionNotCancelable extends MethodNotAllowed {
  constructor(status: string) {
    super({ detail: `The checkout session is ${status}; only an open session can be canceled.` });
  }
}

/** Sets the cart's lines to exactly `lines` (a protocol's update sends the whole list). */
async function replaceLines(tx: Tx, who: CartCaller, cartId: string, lines: readonly SessionLine[]): Promise<void> {
  const wanted = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    if (wanted.has(line.variantId)) throw new BadRequest({ errors: [{ path: `/items/${i}`, message: 'names an item twice' }] });
    wanted.set(line.variantId, line.quantity);
  }
  const current = (await getCartForCheckout(tx, cartId, who.principal)).lines;
  for (const line of current) {
    const quantity = wanted.get(line.item.variantId);
    if (quantity === undefined) await removeCartItem(tx, who, cartId, line.item.id);
    else if (quantity !== line.item.quantity) await updateCartItem(tx, who, cartId, line.item.id, quantity);
    wanted.delete(line.item.variantId);
  }
  for (const [variantId, quantity] of wanted) await addCartItem(tx, who, cartId, { variantId, quantity });
}

async function applyChanges(tx: Tx, who: CartCaller, cartId: string, changes: SessionChanges): Promise<void> {
  if (changes.lines) await replaceLines(tx, who, cartId, changes.lines);
  if (changes.email !== undefined || changes.address !== undefined) {
    await updateCart(tx, who, cartId, {
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(changes.address !== undefined ? { shippingAddress: changes.address } : {}),
    });
  }
  if (changes.shippingOptionId !== undefined) await setShippingMethod(tx, who, cartId, changes.shippingOptionId);
}

/** Opens a session: a new guest cart in `currency` with the lines and whatever else the agent sent. */
export async function openSession(
  tx: Tx,
  agent: AgentPrincipal,
  protocol: AgentProtocol,
  input: { currency: string } & SessionChanges,
): Promise<SessionState> {
  const who = caller(agent);
  const cart = await createCart(tx, who, { currency: input.currency.toUpperCase() });
  const session = await insertAgentSession(tx, { agentId: agent.id, protocol, cartId: cart.cart.id, buyer: input.buyer });
  await applyChanges(tx, who, cart.cart.id, input);
  return readSession(tx, agent, session.id);
}

/** Changes an open session (lines, buyer, address, shipping option). */
export async function changeSession(tx: Tx, agent: AgentPrincipal, id: string, changes: SessionChanges): Promise<SessionState> {
  const session = await lockAgentSession(tx, agent.id, id);
  assertOpen(session);
  await applyChanges(tx, caller(agent), session.cartId, changes);
  if (changes.buyer) await setAgentSessionState(tx, id, { buyer: changes.buyer });
  return readSession(tx, agent, id);
}

/** Cancels an open session; its cart is left to expire (it holds no stock). */
export async function cancelSession(tx: Tx, agent: AgentPrincipal, id: string): Promise<SessionState> {
  const session = await lockAgentSession(tx, agent.id, id);
  if (session.status !== 'open') throw new SessionNotCancelable(session.status);
  await setAgentSessionState(tx, id, { status: 'canceled' });
  return readSession(tx, agent, id);
}

/** The session as it is now, priced, with its shipping options and its order once placed. */
export async function readSession(db: Db, agent: AgentPrincipal, id: string): Promise<SessionState> {
  const session = await getAgentSession(db, agent.id, id);
  const priced = await getCart(db, session.cartId, agent);
  // Without an address there is nothing to quote yet (ACP shows no fulfillment options then).
  const quotable = priced.cart.completedAt === null && priced.cart.shippingAddress !== null;
  const quotes = quotable ? await listCartShippingOptions(db, session.cartId, agent) : [];
  const [order] = session.orderId ? await loadOrderViews(db, [session.orderId]) : [];
  return { session, priced, quotes, order };
}

/** How an agent pays: a provider of the payments module and what that provider needs (the test provider: a card). */
export interface AgentPayment {
  provider: string;
  data: Record<string, unknown>;
}

/**
 * Completes the session through the store's phased completion. Phase 1 (one transaction) records
 * the buyer's email, binds a payment session to the cart as priced now and reserves stock; phase 2
 * authorizes outside any transaction with the attempt's own provider key; phase 3 places the order
 * and marks the session completed, together with the stored answer. A retry with the same
 * Idempotency-Key resumes where the first request stopped; a completed session answers its order.
 * Out of stock, unavailable lines and declines are outcomes the protocols report in the session.
 */
export async function completeSession<B>(
  db: Db,
  config: Config,
  phases: Phases,
  reply: FastifyReply,
  agent: AgentPrincipal,
  id: string,
  input: { payment: AgentPayment; email?: string | undefined; buyer?: Record<string, unknown> | undefined },
  answer: (outcome: CompletionOutcome) => B,
): Promise<B> {
  const limits: CheckoutLimits = { ...DEFAULT_CHECKOUT_LIMITS, maxOrderQuantity: config.maxOrderQuantity };
  const providers = paymentProviders(db);
  const provider = providers.get(input.payment.provider);
  const existing = await getAgentSession(db, agent.id, id);
  if (existing.status === 'completed') {
    return phases.finish(reply, async (tx) => answer({ kind: 'placed', state: await readSession(tx, agent, id) }));
  }
  assertOpen(existing);

  // The same admission gate as the store's completion: a burst of agents queues before anything is held.
  return checkoutRuntime(db).gate.run(async () => {
    const resumedId = phases.recoveryPoint === 'reserved' ? String(phases.recoveryData.attemptId) : undefined;
    const resumed = resumedId === undefined ? undefined : await findResumableAttempt(db, resumedId);
    let attempt = resumed;
    if (!attempt) {
      try {
        // A remote provider's session (Stripe: a PaymentIntent for a shared payment token) is created
        // before phase 1's transaction, as the store's own payment-session route does: no connection
        // or cart lock waits on the network. It is keyed by the cart, its total and the token, so a
        // retry gets the same intent; phase 1 then binds it only if the cart still prices the same.
        const remote = LOCAL_PROVIDERS.has(provider.id) ? undefined : await remoteSession(db, agent, id, provider, input.payment.data);
        attempt = await phases.run(
          'reserved',
          async (tx) => {
            const session = await lockAgentSession(tx, agent.id, id);
            // Another completion (under another key) placed the order since the check above.
            if (session.status === 'completed') throw new CompletedMeanwhile();
            assertOpen(session);
            const who = caller(agent);
            if (input.email !== undefined) await updateCart(tx, who, session.cartId, { email: input.email });
            if (input.buyer) await setAgentSessionState(tx, id, { buyer: input.buyer });
            const priced = await getCartForCheckout(tx, session.cartId, agent);
            const amount = { currency: priced.cart.currency, amount: priced.totals.total };
            const created =
              remote && remote.cartHash === hashPricedCart(priced)
                ? remote.created
                : await provider.createSession({ cartId: priced.cart.id, amount, data: input.payment.data });
            await insertPaymentSession(tx, {
              cartId: priced.cart.id,
              provider: provider.id,
              amount,
              cartHash: hashPricedCart(priced),
              ...created,
            });
            return reserveCheckout(tx, { cartId: session.cartId, principal: agent, limits });
          },
          (a) => ({ attemptId: a.id }),
        );
      } catch (error) {
        if (error instanceof CompletedMeanwhile) {
          return phases.finish(reply, async (tx) => answer({ kind: 'placed', state: await readSession(tx, agent, id) }));
        }
        const problem = problemOf(error);
        if (!problem) throw error;
        return phases.finish(reply, async (tx) => answer({ kind: 'problem', problem, state: await readSession(tx, agent, id) }));
      }
    }

    const payment = await authorizeAttempt(providers, attempt);
    const placing = attempt;
    if (payment.status === 'declined') {
      return phases.finish(reply, async (tx) => {
        await undoAttempt(tx, placing.id, 'declined');
        return answer({
          kind: 'problem',
          problem: { kind: 'payment_declined', declineCode: payment.declineCode },
          state: await readSession(tx, agent, id),
        });
      });
    }
    return phases.finish(reply, async (tx) => {
      await placeOrder(tx, placing, payment);
      await setAgentSessionState(tx, id, { status: 'completed', orderId: placing.orderId });
      return answer({ kind: 'placed', state: await readSession(tx, agent, id) });
    });
  });
}

/** Providers whose createSession makes no network call (it may run inside phase 1's transaction). */
const LOCAL_PROVIDERS = new Set(['test', 'manual']);

/** A remote provider's payment session for the cart as priced now, created outside any transaction. */
async function remoteSession(
  db: Db,
  agent: AgentPrincipal,
  id: string,
  provider: PaymentProvider,
  data: Record<string, unknown>,
): Promise<{ cartHash: string; created: PaymentSession }> {
  const session = await getAgentSession(db, agent.id, id);
  const priced = await getCart(db, session.cartId, agent);
  const amount = { currency: priced.cart.currency, amount: priced.totals.total };
  const created = await provider.createSession({ cartId: priced.cart.id, amount, data });
  return { cartHash: hashPricedCart(priced), created };
}
/** Thrown inside the reserve phase when the session turned out completed: the answer is its order, not an error. */
class CompletedMeanwhile extends Error {}

function problemOf(error: unknown): SessionProblem | undefined {
  if (error instanceof InsufficientStock) return { kind: 'out_of_stock', lines: error.lines };
  if (error instanceof CartChanged) {
    const lines = (error.extensions?.lines ?? []) as { variantId?: string }[];
    if (lines.length === 0) return undefined; // an empty cart or a lapsed shipping method: a plain 409
    return { kind: 'unavailable', variantIds: lines.flatMap((l) => (l.variantId ? [l.variantId] : [])) };
  }
  return undefined;
}
