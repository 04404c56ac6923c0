import type { Tx } from '../../platform/db/index.ts';
import { RateLimited } from '../../platform/errors.ts';
import { createCustomer, type CustomerRow, type RegisterCustomerInput } from './customers.ts';
import { createSession } from './sessions.ts';
import { throttleAddress, type Throttle } from './throttle.ts';

export interface RegistrationLimits {
  windowMs: number;
  /** Registration attempts one client address may make per window; the next one gets 429. */
  perIp: number;
}

export const DEFAULT_REGISTRATION_LIMITS: RegistrationLimits = { windowMs: 10 * 60_000, perIp: 10 };

/**
 * Counts one registration attempt from `ip` before any work is done, or refuses it with 429 (and
 * Retry-After) once the address has made `perIp` attempts in the window. The check and the count are
 * one atomic step, so a concurrent burst gets exactly `perIp` attempts through. Every attempt counts,
 * taken or not, so the endpoint can be used neither to mass-create accounts nor to probe which emails
 * are registered.
 */
export async function countRegistrationAttempt(throttle: Throttle, limits: RegistrationLimits, ip: string): Promise<void> {
  const waitMs = await throttle.take([{ key: `register:ip:${throttleAddress(ip)}`, limit: limits.perIp, windowMs: limits.windowMs }]);
  if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'Too many sign-ups from this address; try again later.' });
}

/** Creates a customer account and signs it in (one session); 409 `email_taken` if the email is in use. */
export async function registerCustomer(tx: Tx, input: RegisterCustomerInput): Promise<{ customer: CustomerRow; token: string }> {
  const customer = await createCustomer(tx, input);
  const session = await createSession(tx, { customerId: customer.id });
  return { customer, token: session.token };
}
