// @stockroom/client: a typed fetch client for the Stockroom API (types in schema.d.ts, generated
// from the server's OpenAPI document by `npm run client` in the Stockroom repository).
import createFetchClient from 'openapi-fetch';

/**
 * A client for one Stockroom server. `token` (a customer's or staff member's session token, or a
 * secret API key) is sent as `Authorization: Bearer …` on every request; `setToken` changes it,
 * e.g. after sign-in.
 */
export function createStockroomClient(options = {}) {
  const { baseUrl = 'http://127.0.0.1:3000', token, ...rest } = options;
  const client = createFetchClient({ baseUrl, ...rest });
  let current = token;
  client.use({
    onRequest({ request }) {
      if (current && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${current}`);
      return request;
    },
  });
  return Object.assign(client, {
    setToken(next) {
      current = next;
    },
  });
}

/** A fresh Idempotency-Key: send one per logical action and reuse it only when retrying that action. */
export function newIdempotencyKey() {
  return globalThis.crypto.randomUUID();
}
