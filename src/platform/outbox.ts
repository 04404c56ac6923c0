import { sql } from 'drizzle-orm';
import type { Tx } from './db/types.ts';
import { newId } from './ids.ts';

/**
 * Records an event in the transactional outbox, inside the caller's transaction: if the business
 * change commits, so does its event; if it rolls back, the event never existed.
 */
export async function emit(tx: Tx, type: string, payload: Record<string, unknown>, aggregateId?: string): Promise<string> {
  const eventId = newId('evt');
  await tx.execute(sql`
    INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
    VALUES (${eventId}, ${type}, ${aggregateId ?? null}, ${JSON.stringify(payload)}::jsonb)`);
  return eventId;
}

/** Records several events in one statement (same guarantee as `emit`); returns their ids in order. */
export async function emitMany(
  tx: Tx,
  events: readonly { type: string; payload: Record<string, unknown>; aggregateId?: string | undefined }[],
): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((e) => ({ event_id: newId('evt'), type: e.type, aggregate_id: e.aggregateId ?? null, payload: e.payload }));
  await tx.execute(sql`
    INSERT INTO outbox_events (event_id, type, aggregate_id, payload)
    SELECT e.v->>'event_id', e.v->>'type', e.v->>'aggregate_id', e.v->'payload'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS e(v, n)
    ORDER BY e.n`);
  return rows.map((r) => r.event_id);
}
