import { sql } from 'drizzle-orm';
import { queryRows, type Db, type SqlRow } from '../../platform/db/index.ts';
import { cursorAfter, encodeCursor } from '../../platform/http/pagination.ts';
import { iso } from '../../platform/http/schema.ts';
import type { outboxEvents } from '../../platform/platform.tables.ts';

/**
 * The event feed (`GET /admin/events`), in commit order: paged by `seq`, which the relay assigns in
 * the order events became visible (relay.ts), so a receiver reconciling after an outage never skips
 * an event that committed late. Events show here once sequenced (the relay does it within a poll).
 */

export interface FeedItem {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown>;
}

type FeedRow = Pick<SqlRow<typeof outboxEvents>, 'event_id' | 'type' | 'payload' | 'created_at' | 'seq'>;

export async function listEvents(
  db: Db,
  query: { limit: number; cursor?: string | undefined; type?: string | undefined },
): Promise<{ items: FeedItem[]; nextCursor: string | null }> {
  const [after] = cursorAfter(query.cursor, ['number']) ?? [];
  const rows = await queryRows<FeedRow>(
    db,
    sql`
    SELECT event_id, type, payload, created_at, seq FROM outbox_events
    WHERE seq > ${after ?? 0} AND type NOT LIKE 'email.%' AND type NOT LIKE 'agents.%' -- agents' events go to their own endpoints only
      ${query.type === undefined ? sql`` : sql`AND type = ${query.type}`}
    ORDER BY seq LIMIT ${query.limit}`,
  );
  const last = rows.at(-1);
  // Never null once there is a position: the last page's cursor is where to poll for newer events.
  const nextCursor = last ? encodeCursor([Number(last.seq)]) : (query.cursor ?? null);
  return {
    items: rows.map((r) => ({ id: r.event_id, type: r.type, createdAt: iso(r.created_at), data: r.payload })),
    nextCursor: nextCursor === '' ? null : nextCursor,
  };
}
