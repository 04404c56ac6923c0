import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Cache } from './cache.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Serve this GET route's 200 answers from the process's response cache, in the named namespace
     * (emptied whenever the data under it changes). Only for answers that depend on nothing but the
     * URL: not on the caller, not on headers.
     */
    cache?: string;
  }
  interface FastifyRequest {
    /** The cache namespace's generation when this request started (a cacheable GET that missed). */
    cacheGeneration?: number;
  }
}

export interface CachedResponse {
  body: string;
  contentType: string;
}

/**
 * Serves cacheable routes (`config: { cache: '<namespace>' }`) from `cache`, keyed by the request's
 * path and query. The lookup runs after authentication (an invalid token still gets 401) and before
 * validation: a URL is stored only after it produced a 200, so a hit is a URL that validated. The
 * stored body is the serialized answer, so a hit skips the handler, the database and serialization;
 * the answer carries `X-Cache: hit` or `miss`.
 */
export function installResponseCache(app: FastifyInstance, cache: Cache<CachedResponse>): void {
  if (!cache.enabled) return;
  const namespaceOf = (request: FastifyRequest): string | undefined =>
    request.method === 'GET' ? (request.routeOptions.config as { cache?: string } | undefined)?.cache : undefined;

  app.addHook('onRequest', async (request, reply) => {
    const namespace = namespaceOf(request);
    if (namespace === undefined) return;
    const hit = cache.get(namespace, request.url);
    if (hit) {
      reply.header('content-type', hit.contentType).header('x-cache', 'hit');
      return reply.send(hit.body);
    }
    request.cacheGeneration = cache.generation(namespace);
    reply.header('x-cache', 'miss');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const generation = request.cacheGeneration;
    if (generation === undefined || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const namespace = namespaceOf(request);
    const contentType = reply.getHeader('content-type');
    if (namespace !== undefined && typeof contentType === 'string') {
      cache.set(namespace, request.url, { body: payload, contentType }, generation);
    }
    return payload;
  });
}
