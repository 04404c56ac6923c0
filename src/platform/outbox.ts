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
