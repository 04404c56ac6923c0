import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, textArray, withTransaction, type Db, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { iso } from '../../platform/http/schema.ts';
import type { outboxEvents } from '../../platform/platform.tables.ts';
import type { webhookDeliveries, webhookEndpoints } from './events.tables.ts';
import type { FormattedEvent } from './formats.ts';
import type { DeliveryResult } from './sender.ts';
import { emailOwners, requestEmails } from './emails.ts';

/**
 * The relay: outbox → subscriptions → receivers. Three steps, each safe with any number of relays
 * (server processes) on one database:
 *
 * 1. `sequenceOutbox` numbers committed, unnumbered events (`seq`) under one advisory lock, in id
 *    order. Only committed rows are visible to it, and one sequencer runs at a time, so `seq` grows
 *    in the order events became visible: an event whose transaction commits late gets a later `seq`
 *    even though its id is older. The feed pages by `seq`, so it never skips one.
 * 2. `fanOut` claims numbered events not yet relayed with FOR UPDATE SKIP LOCKED, in seq order, and
 *    in the same transaction writes one delivery per matching enabled endpoint (and queues email
 *    requests). Relays claim disjoint batches; a crash rolls the whole batch back.
 * 3. `claimDeliveries` leases due deliveries with FOR UPDATE SKIP LOCKED — only the oldest pending
 *    one per (endpoint, aggregate), and only when no older event of that aggregate is still waiting
 *    to be fanned out — so per-aggregate order holds across relays. `recordResults` writes the
 *    outcome conditional on the claim token (a relay that lost its lease records nothing).
 */

/** Fixed advisory lock key of the sequencer, shared by every Stockroom process. */
const SEQUENCER_LOCK = 0x5_70c_e7e0;

export const RETRY_WINDOW_HOURS = 72;
export const DISABLE_AFTER_HOURS = 24;

/** Numbers up to `limit` committed events in commit-visibility order; returns how many. */
export async function sequenceOutbox(db: Db, limit = 5000): Promise<number> {
  return withTransaction(db, async (tx) => {
    // One sequencer at a time: numbers taken by one pass are committed before the next pass reads
    // max(seq), and the next pass's statement snapshot (taken after the lock) sees them.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEQUENCER_LOCK})`);
    const rows = await queryRows<{ n: number }>(
      tx,
      sql`
      WITH base AS (SELECT coalesce(max(seq), 0) AS top FROM outbox_events),
           next AS (SELECT id, row_number() OVER (ORDER BY id) AS rn
                    FROM outbox_events WHERE seq IS NULL ORDER BY id LIMIT ${limit}),
           done AS (UPDATE outbox_events o SET seq = base.top + next.rn FROM next, base WHERE o.id = next.id RETURNING 1)
      SELECT count(*)::int AS n FROM done`,
    );
    return rows[0]?.n ?? 0;
  });
}

type RelayedEvent = Pick<SqlRow<typeof outboxEvents>, 'event_id' | 'type' | 'payload' | 'seq'>;

/** Fans out up to `limit` sequenced events to the subscriptions; returns how many events. */
export async function fanOut(db: Db, limit = 500): Promise<number> {
  return withTransaction(db, async (tx) => {
    // SKIP LOCKED: concurrent relays take disjoint batches. The deliveries and the relayed mark
    // commit together, so an event is fanned out exactly once (and the unique (endpoint, event)
    // backs that up).
    const events = await queryRows<RelayedEvent>(
      tx,
      sql`
      WITH batch AS (
        SELECT id FROM outbox_events WHERE delivered_at IS NULL AND seq IS NOT NULL
        ORDER BY seq LIMIT ${limit} FOR UPDATE SKIP LOCKED
      ), relayed AS (
        UPDATE outbox_events o SET delivered_at = now() FROM batch WHERE o.id = batch.id
        RETURNING o.event_id, o.type, o.payload, o.seq, o.aggregate_id
      ), inserted AS (
        INSERT INTO webhook_deliveries (endpoint_id, event_id, event_seq, aggregate_id)
        SELECT e.id, r.event_id, r.seq, r.aggregate_id
        FROM relayed r JOIN webhook_endpoints e ON e.enabled AND (r.type = ANY (e.events) OR '*' = ANY (e.events))
          -- An agent's endpoint gets only events about that agent's orders; the shop's own
          -- endpoints ('*' included) never get the agents' protocol events.
          AND CASE WHEN e.agent_id IS NULL THEN r.type NOT LIKE 'agents.%' ELSE r.payload->>'agentId' = e.agent_id END
        WHERE r.type NOT LIKE 'email.%'
        ON CONFLICT (endpoint_id, event_id) DO NOTHING
        RETURNING 1
      )
      -- (a data-modifying CTE runs whether or not the outer query reads it)
      SELECT event_id, type, payload, seq FROM relayed`,
    );
    await requestEmails(
      tx,
      events.map((e) => ({ eventId: e.event_id, type: e.type, payload: e.payload })),
    );
    return events.length;
  });
}

export interface ClaimedDelivery {
  id: number;
  token: string;
  endpointId: string;
  eventId: string;
  attempt: number;
  url: string;
  secrets: string[];
  body: string;
  /** `stockroom`, or a registered delivery format that renders and signs the body when it is sent. */
  format: string;
  event: FormattedEvent;
}

type ClaimRow = Pick<SqlRow<typeof webhookDeliveries>, 'id' | 'endpoint_id' | 'event_id' | 'attempts'> &
  Pick<SqlRow<typeof webhookEndpoints>, 'url' | 'secret'> & {
    live_previous: string | null;
    format: string;
    type: string;
    payload: Record<string, unknown>;
    event_created_at: string | Date;
  };

/** The exact JSON a receiver gets for an event; the same bytes on every attempt. */
export function eventBody(event: { eventId: string; type: string; createdAt: string | Date; payload: Record<string, unknown> }): string {
  return JSON.stringify({ id: event.eventId, type: event.type, createdAt: iso(event.createdAt), data: event.payload });
}

/**
 * The due deliveries a claim may lease, oldest first. The claim must stay a walk of
 * `webhook_deliveries_due_idx` in claim order that stops after `limit` rows, with every other check
 * a per-row index probe, however large the backlog and however stale the planner's statistics (a
 * burst of 100,000 events arrives long before the table is re-analyzed, and stale statistics once
 * made each claim sort — and probe — the whole backlog: 33 s per claim at 8,000 pending). So:
 * the endpoint check and both order checks are subqueries ending in `OFFSET 0` (kept as per-row
 * probes, never joins or anti joins over the backlog), and {@link CLAIM_PLAN} turns sorting, bitmap
 * and sequential scans off for the claim's transaction, leaving the ordered index scan as the plan.
 */
export function claimCandidates(limit: number): SQL {
  return sql`
        SELECT c.id FROM webhook_deliveries c
        WHERE c.status = 'pending' AND c.next_attempt_at <= now()
          AND (c.locked_until IS NULL OR c.locked_until < now())
          AND EXISTS (SELECT 1 FROM webhook_endpoints e WHERE e.id = c.endpoint_id AND e.enabled OFFSET 0)
          -- Per-aggregate order: an older event of the same aggregate that is still pending for this
          -- endpoint, or not yet fanned out at all, goes first.
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p
                          WHERE p.endpoint_id = c.endpoint_id AND p.aggregate_id = c.aggregate_id
                            AND p.status = 'pending' AND p.event_seq < c.event_seq
                          OFFSET 0)
          AND NOT EXISTS (SELECT 1 FROM outbox_events o
                          WHERE o.aggregate_id = c.aggregate_id AND o.delivered_at IS NULL AND o.seq < c.event_seq
                          OFFSET 0)
        ORDER BY c.next_attempt_at, c.event_seq
        LIMIT ${limit}
        FOR UPDATE OF c SKIP LOCKED`;
}

/**
 * Planner settings for the claim's transaction only (`set_config(…, true)` is SET LOCAL): no sorts,
 * no bitmap or sequential scans, so every table is reached by index whatever the statistics say
 * (statistics taken on an empty table made the planner sequentially scan the backlog for each
 * candidate's order check, or re-run the candidate walk once per delivery row).
 */
export const CLAIM_PLAN = sql`SELECT set_config('enable_sort', 'off', true), set_config('enable_bitmapscan', 'off', true),
                                     set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)`;

/**
 * The claim: lease the candidates (walked once, into a materialized CTE), then read what their
 * attempts need. Run after {@link CLAIM_PLAN} in the same transaction.
 */
export function claimStatement(limit: number, token: string, leaseMs: number): SQL {
  return sql`
    WITH candidates AS MATERIALIZED (${claimCandidates(limit)}),
    claimed AS (
      UPDATE webhook_deliveries d
      SET attempts = d.attempts + 1, claim_token = ${token},
          locked_until = now() + make_interval(secs => ${leaseMs / 1000})
      FROM candidates k WHERE d.id = k.id
      RETURNING d.id, d.endpoint_id, d.event_id, d.attempts
    )
    SELECT c.id, c.endpoint_id, c.event_id, c.attempts, e.url, e.secret, e.format,
           CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret END AS live_previous,
           o.type, o.payload, o.created_at AS event_created_at
    FROM claimed c
    JOIN webhook_endpoints e ON e.id = c.endpoint_id
    JOIN outbox_events o ON o.event_id = c.event_id`;
}

/** Leases up to `limit` due deliveries (see the file comment for the ordering rule). */
export async function claimDeliveries(db: Db, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const token = randomUUID();
  const rows = await withTransaction(db, async (tx) => {
    await tx.execute(CLAIM_PLAN);
    return queryRows<ClaimRow>(tx, claimStatement(limit, token, leaseMs));
  });
  return rows.map((r) => {
    const event = { eventId: r.event_id, type: r.type, createdAt: r.event_created_at, payload: r.payload };
    return {
      id: Number(r.id),
      token,
      endpointId: r.endpoint_id,
      eventId: r.event_id,
      attempt: r.attempts,
      url: r.url,
      secrets: r.live_previous ? [r.secret, r.live_previous] : [r.secret],
      body: r.format === 'stockroom' ? eventBody(event) : '',
      format: r.format,
      event,
    };
  });
}

/** Exponential backoff with ±25% jitter, capped at 12 hours. */
export function backoffMs(attempt: number, baseMs: number): number {
  const raw = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 12 * 3600 * 1000);
  return Math.round(raw * (0.75 + Math.random() * 0.5));
}

export interface RecordedOutcome {
  delivery: ClaimedDelivery;
  result: DeliveryResult;
}

/**
 * Records a batch of attempts in one transaction: the deliveries' new state (conditional on the
 * claim token), one log row per attempt, and the endpoints' health; an endpoint failing for a whole
 * day is disabled and its owners are emailed. Returns the endpoints disabled now.
 */
export async function recordResults(db: Db, outcomes: readonly RecordedOutcome[], retryBaseMs: number): Promise<string[]> {
  if (outcomes.length === 0) return [];
  const records = outcomes.map(({ delivery, result }) => ({
    id: delivery.id,
    token: delivery.token,
    ok: result.ok,
    status: result.status,
    latency: result.latencyMs,
    body: result.body,
    error: result.error,
    next_at: result.ok ? null : new Date(Date.now() + backoffMs(delivery.attempt, retryBaseMs)).toISOString(),
  }));
  return withTransaction(db, async (tx) => {
    const recorded = await queryRows<{ endpoint_id: string; ok: boolean }>(
      tx,
      sql`
      WITH r AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
          AS r(id bigint, token text, ok boolean, status int, latency int, body text, error text, next_at timestamptz)
      ), u AS (
        -- Conditional on the claim token: a relay whose lease ran out (and whose delivery another
        -- relay took) records nothing.
        UPDATE webhook_deliveries d SET
          status = CASE WHEN r.ok THEN 'delivered'
                        WHEN r.next_at > d.retry_since + make_interval(hours => ${RETRY_WINDOW_HOURS}) THEN 'dead'
                        ELSE 'pending' END,
          delivered_at = CASE WHEN r.ok THEN now() END,
          next_attempt_at = coalesce(r.next_at, d.next_attempt_at),
          locked_until = NULL, claim_token = NULL,
          last_response_status = r.status, last_error = r.error
        FROM r WHERE d.id = r.id AND d.claim_token = r.token
        RETURNING d.id, d.endpoint_id, d.event_id, d.attempts
      ), logged AS (
        INSERT INTO webhook_attempts (delivery_id, endpoint_id, event_id, attempt, succeeded, response_status, latency_ms, response_body, error)
        SELECT u.id, u.endpoint_id, u.event_id, u.attempts, r.ok, r.status, r.latency, r.body, r.error
        FROM u JOIN r ON r.id = u.id
        RETURNING endpoint_id, succeeded
      )
      SELECT endpoint_id, bool_or(succeeded) AS ok FROM logged GROUP BY endpoint_id`,
    );
    const healthy = recorded.filter((r) => r.ok).map((r) => r.endpoint_id);
    const failing = recorded.filter((r) => !r.ok).map((r) => r.endpoint_id);
    if (healthy.length > 0) {
      await tx.execute(
        sql`UPDATE webhook_endpoints SET failing_since = NULL WHERE id = ANY(${textArray(healthy)}) AND failing_since IS NOT NULL`,
      );
    }
    if (failing.length === 0) return [];
    const disabled = await queryRows<{ id: string; url: string; enabled: boolean }>(
      tx,
      sql`
      UPDATE webhook_endpoints SET
        failing_since = coalesce(failing_since, now()),
        enabled = CASE WHEN failing_since < now() - make_interval(hours => ${DISABLE_AFTER_HOURS}) THEN false ELSE enabled END,
        disabled_reason = CASE WHEN failing_since < now() - make_interval(hours => ${DISABLE_AFTER_HOURS})
                               THEN 'every delivery failed for 24 hours' ELSE disabled_reason END,
        updated_at = now()
      WHERE id = ANY(${textArray(failing)}) AND enabled
      RETURNING id, url, enabled`,
    ).then((rows) => rows.filter((r) => !r.enabled));
    for (const endpoint of disabled) await notifyDisabled(tx, endpoint.id, endpoint.url);
    return disabled.map((d) => d.id);
  });
}

async function notifyDisabled(tx: Tx, endpointId: string, url: string): Promise<void> {
  await emailOwners(tx, 'webhook_endpoint_disabled', { endpointId, url });
}
