import { createHash } from 'node:crypto';
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { firstRow, type Db, type Tx } from '../../platform/db/index.ts';
import { BadRequest, NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { byId, cursorAfter, toPage, type Paged } from '../../platform/http/pagination.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { agents, type AgentJwk, type AgentProtocol, type AgentRow } from './agents.tables.ts';

/**
 * The agent registry: AI shopping agents an owner lets buy from the shop. An agent is a principal of
 * its own kind (`agent`): it authenticates with its bearer key (`agk_…`, 256 random bits, stored only
 * as a SHA-256 hash and shown once) or by signing requests with one of its public keys, may speak
 * only the protocols its owner allowed, and is rate limited per minute. Disabling it refuses every
 * later request at once (the key resolver reads `disabled_at`).
 */

export const AGENT_KEY_PREFIX = 'agk_';
export const DEFAULT_AGENT_RATE_LIMIT = 120;

const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export interface RegisterAgentInput {
  name: string;
  protocols: AgentProtocol[];
  publicKeys?: AgentJwk[] | undefined;
  rateLimitPerMinute?: number | undefined;
}

function checkKeys(keys: readonly AgentJwk[]): void {
  const errors = keys.flatMap((key, i) => {
    if (key.kty !== 'EC' || key.crv !== 'P-256' || !key.x || !key.y) {
      return [{ path: `/publicKeys/${i}`, message: 'must be an EC P-256 public key (ES256) with x and y' }];
    }
    if (!key.kid) return [{ path: `/publicKeys/${i}/kid`, message: 'is required: signatures name their key by kid' }];
    return [];
  });
  const kids = keys.map((k) => k.kid);
  kids.forEach((kid, i) => {
    if (kids.indexOf(kid) !== i) errors.push({ path: `/publicKeys/${i}/kid`, message: 'is used by another key of this agent' });
  });
  if (errors.length > 0) throw new BadRequest({ errors });
}

/**
 * Registers an agent. Without public keys it gets a bearer key, returned here once; with public
 * keys it authenticates by signing its requests and gets a bearer key only when asked for one.
 */
export async function registerAgent(
  tx: Tx,
  input: RegisterAgentInput & { issueBearerKey?: boolean | undefined },
): Promise<{ agent: AgentRow; bearerKey: string | undefined }> {
  const publicKeys = input.publicKeys ?? [];
  checkKeys(publicKeys);
  const bearerKey = publicKeys.length === 0 || input.issueBearerKey === true ? `${AGENT_KEY_PREFIX}${newSecret(32)}` : undefined;
  const agent = firstRow(
    await tx
      .insert(agents)
      .values({
        id: newId('agt'),
        name: input.name,
        protocols: [...new Set(input.protocols)],
        keyHash: bearerKey ? hashKey(bearerKey) : null,
        publicKeys,
        rateLimitPerMinute: input.rateLimitPerMinute ?? DEFAULT_AGENT_RATE_LIMIT,
      })
      .returning(),
    'insert',
  );
  return { agent, bearerKey };
}

export async function getAgent(db: Db, id: string): Promise<AgentRow> {
  const [row] = await db.select().from(agents).where(eq(agents.id, id));
  if (!row) throw new NotFound({ detail: `There is no agent ${id}.` });
  return row;
}

/** Agents, newest first. */
export async function listAgents(db: Db, query: { limit: number; cursor?: string | undefined }): Promise<Paged<AgentRow>> {
  const after = cursorAfter(query.cursor, ['string'] as const);
  const rows = await db
    .select()
    .from(agents)
    .where(after ? lt(agents.id, after[0]) : undefined)
    .orderBy(desc(agents.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}

/** Changes an agent's name, protocols, keys or rate limit, or disables / re-enables it. */
export async function updateAgent(
  tx: Tx,
  id: string,
  input: Partial<RegisterAgentInput> & { disabled?: boolean | undefined },
): Promise<AgentRow> {
  if (input.publicKeys) checkKeys(input.publicKeys);
  const patch: Partial<typeof agents.$inferInsert> = { updatedAt: sql`now()` as unknown as Date };
  if (input.name !== undefined) patch.name = input.name;
  if (input.protocols !== undefined) patch.protocols = [...new Set(input.protocols)];
  if (input.publicKeys !== undefined) patch.publicKeys = input.publicKeys;
  if (input.rateLimitPerMinute !== undefined) patch.rateLimitPerMinute = input.rateLimitPerMinute;
  if (input.disabled !== undefined)
    patch.disabledAt = input.disabled ? (sql`coalesce(${agents.disabledAt}, now())` as unknown as Date) : null;
  const [row] = await tx.update(agents).set(patch).where(eq(agents.id, id)).returning();
  if (!row) throw new NotFound({ detail: `There is no agent ${id}.` });
  return row;
}

function toPrincipal(row: AgentRow): Principal {
  return { kind: 'agent', id: row.id, protocols: new Set(row.protocols), rateLimitPerMinute: row.rateLimitPerMinute };
}

/** Resolves an agent's bearer key to its principal; undefined for other tokens, unknown keys and disabled agents. */
export async function resolveAgentKey(db: Db, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(AGENT_KEY_PREFIX)) return undefined;
  const [row] = await db
    .select()
    .from(agents)
    .where(and(eq(agents.keyHash, hashKey(token)), isNull(agents.disabledAt)));
  return row ? toPrincipal(row) : undefined;
}

/** The enabled agent owning the public key `kid`, with that key; for verifying a signed request. */
export async function findAgentByKeyId(db: Db, kid: string): Promise<{ principal: Principal; key: AgentJwk } | undefined> {
  const rows = await db
    .select()
    .from(agents)
    .where(and(isNull(agents.disabledAt), sql`${agents.publicKeys} @> ${JSON.stringify([{ kid }])}::jsonb`))
    .limit(2);
  // A kid must name one key; two agents claiming the same kid authenticate neither.
  if (rows.length !== 1 || !rows[0]) return undefined;
  const key = rows[0].publicKeys.find((k) => k.kid === kid);
  return key ? { principal: toPrincipal(rows[0]), key } : undefined;
}
