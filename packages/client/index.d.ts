import type { Client, ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

export interface StockroomClientOptions extends ClientOptions {
  /** The server's base URL; `http://127.0.0.1:3000` by default. */
  baseUrl?: string;
  /** A session token or secret API key, sent as `Authorization: Bearer …`. */
  token?: string;
}

export interface StockroomClient extends Client<paths> {
  /** Sets (or, with undefined, clears) the bearer token sent from now on. */
  setToken(token: string | undefined): void;
}

/** A typed client for one Stockroom server. */
export function createStockroomClient(options?: StockroomClientOptions): StockroomClient;

/** A fresh Idempotency-Key (a UUID): one per logical action, reused only to retry that action. */
export function newIdempotencyKey(): string;

/** The JSON body of a path's successful answer, e.g. `Success<'/store/carts/{id}', 'get'>` is a cart. */
export type Success<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? {
      [S in keyof R]: S extends 200 | 201 | 202 ? (R[S] extends { content: { 'application/json': infer B } } ? B : never) : never;
    }[keyof R]
  : never;

/** A problem document (RFC 9457), the body of every error answer. */
export type Problem = components['schemas']['Problem'];
