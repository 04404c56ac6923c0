import type { FastifyBaseLogger } from 'fastify';
import { CHANGE_CHANNEL, type Database } from '../db/index.ts';
import { redisInvalidations } from './redis.ts';

/**
 * A process-local cache of derived data (rendered responses), in named namespaces (`catalog`), each
 * emptied as a whole when the data under it changes. The database announces changes: triggers
 * NOTIFY `stockroom_cache` with the namespace when the writing transaction commits (migration 0018),
 * and every process LISTENs, so a change made by any process on any machine empties every process's
 * namespace within the notification's delivery time (milliseconds). When the LISTEN connection is
 * lost every namespace is emptied on reconnect (notifications may have been missed), and every
 * entry also expires after `ttlMs`, which bounds staleness if all else fails.
 *
 * A value computed from a read that started before an invalidation must not be stored after it
 * (it may hold the old data): `generation(namespace)` is taken before the read and `set` refuses
 * the value when the namespace was emptied since.
 */
export const CACHE_CHANNEL = CHANGE_CHANNEL;

interface Entry<V> {
  value: V;
  expiresAt: number;
}

class Namespace<V> {
  generation = 0;
  readonly entries = new Map<string, Entry<V>>();
  /** Loads under way (`load`), so concurrent misses of one key share one read. */
  readonly loading = new Map<string, { generation: number; promise: Promise<V> }>();
  constructor(readonly maxEntries: number) {}
}

export interface CacheOptions {
  /** Longest life of an entry; 0 disables the cache (every `get` misses, `set` stores nothing). */
  ttlMs: number;
  /** Entries per namespace; the oldest are dropped beyond it. */
  maxEntries?: number;
}

export class Cache<V = string> {
  private readonly namespaces = new Map<string, Namespace<V>>();
  readonly enabled: boolean;
  /** Invalidations seen, by namespace (tests and metrics read it). */
  readonly invalidations = new Map<string, number>();

  constructor(private readonly options: CacheOptions) {
    this.enabled = options.ttlMs > 0;
  }

  private space(name: string): Namespace<V> {
    let space = this.namespaces.get(name);
    if (!space) {
      space = new Namespace<V>(this.options.maxEntries ?? 10_000);
      this.namespaces.set(name, space);
    }
    return space;
  }

  generation(namespace: string): number {
    return this.space(namespace).generation;
  }

  get(namespace: string, key: string): V | undefined {
    if (!this.enabled) return undefined;
    const space = this.namespaces.get(namespace);
    const entry = space?.entries.get(key);
    if (!space || !entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      space.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores `value` unless the namespace was invalidated after `generation` was taken. */
  set(namespace: string, key: string, value: V, generation: number): boolean {
    if (!this.enabled) return false;
    const space = this.space(namespace);
    if (space.generation !== generation) return false;
    if (space.entries.size >= space.maxEntries && !space.entries.has(key)) {
      const oldest = space.entries.keys().next();
      if (!oldest.done) space.entries.delete(oldest.value);
    }
    space.entries.set(key, { value, expiresAt: Date.now() + this.options.ttlMs });
    return true;
  }

  /**
   * The value under `key`, or the value `compute` reads, stored for the next caller unless the
   * namespace was emptied while it was read. Concurrent misses of one key share one `compute`.
   * With the cache disabled every call computes.
   */
  async load<T extends V>(namespace: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const hit = this.get(namespace, key);
    if (hit !== undefined) return hit as T;
    const space = this.space(namespace);
    const generation = space.generation;
    const pending = space.loading.get(key);
    if (pending && pending.generation === generation) return pending.promise as Promise<T>;
    const promise = compute();
    space.loading.set(key, { generation, promise });
    try {
      const value = await promise;
      this.set(namespace, key, value, generation);
      return value;
    } finally {
      if (space.loading.get(key)?.promise === promise) space.loading.delete(key);
    }
  }

  /** Empties a namespace (or, without one, all of them). */
  invalidate(namespace?: string): void {
    const names = namespace === undefined ? [...this.namespaces.keys()] : [namespace];
    for (const name of names) {
      const space = this.space(name);
      space.generation += 1;
      space.entries.clear();
      space.loading.clear();
      this.invalidations.set(name, (this.invalidations.get(name) ?? 0) + 1);
    }
  }
}

export interface InvalidationOptions {
  /**
   * Runs first on every change (and after a reconnect): the read replicas' barrier, so an answer
   * read after the invalidation cannot come from a replica that has not replayed the change.
   */
  onChange?: () => void;
  /** With Redis, invalidations also travel over Redis pub/sub (see `redisInvalidations`). */
  redisUrl?: string | undefined;
}

/**
 * Connects caches to the database's change notifications; resolves to the function that stops
 * listening. On PGlite (one process) the notifications come from the same in-process database.
 * With `redisUrl`, this process also publishes its own changes over Redis and hears other
 * processes' there.
 */
export async function listenForInvalidations(
  database: Database,
  cache: Cache<unknown> | readonly Cache<unknown>[],
  log: FastifyBaseLogger,
  options: InvalidationOptions = {},
): Promise<() => Promise<void>> {
  const { onChange } = options;
  const caches = (Array.isArray(cache) ? cache : [cache]) as readonly Cache<unknown>[];
  if (!caches.some((c) => c.enabled) && !onChange) return async () => undefined;
  const changed = (namespace: string | undefined): void => {
    onChange?.();
    for (const c of caches) c.invalidate(namespace);
  };
  const redis = options.redisUrl
    ? redisInvalidations(
        options.redisUrl,
        changed,
        () => {
          log.warn('redis cache invalidation subscription reconnected; emptying every cache');
          changed(undefined);
        },
        log,
      )
    : undefined;
  try {
    const stop = await database.listen(
      CACHE_CHANNEL,
      (payload, own) => {
        changed(payload || undefined);
        if (own) redis?.publish(payload || undefined);
      },
      () => {
        log.warn('cache invalidation listener reconnected; emptying every cache');
        changed(undefined);
      },
    );
    return async () => {
      try {
        await redis?.close();
      } finally {
        await stop();
      }
    };
  } catch (error) {
    await redis?.close();
    throw error;
  }
}
