import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import Stripe from 'stripe';

/**
 * A local fake of Stripe's API for the endpoints the `stripe` provider uses, speaking Stripe's wire
 * format: form-encoded requests (`a[b]=c`), PaymentIntent, Charge and Refund objects, Stripe's
 * PaymentIntent state machine, error objects `{ error: { type, code, decline_code, message } }`
 * with Stripe's statuses, and idempotent replays (same key and parameters → the stored answer with
 * `Idempotent-Replayed: true`; same key, other parameters → 400 `idempotency_error`). The real SDK
 * talks to it through `host`/`port`/`protocol`. Faults: stall, 500, malformed JSON.
 *
 * Test payment methods (Stripe's own names): `pm_card_visa` succeeds, `pm_card_chargeDeclined`
 * (generic_decline), `pm_card_chargeDeclinedInsufficientFunds` (insufficient_funds),
 * `pm_card_threeDSecure2Required` asks for 3-D Secure (`requires_action`; `authenticate(id)` is
 * the shopper finishing it in Stripe.js).
 *
 * Shared payment tokens (agentic commerce): `grantSharedPaymentToken(pm, limits)` is the agent's
 * platform granting the shop an `spt_…` for one of those payment methods (Stripe's test helper
 * `POST /v1/test_helpers/shared_payment/granted_tokens` does the same over HTTP). Confirming an
 * intent with `payment_method_data[shared_payment_granted_token]` pays with the granted payment
 * method within the token's limits; an unknown, revoked or exceeded token is refused as Stripe does.
 */

export type IntentStatus =
  'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'requires_capture' | 'succeeded' | 'canceled';

export interface FakeIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  currency: string;
  capture_method: 'manual' | 'automatic';
  client_secret: string;
  status: IntentStatus;
  payment_method: string | null;
  metadata: Record<string, string>;
  last_payment_error: { type: string; code: string; decline_code?: string; message: string } | null;
  next_action: { type: string; use_stripe_sdk: Record<string, unknown> } | null;
  latest_charge: string | null;
  created: number;
  livemode: false;
}

export interface FakeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  refunded: boolean;
  currency: string;
  payment_intent: string;
  status: 'succeeded';
}

export type Fault = 'stall' | 'error500' | 'malformed';

export interface GrantedToken {
  id: string;
  object: 'shared_payment.granted_token';
  payment_method: string;
  usage_limits: { currency: string; max_amount: number; expires_at: number };
  deactivated_at: number | null;
  deactivated_reason: string | null;
}

interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: string;
}

const DECLINES: Readonly<Record<string, string>> = {
  pm_card_chargeDeclined: 'generic_decline',
  pm_card_chargeDeclinedInsufficientFunds: 'insufficient_funds',
};
const THREE_DS = 'pm_card_threeDSecure2Required';

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: Record<string, unknown>,
  ) {
    super(String(error.message));
  }
}

/** Parses `a=1&b[c]=2&d[0]=x` into nested objects, as Stripe reads its form bodies. */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.split(/\[|\]\[|\]/).filter((p) => p !== '');
    let node = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

export class FakeStripe {
  readonly intents = new Map<string, FakeIntent>();
  readonly charges = new Map<string, FakeCharge>();
  readonly refunds: { id: string; amount: number; payment_intent: string }[] = [];
  readonly grantedTokens = new Map<string, GrantedToken>();
  /** Every request: method, path, its Idempotency-Key, and whether it was a replay. */
  readonly requests: { method: string; path: string; key: string | undefined; replayed: boolean }[] = [];
  readonly webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  readonly secretKey = `sk_test_${randomBytes(12).toString('hex')}`;
  private readonly answers = new Map<string, StoredAnswer>();
  private faults: { fault: Fault; times: number; path: RegExp }[] = [];
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly sdk = new Stripe('sk_test_signing_only');
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    after(() => this.stop());
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The app settings that point the `stripe` provider at this fake. */
  env(captureMethod: 'manual' | 'automatic' = 'manual'): Record<string, string> {
    return {
      STRIPE_SECRET_KEY: this.secretKey,
      STRIPE_WEBHOOK_SECRET: this.webhookSecret,
      STRIPE_API_BASE: this.url,
      STRIPE_CAPTURE_METHOD: captureMethod,
    };
  }

  /** The next `times` requests whose path matches answer with `fault`. */
  inject(fault: Fault, times = 1, path = /./): void {
    this.faults.push({ fault, times, path });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** The agent's platform grants the shop a shared payment token for `paymentMethod`, within `limits`. */
  grantSharedPaymentToken(paymentMethod: string, limits: { currency: string; maxAmount: number; expiresAt?: number }): string {
    const token: GrantedToken = {
      id: id('spt'),
      object: 'shared_payment.granted_token',
      payment_method: paymentMethod,
      usage_limits: {
        currency: limits.currency.toLowerCase(),
        max_amount: limits.maxAmount,
        expires_at: limits.expiresAt ?? Math.floor(Date.now() / 1000) + 3600,
      },
      deactivated_at: null,
      deactivated_reason: null,
    };
    this.grantedTokens.set(token.id, token);
    return token.id;
  }

  /** The shopper finishes 3-D Secure in Stripe.js: the intent goes on as its capture method says. */
  authenticate(intentId: string): FakeIntent {
    const intent = this.mustGet(intentId);
    if (intent.status !== 'requires_action') throw new Error(`intent ${intentId} is ${intent.status}`);
    this.succeed(intent);
    return intent;
  }

  /** The shopper confirms in Stripe.js (client-side confirmation) with a test payment method. */
  confirmAsClient(intentId: string, paymentMethod: string): FakeIntent {
    const intent = this.mustGet(intentId);
    try {
      this.confirm(intent, paymentMethod);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    return intent;
  }

  /** A Stripe event around `object`, as Stripe sends it, and its signed delivery. */
  event(type: string, object: FakeIntent | FakeCharge | Record<string, unknown>): { id: string; payload: string } {
    const event = {
      id: id('evt'),
      object: 'event',
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
      data: { object: structuredClone(object) },
    };
    return { id: event.id, payload: JSON.stringify(event) };
  }

  /** `Stripe-Signature` for `payload`, made with the SDK's own test helper. */
  sign(payload: string, options: { secret?: string; timestamp?: number } = {}): string {
    return this.sdk.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? this.webhookSecret,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    });
  }

  chargeOf(intentId: string): FakeCharge {
    const charge = this.charges.get(this.mustGet(intentId).latest_charge ?? '');
    if (!charge) throw new Error(`intent ${intentId} has no charge`);
    return charge;
  }

  mustGet(intentId: string): FakeIntent {
    const intent = this.intents.get(intentId);
    if (!intent) throw new Error(`no intent ${intentId}`);
    return intent;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0] ?? '';
    const method = req.method ?? 'GET';
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path));
    if (fault) {
      fault.times -= 1;
      this.requests.push({ method, path, key, replayed: false });
      if (fault.fault === 'stall') return; // never answers; the client's timeout must end it
      if (fault.fault === 'error500')
        return this.send(res, 500, JSON.stringify({ error: { type: 'api_error', message: 'Something went wrong on our end.' } }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "pi_broken", "object": "payment_int');
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.secretKey}`) {
      return this.send(res, 401, JSON.stringify({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } }));
    }
    const fingerprint = createHash('sha256').update(`${method} ${path} ${raw}`).digest('hex');
    if (method === 'POST' && key !== undefined) {
      const stored = this.answers.get(key);
      if (stored) {
        this.requests.push({ method, path, key, replayed: true });
        if (stored.fingerprint !== fingerprint) {
          return this.send(
            res,
            400,
            JSON.stringify({
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            }),
          );
        }
        return this.send(res, stored.status, stored.body, { 'idempotent-replayed': 'true' });
      }
    }
    this.requests.push({ method, path, key, replayed: false });
    let status = 200;
    let body: string;
    try {
      body = JSON.stringify(this.route(method, path, parseForm(raw)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      status = error.status;
      body = JSON.stringify({ error: error.error });
    }
    // Stripe stores the answer of a keyed POST (errors included, but not 5xx) and replays it.
    if (method === 'POST' && key !== undefined && status < 500) this.answers.set(key, { fingerprint, status, body });
    this.send(res, status, body);
  }

  private send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req'), ...headers });
    res.end(body);
  }

  private route(method: string, path: string, params: Record<string, unknown>): unknown {
    const parts = path.split('/').filter((p) => p !== '');
    if (parts[0] !== 'v1') throw this.notFound(path);
    if (parts[1] === 'payment_intents') {
      if (method === 'POST' && parts.length === 2) return this.create(params);
      const intent = this.intents.get(parts[2] ?? '');
      if (!intent) throw this.notFound(path, 'payment_intent');
      if (method === 'GET' && parts.length === 3) return intent;
      if (method === 'POST' && parts[3] === 'confirm') {
        if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') throw this.unexpectedState(intent);
        const data = params.payment_method_data as Record<string, unknown> | undefined;
        const spt = typeof data?.shared_payment_granted_token === 'string' ? data.shared_payment_granted_token : undefined;
        const pm =
          spt !== undefined
            ? this.useGrantedToken(intent, spt)
            : typeof params.payment_method === 'string'
              ? params.payment_method
              : intent.payment_method;
        if (!pm)
          throw new ApiError(400, {
            type: 'invalid_request_error',
            code: 'payment_intent_unexpected_state',
            message: 'No payment method.',
          });
        return this.confirm(intent, pm);
      }
      if (method === 'POST' && parts[3] === 'capture') return this.capture(intent, params);
      if (method === 'POST' && parts[3] === 'cancel') {
        if (intent.status === 'succeeded' || intent.status === 'canceled') throw this.unexpectedState(intent);
        intent.status = 'canceled';
        intent.amount_capturable = 0;
        return intent;
      }
    }
    if (parts[1] === 'refunds' && method === 'POST' && parts.length === 2) return this.refund(params);
    if (parts[1] === 'test_helpers' && parts[2] === 'shared_payment' && parts[3] === 'granted_tokens' && method === 'POST') {
      const limits = (params.usage_limits ?? {}) as Record<string, unknown>;
      const token = this.grantSharedPaymentToken(String(params.payment_method), {
        currency: String(limits.currency),
        maxAmount: Number(limits.max_amount),
        ...(limits.expires_at === undefined ? {} : { expiresAt: Number(limits.expires_at) }),
      });
      return this.grantedTokens.get(token);
    }
    if (parts[1] === 'shared_payment' && parts[2] === 'granted_tokens' && method === 'GET') {
      const token = this.grantedTokens.get(parts[3] ?? '');
      if (!token) throw this.notFound(path, 'shared_payment_granted_token');
      return token;
    }
    throw this.notFound(path);
  }

  /** The payment method behind a granted token, once it passes the token's limits; used up by a success. */
  private useGrantedToken(intent: FakeIntent, spt: string): string {
    const token = this.grantedTokens.get(spt);
    const param = 'payment_method_data[shared_payment_granted_token]';
    if (!token)
      throw new ApiError(400, { type: 'invalid_request_error', code: 'resource_missing', param, message: `No such token: '${spt}'` });
    const limits = token.usage_limits;
    const refused =
      token.deactivated_at !== null ||
      limits.expires_at < Date.now() / 1000 ||
      limits.currency !== intent.currency ||
      intent.amount > limits.max_amount;
    if (refused) {
      throw new ApiError(400, {
        type: 'invalid_request_error',
        code: 'shared_payment_granted_token_invalid',
        param,
        message: 'The shared payment token cannot be used for this payment.',
      });
    }
    if (!(token.payment_method in DECLINES) && token.payment_method !== THREE_DS) {
      token.deactivated_at = Math.floor(Date.now() / 1000); // single use: spent by the payment
      token.deactivated_reason = 'consumed';
    }
    return token.payment_method;
  }

  private create(params: Record<string, unknown>): FakeIntent {
    const amount = Number(params.amount);
    if (!Number.isInteger(amount) || amount < 1 || typeof params.currency !== 'string') {
      throw new ApiError(400, {
        type: 'invalid_request_error',
        code: 'parameter_invalid_integer',
        param: 'amount',
        message: 'Invalid integer.',
      });
    }
    const intentId = id('pi');
    const pm = typeof params.payment_method === 'string' ? params.payment_method : null;
    const intent: FakeIntent = {
      id: intentId,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency: params.currency,
      capture_method: params.capture_method === 'manual' ? 'manual' : 'automatic',
      client_secret: `${intentId}_secret_${randomBytes(8).toString('hex')}`,
      status: pm ? 'requires_confirmation' : 'requires_payment_method',
      payment_method: pm,
      metadata: (params.metadata ?? {}) as Record<string, string>,
      last_payment_error: null,
      next_action: null,
      latest_charge: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    };
    this.intents.set(intentId, intent);
    return intent;
  }

  private confirm(intent: FakeIntent, pm: string): FakeIntent {
    intent.payment_method = pm;
    intent.last_payment_error = null;
    const decline = DECLINES[pm];
    if (decline !== undefined || !pm.startsWith('pm_card_')) {
      const error = {
        type: 'card_error',
        code: 'card_declined',
        decline_code: decline ?? 'generic_decline',
        message: 'Your card was declined.',
      };
      intent.status = 'requires_payment_method';
      intent.last_payment_error = error;
      throw new ApiError(402, { ...error, payment_intent: structuredClone(intent) });
    }
    if (pm === THREE_DS) {
      intent.status = 'requires_action';
      intent.next_action = { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect' } };
      return intent;
    }
    this.succeed(intent);
    return intent;
  }

  private succeed(intent: FakeIntent): void {
    intent.next_action = null;
    const charge: FakeCharge = {
      id: id('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_captured: 0,
      amount_refunded: 0,
      refunded: false,
      currency: intent.currency,
      payment_intent: intent.id,
      status: 'succeeded',
    };
    this.charges.set(charge.id, charge);
    intent.latest_charge = charge.id;
    if (intent.capture_method === 'manual') {
      intent.status = 'requires_capture';
      intent.amount_capturable = intent.amount;
    } else {
      intent.status = 'succeeded';
      intent.amount_received = intent.amount;
      charge.amount_captured = intent.amount;
    }
  }

  private capture(intent: FakeIntent, params: Record<string, unknown>): FakeIntent {
    if (intent.status !== 'requires_capture') throw this.unexpectedState(intent);
    const amount = params.amount_to_capture === undefined ? intent.amount_capturable : Number(params.amount_to_capture);
    if (!Number.isInteger(amount) || amount < 1 || amount > intent.amount_capturable) {
      throw new ApiError(400, {
        type: 'invalid_request_error',
        code: 'amount_too_large',
        param: 'amount_to_capture',
        message: 'Amount too large.',
      });
    }
    intent.status = 'succeeded';
    intent.amount_received = amount;
    intent.amount_capturable = 0; // Stripe releases the rest of a partial capture
    this.chargeOf(intent.id).amount_captured = amount;
    return intent;
  }

  private refund(params: Record<string, unknown>): unknown {
    const intent = this.intents.get(String(params.payment_intent));
    if (!intent) throw this.notFound('/v1/refunds', 'payment_intent');
    if (intent.status !== 'succeeded') {
      throw new ApiError(400, {
        type: 'invalid_request_error',
        code: 'charge_not_refundable',
        message: 'This PaymentIntent has no successful charge.',
      });
    }
    const charge = this.chargeOf(intent.id);
    const amount = params.amount === undefined ? charge.amount_captured - charge.amount_refunded : Number(params.amount);
    if (!Number.isInteger(amount) || amount < 1 || charge.amount_refunded + amount > charge.amount_captured) {
      throw new ApiError(400, { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Refund exceeds the charge.' });
    }
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount_captured;
    const refund = {
      id: id('re'),
      object: 'refund',
      amount,
      payment_intent: intent.id,
      charge: charge.id,
      currency: intent.currency,
      status: 'succeeded',
    };
    this.refunds.push({ id: refund.id, amount, payment_intent: intent.id });
    return refund;
  }

  private unexpectedState(intent: FakeIntent): ApiError {
    return new ApiError(400, {
      type: 'invalid_request_error',
      code: 'payment_intent_unexpected_state',
      message: `This PaymentIntent's status is ${intent.status}.`,
      payment_intent: structuredClone(intent),
    });
  }

  private notFound(path: string, param?: string): ApiError {
    return new ApiError(404, {
      type: 'invalid_request_error',
      code: 'resource_missing',
      ...(param ? { param } : {}),
      message: `No such resource: ${path}`,
    });
  }
}

export async function startFakeStripe(): Promise<FakeStripe> {
  return new FakeStripe().start();
}
