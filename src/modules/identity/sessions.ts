import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { sessions } from './identity.tables.ts';
import { IMPLICIT_KEY_PERMISSIONS, NON_DELEGABLE, permissionsOf } from './permissions.ts';
import { hashToken } from './tokens.ts';
import { touchApiKeyIfStale } from './api-keys.ts';

export const CUSTOMER_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const STAFF_SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type SessionSubject = { customerId: string } | { staffId: string };

/** Opens a session and returns its bearer token (256 random bits); only the token's hash is stored. */
export async function createSession(tx: Tx, subject: SessionSubject): Promise<{ id: string; token: string }> {
  const token = newSecret(32);
  const id = newId('ses');
  const isCustomer = 'customerId' in subject;
  const ttl = isCustomer ? CUSTOMER_SESSION_TTL_MS : STAFF_SESSION_TTL_MS;
  await tx.insert(sessions).values({
    id,
    tokenHash: hashToken(token),
    customerId: isCustomer ? subject.customerId : null,
    staffId: isCustomer ? null : subject.staffId,
    expiresAt: new Date(Date.now() + ttl),
  });
  return { id, token };
}

/** Revokes one session (logout). Revoking twice is harmless. */
export async function revokeSession(tx: Tx, sessionId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a customer or staff member, except `keepSessionId` if given. */
export async function revokeAllSessions(tx: Tx, subject: SessionSubject, keepSessionId?: string): Promise<void> {
  const owner = 'customerId' in subject ? eq(sessions.customerId, subject.customerId) : eq(sessions.staffId, subject.staffId);
  const keep = keepSessionId === undefined ? undefined : sql`${sessions.id} <> ${keepSessionId}`;
  await tx
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(owner, isNull(sessions.revokedAt), keep));
}

interface SessionRow {
  id: string;
  customer_id: string | null;
  staff_id: string | null;
  role: string | null;
}

/**
 * Resolves a bearer token to its principal: a live session (not revoked, not expired, its staff
 * member not disabled) or an unrevoked `sk_…` API key. One indexed lookup per request; the staff
 * role is read each time, so a demotion or a disable takes effect on the very next request.
 */
export async function resolveToken(db: Db, token: string): Promise<Principal | undefined> {
  const tokenHash = hashToken(token);
  if (token.startsWith('sk_')) return resolveApiKey(db, tokenHash);
  const [row] = await queryRows<SessionRow>(
    db,
    sql`
    SELECT s.id, s.customer_id, s.staff_id, st.role
    FROM sessions s
    LEFT JOIN staff st ON st.id = s.staff_id
    WHERE s.token_hash = ${tokenHash}
      AND s.revoked_at IS NULL
      AND s.expires_at > now()
      AND (s.staff_id IS NULL OR st.is_disabled = false)`,
  );
  if (!row) return undefined;
  if (row.customer_id !== null) return { kind: 'customer', id: row.customer_id, sessionId: row.id };
  if (row.staff_id !== null && row.role !== null) {
    return { kind: 'staff', id: row.staff_id, role: row.role, permissions: permissionsOf(row.role), sessionId: row.id };
  }
  return undefined;
}

interface ApiKeyRow {
  id: string;
  permissions: string[];
  creator_role: string | null;
  creator_disabled: boolean | null;
  is_stale: boolean;
}

/**
 * A key acts with its own permissions, narrowed to what its creator may still do: demoting the
 * creator narrows their keys, disabling the creator stops them, and a key whose creator is gone
 * (deleted: `created_by` is NULL) stops too, so a key never holds more than a current, active staff
 * member grants. Permissions a key may not carry (NON_DELEGABLE) are dropped whatever is stored.
 * Every key also holds `me:read`, so it can ask `GET /admin/me` who it is.
 */
async function resolveApiKey(db: Db, secretHash: string): Promise<Principal | undefined> {
  const [row] = await queryRows<ApiKeyRow>(
    db,
    sql`
    SELECT k.id, k.permissions, st.role AS creator_role, st.is_disabled AS creator_disabled,
           (k.last_used_at IS NULL OR k.last_used_at < now() - interval '1 minute') AS is_stale
    FROM api_keys k
    LEFT JOIN staff st ON st.id = k.created_by
    WHERE k.secret_hash = ${secretHash} AND k.revoked_at IS NULL`,
  );
  if (!row || row.creator_role === null || row.creator_disabled !== false) return undefined;
  if (row.is_stale) await touchApiKeyIfStale(db, row.id);
  const creator = permissionsOf(row.creator_role);
  const permissions = row.permissions.filter((p) => creator.has(p) && !(NON_DELEGABLE as readonly string[]).includes(p));
  return { kind: 'api_key', id: row.id, permissions: new Set([...permissions, ...IMPLICIT_KEY_PERMISSIONS]) };
}
