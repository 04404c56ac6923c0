import { randomBytes } from 'node:crypto';
import { withTransaction } from '../../src/platform/db/index.ts';
import { createStaff, hashPassword, type Role } from '../../src/modules/identity/index.ts';
import type { TestApp } from './app.ts';

/** A unique email for a test account. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(6).toString('hex')}@example.test`;
}

/** A random address in 10.0.0.0/8, for requests that must not share one IP's throttle. */
export function randomIp(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/**
 * Creates a staff member with `role` (through the identity service functions) and returns a bearer
 * token obtained by signing in through `POST /auth/staff/login`.
 */
export async function createStaffToken(t: TestApp, role: Role): Promise<string> {
  const email = uniqueEmail(`staff-${role}`);
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const passwordHash = await hashPassword(password);
  await withTransaction(t.database.db, (tx) => createStaff(tx, undefined, { email, passwordHash, role }));
  const res = await t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`staff login failed: ${res.statusCode} ${res.body}`);
  return res.json<{ token: string }>().token;
}

/** Registers a customer through `POST /auth/customers/register` and returns its token and id. */
export async function createCustomerToken(
  t: TestApp,
  email: string = uniqueEmail('customer'),
): Promise<{ token: string; customerId: string; email: string }> {
  const password = `pw-${randomBytes(12).toString('hex')}`;
  // Each registration comes from its own address, so helpers never run into the per-IP sign-up throttle.
  const res = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email, password },
    remoteAddress: randomIp(),
  });
  if (res.statusCode !== 201) throw new Error(`customer registration failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ token: string; customer: { id: string; email: string } }>();
  return { token: body.token, customerId: body.customer.id, email: body.customer.email };
}
