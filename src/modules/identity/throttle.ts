import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

/** One fixed-window counter: at most `limit` attempts per `windowMs` under `key`. */
export interface Counter {
  key: string;
  /** Attempts admitted per window; `Infinity` counts without ever refusing. */
  limit: number;
  windowMs: number;
}

/**
 * Fixed-window attempt counters for throttling logins, sign-ups and reset emails.
 *
 * `take` counts an attempt BEFORE the slow work it guards (argon2, a database write, an email), in
 * one atomic step over all its counters: either every counter is below its limit and each is
 * incremented, or none is and the attempt is refused. So however many requests arrive at once, no
 * more than `limit` of them per window get past a counter; a refused attempt counts against nothing.
 */
export interface Throttle {
  /** Counts one attempt against every counter and returns 0, or returns the ms until the attempt may be retried. */
  take(counters: readonly Counter[]): Promise<number>;
  /** Gives one attempt back to each key (a login that succeeded); never below zero, never opens a window. */
  refund(keys: readonly string[]): Promise<void>;
  /** Clears a key. */
  reset(key: string): Promise<void>;
  /** Sets a marker `key` that lives `ttlMs` (e.g. an address an account has signed in from). */
  mark(key: string, ttlMs: number): Promise<void>;
  isMarked(key: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface ThrottleOptions {
  now?: () => number;
}

/** In-process counters, for a single process (or when no Redis is configured). */
export function memoryThrottle(options: ThrottleOptions = {}): Throttle {
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
  // Everything below runs without an await in between, so on one event loop each call is atomic.
  return {
    async take(counters) {
      if (windows.size > 100_000) for (const key of [...windows.keys()]) live(key); // sweep expired
      let waitMs = 0;
      for (const counter of counters) {
        const entry = live(counter.key);
        if (entry && entry.count >= counter.limit) waitMs = Math.max(waitMs, entry.endsAt - now());
      }
      if (waitMs > 0) return waitMs;
      for (const counter of counters) {
        const entry = live(counter.key);
        if (entry) entry.count += 1;
        else windows.set(counter.key, { count: 1, endsAt: now() + counter.windowMs });
      }
      return 0;
    },
    async refund(keys) {
      for (const key of keys) {
        const entry = live(key);
        if (entry && entry.count > 0) entry.count -= 1;
      }
    },
    async reset(key) {
      windows.delete(key);
    },
    async mark(key, ttlMs) {
      windows.set(key, { count: 1, endsAt: now() + ttlMs });
    },
    async isMarked(key) {
      return live(key) !== undefined;
    },
    async close() {
      windows.clear();
    },
  };
}

/**
 * Checks every counter, then increments all or none. KEYS are the counters; ARGV holds a limit
 * (-1: never refuse) and a window in ms per key. Returns 0 when counted, else the longest PTTL of a
 * full counter. One script is one atomic step in Redis, so concurrent processes cannot both pass the
 * last free slot.
 */
const TAKE_SCRIPT = `
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[2 * i - 1])
  local count = tonumber(redis.call('GET', key) or '0')
  if limit >= 0 and count >= limit then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then
      redis.call('PEXPIRE', key, ARGV[2 * i])
      ttl = tonumber(ARGV[2 * i])
    end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('INCR', key)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, ARGV[2 * i]) end
end
return 0
`;

/** Decrements each existing counter above zero; never creates a key (a DECR would, without a TTL). */
const REFUND_SCRIPT = `
for _, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count > 0 then redis.call('DECR', key) end
end
return 0
`;

/**
 * Counters in Redis, shared by every process. If Redis is unreachable the local counters take over,
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
    take: (counters) => guarded(async () => {
      const args = counters.flatMap((c) => [Number.isFinite(c.limit) ? String(c.limit) : '-1', String(Math.max(1, Math.round(c.windowMs)))]);
      const result = await redis.eval(TAKE_SCRIPT, counters.length, ...counters.map((c) => k(c.key)), ...args);
      return Number(result);
    }, () => fallback.take(counters)),
    refund: (keys) => guarded(async () => {
      if (keys.length > 0) await redis.eval(REFUND_SCRIPT, keys.length, ...keys.map(k));
    }, () => fallback.refund(keys)),
    reset: (key) => guarded(async () => {
      await redis.del(k(key));
    }, () => fallback.reset(key)),
    mark: (key, ttlMs) => guarded(async () => {
      await redis.set(k(key), '1', 'PX', Math.max(1, Math.round(ttlMs)));
    }, () => fallback.mark(key, ttlMs)),
    isMarked: (key) => guarded(async () => (await redis.exists(k(key))) === 1, () => fallback.isMarked(key)),
    async close() {
      await fallback.close();
      redis.disconnect();
    },
  };
}
