import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Fixed-window failure counters for login throttling. Each key (`ip:…`, `account:…`) may fail
 * `limit` times per window; once it has, attempts are refused until the window ends.
 */
export interface Throttle {
  /** Milliseconds until `key` may try again, or 0 if it may try now. */
  blockedFor(key: string, limit: number): Promise<number>;
  /** Counts one failure against each key. */
  fail(keys: readonly string[]): Promise<void>;
  /** Clears a key's failures (a successful login). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export interface ThrottleOptions {
  windowMs: number;
  now?: () => number;
}

/** In-process counters, for a single process (or when no Redis is configured). */
export function memoryThrottle(options: ThrottleOptions): Throttle {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; endsAt: number }>();
  const live = (key: string) => {
    const entry = windows.get(key);
    if (entry && entry.endsAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    async blockedFor(key, limit) {
      const entry = live(key);
      return entry && entry.count >= limit ? entry.endsAt - now() : 0;
    },
    async fail(keys) {
      if (windows.size > 100_000) for (const key of [...windows.keys()]) live(key); // sweep expired
      for (const key of keys) {
        const entry = live(key);
        if (entry) entry.count += 1;
        else windows.set(key, { count: 1, endsAt: now() + options.windowMs });
      }
    },
    async reset(key) {
      windows.delete(key);
    },
    async close() {
      windows.clear();
    },
  };
}

/**
 * Counters in Redis, shared by every process. INCR then PEXPIRE on the first failure makes a fixed
 * window; the key's PTTL is the Retry-After. If Redis is unreachable the local counters take over,
 * so an outage degrades to per-process throttling rather than to no throttling or no logins.
 */
export function redisThrottle(url: string, options: ThrottleOptions & { prefix: string; log?: FastifyBaseLogger }): Throttle {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
  redis.on('error', (error: Error) => options.log?.warn({ err: error }, 'redis throttle error'));
  const fallback = memoryThrottle(options);
  const k = (key: string) => `${options.prefix}${key}`;
  const guarded = async <T>(op: () => Promise<T>, local: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (error) {
      options.log?.warn({ err: error }, 'redis throttle unavailable; counting in-process');
      return local();
    }
  };
  return {
    blockedFor: (key, limit) => guarded(async () => {
      const [[, count], [, ttl]] = (await redis.multi().get(k(key)).pttl(k(key)).exec()) as [[null, string | null], [null, number]];
      return count !== null && Number(count) >= limit && ttl > 0 ? ttl : 0;
    }, () => fallback.blockedFor(key, limit)),
    fail: (keys) => guarded(async () => {
      const multi = redis.multi();
      for (const key of keys) {
        multi.incr(k(key));
        multi.pexpire(k(key), options.windowMs, 'NX'); // only the first failure opens the window
      }
      await multi.exec();
    }, () => fallback.fail(keys)),
    reset: (key) => guarded(async () => {
      await redis.del(k(key));
    }, () => fallback.reset(key)),
    async close() {
      await fallback.close();
      redis.disconnect();
    },
  };
}
