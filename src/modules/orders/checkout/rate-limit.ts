import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../../platform/config.ts';
import { RateLimited } from '../../../platform/errors.ts';
import type { Principal } from '../../../platform/http/auth.ts';
import { memoryThrottle, redisThrottle, throttleAddress, type Throttle } from '../../identity/index.ts';

/**
 * The checkout rate limit (CHECKS.md S12): completions per client IP and per signed-in customer in a
 * one-minute window, shared through Redis when configured. Replays of a stored answer never get
 * here (the idempotency layer answers them), so a retry storm of one request costs nothing. An IPv6
 * client counts by its /64, as for the sign-in throttles. The throttle counts an attempt against both
 * counters in one atomic step, so concurrent completions never get past a limit, and a refused one
 * counts against neither.
 */
export interface CheckoutRateLimit {
  check(ip: string, principal: Principal): Promise<void>;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

export function createCheckoutRateLimit(config: Config, log: FastifyBaseLogger): CheckoutRateLimit {
  const throttle: Throttle = config.redisUrl ? redisThrottle(config.redisUrl, { prefix: 'stockroom:checkout:', log }) : memoryThrottle();
  return {
    async check(ip, principal) {
      const counters = [{ key: `ip:${throttleAddress(ip)}`, limit: config.checkoutRatePerIp, windowMs: WINDOW_MS }];
      if (principal.kind === 'customer')
        counters.push({ key: `customer:${principal.id}`, limit: config.checkoutRatePerCustomer, windowMs: WINDOW_MS });
      const waitMs = await throttle.take(counters);
      if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'Too many checkout attempts; wait before trying again.' });
    },
    close: () => throttle.close(),
  };
}
