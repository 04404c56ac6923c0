import type { Money } from '../../platform/money.ts';

/**
 * The one payment provider interface. Every call that moves money carries an idempotency key that
 * the caller derives from its own ids, so a retried call (after a crash or a timeout) returns the
 * first call's result instead of charging again. Stripe fits it as: createSession → PaymentIntent
 * (client secret), authorize → confirm/await `requires_capture`, capture/void/refund → the same
 * PaymentIntent calls with `Idempotency-Key`, parseWebhook → `constructEvent`.
 */
export interface PaymentProvider {
  readonly id: string;
  /** Per-provider setting: authorize and capture in one call. */
  readonly autoCapture: boolean;
  /** Prepares a payment for `amount`; `clientData` goes to the shopper, `providerData` stays with us. */
  createSession(input: CreateSessionInput): Promise<PaymentSession>;
  /** Authorizes (and with `capture`, captures) `amount`. A decline is a result, not an exception. */
  authorize(input: AuthorizeInput): Promise<AuthorizeResult>;
  capture(input: MoneyMovementInput): Promise<{ reference: string }>;
  /**
   * Cancels the authorization made with `authorizationKey`, even one that never reached us (a crash
   * during the call): a later authorize with that key then answers `declined` (`canceled`).
   */
  void(input: { authorizationKey: string; reference?: string | undefined }): Promise<void>;
  refund(input: MoneyMovementInput): Promise<{ reference: string }>;
  /** For providers that call back (Stripe); undefined when the body is not an event of this provider. */
  parseWebhook(input: {
    rawBody: Buffer;
    headers: Readonly<Record<string, string | string[] | undefined>>;
  }): Promise<PaymentWebhookEvent | undefined>;
}

export interface CreateSessionInput {
  cartId: string;
  amount: Money;
  data?: Readonly<Record<string, unknown>> | undefined;
}

export interface PaymentSession {
  clientData: Record<string, unknown>;
  providerData: Record<string, unknown>;
}

export interface AuthorizeInput {
  idempotencyKey: string;
  amount: Money;
  providerData: Readonly<Record<string, unknown>>;
  capture: boolean;
}

export type AuthorizeResult =
  { status: 'authorized' | 'captured'; reference: string } | { status: 'declined'; declineCode: string; reference?: string | undefined };

export interface MoneyMovementInput {
  idempotencyKey: string;
  reference: string;
  amount: Money;
}

export interface PaymentWebhookEvent {
  id: string;
  type: string;
  reference: string;
  data: Record<string, unknown>;
}
