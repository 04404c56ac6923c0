import { and, eq, gt, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/index.ts';
import { RateLimited } from '../../platform/errors.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { emails, passwordResetTokens } from './identity.tables.ts';
import { InvalidResetToken } from './identity.errors.ts';
import { setCustomerPasswordHash, type CustomerRow } from './customers.ts';
import { revokeAllSessions } from './sessions.ts';
import { hashToken } from './tokens.ts';
import { throttleAddress, type Throttle } from './throttle.ts';

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export interface ResetLimits {
  windowMs: number;
  /** Reset emails one email address may be sent per window; further requests are answered 202 and dropped. */
  perEmail: number;
  /** Reset requests one client address may make per window; the next one gets 429. */
  perIp: number;
}

export const DEFAULT_RESET_LIMITS: ResetLimits = { windowMs: 15 * 60_000, perEmail: 3, perIp: 10 };

/**
 * Counts one reset request before any work: 429 once the client address is over its limit; false
 * (send nothing, still answer 202) once the email address has been sent `perEmail` emails this
 * window, so nobody can flood an inbox; true to go on. Each check-and-count is one atomic step.
 */
export async function countResetRequest(throttle: Throttle, limits: ResetLimits, input: { ip: string; email: string }): Promise<boolean> {
  const waitMs = await throttle.take([{ key: `reset:ip:${throttleAddress(input.ip)}`, limit: limits.perIp, windowMs: limits.windowMs }]);
  if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'Too many password reset requests from this address; try again later.' });
  const emailKey = `reset:email:${input.email.trim().toLowerCase()}`;
  return (await throttle.take([{ key: emailKey, limit: limits.perEmail, windowMs: limits.windowMs }])) === 0;
}

/**
 * Issues a single-use reset token for a customer (valid one hour); only its hash is stored. Every
 * older outstanding token of the customer is spent at the same time: only the newest email works.
 */
export async function createPasswordResetToken(tx: Tx, customer: CustomerRow): Promise<string> {
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResetTokens.customerId, customer.id), isNull(passwordResetTokens.usedAt)));
  await redactSpentResetEmails(tx, customer.id);
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
  if (!spent) {
    throw new InvalidResetToken({
      detail: 'Request a new password reset email.',
      errors: [{ path: '/token', message: 'is not a valid reset token: it is unknown, used, replaced by a newer one, or expired' }],
    });
  }
  await setCustomerPasswordHash(tx, spent.customerId, passwordHash);
  await tx
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResetTokens.customerId, spent.customerId), isNull(passwordResetTokens.usedAt)));
  await revokeAllSessions(tx, { customerId: spent.customerId });
  await redactSpentResetEmails(tx, spent.customerId);
  return spent.customerId;
}

export const REDACTED_TOKEN = '[this code has been used, replaced or has expired]';

/**
 * Strikes every reset token that no longer works (used, replaced by a newer one, or expired) out of
 * the stored emails that carry it: those of one customer, or of everyone when `customerId` is
 * omitted (before the list at /admin/emails is read, so it never shows a spent token). Conditional
 * on the email still holding its secret: each email is rewritten at most once.
 */
export async function redactSpentResetEmails(tx: Tx | Db, customerId?: string): Promise<void> {
  await tx
    .update(emails)
    .set({ body: sql`replace(${emails.body}, ${emails.secret}, ${REDACTED_TOKEN})`, secret: null, secretHash: null })
    .where(and(
      isNotNull(emails.secret),
      inArray(emails.secretHash, tx
        .select({ hash: passwordResetTokens.tokenHash })
        .from(passwordResetTokens)
        .where(and(
          customerId === undefined ? undefined : eq(passwordResetTokens.customerId, customerId),
          or(isNotNull(passwordResetTokens.usedAt), lte(passwordResetTokens.expiresAt, sql`now()`)),
        ))),
    ));
}
