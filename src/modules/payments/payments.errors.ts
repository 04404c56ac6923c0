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
