import { BadRequest, Conflict, PaymentRequired, Unavailable, type ProblemCode } from '../../platform/errors.ts';

/** 402 payment_declined: the provider refused the payment; `declineCode` says why. */
export class PaymentDeclined extends PaymentRequired {
  override readonly code: ProblemCode = 'payment_declined';
  override readonly title = 'The payment was declined';
  readonly declineCode: string;
  constructor(declineCode: string) {
    super({
      detail: `The payment was declined (${declineCode}). The cart is unchanged; try another payment method.`,
      extensions: { reason: declineCode },
    });
    this.declineCode = declineCode;
  }
}

/**
 * 409 payment_action_required: the shopper must finish a step with the provider first (3-D Secure):
 * confirm the payment with the provider's client SDK and `clientSecret`, then complete again. The
 * cart stays open and nothing is held.
 */
export class PaymentActionRequired extends Conflict {
  override readonly code: ProblemCode = 'payment_action_required';
  override readonly title = 'The payment needs the shopper to act';
  constructor(clientSecret: string | undefined) {
    super({
      detail:
        'The card issuer asks the shopper to authenticate (3-D Secure). Finish it with the provider SDK and the client secret, then complete the cart again.',
      extensions: { nextAction: 'authenticate', clientSecret: clientSecret ?? null },
    });
  }
}

/** 503: the provider did not answer in time (or is still working on this key); retry with the same key. */
export class PaymentProviderUnavailable extends Unavailable {
  constructor(provider: string) {
    super({
      detail: `The payment provider ${provider} did not answer in time; retry the same request (same Idempotency-Key).`,
      headers: { 'retry-after': '2' },
    });
  }
}

/** 409: the provider refused a capture, void or refund (e.g. more than was authorized). */
export class PaymentOperationRejected extends Conflict {
  constructor(detail: string) {
    super({ detail });
  }
}

export function unknownProvider(provider: string): BadRequest {
  return new BadRequest({
    detail: `There is no payment provider ${provider}.`,
    errors: [{ path: '/provider', message: 'is not an offered provider' }],
  });
}

/** 409 cart_changed: the cart is not what the shopper is paying for (unavailable lines, a new total). */
export class CartChanged extends Conflict {
  override readonly code: ProblemCode = 'cart_changed';
  override readonly title = 'The cart has changed';
  constructor(detail: string, lines?: { lineItemId: string; variantId: string; reason: string }[]) {
    super({ detail, ...(lines ? { extensions: { lines } } : {}) });
  }
}
