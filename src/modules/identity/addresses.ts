import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { firstRow, type Db, type Tx } from '../../platform/db/index.ts';
import { NotFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { customerAddresses } from './identity.tables.ts';
import type { CreateAddressBody } from './identity.schemas.ts';
import { byId, cursorAfter, toPage } from '../../platform/http/pagination.ts';

/**
 * A customer's address book. Every statement filters by the owning customer as well as the address
 * id, so another customer's address is indistinguishable from a missing one (404).
 */
export type AddressRow = typeof customerAddresses.$inferSelect;
export type AddressInput = CreateAddressBody;

const notFound = () => new NotFound({ detail: 'No such address.' });
const owned = (customerId: string, id: string) => and(eq(customerAddresses.customerId, customerId), eq(customerAddresses.id, id));

export async function listAddresses(db: Db, customerId: string, query: { limit: number; cursor?: string | undefined }) {
  const [after] = cursorAfter(query.cursor, ['string']) ?? [];
  const rows = await db
    .select()
    .from(customerAddresses)
    .where(and(eq(customerAddresses.customerId, customerId), after === undefined ? undefined : lt(customerAddresses.id, after)))
    .orderBy(desc(customerAddresses.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, byId);
}

export async function getAddress(db: Db, customerId: string, id: string): Promise<AddressRow> {
  const [row] = await db.select().from(customerAddresses).where(owned(customerId, id));
  if (!row) throw notFound();
  return row;
}

export async function createAddress(tx: Tx, customerId: string, input: AddressInput): Promise<AddressRow> {
  const row = firstRow(
    await tx
      .insert(customerAddresses)
      .values({ ...input, countryCode: input.countryCode.toUpperCase(), id: newId('addr'), customerId })
      .returning(),
    'insert',
  );
  return row;
}

export async function updateAddress(tx: Tx, customerId: string, id: string, input: Partial<AddressInput>): Promise<AddressRow> {
  const [row] = await tx
    .update(customerAddresses)
    .set({
      ...input,
      ...(input.countryCode !== undefined ? { countryCode: input.countryCode.toUpperCase() } : {}),
      updatedAt: sql`now()`,
    })
    .where(owned(customerId, id))
    .returning();
  if (!row) throw notFound();
  return row;
}

export async function deleteAddress(tx: Tx, customerId: string, id: string): Promise<void> {
  const rows = await tx.delete(customerAddresses).where(owned(customerId, id)).returning({ id: customerAddresses.id });
  if (rows.length === 0) throw notFound();
}
