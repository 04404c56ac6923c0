import { and, eq, gt, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { withTransaction, type Db, type Tx } from '../../platform/db/index.ts';
import { RateLimited } from '../../platform/errors.ts';
import { newId, newSecret } from '../../platform/ids.ts';
import { emails, passwordResetTokens } from './identity.tables.ts';
import { InvalidResetToken } from './identity.errors.ts';
import { findCustomerByEmail, setCustomerPasswordHash, type CustomerRow } from './customers.ts';
import { listEmails, type EmailMessage, type Mailer } from './mailer.ts';
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

/** What a reset request needs besides the database: its throttle and limits, the mailer, the links' base URL. */
export interface ResetRequestDeps {
  throttle: Throttle;
  resetLimits: ResetLimits;
  mailer: Mailer;
  publicUrl: string;
  log: FastifyBaseLogger;
}

/**
 * Handles one "I forgot my password" request; the caller answers 202 whatever happens here, so the
 * answer never tells whether the account exists. Counts the request (429 over the per-address
 * limit; nothing sent over the per-email one), and for a known email issues a token in its own
 * transaction, then emails it (outside the transaction: it may reach an SMTP server). A failed send
 * is logged without the mail body (it holds the token) and not thrown.
 */
export async function requestPasswordReset(db: Db, deps: ResetRequestDeps, input: { ip: string; email: string }): Promise<void> {
  if (!(await countResetRequest(deps.throttle, deps.resetLimits, input))) return;
  const customer = await findCustomerByEmail(db, input.email);
  if (!customer) return;
  const token = await withTransaction(db, (tx) => createPasswordResetToken(tx, customer));
  try {
    await deps.mailer.send(resetEmail(customer.email, token, deps.publicUrl));
  } catch (error) {
    // Not thrown: an error here would tell the caller that the account exists. The message is logged
    // without the mail body (it holds the token).
    const { message, code } = error as { message?: string; code?: string };
    deps.log.error({ event: 'auth.reset_email_failed', customerId: customer.id, err: { message, code } }, 'password reset email not sent');
  }
  // A newer request may have replaced this token while its email was being stored.
  await redactSpentResetEmails(db, customer.id);
}

/** The reset email: the code to type, and a link to the storefront's reset page carrying it. */
export function resetEmail(to: string, token: string, publicUrl: string): EmailMessage {
  return {
    to,
    subject: 'Reset your password',
    text:
      `Someone asked to reset the password of your account. If it was you, use this code within one hour:\n\n` +
      `${token}\n\nor open ${publicUrl}/account/reset-password?token=${token}\n\n` +
      `If it was not you, ignore this email; your password stays as it is.`,
    secret: token,
  };
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
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
      ),
    )
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
    .where(
      and(
        isNotNull(emails.secret),
        inArray(
          emails.secretHash,
          tx
            .select({ hash: passwordResetTokens.tokenHash })
            .from(passwordResetTokens)
            .where(
              and(
                customerId === undefined ? undefined : eq(passwordResetTokens.customerId, customerId),
                or(isNotNull(passwordResetTokens.usedAt), lte(passwordResetTokens.expiresAt, sql`now()`)),
              ),
            ),
        ),
      ),
    );
}

/** The stored emails owners read at /admin/emails, newest first, with every spent reset code struck out before the read. */
export async function listStoredEmails(db: Db, query: Parameters<typeof listEmails>[1]): ReturnType<typeof listEmails> {
  await redactSpentResetEmails(db); // expired tokens too, not only those of customers who asked again
  return listEmails(db, query);
}
