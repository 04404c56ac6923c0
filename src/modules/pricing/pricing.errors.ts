import { Unprocessable, type ProblemCode } from '../../platform/errors.ts';

/** Why a promotion code cannot be used; a top-level `reason` member of the problem document. */
export type PromotionInvalidReason =
  | 'not_found'
  | 'not_started'
  | 'expired'
  | 'usage_limit_reached'
  | 'per_customer_limit_reached'
  | 'min_subtotal_not_met'
  | 'not_applicable'
  | 'already_applied';

const DETAILS: Record<PromotionInvalidReason, string> = {
  not_found: 'There is no promotion with this code.',
  not_started: 'This promotion has not started yet.',
  expired: 'This promotion has ended.',
  usage_limit_reached: 'This promotion has been used up.',
  per_customer_limit_reached: 'You have already used this promotion as often as allowed.',
  min_subtotal_not_met: 'The cart subtotal is below the minimum for this promotion.',
  not_applicable: 'This promotion does not apply to anything in the cart.',
  already_applied: 'This promotion is already applied to the cart.',
};

export class PromotionInvalid extends Unprocessable {
  override readonly code: ProblemCode = 'promotion_invalid';
  override readonly title = 'The promotion code cannot be used';
  readonly reason: PromotionInvalidReason;
  constructor(reason: PromotionInvalidReason, detail = DETAILS[reason]) {
    super({ detail, extensions: { reason } });
    this.reason = reason;
  }
}
