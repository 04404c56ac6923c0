import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { RateLimited } from '../../platform/errors.ts';
import { customers, staff } from './identity.tables.ts';
import { WrongCredentials } from './identity.errors.ts';
import { findCustomerByEmail, normalizeEmail, type CustomerRow } from './customers.ts';
import { findStaffByEmail, type StaffRow } from './staff.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { hashNewPassword } from './password-policy.ts';
import { throttleAddress, type Throttle } from './throttle.ts';

export interface LoginLimits {
  /** Window of the per-address counters. */
  windowMs: number;
  /** Attempts one address may make against one account per `windowMs`. */
  perAccountAndIp: number;
  /** Attempts one address may make per `windowMs`, across accounts. */
  perIp: number;
  /** Window of the per-account ceiling. */
  accountWindowMs: number;
  /**
   * The per-account ceiling: attempts per `accountWindowMs` from all the addresses the account has
   * not signed in from, together; and separately the same number from the addresses it has.
   */
  perAccount: number;
  /** How long an address stays known to an account after a successful sign-in from it. */
  knownAddressMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMs: 60_000,
  perAccountAndIp: 5,
  perIp: 30,
  accountWindowMs: 60 * 60_000,
  perAccount: 20,
  knownAddressMs: 30 * 24 * 60 * 60_000,
};

/**
 * Runs one sign-in attempt under the login throttles. Every attempt is counted BEFORE the password is
 * checked, in one atomic step over all its counters, so a burst of concurrent guesses cannot get more
 * attempts to argon2 than the limits allow; a successful attempt is given back afterwards (and clears
 * its address's count for the account), so only failures use the budget up.
 *
 * The counters, per window (defaults in `DEFAULT_LOGIN_LIMITS`, configurable):
 * - per (account, client address): 5 a minute. This is the limit a guesser normally meets, and it
 *   only stops that address: an attacker elsewhere cannot lock the real user out.
 * - per client address: 30 a minute across accounts (password spraying).
 * - per account, a ceiling over all addresses: 20 an hour from addresses the account has never
 *   signed in from, and a separate 20 an hour from addresses it has (a successful sign-in makes an
 *   address known for 30 days). That caps guesses at an account, however many addresses an attacker
 *   has, at 960 a day (it was 7,200); an attacker who exhausts the "new addresses" ceiling holds off
 *   sign-ins from new addresses for at most the rest of that hour, but not from the real user's
 *   usual addresses, and a password reset still works.
 * A client address is an IPv4 address, or an IPv6 /64 network (`throttleAddress`): one subscriber
 * usually holds a whole /64.
 * While any counter is full the attempt gets 429 with Retry-After, whether or not the password is right.
 * The account key is the normalized email, so unknown emails are throttled exactly like known ones.
 */
export async function throttledLogin<T>(
  throttle: Throttle,
  limits: LoginLimits,
  input: { ip: string; scope: string; email: string },
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  // The address comes first and ends at `|`, which neither an IP nor the scope contains.
  const address = throttleAddress(input.ip);
  const addressAndAccount = `${input.scope}:${address}|${normalizeEmail(input.email)}`;
  const emailKey = `${input.scope}|${normalizeEmail(input.email)}`;
  const knownKey = `login:known:${addressAndAccount}`;
  const known = await throttle.isMarked(knownKey);
  const pairKey = `login:pair:${addressAndAccount}`;
  const ipKey = `login:ip:${address}`;
  const accountKey = `login:account:${known ? 'known' : 'new'}:${emailKey}`;
  const waitMs = await throttle.take([
    { key: pairKey, limit: limits.perAccountAndIp, windowMs: limits.windowMs },
    { key: ipKey, limit: limits.perIp, windowMs: limits.windowMs },
    { key: accountKey, limit: limits.perAccount, windowMs: limits.accountWindowMs },
  ]);
  if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'Too many failed sign-in attempts; try again later.' });
  const result = await attempt();
  if (result === undefined) throw new WrongCredentials();
  await Promise.all([throttle.reset(pairKey), throttle.refund([ipKey, accountKey]), throttle.mark(knownKey, limits.knownAddressMs)]);
  return result;
}

/** The customer with this email and password, or undefined. Exactly one argon2 verify either way. */
export async function authenticateCustomer(db: Db, email: string, password: string): Promise<CustomerRow | undefined> {
  const row = await findCustomerByEmail(db, email);
  if (!(await verifyPassword(row?.passwordHash, password)) || !row) return undefined;
  if (needsRehash(row.passwordHash)) {
    await db
      .update(customers)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(customers.id, row.id));
  }
  return row;
}

/** The active staff member with this email and password, or undefined (disabled counts as wrong). */
export async function authenticateStaff(db: Db, email: string, password: string): Promise<StaffRow | undefined> {
  const row = await findStaffByEmail(db, email);
  if (!(await verifyPassword(row?.passwordHash, password)) || !row || row.isDisabled) return undefined;
  if (needsRehash(row.passwordHash)) {
    await db
      .update(staff)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(staff.id, row.id));
  }
  return row;
}

/** A sign-in attempt: the client address (for the throttles) and the credentials sent. */
export interface SignInInput {
  ip: string;
  email: string;
  password: string;
}

/** The customer these credentials belong to, under the login throttles; 401 for wrong ones, 429 while throttled. */
export async function signInCustomer(db: Db, throttle: Throttle, limits: LoginLimits, input: SignInInput): Promise<CustomerRow> {
  return throttledLogin(throttle, limits, { ip: input.ip, scope: 'customer', email: input.email }, () =>
    authenticateCustomer(db, input.email, input.password),
  );
}

/** The active staff member these credentials belong to, under the login throttles (their own counters). */
export async function signInStaff(db: Db, throttle: Throttle, limits: LoginLimits, input: SignInInput): Promise<StaffRow> {
  return throttledLogin(throttle, limits, { ip: input.ip, scope: 'staff', email: input.email }, () =>
    authenticateStaff(db, input.email, input.password),
  );
}

/**
 * The part of changing one's own password done before its transaction: checks the current password
 * under the same throttle as a login (a stolen session cannot be used to guess its account's password
 * any faster than the sign-in form allows), then checks the new one against the policy and hashes it.
 * Throws 401 `invalid_credentials` when the current password is wrong, 429 while the account or IP is
 * throttled, 400 on `/newPassword` for a refused new password. Returns the new hash.
 */
export async function checkOwnPasswordChange(
  throttle: Throttle,
  limits: LoginLimits,
  input: {
    ip: string;
    scope: 'customer' | 'staff';
    account: { email: string; passwordHash: string };
    currentPassword: string;
    newPassword: string;
  },
): Promise<string> {
  const { account } = input;
  await throttledLogin(throttle, limits, { ip: input.ip, scope: input.scope, email: account.email }, async () =>
    (await verifyPassword(account.passwordHash, input.currentPassword)) ? true : undefined,
  );
  return hashNewPassword(input.newPassword, '/newPassword');
}
