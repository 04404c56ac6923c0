import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { emit } from '../../platform/outbox.ts';
import { customers } from './identity.tables.ts';
import { EmailTaken } from './identity.errors.ts';
import { byId, cursorAfter, toPage } from '../../platform/http/pagination.ts';
import { revokeAllSessions } from './sessions.ts';

export type CustomerRow = typeof customers.$inferSelect;

/** Emails compare case-insensitively: they are stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface RegisterCustomerInput {
  email: string;
  passwordHash: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
}

/** Creates a customer; 409 `email_taken` if the email is in use (decided by the UNIQUE index, race-free). */
export async function createCustomer(tx: Tx, input: RegisterCustomerInput): Promise<CustomerRow> {
  const [row] = await tx
    .insert(customers)
    .values({
      id: newId('cus'),
      email: normalizeEmail(input.email),
      passwordHash: input.passwordHash,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
    })
    .onConflictDoNothing({ target: customers.email })
    .returning();
  if (!row) throw new EmailTaken();
  await emit(tx, 'customer.created', { customerId: row.id, email: row.email }, row.id);
  return row;
}

export async function findCustomerByEmail(db: Db, email: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(eq(customers.email, normalizeEmail(email)));
  return row;
}

/** The customers with these ids, in one statement (missing ones are simply absent). */
export async function getCustomersByIds(db: Db, ids: readonly string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(customers)
    .where(inArray(customers.id, [...ids]));
}

export async function getCustomer(db: Db, id: string): Promise<CustomerRow> {
  const [row] = await db.select().from(customers).where(eq(customers.id, id));
  if (!row) throw new NotFound({ detail: 'No such customer.' });
  return row;
}

export interface UpdateCustomerInput {
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
}

/** Updates the profile fields a customer owns (never email, password or id). */
export async function updateCustomer(tx: Tx, id: string, input: UpdateCustomerInput): Promise<CustomerRow> {
  const [row] = await tx
    .update(customers)
    .set({
      ...(input.firstName !== undefined ? { firstName: input.firstName } : {}),
      ...(input.lastName !== undefined ? { lastName: input.lastName } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      version: sql`${customers.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(customers.id, id))
    .returning();
  if (!row) throw new NotFound({ detail: 'No such customer.' });
  return row;
}

/**
 * Sets a customer's own new password hash and ends every other session of theirs; the session
 * `keepSessionId` (the one that asked) stays signed in.
 */
export async function changeOwnCustomerPassword(tx: Tx, id: string, passwordHash: string, keepSessionId: string): Promise<void> {
  await setCustomerPasswordHash(tx, id, passwordHash);
  await revokeAllSessions(tx, { customerId: id }, keepSessionId);
}

export async function setCustomerPasswordHash(tx: Tx, id: string, passwordHash: string): Promise<void> {
  await tx
    .update(customers)
    .set({ passwordHash, updatedAt: sql`now()` })
    .where(eq(customers.id, id));
}

/** Customers newest first; `email` filters by exact (case-insensitive) address. */
export async function listCustomers(db: Db, query: { limit: number; cursor?: string | undefined; email?: string | undefined }) {
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(customers)
    .where(
      and(
        after === undefined ? undefined : lt(customers.id, after),
        query.email === undefined ? undefined : eq(customers.email, normalizeEmail(query.email)),
      ),
    )
    .orderBy(desc(customers.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}
