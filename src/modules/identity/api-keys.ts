import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { firstRow, type Db, type Tx } from '../../platform/db/index.ts';
import { BadRequest, Forbidden, NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { apiKeys } from './identity.tables.ts';
import { NON_DELEGABLE, PERMISSIONS, type Permission } from './permissions.ts';
import { hashToken } from './tokens.ts';
import { byId, cursorAfter, toPage } from '../../platform/http/pagination.ts';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/**
 * Creates a secret API key (`sk_…`, 256 random bits) holding a subset of the creator's permissions.
 * Only staff create keys (a key cannot mint keys). The secret is returned here once and stored hashed.
 */
export async function createApiKey(
  tx: Tx,
  actor: Principal,
  input: { name: string; permissions: readonly string[] },
): Promise<{ apiKey: ApiKeyRow; secret: string }> {
  if (actor.kind !== 'staff') throw new Forbidden({ detail: 'Only staff members can create API keys.' });
  const wanted = [...new Set(input.permissions)];
  const errors = wanted.flatMap((permission, i) => {
    if (!(PERMISSIONS as readonly string[]).includes(permission)) return [{ path: `/permissions/${i}`, message: 'is not a permission' }];
    if (NON_DELEGABLE.includes(permission as Permission)) return [{ path: `/permissions/${i}`, message: 'cannot be given to an API key' }];
    if (!actor.permissions.has(permission)) return [{ path: `/permissions/${i}`, message: 'is not one of your own permissions' }];
    return [];
  });
  if (errors.length > 0) throw new BadRequest({ errors });
  const secret = `sk_${newSecret(32)}`;
  const apiKey = firstRow(
    await tx
      .insert(apiKeys)
      .values({
        id: newId('key'),
        name: input.name,
        prefix: secret.slice(0, 7),
        secretHash: hashToken(secret),
        permissions: wanted,
        createdBy: actor.id,
      })
      .returning(),
    'insert',
  );
  return { apiKey, secret };
}

export async function getApiKey(db: Db, id: string): Promise<ApiKeyRow> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  if (!row) throw new NotFound({ detail: 'No such API key.' });
  return row;
}

export async function listApiKeys(db: Db, query: { limit: number; cursor?: string | undefined }) {
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(apiKeys)
    .where(after === undefined ? undefined : lt(apiKeys.id, after))
    .orderBy(desc(apiKeys.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}

/** Renames a key (its permissions are fixed at creation: make a new key instead). */
export async function renameApiKey(tx: Tx, id: string, name: string, expectedVersion?: number): Promise<ApiKeyRow> {
  const [current] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  if (!current) throw new NotFound({ detail: 'No such API key.' });
  assertVersion(expectedVersion, current.version);
  const [row] = await tx
    .update(apiKeys)
    .set({ name, version: sql`${apiKeys.version} + 1` })
    .where(eq(apiKeys.id, id))
    .returning();
  if (!row) throw new NotFound({ detail: 'No such API key.' });
  return row;
}

/** Revokes a key: the next request that presents it gets 401. Revoking twice is harmless. */
export async function revokeApiKey(tx: Tx, id: string): Promise<void> {
  const [row] = await tx
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())`, version: sql`${apiKeys.version} + 1` })
    .where(eq(apiKeys.id, id))
    .returning({ id: apiKeys.id });
  if (!row) throw new NotFound({ detail: 'No such API key.' });
}

/**
 * Records that a key was used. Conditional on the stored value being over a minute old, so a busy
 * integration costs at most one write per key per minute, and concurrent requests do not pile up.
 */
export async function touchApiKeyIfStale(db: Db, id: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), sql`${apiKeys.lastUsedAt} < now() - interval '1 minute'`)));
}
