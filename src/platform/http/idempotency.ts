import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { Db, Tx } from '../db/types.ts';
import { queryRows } from '../db/client.ts';
import { withTransaction } from '../db/tx.ts';
import { BadRequest, Conflict, IdempotencyKeyInUse, IdempotencyKeyReused, type AppError } from '../errors.ts';
import { PROBLEM_CONTENT_TYPE, problemBody } from './problem.ts';
import { principalScope } from './auth.ts';

/**
 * The Idempotency-Key facility of API.md, for every POST and PATCH under /store and /admin:
 *
 * 1. Before the handler runs, the key is claimed with an INSERT under the (principal, key) primary
 *    key in its own statement, so a concurrent duplicate finds the row at once and gets 409.
 * 2. The handler does its work in `inRequestTransaction` (request-transaction.ts), which writes the
 *    response body it returns (with status, Location and ETag) to the key's row in that same
 *    transaction. Either the effect and its stored response commit together, or neither does, so no
 *    crash can leave an effect a retry would repeat.
 * 3. If the handler fails, the claim is deleted and the error is not stored: the retry runs afresh.
 * 4. A claim whose process died is taken over once its lease has run out.
 * 5. An idempotent route whose handler answers without going through `inRequestTransaction` (or
 *    changes the reply after it) fails with 500 and an error log, key or not, so a route that would
 *    silently skip storing its reply cannot pass a test.
 *
 * That is the default mode: one transaction per request. Routes that call something outside the
 * database (a payment provider) declare the second, explicit mode, `config: { idempotency: 'phased' }`:
 * *atomic phases with recovery points* (Brandur Leach's scheme for Stripe's API). The handler opens
 * each phase itself through `request.phases`: every phase is one transaction that also advances the
 * key's recovery point (and stores what later phases need); the external call sits between phases
 * with its own provider idempotency key; the last phase (`finish`, or `fail` for an error answer)
 * stores the response. A retry with the same key starts at the recorded recovery point instead of
 * from scratch. A failure after a committed phase keeps the key (and releases its lease) so the
 * retry resumes; a failure before any phase deletes the claim, as in the default mode. A phased
 * handler that answers without `finish` or `fail` gets the same 500 as in rule 5.
 *
 * Scope: a stored reply may carry a credential (a guest cart's id is its only credential), so a key
 * is only ever looked up within the scope of the caller who could have made the first request:
 * - a signed-in caller (customer, staff, API key): that principal;
 * - an anonymous caller on a route under a credential it presents in the path (`/store/carts/:id…`,
 *   where the cart id is the guest's credential): that credential — guest B, holding another cart,
 *   can never reach the reply stored for guest A's cart, whatever key both send;
 * - an anonymous caller who presents no credential at all (e.g. `POST /store/carts`): the key itself
 *   is the credential. It must be an unguessable secret of at least 22 characters (>= 128 bits when
 *   random, e.g. a UUID or 16 random bytes in base64url); shorter keys get 400 validation_failed
 *   naming `/headers/idempotency-key`. Such keys are stored only as their SHA-256 hash, so only the
 *   holder of the key can replay its reply. Clients that reuse one constant key across shoppers
 *   defeat this, as they would any secret.
 */

const HEADER = 'idempotency-key';
const LEASE_SECONDS = 60;
/** A phased request renews its lease at every phase; a crashed one can be resumed this soon. */
const PHASED_LEASE_SECONDS = 15;
const STORED_HEADERS = ['location', 'etag'];
/** Shortest key an anonymous caller without a credential may send: 22 base64url characters = 132 bits. */
export const MIN_ANONYMOUS_KEY_LENGTH = 22;
/**
 * Routes whose path parameter is the anonymous caller's credential, and that parameter's name. The
 * route template must start with the prefix (so `/store/carts/:id/items` is under the cart).
 */
const CREDENTIAL_ROUTES: readonly { prefix: string; param: string; scope: string }[] = [
  { prefix: '/store/carts/:id', param: 'id', scope: 'guest_cart' },
];

export interface Claim {
  principal: string;
  key: string;
  /** Phased mode: the last phase a previous request with this key committed, and what it stored. */
  recoveryPoint?: string | undefined;
  recoveryData?: Record<string, unknown> | undefined;
}

/**
 * The phases of a `phased` route's request (`request.phases`). Without an Idempotency-Key they
 * still run as separate transactions; only the recovery point is not recorded anywhere.
 */
export interface Phases {
  /** The last phase a previous request with this key committed (undefined: start from the beginning). */
  readonly recoveryPoint: string | undefined;
  readonly recoveryData: Readonly<Record<string, unknown>>;
  /** One transaction: `fn`'s writes and the key's new recovery point `point` (with `data(result)`) commit together. */
  run<T>(point: string, fn: (tx: Tx) => Promise<T>, data?: (result: T) => Record<string, unknown>): Promise<T>;
  /** The last phase: `fn`'s writes and the stored response (the reply's status code and `fn`'s result) commit together. */
  finish<B>(reply: FastifyReply, fn: (tx: Tx) => Promise<B>): Promise<B>;
  /** A last phase that ends in `error`: `fn`'s writes (the undo) and the stored problem commit together; then `error` is thrown. */
  fail(error: AppError, fn: (tx: Tx) => Promise<void>): Promise<never>;
  /** Forgets the recovery point (the state it named is gone); the next `run` starts afresh. */
  restart(): Promise<void>;
}

/** What a request's one write transaction committed: the reply it answers with. */
export interface CommittedReply {
  body: unknown;
  status: number;
  headers: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request holds, claimed before its handler ran. */
    idempotencyClaim: Claim | undefined;
    /** Set by `inRequestTransaction` once the request's transaction committed. */
    committedReply: CommittedReply | undefined;
    /** Phased routes only: the request's phases (see the module comment). */
    phases: Phases;
  }
}

interface KeyRow {
  method: string;
  route: string;
  fingerprint: string;
  status: 'in_progress' | 'completed';
  lease_expired: boolean;
  response_status: number | null;
  response_body: unknown;
  response_headers: Record<string, string> | null;
  recovery_point: string | null;
  recovery_data: Record<string, unknown> | null;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        method: request.method,
        route: request.routeOptions.url,
        params: request.params,
        query: request.query,
        body: request.body,
      }),
    )
    .digest('hex');
}

export function isIdempotentRoute(method: string, url: string, mode: 'auto' | 'off' | 'phased' | undefined): boolean {
  if (mode === 'off') return false;
  const isAgentProtocol = AGENT_PROTOCOL_PREFIXES.some((prefix) => url.startsWith(prefix));
  // UCP updates a checkout session with PUT (a full replacement), which takes a key as its POSTs do.
  if (method !== 'POST' && method !== 'PATCH' && !(method === 'PUT' && isAgentProtocol)) return false;
  return url.startsWith('/store/') || url.startsWith('/admin/') || isAgentProtocol;
}

/**
 * The agent protocols' REST bindings (module `agents`) use this same facility; their keys are scoped
 * to the agent and the endpoint path, as the Agentic Commerce Protocol requires.
 */
const AGENT_PROTOCOL_PREFIXES = ['/acp/', '/ucp/'];

/** Deletes keys older than `maxAgeHours` (never less than 24, as API.md promises). Returns how many. */
export async function pruneIdempotencyKeys(db: Db, maxAgeHours = 24): Promise<number> {
  const hours = Math.max(24, maxAgeHours);
  const rows = await queryRows<{ n: number }>(
    db,
    sql`
    WITH gone AS (
      DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => ${hours}) RETURNING 1
    ) SELECT count(*)::int AS n FROM gone`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * The (scope, stored key) pair a request's Idempotency-Key is claimed under; see the module comment.
 * Throws 400 for an anonymous caller without a credential whose key is too short to be a secret.
 */
export function idempotencyScope(request: FastifyRequest, key: string): Claim {
  if (request.principal.kind === 'agent') {
    const path = request.url.split('?', 1)[0] ?? '';
    return { principal: `${principalScope(request.principal)} ${request.method} ${path}`, key };
  }
  if (request.principal.kind !== 'anonymous') return { principal: principalScope(request.principal), key };
  const url = request.routeOptions.url ?? '';
  for (const route of CREDENTIAL_ROUTES) {
    if (url !== route.prefix && !url.startsWith(`${route.prefix}/`)) continue;
    const value = (request.params as Record<string, unknown> | undefined)?.[route.param];
    if (typeof value === 'string' && value.length > 0) return { principal: `${route.scope}:${value}`, key };
  }
  if (key.length < MIN_ANONYMOUS_KEY_LENGTH) {
    throw new BadRequest({
      detail: `Without a signed-in session, an Idempotency-Key must be a random secret of at least ${MIN_ANONYMOUS_KEY_LENGTH} characters (e.g. a UUID).`,
      errors: [
        { path: '/headers/idempotency-key', message: `must be at least ${MIN_ANONYMOUS_KEY_LENGTH} characters for an anonymous caller` },
      ],
    });
  }
  return { principal: 'guest_key', key: createHash('sha256').update(key).digest('hex') };
}

async function claim(db: Db, request: FastifyRequest, reply: FastifyReply, rawKey: string): Promise<FastifyReply | undefined> {
  const row = await claimOrFind(db, request, rawKey);
  if (!row) return undefined;
  for (const [name, value] of Object.entries(row.headers)) reply.header(name, value);
  reply.header('idempotent-replayed', 'true');
  return reply.code(row.status).send(row.body ?? undefined);
}

/**
 * Claims the key for this request (sets `request.idempotencyClaim`, with the recovery point of a
 * dead phased request it takes over) and answers undefined, or answers the reply a previous request
 * with this key completed. Throws 409 / 422 as `claim` does.
 */
export async function claimOrFind(db: Db, request: FastifyRequest, rawKey: string): Promise<CommittedReply | undefined> {
  const { principal, key } = idempotencyScope(request, rawKey);
  const fingerprint = fingerprintOf(request);
  const method = request.method;
  const route = request.routeOptions.url ?? request.url;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const inserted = await queryRows<{ ok: number }>(
      db,
      sql`
      INSERT INTO idempotency_keys (principal, key, method, route, fingerprint, status, locked_until)
      VALUES (${principal}, ${key}, ${method}, ${route}, ${fingerprint}, 'in_progress', now() + make_interval(secs => ${LEASE_SECONDS}))
      ON CONFLICT (principal, key) DO NOTHING
      RETURNING 1 AS ok`,
    );
    if (inserted.length > 0) {
      request.idempotencyClaim = { principal, key };
      return undefined;
    }
    const [row] = await queryRows<KeyRow>(
      db,
      sql`
      SELECT method, route, fingerprint, status, locked_until < now() AS lease_expired,
             response_status, response_body, response_headers, recovery_point, recovery_data
      FROM idempotency_keys WHERE principal = ${principal} AND key = ${key}`,
    );
    if (!row) continue; // the first request failed and released its claim meanwhile: claim again
    if (row.fingerprint !== fingerprint || row.method !== method || row.route !== route) {
      throw new IdempotencyKeyReused({ detail: 'Use a new Idempotency-Key for a different request.' });
    }
    if (row.status === 'completed') {
      return { status: row.response_status ?? 200, body: row.response_body, headers: row.response_headers ?? {} };
    }
    if (!row.lease_expired) throw new IdempotencyKeyInUse();
    // The request that claimed this key died without finishing. In the default mode its
    // transaction rolled back, so nothing was done; in the phased mode its committed phases are
    // named by the recovery point, and this request resumes after them.
    const taken = await queryRows<{ ok: number }>(
      db,
      sql`
      UPDATE idempotency_keys SET locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
      WHERE principal = ${principal} AND key = ${key} AND status = 'in_progress' AND locked_until < now()
      RETURNING 1 AS ok`,
    );
    if (taken.length > 0) {
      request.idempotencyClaim = {
        principal,
        key,
        recoveryPoint: row.recovery_point ?? undefined,
        recoveryData: row.recovery_data ?? undefined,
      };
      return undefined;
    }
    throw new IdempotencyKeyInUse();
  }
  throw new IdempotencyKeyInUse();
}

/** The status and stored headers a reply carries now. */
export function replyShape(reply: FastifyReply): Omit<CommittedReply, 'body'> {
  const headers: Record<string, string> = {};
  for (const name of STORED_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return { status: reply.statusCode, headers };
}

/** Stores `committed` as the answer of the claimed key, in the transaction of the effect it describes. */
export async function storeReply(tx: Tx, claimed: Claim, committed: CommittedReply): Promise<void> {
  const { body, status, headers } = committed;
  // Only the claim holder may complete the key: `status = 'in_progress'` makes a request whose
  // lease was taken over (and completed by the other) roll back instead of committing twice.
  const rows = await queryRows<{ ok: number }>(
    tx,
    sql`
    UPDATE idempotency_keys
    SET status = 'completed', completed_at = now(), response_status = ${status},
        response_body = ${body === undefined ? null : JSON.stringify(body)}::jsonb,
        response_headers = ${JSON.stringify(headers)}::jsonb
    WHERE principal = ${claimed.principal} AND key = ${claimed.key} AND status = 'in_progress'
    RETURNING 1 AS ok`,
  );
  if (rows.length === 0) throw new Conflict({ detail: 'This Idempotency-Key was completed by another request.' });
}

/** Phased mode: stores an error answer given after committed phases (the undo commits with it). */
async function completeWithProblem(tx: Tx, claimed: Claim, error: AppError): Promise<void> {
  const headers: Record<string, string> = { ...error.headers, 'content-type': PROBLEM_CONTENT_TYPE };
  // Only the claim holder may complete the key (see `storeReply`).
  const rows = await queryRows<{ ok: number }>(
    tx,
    sql`
    UPDATE idempotency_keys
    SET status = 'completed', completed_at = now(), response_status = ${error.status},
        response_body = ${JSON.stringify(problemBody(error))}::jsonb, response_headers = ${JSON.stringify(headers)}::jsonb
    WHERE principal = ${claimed.principal} AND key = ${claimed.key} AND status = 'in_progress'
    RETURNING 1 AS ok`,
  );
  if (rows.length === 0) throw new Conflict({ detail: 'This Idempotency-Key was completed by another request.' });
}

/** Phased mode: the key's recovery point advances with the phase's writes, and its lease is renewed. */
async function advance(tx: Tx, claimed: Claim, point: string | null, data: Record<string, unknown> | null): Promise<void> {
  // Conditional on 'in_progress': a key another request completed meanwhile makes this phase roll back.
  const rows = await queryRows<{ ok: number }>(
    tx,
    sql`
    UPDATE idempotency_keys
    SET recovery_point = ${point}, recovery_data = ${data === null ? null : JSON.stringify(data)}::jsonb,
        locked_until = now() + make_interval(secs => ${PHASED_LEASE_SECONDS})
    WHERE principal = ${claimed.principal} AND key = ${claimed.key} AND status = 'in_progress'
    RETURNING 1 AS ok`,
  );
  if (rows.length === 0) throw new Conflict({ detail: 'This Idempotency-Key was completed by another request.' });
}

/** A phased request's phases; `hasCommitted`/`hasAnswered` tell its caller how to settle the claim after a failure. */
export type RequestPhases = Phases & { hasCommitted(): boolean; hasAnswered(): boolean };

export function createPhases(db: Db, claimed: Claim | undefined): RequestPhases {
  let finished = false;
  let committed = claimed?.recoveryPoint !== undefined;
  let recoveryPoint = claimed?.recoveryPoint;
  let recoveryData: Readonly<Record<string, unknown>> = claimed?.recoveryData ?? {};
  return {
    get recoveryPoint() {
      return recoveryPoint;
    },
    get recoveryData() {
      return recoveryData;
    },
    hasCommitted: () => committed,
    hasAnswered: () => finished,
    async run(point, fn, data) {
      const result = await withTransaction(db, async (tx) => {
        const value = await fn(tx);
        if (claimed) await advance(tx, claimed, point, data ? data(value) : {});
        return value;
      });
      committed = true;
      recoveryPoint = point;
      recoveryData = data ? data(result) : {};
      return result;
    },
    async finish(reply, fn) {
      return withTransaction(db, async (tx) => {
        const body = await fn(tx);
        if (claimed) await storeReply(tx, claimed, { body, ...replyShape(reply) });
        finished = true;
        return body;
      });
    },
    async fail(error, fn) {
      await withTransaction(db, async (tx) => {
        await fn(tx);
        if (claimed) await completeWithProblem(tx, claimed, error);
      });
      finished = true;
      throw error;
    },
    async restart() {
      if (claimed) await withTransaction(db, (tx) => advance(tx, claimed, null, null));
      recoveryPoint = undefined;
      recoveryData = {};
    },
  };
}

/** Phased mode, after a failure past a committed phase: keep the key and its recovery point, free the lease. */
export async function releaseLease(db: Db, claimed: Claim): Promise<void> {
  await db.execute(sql`
    UPDATE idempotency_keys SET locked_until = now()
    WHERE principal = ${claimed.principal} AND key = ${claimed.key} AND status = 'in_progress'`);
}

async function release(db: Db, claimed: Claim): Promise<void> {
  await db.execute(sql`
    DELETE FROM idempotency_keys
    WHERE principal = ${claimed.principal} AND key = ${claimed.key} AND status = 'in_progress'`);
}

/** One route whose replies are stored under an Idempotency-Key. */
export interface IdempotentRoute {
  method: string;
  url: string;
}

const idempotentTables = new WeakMap<object, IdempotentRoute[]>();

/** Every idempotent route registered on `app` (after `ready()`); the cross-module test walks them all. */
export function idempotentRoutes(app: FastifyInstance): readonly IdempotentRoute[] {
  return idempotentTables.get(app) ?? [];
}

/**
 * Why an idempotent route's answer cannot be the one it committed (undefined when it is): the
 * handler did not go through `inRequestTransaction`, sent the reply itself, or changed the body,
 * status, Location or ETag after the transaction stored them.
 */
function unstoredAnswer(request: FastifyRequest, reply: FastifyReply, body: unknown): string | undefined {
  const committed = request.committedReply;
  if (!committed) return 'its handler answered without inRequestTransaction';
  if (body === reply || reply.sent) return 'its handler sent the reply instead of returning the body';
  if (body !== committed.body) return 'its handler returned another body than the one inRequestTransaction committed';
  const now = replyShape(reply);
  if (now.status !== committed.status || JSON.stringify(now.headers) !== JSON.stringify(committed.headers)) {
    return 'its handler changed the status or headers after inRequestTransaction committed';
  }
  return undefined;
}

/**
 * Installs the idempotency hooks: claims a sent key before the handler (or replays its stored
 * answer), releases the claim when the handler fails, and refuses an answer that did not commit
 * through `inRequestTransaction` (see the module comment).
 */
export function installIdempotency(app: FastifyInstance, db: Db): void {
  app.decorateRequest('idempotencyClaim', undefined);
  app.decorateRequest('committedReply', undefined);
  app.decorateRequest('phases', undefined as unknown as Phases); // set for every request of a phased route
  const table: IdempotentRoute[] = [];
  idempotentTables.set(app, table);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const mode = route.config?.idempotency;
    const idempotent = methods.filter((m) => isIdempotentRoute(m, route.url, mode));
    if (idempotent.length === 0) return;
    for (const method of idempotent) table.push({ method, url: route.url });
    const original = route.handler as RouteHandlerMethod;
    // Phased routes get their phases whether or not an Idempotency-Key came with the request.
    route.handler =
      mode === 'phased'
        ? async function phasedHandler(request, reply) {
            const claimed = request.idempotencyClaim;
            const phases = createPhases(db, claimed);
            request.phases = phases;
            try {
              const body: unknown = await original.call(this, request, reply);
              if (!phases.hasAnswered()) {
                const problem = 'its phased handler answered without phases.finish or phases.fail';
                request.log.error({ event: 'idempotency.unstored_answer', route: route.url }, `${request.method} ${route.url}: ${problem}`);
                throw new Error(`${request.method} ${route.url}: ${problem}`);
              }
              return body;
            } catch (error) {
              if (claimed && !phases.hasAnswered()) {
                // After a committed phase the key must survive: it names what a retry resumes from.
                const undo = phases.hasCommitted() ? releaseLease(db, claimed) : release(db, claimed);
                await undo.catch(() => undefined); // the lease expires anyway
              }
              throw error;
            }
          }
        : async function idempotentHandler(request, reply) {
            try {
              const body: unknown = await original.call(this, request, reply);
              const problem = unstoredAnswer(request, reply, body);
              if (problem) {
                request.log.error({ event: 'idempotency.unstored_answer', route: route.url }, `${request.method} ${route.url}: ${problem}`);
                throw new Error(`${request.method} ${route.url}: ${problem}`);
              }
              return body;
            } catch (error) {
              const claimed = request.idempotencyClaim;
              if (claimed && !request.committedReply) await release(db, claimed).catch(() => undefined); // the lease expires anyway
              throw error;
            }
          };
    const preHandler = async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers[HEADER];
      if (header === undefined) return undefined;
      const key = Array.isArray(header) ? header[0] : header;
      if (!key || key.length > 255) {
        throw new BadRequest({ errors: [{ path: '/headers/idempotency-key', message: 'must be 1 to 255 characters' }] });
      }
      return claim(db, request, reply, key);
    };
    const existing = route.preHandler;
    route.preHandler = existing === undefined ? [preHandler] : [...(Array.isArray(existing) ? existing : [existing]), preHandler];
  });
}

/** For endpoints that decide per request whether it is a write (GraphQL): claim and release a key by hand. */
export { claim as claimIdempotencyKey, release as releaseIdempotencyKey };
