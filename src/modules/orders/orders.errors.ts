import { Conflict, Unprocessable, type ProblemCode } from '../../platform/errors.ts';

/** 409 checkout_in_progress: another completion of this cart holds its stock right now. */
export class CheckoutInProgress extends Conflict {
  override readonly code: ProblemCode = 'checkout_in_progress';
  override readonly title = 'This cart is being checked out by another request';
  constructor() {
    super({ detail: 'Retry with the same Idempotency-Key as that request, or wait for it to finish.', headers: { 'retry-after': '2' } });
  }
}

/** 409 payment_session_required: completion needs POST /store/carts/:id/payment first. */
export class PaymentSessionRequired extends Conflict {
  override readonly code: ProblemCode = 'payment_session_required';
  override readonly title = 'The cart has no payment session';
  constructor() {
    super({ detail: 'Create one with POST /store/carts/:id/payment, then complete the cart.' });
  }
}

/** 422 order_quantity_exceeded: more units in one order than the shop allows (CHECKS.md S12). */
export class OrderQuantityExceeded extends Unprocessable {
  override readonly code: ProblemCode = 'order_quantity_exceeded';
  override readonly title = 'Too many units in one order';
  constructor(limit: number) {
    super({ detail: `An order may hold at most ${limit} units.` });
  }
}

/** 409 with a specific code: the order's state does not allow this change. */
export class InvalidOrderTransition extends Conflict {
  override readonly code: ProblemCode;
  override readonly title = 'The order cannot change this way';
  constructor(
    code: Extract<
      ProblemCode,
      'order_not_cancelable' | 'nothing_to_capture' | 'refund_exceeds_captured' | 'fulfillment_exceeds_order' | 'return_exceeds_fulfilled'
    >,
    detail: string,
  ) {
    super({ detail });
    this.code = code;
  }
}
