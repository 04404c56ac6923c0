import { RateLimited } from '../../platform/errors.ts';
import type { Throttle } from './throttle.ts';

export interface RegistrationLimits {
  windowMs: number;
  /** Registration attempts one IP may make per window; the next one gets 429. */
  perIp: number;
}

export const DEFAULT_REGISTRATION_LIMITS: RegistrationLimits = { windowMs: 10 * 60_000, perIp: 10 };

/**
 * Counts one registration attempt from `ip`, or refuses it with 429 (and Retry-After) once the IP has
 * made `perIp` attempts in the window. Every attempt counts, taken or not, so the endpoint can be used
 * neither to mass-create accounts nor to probe which emails are registered.
 */
export async function countRegistrationAttempt(throttle: Throttle, limits: RegistrationLimits, ip: string): Promise<void> {
  const key = `ip:${ip}`;
  const waitMs = await throttle.blockedFor(key, limits.perIp);
  if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'Too many sign-ups from this address; try again later.' });
  await throttle.fail([key]);
}
