import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/index.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { passwordResetTokens } from './identity.tables.ts';
import { InvalidResetToken } from './identity.errors.ts';
import { setCustomerPasswordHash, type CustomerRow } from './customers.ts';
import { revokeAllSessions } from './sessions.ts';
import { hashToken } from './tokens.ts';

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** Issues a single-use reset token for a customer (valid one hour); only its hash is stored. */
export async function createPasswordResetToken(tx: Tx, customer: CustomerRow): Promise<string> {
  const token = newSecret(32);
  await tx.insert(passwordResetTokens).values({
    id: newId('prt'),
    customerId: customer.id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
  });
  return token;
}

/**
 * Spends a reset token and sets the new password hash, then revokes every session of the customer
 * and every other outstanding reset token. The token is spent by one conditional UPDATE, so two
 * concurrent confirmations cannot both succeed.
 */
export async function confirmPasswordReset(tx: Tx, token: string, passwordHash: string): Promise<string> {
  const [spent] = await tx
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(
      eq(passwordResetTokens.tokenHash, hashToken(token)),
      isNull(passwordResetTokens.usedAt),
      gt(passwordResetTokens.expiresAt, sql`now()`),
    ))
    .returning({ customerId: passwordResetTokens.customerId });
  if (!spent) throw new InvalidResetToken({ detail: 'Request a new password reset email.' });
  await setCustomerPasswordHash(tx, spent.customerId, passwordHash);
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResetTokens.customerId, spent.customerId), isNull(passwordResetTokens.usedAt)));
  await revokeAllSessions(tx, { customerId: spent.customerId });
  return spent.customerId;
}
