import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The cart and checkout pages drive the Store API in-process: the very routes (and so the same cart,
 * pricing, payment and checkout code, idempotency phases and rate limits) a headless front-end
 * calls. Checkout completion is orchestrated inside its route (reserve → authorize → place), so
 * going through it is the only way to keep one implementation. The visitor's address is passed on,
 * so per-IP limits count the visitor, not the server.
 */
export interface StoreAnswer<T> {
  status: number;
  body: T;
}

export interface Problem {
  code?: string;
  detail?: string;
  reason?: string;
}

export async function callStore<T>(
  app: FastifyInstance,
  request: FastifyRequest,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  options: { payload?: object; headers?: Record<string, string> } = {},
): Promise<StoreAnswer<T & Problem>> {
  const res = await app.inject({
    method,
    url,
    remoteAddress: request.ip,
    headers: { 'user-agent': 'stockroom-storefront', ...(options.headers ?? {}) },
    ...(options.payload ? { payload: options.payload } : {}),
  });
  return { status: res.statusCode, body: (res.body ? res.json() : {}) as T & Problem };
}
