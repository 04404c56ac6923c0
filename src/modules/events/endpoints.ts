import { sql } from 'drizzle-orm';
import { queryRows, textArray, type Db, type SqlRow, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import type { webhookAttempts, webhookEndpoints } from './events.tables.ts';
import { WebhookUrlForbidden } from './events.errors.ts';
import { newWebhookSecret } from './signatures.ts';
import { assertSafeWebhookUrl, UnsafeWebhookUrl, type Resolver } from './ssrf.ts';

/**
 * Webhook endpoints: registration (URL checked by the SSRF guard), changes, secret rotation, the delivery log, redelivery.
 * These are the shop's own endpoints; an AI agent's endpoint (`agent_id` set) is managed through its agent.
 */

export type EndpointRow = SqlRow<typeof webhookEndpoints>;
export type AttemptRow = SqlRow<typeof webhookAttempts>;

export interface UrlPolicy {
  allowPrivate: boolean;
  resolve: Resolver;
}

/** The URL check of registration and of a changed URL; runs before the transaction (it may ask DNS). */
export async function checkEndpointUrl(url: string, policy: UrlPolicy): Promise<string> {
  try {
    return (await assertSafeWebhookUrl(url, policy)).toString();
  } catch (error) {
    if (error instanceof UnsafeWebhookUrl) throw new WebhookUrlForbidden(error.message);
    throw error;
  }
}

export interface EndpointInput {
  url: string;
  events: string[];
  description?: string | undefined;
  enabled?: boolean | undefined;
}

export async function createEndpoint(tx: Tx, input: EndpointInput): Promise<EndpointRow> {
  const [row] = await queryRows<EndpointRow>(
    tx,
    sql`
    INSERT INTO webhook_endpoints (id, url, events, description, enabled, secret)
    VALUES (${newId('whe')}, ${input.url}, ${textArray(input.events)}, ${input.description ?? null}, ${input.enabled ?? true}, ${newWebhookSecret()})
    RETURNING *`,
  );
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function getEndpoint(db: Db | Tx, id: string): Promise<EndpointRow> {
  const [row] = await queryRows<EndpointRow>(db, sql`SELECT * FROM webhook_endpoints WHERE id = ${id} AND agent_id IS NULL`);
  if (!row) throw new NotFound({ detail: 'No such webhook endpoint.' });
  return row;
}

export async function listEndpoints(db: Db, query: { limit: number; cursor?: string | undefined }): Promise<Paged<EndpointRow>> {
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await queryRows<EndpointRow>(
    db,
    sql`SELECT * FROM webhook_endpoints WHERE agent_id IS NULL AND ${after === undefined ? sql`true` : sql`id > ${after}`} ORDER BY id LIMIT ${query.limit + 1}`,
  );
  return toPage(rows, query.limit, (r) => [r.id]);
}

export async function updateEndpoint(tx: Tx, id: string, input: Partial<EndpointInput>): Promise<EndpointRow> {
  // Re-enabling clears the failure streak, so a fixed endpoint gets a full day again.
  const [row] = await queryRows<EndpointRow>(
    tx,
    sql`
    UPDATE webhook_endpoints SET
      url = coalesce(${input.url ?? null}, url),
      events = coalesce(${input.events ? textArray(input.events) : null}, events),
      description = CASE WHEN ${input.description !== undefined} THEN ${input.description ?? null} ELSE description END,
      enabled = coalesce(${input.enabled ?? null}, enabled),
      failing_since = CASE WHEN ${input.enabled === true} THEN NULL ELSE failing_since END,
      disabled_reason = CASE WHEN ${input.enabled === true} THEN NULL ELSE disabled_reason END,
      updated_at = now()
    WHERE id = ${id} AND agent_id IS NULL
    RETURNING *`,
  );
  if (!row) throw new NotFound({ detail: 'No such webhook endpoint.' });
  return row;
}

export async function deleteEndpoint(tx: Tx, id: string): Promise<void> {
  const rows = await queryRows<{ id: string }>(tx, sql`DELETE FROM webhook_endpoints WHERE id = ${id} AND agent_id IS NULL RETURNING id`);
  if (rows.length === 0) throw new NotFound({ detail: 'No such webhook endpoint.' });
}

/**
 * A new signing secret; the old one stays valid for `overlapSeconds` (deliveries carry a `v1` for
 * each), so receivers can switch without dropping events.
 */
export async function rotateSecret(tx: Tx, id: string, overlapSeconds: number): Promise<EndpointRow> {
  const [row] = await queryRows<EndpointRow>(
    tx,
    sql`
    UPDATE webhook_endpoints SET previous_secret = secret, secret = ${newWebhookSecret()},
      previous_secret_expires_at = now() + make_interval(secs => ${overlapSeconds}), updated_at = now()
    WHERE id = ${id} AND agent_id IS NULL
    RETURNING *`,
  );
  if (!row) throw new NotFound({ detail: 'No such webhook endpoint.' });
  return row;
}

export async function listAttempts(
  db: Db,
  endpointId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Paged<AttemptRow>> {
  await getEndpoint(db, endpointId);
  const [before] = cursorAfter(query.cursor, ['number']) ?? [];
  const rows = await queryRows<AttemptRow>(
    db,
    sql`
    SELECT * FROM webhook_attempts WHERE endpoint_id = ${endpointId}
      AND ${before === undefined ? sql`true` : sql`id < ${before}`}
    ORDER BY id DESC LIMIT ${query.limit + 1}`,
  );
  return toPage(rows, query.limit, (r) => [Number(r.id)]);
}

/**
 * Manual redelivery: the named event, or every delivery of this endpoint that failed (dead, or
 * pending after a failed attempt) since `since`, is due now with a fresh three-day window. An event
 * the endpoint never got a delivery for (sent before it subscribed) gets one. Returns how many.
 */
export async function redeliver(tx: Tx, endpointId: string, target: { eventId: string } | { since: string }): Promise<number> {
  await getEndpoint(tx, endpointId);
  if ('eventId' in target) {
    const rows = await queryRows<{ id: string }>(
      tx,
      sql`
      INSERT INTO webhook_deliveries (endpoint_id, event_id, event_seq, aggregate_id)
      SELECT ${endpointId}, event_id, seq, aggregate_id FROM outbox_events
      WHERE event_id = ${target.eventId} AND seq IS NOT NULL AND type NOT LIKE 'email.%'
      ON CONFLICT (endpoint_id, event_id) DO UPDATE
        SET status = 'pending', next_attempt_at = now(), retry_since = now(), delivered_at = NULL
      RETURNING id::text`,
    );
    if (rows.length === 0) throw new NotFound({ detail: 'No such event (or it is not yet in the feed).' });
    return rows.length;
  }
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`
    WITH moved AS (
      UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = now(), retry_since = now()
      WHERE endpoint_id = ${endpointId} AND created_at >= ${target.since}::timestamptz
        AND (status = 'dead' OR (status = 'pending' AND attempts > 0))
      RETURNING 1)
    SELECT count(*)::int AS n FROM moved`,
  );
  return rows[0]?.n ?? 0;
}
