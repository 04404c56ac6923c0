import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { Forbidden, NotFound } from '../../platform/errors.ts';
import type { Principal } from '../../platform/http/auth.ts';
import { assertVersion } from '../../platform/http/versioning.ts';
import { newId } from '../../platform/ids.ts';
import { apiKeys, staff } from './identity.tables.ts';
import { EmailTaken, LastOwner, OwnerOnly } from './identity.errors.ts';
import type { Role } from './permissions.ts';
import { normalizeEmail } from './customers.ts';
import { revokeAllSessions } from './sessions.ts';
import { byId, cursorAfter, toPage } from '../../platform/http/pagination.ts';

export type StaffRow = typeof staff.$inferSelect;

function isOwnerActor(actor: Principal): boolean {
  return actor.kind === 'staff' && actor.role === 'owner';
}

export interface CreateStaffInput {
  email: string;
  passwordHash: string;
  role: Role;
  name?: string | undefined;
}

/**
 * Creates a staff member. `actor` is who asks (undefined for the CLI and first-owner bootstrap);
 * only an owner may create an owner.
 */
export async function createStaff(tx: Tx, actor: Principal | undefined, input: CreateStaffInput): Promise<StaffRow> {
  if (actor && input.role === 'owner' && !isOwnerActor(actor)) {
    throw new OwnerOnly({ detail: 'Only an owner can create another owner.' });
  }
  const [row] = await tx
    .insert(staff)
    .values({
      id: newId('stf'),
      email: normalizeEmail(input.email),
      passwordHash: input.passwordHash,
      role: input.role,
      name: input.name ?? null,
    })
    .onConflictDoNothing({ target: staff.email })
    .returning();
  if (!row) throw new EmailTaken();
  return row;
}

export async function findStaffByEmail(db: Db, email: string): Promise<StaffRow | undefined> {
  const [row] = await db
    .select()
    .from(staff)
    .where(eq(staff.email, normalizeEmail(email)));
  return row;
}

export async function getStaff(db: Db, id: string): Promise<StaffRow> {
  const [row] = await db.select().from(staff).where(eq(staff.id, id));
  if (!row) throw new NotFound({ detail: 'No such staff member.' });
  return row;
}

export async function countStaff(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM staff`);
  return row?.n ?? 0;
}

export async function listStaff(db: Db, query: { limit: number; cursor?: string | undefined }) {
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(staff)
    .where(after === undefined ? undefined : lt(staff.id, after))
    .orderBy(desc(staff.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}

/**
 * Locks every active owner row, then checks that one other than `staffId` remains.
 * Why lock: two owners demoting each other at once would each see the other still an owner under a
 * plain read. With the rows locked (ascending id, the canonical order) the second transaction waits,
 * re-reads after the first commits, and sees one owner fewer.
 */
async function assertAnotherActiveOwner(tx: Tx, staffId: string): Promise<void> {
  const owners = await queryRows<{ id: string }>(
    tx,
    sql`
    SELECT id FROM staff WHERE role = 'owner' AND is_disabled = false ORDER BY id FOR UPDATE`,
  );
  if (!owners.some((o) => o.id !== staffId)) {
    throw new LastOwner({ detail: 'Make someone else an owner first.' });
  }
}

async function lockStaff(tx: Tx, id: string): Promise<StaffRow> {
  const [row] = await tx.select().from(staff).where(eq(staff.id, id)).for('update');
  if (!row) throw new NotFound({ detail: 'No such staff member.' });
  return row;
}

export interface UpdateStaffInput {
  name?: string | null | undefined;
  role?: Role | undefined;
  isDisabled?: boolean | undefined;
  passwordHash?: string | undefined;
}

/**
 * Changes a staff member. Only owners may touch an owner or make one, and only an owner may set
 * another member's password (nobody their own here: that goes through /admin/me/password, which
 * asks for the current one); the last active owner can be neither demoted nor disabled. Disabling or a new password ends all of their sessions at once.
 */
export async function updateStaff(
  tx: Tx,
  actor: Principal,
  id: string,
  input: UpdateStaffInput,
  expectedVersion?: number,
): Promise<StaffRow> {
  const losesOwner = (input.role !== undefined && input.role !== 'owner') || input.isDisabled === true;
  // Owner rows are locked before the target row, the same order as every other owner change.
  const before = await getStaff(tx, id);
  if (before.role === 'owner' && losesOwner) await assertAnotherActiveOwner(tx, id);
  const current = await lockStaff(tx, id);
  assertVersion(expectedVersion, current.version);
  if ((current.role === 'owner' || input.role === 'owner') && !isOwnerActor(actor)) {
    throw new OwnerOnly({ detail: 'Only an owner can change an owner or grant the owner role.' });
  }
  if (input.passwordHash !== undefined) {
    if (actor.kind === 'staff' && actor.id === id) {
      throw new Forbidden({ detail: 'Change your own password at POST /admin/me/password; it asks for the current one.' });
    }
    if (!isOwnerActor(actor)) {
      throw new OwnerOnly({ detail: "Only an owner can set another staff member's password." });
    }
  }
  if (current.role === 'owner' && before.role !== 'owner' && losesOwner) {
    await assertAnotherActiveOwner(tx, id); // it became an owner between the two reads
  }
  const [row] = await tx
    .update(staff)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.isDisabled !== undefined ? { isDisabled: input.isDisabled } : {}),
      ...(input.passwordHash !== undefined ? { passwordHash: input.passwordHash } : {}),
      version: sql`${staff.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(staff.id, id))
    .returning();
  if (!row) throw new NotFound({ detail: 'No such staff member.' });
  if (input.isDisabled === true || input.passwordHash !== undefined) await revokeAllSessions(tx, { staffId: id });
  return row;
}

/**
 * Sets a staff member's own new password hash and ends every other session of theirs; the session
 * `keepSessionId` (the one that asked) stays signed in.
 */
export async function changeOwnStaffPassword(tx: Tx, id: string, passwordHash: string, keepSessionId: string): Promise<void> {
  const [row] = await tx
    .update(staff)
    .set({ passwordHash, version: sql`${staff.version} + 1`, updatedAt: sql`now()` })
    .where(eq(staff.id, id))
    .returning({ id: staff.id });
  if (!row) throw new NotFound({ detail: 'No such staff member.' });
  await revokeAllSessions(tx, { staffId: id }, keepSessionId);
}

/**
 * Sets a staff member's password by email (the `reset-password` command, for an owner who lost the
 * printed one) and ends all their sessions; undefined when nobody has that email.
 */
export async function resetStaffPassword(tx: Tx, email: string, passwordHash: string): Promise<StaffRow | undefined> {
  const [row] = await tx
    .update(staff)
    .set({ passwordHash, version: sql`${staff.version} + 1`, updatedAt: sql`now()` })
    .where(eq(staff.email, normalizeEmail(email)))
    .returning();
  if (row) await revokeAllSessions(tx, { staffId: row.id });
  return row;
}

/**
 * Deletes a staff member (their sessions go with them) and revokes every API key they created, so a
 * key never outlives the person whose permissions bound it; never the last active owner.
 */
export async function deleteStaff(tx: Tx, actor: Principal, id: string, expectedVersion?: number): Promise<void> {
  const before = await getStaff(tx, id);
  if (before.role === 'owner') {
    if (!isOwnerActor(actor)) throw new OwnerOnly({ detail: 'Only an owner can remove an owner.' });
    await assertAnotherActiveOwner(tx, id);
  }
  const current = await lockStaff(tx, id);
  assertVersion(expectedVersion, current.version);
  if (current.role === 'owner' && before.role !== 'owner') {
    if (!isOwnerActor(actor)) throw new OwnerOnly({ detail: 'Only an owner can remove an owner.' });
    await assertAnotherActiveOwner(tx, id);
  }
  await tx
    .update(apiKeys)
    .set({ revokedAt: sql`now()`, version: sql`${apiKeys.version} + 1` })
    .where(and(eq(apiKeys.createdBy, id), isNull(apiKeys.revokedAt)));
  await tx.delete(staff).where(eq(staff.id, id));
}

/** The addresses of enabled owners: who is told when something needs the shop owner (a webhook endpoint disabled). */
export async function listOwnerEmails(db: Db | Tx): Promise<string[]> {
  const rows = await db
    .select({ email: staff.email })
    .from(staff)
    .where(and(eq(staff.role, 'owner'), eq(staff.isDisabled, false)));
  return rows.map((r) => r.email);
}
