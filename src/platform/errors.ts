/**
 * The one error hierarchy. Services throw these; `platform/http/problem.ts` is the only place that
 * turns them into `application/problem+json`. Modules subclass them in `<module>.errors.ts`.
 */

/** Every stable machine code a client may see. One test checks API.md's codes are all here. */
export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_json',
  'unauthenticated',
  'invalid_credentials',
  'payment_declined',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'insufficient_stock',
  'cart_already_completed',
  'cart_changed',
  'shipping_address_required',
  'idempotency_key_in_use',
  'email_taken',
  'handle_taken',
  'sku_taken',
  'precondition_failed',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  'idempotency_key_reused',
  'promotion_invalid',
  'price_missing',
  'rate_limited',
  'checkout_in_progress',
  'payment_session_required',
  'payment_action_required',
  'order_quantity_exceeded',
  'order_not_cancelable',
  'nothing_to_capture',
  'refund_exceeds_captured',
  'fulfillment_exceeds_order',
  'return_exceeds_fulfilled',
  'webhook_url_forbidden',
  'internal_error',
  'unavailable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * The `detail` a problem document carries when the error that produced it named none: API.md lists
 * `detail` as a member of every problem, so no answer may go without one. Typed by every code, so a
 * new code cannot be added without its default.
 */
export const DEFAULT_DETAILS: Readonly<Record<ProblemCode, string>> = Object.freeze({
  validation_failed: 'Some fields are missing or invalid; see errors[].',
  malformed_json: 'Send a JSON document in the request body.',
  unauthenticated: 'Send a valid `Authorization: Bearer <token>` header.',
  invalid_credentials: 'The email or password is wrong.',
  payment_declined: 'The payment provider declined the payment.',
  forbidden: 'Your account may not do this.',
  not_found: 'There is no such resource, or you may not see it.',
  method_not_allowed: 'This method is not allowed on this resource.',
  conflict: 'The request conflicts with the current state of the resource.',
  insufficient_stock: 'Some lines ask for more than is available.',
  cart_already_completed: 'This cart has already been checked out.',
  cart_changed: 'The cart changed since you last read it; read it again.',
  shipping_address_required: 'Set the cart’s shipping address first: shipping options depend on where the cart ships to.',
  idempotency_key_in_use: 'Retry after the first request with this Idempotency-Key has finished.',
  email_taken: 'An account with this email already exists.',
  handle_taken: 'Another resource already uses this handle.',
  sku_taken: 'Another variant already uses this SKU.',
  precondition_failed: 'The resource changed since you read it; read it again and retry with its new ETag.',
  precondition_required: 'Send an If-Match header with the ETag you read.',
  payload_too_large: 'Send a smaller request body.',
  unsupported_media_type: 'Send the body as application/json in UTF-8.',
  idempotency_key_reused: 'Use a new Idempotency-Key for a different request.',
  promotion_invalid: 'The promotion code cannot be applied to this cart.',
  price_missing: "A variant has no price in the cart's currency.",
  rate_limited: 'Too many requests; retry after the time in Retry-After.',
  checkout_in_progress: 'Another request is checking out this cart; retry with its Idempotency-Key or wait.',
  payment_session_required: 'Create a payment session for the cart before completing it.',
  payment_action_required: 'The shopper must finish a step with the payment provider (3-D Secure), then complete again.',
  order_quantity_exceeded: 'The order holds more units than one order may.',
  order_not_cancelable: 'The order can no longer be canceled.',
  nothing_to_capture: 'The order has no authorized amount left to capture.',
  refund_exceeds_captured: 'The refund is larger than the captured amount not yet refunded.',
  fulfillment_exceeds_order: 'The fulfilment ships more units than remain unfulfilled on the order.',
  return_exceeds_fulfilled: 'The return takes back more units than were fulfilled and not yet returned.',
  webhook_url_forbidden: 'Webhook URLs must be https and reach a public address.',
  internal_error: 'Something went wrong on our side; the request id identifies it in our logs.',
  unavailable: 'The service is temporarily unavailable; retry shortly.',
});

export interface FieldError {
  /** JSON pointer into the request, e.g. `/variants/0/sku`, or `/query/limit` for a query parameter. */
  path: string;
  message: string;
}

export interface AppErrorOptions {
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** Extra members placed on the problem document (e.g. the short lines of an insufficient_stock). */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: ProblemCode;
  abstract readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown> | undefined;

  constructor(options: AppErrorOptions = {}) {
    super(options.detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions;
  }

  override get name(): string {
    return this.constructor.name;
  }
}

export class BadRequest extends AppError {
  readonly status = 400;
  readonly code: ProblemCode = 'validation_failed';
  readonly title: string = 'The request is not valid';
}

export class MalformedJson extends BadRequest {
  override readonly code = 'malformed_json';
  override readonly title = 'The request body is not valid JSON';
}

export class Unauthenticated extends AppError {
  readonly status = 401;
  readonly code: ProblemCode = 'unauthenticated';
  readonly title: string = 'Authentication is required';
}

export class InvalidCredentials extends Unauthenticated {
  override readonly code = 'invalid_credentials';
  override readonly title = 'The email or password is wrong';
}

export class PaymentRequired extends AppError {
  readonly status = 402;
  readonly code: ProblemCode = 'payment_declined';
  readonly title: string = 'The payment was declined';
}

export class Forbidden extends AppError {
  readonly status = 403;
  readonly code: ProblemCode = 'forbidden';
  readonly title: string = 'You may not do this';
}

export class NotFound extends AppError {
  readonly status = 404;
  readonly code: ProblemCode = 'not_found';
  readonly title: string = 'Not found';
}

export class MethodNotAllowed extends AppError {
  readonly status = 405;
  readonly code: ProblemCode = 'method_not_allowed';
  readonly title: string = 'Method not allowed';
}

export class Conflict extends AppError {
  readonly status = 409;
  readonly code: ProblemCode = 'conflict';
  readonly title: string = 'The request conflicts with the current state';
}

export class IdempotencyKeyInUse extends Conflict {
  override readonly code = 'idempotency_key_in_use';
  override readonly title = 'Another request with this Idempotency-Key is still running';
  constructor() {
    super({ detail: 'Retry after the first request has finished.', headers: { 'retry-after': '1' } });
  }
}

export class PreconditionFailed extends AppError {
  readonly status = 412;
  readonly code: ProblemCode = 'precondition_failed';
  readonly title: string = 'The resource has changed since you read it';
}

/** A path (or one of its parameters) longer than the router accepts. */
export class UriTooLong extends AppError {
  readonly status = 414;
  readonly code: ProblemCode = 'validation_failed';
  readonly title: string = 'The request path is too long';
}

/** Request headers larger than the server accepts (answered at the connection, before routing). */
export class HeadersTooLarge extends AppError {
  readonly status = 431;
  readonly code: ProblemCode = 'validation_failed';
  readonly title: string = 'The request headers are too large';
}

export class PayloadTooLarge extends AppError {
  readonly status = 413;
  readonly code: ProblemCode = 'payload_too_large';
  readonly title: string = 'The request body is too large';
}

export class UnsupportedMediaType extends AppError {
  readonly status = 415;
  readonly code: ProblemCode = 'unsupported_media_type';
  readonly title: string = 'The request body has an unsupported content type';
}

export class Unprocessable extends AppError {
  readonly status = 422;
  readonly code: ProblemCode = 'idempotency_key_reused';
  readonly title: string = 'The request cannot be processed';
}

export class IdempotencyKeyReused extends Unprocessable {
  override readonly code = 'idempotency_key_reused';
  override readonly title = 'This Idempotency-Key was used with a different request';
}

export class RateLimited extends AppError {
  readonly status = 429;
  readonly code: ProblemCode = 'rate_limited';
  readonly title: string = 'Too many requests';
  constructor(retryAfterSeconds: number, options: AppErrorOptions = {}) {
    super({ ...options, headers: { ...options.headers, 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) } });
  }
}

export class InternalError extends AppError {
  readonly status = 500;
  readonly code: ProblemCode = 'internal_error';
  readonly title: string = 'Something went wrong on our side';
}

export class Unavailable extends AppError {
  readonly status = 503;
  readonly code: ProblemCode = 'unavailable';
  readonly title: string = 'The service is temporarily unavailable';
  constructor(options: AppErrorOptions = {}) {
    super({ ...options, headers: { 'retry-after': '1', ...options.headers } });
  }
}
