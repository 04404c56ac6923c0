import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../../platform/config.ts';
import { RateLimited } from '../../../platform/errors.ts';
import type { Principal } from '../../../platform/http/auth.ts';
import { memoryThrottle, redisThrottle, type Throttle } from '../../identity/index.ts';

/**
 * The checkout rate limit (CHECKS.md S12): completions per client IP and per signed-in customer in a
 * one-minute window, shared through Redis when configured. Replays of a stored answer never get
 * here (the idempotency layer answers them), so a retry storm of one request costs nothing.
 */
export interface CheckoutRateLimit {
  check(ip: string, principal: Principal): Promise<void>;
  close(): Promise<void>;
}

const WINDOW_MS = 60_000;

export function createCheckoutRateLimit(config: Config, log: FastifyBaseLogger): CheckoutRateLimit {
  const throttle: Throttle = config.redisUrl
    ? redisThrottle(config.redisUrl, { windowMs: WINDOW_MS, prefix: 'stockroom:checkout:', log })
    : memoryThrottle({ windowMs: WINDOW_MS });
  return {
    async check(ip, principal) {
      const ipKey = `ip:${ip}`;
      const customerKey = principal.kind === 'customer' ? `customer:${principal.id}` : undefined;
      const waits = await Promise.all([
        throttle.blockedFor(ipKey, config.checkoutRatePerIp),
        customerKey ? throttle.blockedFor(customerKey, config.checkoutRatePerCustomer) : 0,
      ]);
      const wait = Math.max(...waits);
      if (wait > 0) throw new RateLimited(wait / 1000, { detail: 'Too many checkout attempts; wait before trying again.' });
      await throttle.fail(customerKey ? [ipKey, customerKey] : [ipKey]);
    },
    close: () => throttle.close(),
  };
}
