import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';

/**
 * HTTP caching of store reads, applied per route scope (call it inside a routes plugin):
 * - `publicReads`: every GET answer gets an `ETag` (a hash of the body, by `@fastify/etag`) and a
 *   request whose `If-None-Match` names it gets 304 with no body; successful answers carry
 *   `Cache-Control: public, max-age=<seconds>`, so browsers and CDNs may keep catalog reads briefly
 *   and revalidate them cheaply after. Only for answers that are the same for every caller.
 * - `privateReads`: carts and customer data: `Cache-Control: private, no-store` on GET answers.
 * Other answers keep the platform's default `Cache-Control: no-store` (hardening.ts).
 */

/** How long a shared cache may serve a catalog read before revalidating it. */
export const PUBLIC_READ_MAX_AGE_SECONDS = 60;

export async function publicReads(app: FastifyInstance, maxAgeSeconds = PUBLIC_READ_MAX_AGE_SECONDS): Promise<void> {
  await app.register(etag);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (reply.statusCode === 200 || reply.statusCode === 304) {
      reply.header('cache-control', `public, max-age=${maxAgeSeconds}`);
    } else {
      reply.removeHeader('etag');
    }
    return payload;
  });
}

export function privateReads(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD') reply.header('cache-control', 'private, no-store');
    return payload;
  });
}
