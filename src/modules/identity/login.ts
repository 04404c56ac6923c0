import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { RateLimited } from '../../platform/errors.ts';
import { customers, staff } from './identity.tables.ts';
import { WrongCredentials } from './identity.errors.ts';
import { findCustomerByEmail, normalizeEmail, type CustomerRow } from './customers.ts';
import { findStaffByEmail, type StaffRow } from './staff.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import type { Throttle } from './throttle.ts';

export interface LoginLimits {
  windowMs: number;
  /** Wrong passwords one account may have per window; the next attempt gets 429. */
  perAccount: number;
  /** Wrong passwords one IP may have per window, across accounts. */
  perIp: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { windowMs: 60_000, perAccount: 5, perIp: 30 };

/**
 * Runs one login attempt under the per-IP and per-account throttles: refused with 429 while either
 * is exhausted, counted against both when the credentials are wrong. The account key is the
 * normalized email, so unknown emails are throttled exactly like known ones.
 */
export async function throttledLogin<T>(
  throttle: Throttle, limits: LoginLimits, input: { ip: string; scope: string; email: string },
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  const ipKey = `ip:${input.ip}`;
  const accountKey = `account:${input.scope}:${normalizeEmail(input.email)}`;
  const waitMs = Math.max(
    await throttle.blockedFor(accountKey, limits.perAccount),
    await throttle.blockedFor(ipKey, limits.perIp),
  );
  if (waitMs > 0) throw new RateLimited(waitMs / 1000, { detail: 'Too many failed sign-in attempts; try again later.' });
  const result = await attempt();
  if (result === undefined) {
    await throttle.fail([ipKey, accountKey]);
    throw new WrongCredentials();
  }
  await throttle.reset(accountKey);
  return result;
}

/** The customer with this email and password, or undefined. Exactly one argon2 verify either way. */
export async function authenticateCustomer(db: Db, email: string, password: string): Promise<CustomerRow | undefined> {
  const row = await findCustomerByEmail(db, email);
  if (!(await verifyPassword(row?.passwordHash, password)) || !row) return undefined;
  if (needsRehash(row.passwordHash)) {
    await db.update(customers).set({ passwordHash: await hashPassword(password) }).where(eq(customers.id, row.id));
  }
  return row;
}

/** The active staff member with this email and password, or undefined (disabled counts as wrong). */
export async function authenticateStaff(db: Db, email: string, password: string): Promise<StaffRow | undefined> {
  const row = await findStaffByEmail(db, email);
  if (!(await verifyPassword(row?.passwordHash, password)) || !row || row.isDisabled) return undefined;
  if (needsRehash(row.passwordHash)) {
    await db.update(staff).set({ passwordHash: await hashPassword(password) }).where(eq(staff.id, row.id));
  }
  return row;
}

/**
 * Checks the current password before a password change, under the same throttle as a login: a stolen
 * session cannot be used to guess its account's password any faster than the sign-in form allows.
 * Throws 401 `invalid_credentials` when it is wrong, 429 while the account or IP is throttled.
 */
export async function verifyCurrentPassword(
  throttle: Throttle, limits: LoginLimits,
  input: { ip: string; scope: string; email: string; storedHash: string; password: string },
): Promise<void> {
  await throttledLogin(throttle, limits, input, async () => ((await verifyPassword(input.storedHash, input.password)) ? true : undefined));
}
