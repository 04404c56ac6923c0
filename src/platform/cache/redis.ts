import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/** The Redis channel cache invalidations travel on (one per Redis; a foreign change only costs a refill). */
export const REDIS_CACHE_CHANNEL = 'stockroom:cache';

export interface RedisInvalidations {
  /** Tells every other process that `namespace` (every namespace when undefined) changed. */
  publish(namespace: string | undefined): void;
  close(): Promise<void>;
}

interface Message {
  from: string;
  namespace?: string;
}

function parse(text: string): Message | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { from, namespace } = value as Record<string, unknown>;
    if (typeof from !== 'string') return undefined;
    return typeof namespace === 'string' ? { from, namespace } : { from };
  } catch {
    return undefined;
  }
}

/**
 * Carries cache invalidations between processes over Redis pub/sub, beside PostgreSQL's
 * notifications (which do not pass through every connection pooler, and do not exist between
 * databases). Each process publishes the changes its own transactions made and empties its caches
 * on every message from another process (`onRemote`). When the subscription's connection is lost
 * and comes back, messages may have been missed, so `onGap` empties everything. Redis being down
 * never fails a request: publishing is best effort and the caches' TTL still bounds staleness.
 */
export function redisInvalidations(
  url: string,
  onRemote: (namespace: string | undefined) => void,
  onGap: () => void,
  log: FastifyBaseLogger,
): RedisInvalidations {
  const self = randomUUID();
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
  const publisher = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  let warned = false;
  const warn = (error: Error): void => {
    if (warned) return;
    warned = true;
    log.warn({ err: error }, 'redis cache invalidation error; caches rely on PostgreSQL notifications and their TTL meanwhile');
  };
  subscriber.on('error', warn);
  publisher.on('error', warn);
  let readyBefore = false;
  subscriber.on('ready', () => {
    warned = false;
    if (readyBefore) onGap(); // reconnected: messages sent meanwhile are lost
    readyBefore = true;
  });
  subscriber.on('message', (channel: string, text: string) => {
    if (channel !== REDIS_CACHE_CHANNEL) return;
    const message = parse(text);
    if (message && message.from !== self) onRemote(message.namespace);
  });
  subscriber.subscribe(REDIS_CACHE_CHANNEL).catch(warn);
  return {
    publish(namespace) {
      const message: Message = namespace === undefined ? { from: self } : { from: self, namespace };
      publisher.publish(REDIS_CACHE_CHANNEL, JSON.stringify(message)).catch(warn);
    },
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
