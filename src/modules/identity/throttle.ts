import { isIPv4, isIPv6 } from 'node:net';
import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail counts as two), or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  const plain = address.split('%', 1)[0] ?? '';
  if (!isIPv6(plain)) return undefined;
  const parse = (part: string): number[] => {
    if (part === '') return [];
    return part.split(':').flatMap((group) => {
      if (!group.includes('.')) return [parseInt(group, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  };
  const [head = '', tail] = plain.split('::');
  const start = parse(head);
  if (tail === undefined) return start;
  const end = parse(tail);
  return [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
}

/**
 * The part of a client address the throttles count by: an IPv4 address as it is (also when written
 * IPv4-mapped, `::ffff:1.2.3.4`), and an IPv6 address by its /64 network, since one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address for every attempt.
 */
export function throttleAddress(ip: string): string {
  if (isIPv4(ip)) return ip;
  const groups = ipv6Groups(ip);
  if (!groups || groups.length !== 8) return ip;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

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

const MAX_MARKERS = 100_000;

/** In-process counters, for a single process (or when no Redis is configured). */
export function memoryThrottle(options: ThrottleOptions = {}): Throttle {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; endsAt: number }>();
  // Markers live long (days), so they are kept apart and capped: past the cap the oldest go first,
  // which costs an address its "known" standing but never resets a counter.
  const markers = new Map<string, number>();
  let sweptAt = 0;
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
      if (windows.size > 100_000 && now() - sweptAt > 10_000) {
        // sweep expired counters, now and then
        sweptAt = now();
        for (const key of [...windows.keys()]) live(key);
      }
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
      markers.delete(key); // re-inserted last: the map stays in order of last mark
      markers.set(key, now() + ttlMs);
      for (const oldest of markers.keys()) {
        if (markers.size <= MAX_MARKERS) break;
        markers.delete(oldest);
      }
    },
    async isMarked(key) {
      const endsAt = markers.get(key);
      if (endsAt !== undefined && endsAt <= now()) markers.delete(key);
      return endsAt !== undefined && endsAt > now();
    },
    async close() {
      windows.clear();
      markers.clear();
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
    take: (counters) =>
      guarded(
        async () => {
          const args = counters.flatMap((c) => [
            Number.isFinite(c.limit) ? String(c.limit) : '-1',
            String(Math.max(1, Math.round(c.windowMs))),
          ]);
          const result = await redis.eval(TAKE_SCRIPT, counters.length, ...counters.map((c) => k(c.key)), ...args);
          return Number(result);
        },
        () => fallback.take(counters),
      ),
    refund: (keys) =>
      guarded(
        async () => {
          if (keys.length > 0) await redis.eval(REFUND_SCRIPT, keys.length, ...keys.map(k));
        },
        () => fallback.refund(keys),
      ),
    reset: (key) =>
      guarded(
        async () => {
          await redis.del(k(key));
        },
        () => fallback.reset(key),
      ),
    mark: (key, ttlMs) =>
      guarded(
        async () => {
          await redis.set(k(key), '1', 'PX', Math.max(1, Math.round(ttlMs)));
        },
        () => fallback.mark(key, ttlMs),
      ),
    isMarked: (key) =>
      guarded(
        async () => (await redis.exists(k(key))) === 1,
        () => fallback.isMarked(key),
      ),
    async close() {
      await fallback.close();
      redis.disconnect();
    },
  };
}
