import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, uniqueEmail } from '../../../test/support/auth.ts';

const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const address = { address1: '1 Main St', city: 'Springfield', countryCode: 'us' };

void test('register, read and update the profile; anonymous /store/me is 401', async () => {
  const email = uniqueEmail('Mixed.Case');
  const res = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email: email.toUpperCase(), password: 'correct horse battery', firstName: 'Ada' },
  });
  assert.equal(res.statusCode, 201);
  const body = res.json();
  assert.equal(body.customer.email, email.toLowerCase());
  assert.ok(body.customer.id.startsWith('cus_'));
  assert.ok(body.token.length >= 43, 'session token carries at least 256 bits');
  assert.deepEqual(Object.keys(body.customer).sort(), [
    'createdAt',
    'email',
    'firstName',
    'id',
    'lastName',
    'phone',
    'updatedAt',
    'version',
  ]);

  const again = await t.app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password: 'another password' } });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().code, 'email_taken');

  const me = await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(body.token) });
  assert.equal(me.statusCode, 200);
  assert.equal(me.json().firstName, 'Ada');
  const patched = await t.app.inject({ method: 'PATCH', url: '/store/me', headers: bearer(body.token), payload: { lastName: 'Lovelace' } });
  assert.equal(patched.statusCode, 200);
  assert.equal(patched.json().lastName, 'Lovelace');
  const sneaky = await t.app.inject({ method: 'PATCH', url: '/store/me', headers: bearer(body.token), payload: { email: 'x@y.z' } });
  assert.equal(sneaky.statusCode, 400);

  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me' })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'PATCH', url: '/store/me', payload: { firstName: 'X' } })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer('not-a-real-token') })).statusCode, 401);
});

void test('register with extra fields is 400 validation_failed and creates nothing', async () => {
  for (const extra of [{ role: 'owner' }, { id: 'cus_mine' }, { emailVerified: true }]) {
    const email = uniqueEmail('extra');
    const res = await t.app.inject({
      method: 'POST',
      url: '/auth/customers/register',
      payload: { email, password: 'long enough pw', ...extra },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'validation_failed');
    const rows = await queryRows(t.database.db, sql`SELECT 1 FROM customers WHERE email = ${email}`);
    assert.equal(rows.length, 0);
  }
});

void test('passwords: 8..128 characters, stored as argon2id at OWASP parameters', async () => {
  const short = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email: uniqueEmail(), password: '1234567' },
  });
  assert.equal(short.statusCode, 400);
  const long = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email: uniqueEmail(), password: 'x'.repeat(129) },
  });
  assert.equal(long.statusCode, 400);
  const { customerId } = await createCustomerToken(t);
  const [row] = await queryRows<{ password_hash: string }>(
    t.database.db,
    sql`SELECT password_hash FROM customers WHERE id = ${customerId}`,
  );
  assert.match(row!.password_hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
});

void test('login: unknown email and wrong password get the same answer', async () => {
  const email = uniqueEmail('login');
  await t.app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password: 'the right password' } });
  const ok = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: email.toUpperCase(), password: 'the right password' },
  });
  assert.equal(ok.statusCode, 200);
  const wrong = await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password: 'the wrong password' } });
  const unknown = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: uniqueEmail('nobody'), password: 'the wrong password' },
  });
  assert.equal(wrong.statusCode, 401);
  assert.equal(unknown.statusCode, 401);
  assert.equal(wrong.json().code, 'invalid_credentials');
  assert.deepEqual(wrong.json(), unknown.json());
});

void test("customer A cannot read, change or delete customer B's addresses (404), even with a guessed id", async () => {
  const a = await createCustomerToken(t);
  const b = await createCustomerToken(t);
  const created = await t.app.inject({ method: 'POST', url: '/store/me/addresses', headers: bearer(b.token), payload: address });
  assert.equal(created.statusCode, 201);
  const bAddress = created.json();
  assert.equal(bAddress.countryCode, 'US');
  for (const id of [bAddress.id, 'addr_01jd0000000000000000000000000000', 'x']) {
    const get = await t.app.inject({ method: 'GET', url: `/store/me/addresses/${id}`, headers: bearer(a.token) });
    assert.equal(get.statusCode, 404);
    assert.ok(!get.body.includes('Springfield'));
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/store/me/addresses/${id}`,
      headers: bearer(a.token),
      payload: { city: 'Hacked' },
    });
    assert.equal(patch.statusCode, 404);
    const del = await t.app.inject({ method: 'DELETE', url: `/store/me/addresses/${id}`, headers: bearer(a.token) });
    assert.equal(del.statusCode, 404);
  }
  const listA = await t.app.inject({ method: 'GET', url: '/store/me/addresses', headers: bearer(a.token) });
  assert.deepEqual(listA.json().items, []);
  const still = await t.app.inject({ method: 'GET', url: `/store/me/addresses/${bAddress.id}`, headers: bearer(b.token) });
  assert.equal(still.statusCode, 200);
  assert.equal(still.json().city, 'Springfield');
  // B's own full lifecycle works.
  const patched = await t.app.inject({
    method: 'PATCH',
    url: `/store/me/addresses/${bAddress.id}`,
    headers: bearer(b.token),
    payload: { city: 'Shelbyville' },
  });
  assert.equal(patched.json().city, 'Shelbyville');
  const deleted = await t.app.inject({ method: 'DELETE', url: `/store/me/addresses/${bAddress.id}`, headers: bearer(b.token) });
  assert.equal(deleted.statusCode, 204);
  // Customer routes exist only for customers: a staff token is refused.
  const staff = await createStaffToken(t, 'owner');
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(staff) })).statusCode, 403);
});

void test('logout and expiry: a revoked or expired token gets 401', async () => {
  const a = await createCustomerToken(t);
  const out = await t.app.inject({ method: 'POST', url: '/auth/logout', headers: bearer(a.token) });
  assert.equal(out.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(a.token) })).statusCode, 401);

  const b = await createCustomerToken(t);
  await t.database.db.execute(sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE customer_id = ${b.customerId}`);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(b.token) })).statusCode, 401);
});

void test('password reset: emailed single-use token, old sessions revoked, nothing secret in the logs', async () => {
  const email = uniqueEmail('reset');
  const oldPassword = `old-${Math.random().toString(36).slice(2)}-pw`;
  const newPassword = `new-${Math.random().toString(36).slice(2)}-pw`;
  const logStart = t.logs.length;
  const reg = await t.app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password: oldPassword } });
  const oldToken = reg.json().token as string;
  const login2 = await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password: oldPassword } });
  const otherToken = login2.json().token as string;

  const unknown = await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email: uniqueEmail('ghost') } });
  const known = await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email } });
  assert.equal(unknown.statusCode, 202);
  assert.equal(known.statusCode, 202);
  assert.deepEqual(unknown.json(), known.json());

  // No SMTP configured: the email is kept and owners read it at /admin/emails.
  const owner = await createStaffToken(t, 'owner');
  const admin = await createStaffToken(t, 'admin');
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(admin) })).statusCode, 403);
  const emails = await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(owner) });
  assert.equal(emails.statusCode, 200);
  const mail = (emails.json().items as { to: string; text: string }[]).find((m) => m.to === email);
  assert.ok(mail, 'the reset email was stored');
  const resetToken = /\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  const [stored] = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM password_reset_tokens WHERE token_hash = ${resetToken}`,
  );
  assert.equal(stored!.n, 0, 'the reset token is stored only hashed');

  const weak = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token: resetToken, password: 'short' },
  });
  assert.equal(weak.statusCode, 400);
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token: resetToken, password: newPassword },
  });
  assert.equal(confirm.statusCode, 204);
  const reuse = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token: resetToken, password: newPassword },
  });
  assert.equal(reuse.statusCode, 400, 'the token is single-use');

  for (const token of [oldToken, otherToken]) {
    assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(token) })).statusCode, 401);
  }
  const oldLogin = await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password: oldPassword } });
  assert.equal(oldLogin.statusCode, 401);
  const newLogin = await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password: newPassword } });
  assert.equal(newLogin.statusCode, 200);
  const newToken = newLogin.json().token as string;
  await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(newToken) });

  const logs = t.logs.slice(logStart).join('');
  assert.ok(logs.includes('auth.login_failed'), 'failed logins are logged');
  const [hashRow] = await queryRows<{ password_hash: string }>(
    t.database.db,
    sql`SELECT password_hash FROM customers WHERE email = ${email}`,
  );
  for (const secret of [oldPassword, newPassword, oldToken, otherToken, newToken, resetToken, hashRow!.password_hash, owner]) {
    assert.ok(!logs.includes(secret), 'a planted secret appeared in the logs');
  }
});

void test('an expired reset token is refused', async () => {
  const { email } = await createCustomerToken(t);
  await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email } });
  const owner = await createStaffToken(t, 'owner');
  const emails = await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(owner) });
  const mail = (emails.json().items as { to: string; text: string }[]).find((m) => m.to === email)!;
  const resetToken = /\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  await t.database.db.execute(sql`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'`);
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token: resetToken, password: 'whatever-new-pw' },
  });
  assert.equal(confirm.statusCode, 400);
});

void test('changing the password keeps this session and revokes the others', async () => {
  const email = uniqueEmail('change');
  const reg = await t.app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password: 'first password' } });
  const here = reg.json().token as string;
  const there = (
    await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password: 'first password' } })
  ).json().token as string;
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/store/me/password',
    headers: bearer(here),
    payload: { currentPassword: 'nope nope', newPassword: 'second password' },
  });
  assert.equal(wrong.statusCode, 401);
  const ok = await t.app.inject({
    method: 'POST',
    url: '/store/me/password',
    headers: bearer(here),
    payload: { currentPassword: 'first password', newPassword: 'second password' },
  });
  assert.equal(ok.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(here) })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'GET', url: '/store/me', headers: bearer(there) })).statusCode, 401);
});
