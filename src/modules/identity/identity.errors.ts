import { BadRequest, Conflict, Forbidden, InvalidCredentials } from '../../platform/errors.ts';

export class EmailTaken extends Conflict {
  override readonly code = 'email_taken';
  override readonly title = 'An account with this email already exists';
}

/** Unknown email and wrong password are the same error, with the same body. */
export class WrongCredentials extends InvalidCredentials {}

export class LastOwner extends Conflict {
  override readonly title = 'The shop must keep at least one active owner';
}

export class OwnerOnly extends Forbidden {
  override readonly title = 'Only an owner may do this';
}

export class InvalidResetToken extends BadRequest {
  override readonly title = 'The password reset token is invalid or has expired';
}
