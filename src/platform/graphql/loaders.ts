import type { GraphQLContext } from './types.ts';

/**
 * A request-scoped batch loader (the DataLoader pattern): every `load(key)` made while one level of
 * the query resolves is collected and answered by ONE call of `batch` with all the keys, so a list
 * of any length costs the same number of statements.
 */
export class BatchLoader<K, V> {
  #pending = new Map<K, { resolve: (v: V) => void; reject: (e: unknown) => void }[]>();
  #cache = new Map<K, Promise<V>>();
  #scheduled = false;
  readonly #batch: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>;
  readonly #missing: V;

  constructor(batch: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>, missing: V) {
    this.#batch = batch;
    this.#missing = missing;
  }

  load(key: K): Promise<V> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      const waiting = this.#pending.get(key) ?? [];
      waiting.push({ resolve, reject });
      this.#pending.set(key, waiting);
    });
    this.#cache.set(key, promise);
    if (!this.#scheduled) {
      this.#scheduled = true;
      // After the current tick's resolvers have all asked (graphql-js resolves siblings synchronously).
      setImmediate(() => void this.#dispatch());
    }
    return promise;
  }

  async #dispatch(): Promise<void> {
    const pending = this.#pending;
    this.#pending = new Map();
    this.#scheduled = false;
    try {
      const found = await this.#batch([...pending.keys()]);
      for (const [key, waiting] of pending) for (const w of waiting) w.resolve(found.get(key) ?? this.#missing);
    } catch (error) {
      for (const waiting of pending.values()) for (const w of waiting) w.reject(error);
    }
  }
}

/** The request's loader named `name`, created on first use. */
export function loaderFor<K, V>(context: GraphQLContext, name: string, create: () => BatchLoader<K, V>): BatchLoader<K, V> {
  let loader = context.loaders.get(name) as BatchLoader<K, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(name, loader);
  }
  return loader;
}
