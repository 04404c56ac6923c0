import { createHash } from 'node:crypto';
import Stripe from 'stripe';
import { BadRequest } from '../../platform/errors.ts';
import { PaymentOperationRejected, PaymentProviderUnavailable } from './payments.errors.ts';
import type { AuthorizeResult, PaymentProvider, PaymentWebhookEvent } from './provider.ts';

/**
 * The `stripe` provider: one PaymentIntent per cart total, through the official SDK.
 *
 * - createSession creates the PaymentIntent (manual or automatic capture) and answers its client
 *   secret; `data.paymentMethod` (`pm_…`) lets the server confirm it at completion instead of
 *   Stripe.js, and so does `data.sharedPaymentToken` (`spt_…`), the token an AI agent's platform
 *   granted the shop for the buyer's card (ACP): confirmed as
 *   `payment_method_data[shared_payment_granted_token]`. Its Stripe idempotency key is derived from the cart, the amount and the payment
 *   method, so a retried session call returns the same intent.
 * - authorize re-reads the intent, confirms it when it still needs confirming (key: the attempt's
 *   authorization key), and accepts only `requires_capture` or `succeeded` for exactly the
 *   attempt's amount and currency. `requires_action` (3-D Secure) is a decline with the code
 *   `requires_action`: the client finishes it with the client secret and completes again.
 * - capture, void (cancel) and refund carry our operation keys; webhooks are verified with
 *   `constructEvent` on the raw body (Stripe's default 300 s tolerance).
 * Errors never carry Stripe's message (it can echo request data): a card error is a decline with
 * Stripe's decline code; rate limits, outages, timeouts and unreadable answers are 503 (retry with
 * the same key); anything else Stripe refuses is 409 with Stripe's error code only.
 */

export interface StripeOptions {
  secretKey: string;
  webhookSecret: string;
  captureMethod: 'manual' | 'automatic';
  /** Another API base (a local fake in tests, an egress proxy). */
  apiBase?: URL | undefined;
  timeoutMs: number;
}

/** The provider data a Stripe session keeps: the intent (`reference`), its client secret and a server-side payment method. */
interface StripeSessionData {
  reference: string;
  clientSecret: string;
  paymentMethod?: string;
  /** A shared payment token (`spt_…`) an AI agent was granted for the buyer's payment method (ACP). */
  sharedPaymentToken?: string;
}

/** Stripe's default webhook tolerance, applied to timestamps from the future as well. */
const WEBHOOK_TOLERANCE_SECONDS = 300;

const PAYMENT_METHOD = /^pm_[A-Za-z0-9_]{1,100}$/;
const SHARED_PAYMENT_TOKEN = /^spt_[A-Za-z0-9_]{1,200}$/;

export function stripeClient(options: StripeOptions): Stripe {
  const base = options.apiBase;
  return new Stripe(options.secretKey, {
    // Our own retries (the client's, with its Idempotency-Key, and the recovery sweep) repeat a call
    // with the same Stripe key; the SDK's hidden retries would outlive our deadline.
    maxNetworkRetries: 0,
    timeout: options.timeoutMs,
    appInfo: { name: 'Stockroom' },
    ...(base
      ? {
          host: base.hostname,
          port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
          protocol: base.protocol === 'http:' ? ('http' as const) : ('https' as const),
        }
      : {}),
  });
}

/** Maps an SDK error to ours; never passes Stripe's message on. */
function mapError(error: unknown): Error {
  if (error instanceof Stripe.errors.StripeError) {
    if (
      error instanceof Stripe.errors.StripeRateLimitError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAuthenticationError ||
      error instanceof Stripe.errors.StripePermissionError ||
      (error.statusCode ?? 0) >= 500 ||
      error.statusCode === undefined
    ) {
      return new PaymentProviderUnavailable('stripe');
    }
    return new PaymentOperationRejected(`Stripe refused the operation (${error.code ?? error.type}).`);
  }
  if (error instanceof PaymentProviderUnavailable || error instanceof PaymentOperationRejected || error instanceof BadRequest) return error;
  return new PaymentProviderUnavailable('stripe'); // e.g. an unreadable answer
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw mapError(error);
  }
}

function sessionData(providerData: Readonly<Record<string, unknown>>): StripeSessionData {
  const { reference, clientSecret, paymentMethod, sharedPaymentToken } = providerData;
  if (typeof reference !== 'string' || typeof clientSecret !== 'string') throw new Error('not a Stripe payment session');
  return {
    reference,
    clientSecret,
    ...(typeof paymentMethod === 'string' ? { paymentMethod } : {}),
    ...(typeof sharedPaymentToken === 'string' ? { sharedPaymentToken } : {}),
  };
}

function declineOf(intent: Stripe.PaymentIntent, fallback: string): string {
  const error = intent.last_payment_error;
  return error?.decline_code ?? error?.code ?? fallback;
}

/** What the intent's state means for an authorization of `amount`. */
function resultOf(intent: Stripe.PaymentIntent, amount: { amount: number; currency: string }): AuthorizeResult {
  const reference = intent.id;
  if (intent.status === 'requires_capture' || intent.status === 'succeeded') {
    if (intent.amount !== amount.amount || intent.currency !== amount.currency.toLowerCase()) {
      return { status: 'declined', declineCode: 'amount_mismatch', reference };
    }
    return { status: intent.status === 'succeeded' ? 'captured' : 'authorized', reference };
  }
  if (intent.status === 'requires_action') return { status: 'declined', declineCode: 'requires_action', reference };
  if (intent.status === 'canceled') return { status: 'declined', declineCode: 'canceled', reference };
  if (intent.status === 'processing') throw new PaymentProviderUnavailable('stripe'); // settles shortly; retry with the same key
  return { status: 'declined', declineCode: declineOf(intent, 'payment_method_required'), reference };
}

/** Builds the provider; `undefined` when Stripe is not configured. */
export function createStripeProvider(options: StripeOptions): PaymentProvider {
  const stripe = stripeClient(options);
  return {
    id: 'stripe',
    autoCapture: options.captureMethod === 'automatic',

    async createSession(input) {
      const paymentMethod = input.data?.paymentMethod;
      if (paymentMethod !== undefined && (typeof paymentMethod !== 'string' || !PAYMENT_METHOD.test(paymentMethod))) {
        throw new BadRequest({
          detail: 'A Stripe payment method id is `pm_…`.',
          errors: [{ path: '/data/paymentMethod', message: 'must be a Stripe PaymentMethod id (pm_…)' }],
        });
      }
      const sharedPaymentToken = input.data?.sharedPaymentToken;
      if (sharedPaymentToken !== undefined && (typeof sharedPaymentToken !== 'string' || !SHARED_PAYMENT_TOKEN.test(sharedPaymentToken))) {
        throw new BadRequest({
          detail: 'A Stripe shared payment token is `spt_…`.',
          errors: [{ path: '/data/sharedPaymentToken', message: 'must be a Stripe shared payment token (spt_…)' }],
        });
      }
      if (paymentMethod !== undefined && sharedPaymentToken !== undefined) {
        throw new BadRequest({ detail: 'Send a payment method or a shared payment token, not both.' });
      }
      const params: Stripe.PaymentIntentCreateParams = {
        amount: input.amount.amount,
        currency: input.amount.currency.toLowerCase(),
        capture_method: options.captureMethod,
        metadata: { cart_id: input.cartId },
        // A shared payment token is a card the agent's platform tokenized: the intent takes cards only.
        ...(typeof sharedPaymentToken === 'string'
          ? { payment_method_types: ['card'] }
          : { automatic_payment_methods: { enabled: true, allow_redirects: 'never' as const } }),
        ...(typeof paymentMethod === 'string' ? { payment_method: paymentMethod } : {}),
      };
      // Same cart, total and payment method (or token) → the same key → Stripe answers the same intent.
      const key = createHash('sha256')
        .update(
          JSON.stringify([
            input.cartId,
            input.amount.amount,
            input.amount.currency,
            paymentMethod ?? null,
            options.captureMethod,
            ...(typeof sharedPaymentToken === 'string' ? [sharedPaymentToken] : []),
          ]),
        )
        .digest('base64url');
      const intent = await call(() => stripe.paymentIntents.create(params, { idempotencyKey: `session:${key}` }));
      if (!intent.client_secret) throw new PaymentProviderUnavailable('stripe');
      const providerData: StripeSessionData = {
        reference: intent.id,
        clientSecret: intent.client_secret,
        ...(typeof paymentMethod === 'string' ? { paymentMethod } : {}),
        ...(typeof sharedPaymentToken === 'string' ? { sharedPaymentToken } : {}),
      };
      return {
        clientData: { clientSecret: intent.client_secret, paymentIntentId: intent.id },
        providerData: { ...providerData },
      };
    },

    async authorize(input) {
      const session = sessionData(input.providerData);
      let intent = await call(() => stripe.paymentIntents.retrieve(session.reference));
      const needsConfirming = intent.status === 'requires_confirmation' || intent.status === 'requires_payment_method';
      const method = session.paymentMethod ?? session.sharedPaymentToken;
      if (needsConfirming && method !== undefined) {
        if (intent.amount !== input.amount.amount || intent.currency !== input.amount.currency.toLowerCase()) {
          return { status: 'declined', declineCode: 'amount_mismatch', reference: intent.id };
        }
        try {
          // A shared payment token confirms as `payment_method_data[shared_payment_granted_token]`
          // (Stripe's agentic commerce API; not yet in the SDK's types).
          const params = (
            session.sharedPaymentToken !== undefined
              ? { payment_method_data: { shared_payment_granted_token: session.sharedPaymentToken } }
              : { payment_method: session.paymentMethod }
          ) as Stripe.PaymentIntentConfirmParams;
          intent = await stripe.paymentIntents.confirm(intent.id, params, { idempotencyKey: `${input.idempotencyKey}:confirm` });
        } catch (error) {
          if (error instanceof Stripe.errors.StripeCardError) {
            return { status: 'declined', declineCode: error.decline_code ?? error.code ?? 'card_declined', reference: intent.id };
          }
          // A shared payment token Stripe will not use (unknown, revoked, expired, beyond its amount
          // or currency limits) is the agent's payment method failing: a decline, not an outage.
          if (
            error instanceof Stripe.errors.StripeInvalidRequestError &&
            session.sharedPaymentToken !== undefined &&
            (error.param ?? '').includes('shared_payment_granted_token')
          ) {
            return { status: 'declined', declineCode: error.code ?? 'shared_payment_token_invalid', reference: intent.id };
          }
          throw mapError(error);
        }
      }
      return resultOf(intent, input.amount);
    },

    async capture(input) {
      const intent = await call(() =>
        stripe.paymentIntents.capture(
          input.reference,
          { amount_to_capture: input.amount.amount },
          { idempotencyKey: input.idempotencyKey },
        ),
      );
      const charge = intent.latest_charge;
      return { reference: typeof charge === 'string' ? charge : (charge?.id ?? intent.id) };
    },

    async refund(input) {
      const refund = await call(() =>
        stripe.refunds.create({ payment_intent: input.reference, amount: input.amount.amount }, { idempotencyKey: input.idempotencyKey }),
      );
      return { reference: refund.id };
    },

    async void(input) {
      const reference = input.reference;
      // A Stripe intent exists from the payment session on, so every authorization key has one.
      if (reference === undefined || reference === '') throw new PaymentOperationRejected('A Stripe void needs the PaymentIntent.');
      try {
        await stripe.paymentIntents.cancel(reference, {}, { idempotencyKey: `void:${input.authorizationKey}` });
      } catch (error) {
        if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw mapError(error);
        // Already canceled is what a void wants; a captured intent must be refunded instead.
        const intent = await call(() => stripe.paymentIntents.retrieve(reference));
        if (intent.status === 'succeeded') throw new PaymentOperationRejected('A captured Stripe payment cannot be voided; refund it.');
        if (intent.status !== 'canceled') throw mapError(error);
      }
    },

    async parseWebhook({ rawBody, headers }) {
      const signature = headers['stripe-signature'];
      if (typeof signature !== 'string') return undefined;
      // The SDK refuses a signature older than its tolerance; one dated further ahead is refused here.
      const t = /(?:^|,)t=(\d+)/.exec(signature)?.[1];
      if (t === undefined || Number(t) > Date.now() / 1000 + WEBHOOK_TOLERANCE_SECONDS) return undefined;
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, options.webhookSecret, WEBHOOK_TOLERANCE_SECONDS);
      } catch {
        return undefined; // unsigned, altered, stale or future-dated
      }
      return toWebhookEvent(event);
    },
  };
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * The event in the provider-neutral shape the reconciler reads: `reference` is the PaymentIntent it
 * concerns; `data.kind` says what it reports (`payment`: the intent moved, `refund`: cumulative
 * `refunded` of its charge, `dispute`) and the money facts as Stripe states them.
 */
function toWebhookEvent(event: Stripe.Event): PaymentWebhookEvent {
  const object = event.data.object as unknown as Record<string, unknown>;
  const intent = object.object === 'payment_intent' ? object.id : object.payment_intent;
  const reference =
    typeof intent === 'string' ? intent : typeof intent === 'object' && intent !== null ? String((intent as { id: unknown }).id) : '';
  const kind = event.type.startsWith('payment_intent.')
    ? 'payment'
    : event.type === 'charge.refunded'
      ? 'refund'
      : event.type === 'charge.dispute.created'
        ? 'dispute'
        : 'other';
  const data: Record<string, unknown> = { kind, status: object.status };
  if (kind === 'payment') data.captured = num(object.amount_received);
  if (kind === 'refund') Object.assign(data, { captured: num(object.amount_captured), refunded: num(object.amount_refunded) });
  if (kind === 'dispute') Object.assign(data, { amount: num(object.amount), reason: object.reason });
  return { id: event.id, type: event.type, reference, data };
}
