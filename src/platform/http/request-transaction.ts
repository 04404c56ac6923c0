import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Tx } from '../db/types.ts';
import { withTransaction } from '../db/tx.ts';
import { replyShape, storeReply } from './idempotency.ts';

/**
 * The one transaction of a write request, visible in its handler:
 *
 *     async (req, reply) => inRequestTransaction(req, reply, db, async (tx) => {
 *       const thing = await createThing(tx, req.body);
 *       reply.code(201);
 *       return toThingView(thing);
 *     })
 *
 * `fn` does the work in `tx`, sets the status and headers, and returns the response body; the handler
 * returns that body (it never sends it). When the request holds an Idempotency-Key claim, the body,
 * status, Location and ETag are stored for replay in the same transaction, before commit. Like
 * `withTransaction`, the whole callback is retried on serialization failures and deadlocks (so it
 * calls no other system), and the stored answer is the one of the try that committed.
 * A request has one such transaction; idempotency.ts refuses an idempotent route's answer that did
 * not come out of it.
 */
export async function inRequestTransaction<T>(req: FastifyRequest, reply: FastifyReply, db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (req.committedReply) throw new Error(`${req.method} ${req.url}: a request commits one transaction; this one already did`);
  const committed = await withTransaction(db, async (tx) => {
    const body = await fn(tx);
    const answer = { body, ...replyShape(reply) };
    const claim = req.idempotencyClaim;
    if (claim) await storeReply(tx, claim, answer);
    return answer;
  });
  req.committedReply = committed;
  return committed.body;
}
