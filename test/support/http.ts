import type { StockroomApp } from '../../src/app.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One request through the real app: status, the JSON body read as `T`, and the raw text plus headers. */
export type Caller<T> = (method: Method, url: string, body?: unknown, token?: string) => Promise<{ status: number; body: T; raw: string }>;

/** A small JSON client for tests: `call('POST', '/store/carts', { currency: 'EUR' }, token)`. */
export function jsonCaller<T>(app: StockroomApp): Caller<T> {
  return async (method, url, body, token) => {
    const res = await app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.body ? res.json<T>() : ({} as T), raw: res.body + JSON.stringify(res.headers) };
  };
}
