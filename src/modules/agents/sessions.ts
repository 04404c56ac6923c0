import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { firstRow, type Db, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { byId, cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import { agentCheckoutSessions, type AgentProtocol, type AgentSessionRow, type AgentSessionStatus } from './agents.tables.ts';

/**
 * Agent checkout sessions: which agent opened which cart, over which protocol. Every lookup names
 * the agent, so an agent asking for another agent's session gets the same 404 as for none at all.
 */

function notFound(id: string): NotFound {
  return new NotFound({ detail: `There is no checkout session ${id}.` });
}

export async function insertAgentSession(
  tx: Tx,
  input: { agentId: string; protocol: AgentProtocol; cartId: string; buyer?: Record<string, unknown> | undefined },
): Promise<AgentSessionRow> {
  return firstRow(
    await tx
      .insert(agentCheckoutSessions)
      .values({ id: newId('acs'), agentId: input.agentId, protocol: input.protocol, cartId: input.cartId, buyer: input.buyer ?? null })
      .returning(),
    'insert',
  );
}

/** The agent's own session; 404 for any other. */
export async function getAgentSession(db: Db, agentId: string, id: string): Promise<AgentSessionRow> {
  const [row] = await db
    .select()
    .from(agentCheckoutSessions)
    .where(and(eq(agentCheckoutSessions.id, id), eq(agentCheckoutSessions.agentId, agentId)));
  if (!row) throw notFound(id);
  return row;
}

/**
 * Locks the agent's own session row until commit (404 for any other): updates, cancel and the
 * completion's phases on one session queue up instead of interleaving.
 */
export async function lockAgentSession(tx: Tx, agentId: string, id: string): Promise<AgentSessionRow> {
  const [row] = await tx
    .select()
    .from(agentCheckoutSessions)
    .where(and(eq(agentCheckoutSessions.id, id), eq(agentCheckoutSessions.agentId, agentId)))
    .for('update');
  if (!row) throw notFound(id);
  return row;
}

export async function setAgentSessionState(
  tx: Tx,
  id: string,
  patch: { status?: AgentSessionStatus; orderId?: string; buyer?: Record<string, unknown> },
): Promise<AgentSessionRow> {
  return firstRow(
    await tx
      .update(agentCheckoutSessions)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(agentCheckoutSessions.id, id))
      .returning(),
    'update',
  );
}

/** An agent's sessions, newest first (ids sort by creation time; the owner's view in the admin API). */
export async function listAgentSessions(
  db: Db,
  agentId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Paged<AgentSessionRow>> {
  const after = cursorAfter(query.cursor, ['string'] as const);
  const t = agentCheckoutSessions;
  const rows = await db
    .select()
    .from(t)
    .where(and(eq(t.agentId, agentId), after ? lt(t.id, after[0]) : undefined))
    .orderBy(desc(t.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}

/** The agent's own session that became order `orderId`, if any (an agent sees only orders it placed). */
export async function findAgentSessionByOrder(db: Db, agentId: string, orderId: string): Promise<AgentSessionRow | undefined> {
  const [row] = await db
    .select()
    .from(agentCheckoutSessions)
    .where(and(eq(agentCheckoutSessions.orderId, orderId), eq(agentCheckoutSessions.agentId, agentId)));
  return row;
}

/** A session by id, whoever opened it: for the buyer's hand-off link, whose session id is the credential. */
export async function findAgentSession(db: Db, id: string): Promise<AgentSessionRow | undefined> {
  const [row] = await db.select().from(agentCheckoutSessions).where(eq(agentCheckoutSessions.id, id));
  return row;
}
