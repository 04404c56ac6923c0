import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, randomIp, uniqueEmail } from '../../../test/support/auth.ts';
import { COMMON_PASSWORD_COUNT, isCommonPassword } from './password-policy.ts';
import { argon2Stats, hashPassword } from './passwords.ts';
import { createStaff } from './staff.ts';

const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const owner = await createStaffToken(t, 'owner');
const CURRENT_PARAMS = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;

function assertCommonRefused(res: { statusCode: number; json: () => unknown }, path: string, what: string): void {
  assert.equal(res.statusCode, 400, what);
  const body = res.json() as { code: string; errors: { path: string; message: string }[] };
  assert.equal(body.code, 'validation_failed', what);
  assert.deepEqual(
    body.errors.map((e) => e.path),
    [path],
    what,
  );
  assert.match(body.errors[0]!.message, /common/, what);
}

void test('the common-password list is a real list of 8+ character, lower-case entries', () => {
  const entries = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  assert.ok(COMMON_PASSWORD_COUNT >= 1000, `only ${COMMON_PASSWORD_COUNT} entries`);
  assert.equal(entries.length, COMMON_PASSWORD_COUNT, 'no duplicates');
  for (const entry of entries) {
    assert.ok(entry.length >= 8, `${entry} is shorter than the minimum anyway`);
    assert.equal(entry, entry.toLowerCase());
  }
  for (const common of ['password1', '12345678', 'qwerty123', 'iloveyou1', 'football1', '1qaz2wsx', 'PassWord123', 'LETMEIN!']) {
    assert.ok(isCommonPassword(common), common);
  }
  for (const fine of ['correct horse battery staple', 'pw-8c1f0e2a9b', 'x'.repeat(64)]) assert.ok(!isCommonPassword(fine), fine);
});

void test('register, reset, password change and staff create/update refuse a common password (any case)', async () => {
  const register = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    remoteAddress: randomIp(),
    payload: { email: uniqueEmail('common'), password: 'PassWord123' },
  });
  assertCommonRefused(register, '/password', 'register');

  const customer = await createCustomerToken(t);
  const change = await t.app.inject({
    method: 'POST',
    url: '/store/me/password',
    headers: bearer(customer.token),
    payload: { currentPassword: 'whatever it was', newPassword: 'x' },
  });
  assert.equal(change.statusCode, 400, 'too short is refused by the schema');

  // A valid reset token, to show that the token is not spent on a refused password.
  await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email: customer.email } });
  const emails = await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(owner) });
  const mail = (emails.json().items as { to: string; text: string }[]).find((m) => m.to === customer.email)!;
  const resetToken = /\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  assertCommonRefused(
    await t.app.inject({
      method: 'POST',
      url: '/auth/customers/password-reset/confirm',
      payload: { token: resetToken, password: 'Qwerty123' },
    }),
    '/password',
    'reset confirm',
  );
  const reset = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token: resetToken, password: 'a fine new password' },
  });
  assert.equal(reset.statusCode, 204, 'the token still works after the refusal');

  const signedIn = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: customer.email, password: 'a fine new password' },
  });
  const token = signedIn.json().token as string;
  assertCommonRefused(
    await t.app.inject({
      method: 'POST',
      url: '/store/me/password',
      headers: bearer(token),
      payload: { currentPassword: 'a fine new password', newPassword: 'FOOTBALL1' },
    }),
    '/newPassword',
    'customer password change',
  );

  assertCommonRefused(
    await t.app.inject({
      method: 'POST',
      url: '/admin/staff',
      headers: bearer(owner),
      payload: { email: uniqueEmail('s'), password: 'iloveyou1', role: 'staff' },
    }),
    '/password',
    'staff create',
  );
  const member = await t.app.inject({
    method: 'POST',
    url: '/admin/staff',
    headers: bearer(owner),
    payload: { email: uniqueEmail('s'), password: 'a staff password', role: 'staff' },
  });
  assert.equal(member.statusCode, 201);
  assertCommonRefused(
    await t.app.inject({
      method: 'PATCH',
      url: `/admin/staff/${member.json().id}`,
      headers: bearer(owner),
      payload: { password: '1q2w3e4r' },
    }),
    '/password',
    'staff update',
  );
});

void test('no composition rules and no truncation: 64 plain characters work, and every character counts', async () => {
  const email = uniqueEmail('long');
  const password = 'a'.repeat(63) + 'b';
  const res = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    remoteAddress: randomIp(),
    payload: { email, password },
  });
  assert.equal(res.statusCode, 201);
  const truncated = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email, password: 'a'.repeat(63) + 'c' },
  });
  assert.equal(truncated.statusCode, 401, 'the 64th character matters');
  const ok = await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password } });
  assert.equal(ok.statusCode, 200);
  const spaces = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    remoteAddress: randomIp(),
    payload: { email: uniqueEmail('spaces'), password: 'all lower case words' },
  });
  assert.equal(spaces.statusCode, 201);
});

void test('a hash below the current argon2 parameters is replaced at the next successful login', async () => {
  const weak = (password: string) => hash(password, { memoryCost: 4096, timeCost: 1, parallelism: 1 });

  const customer = await createCustomerToken(t);
  await t.database.db.execute(
    sql`UPDATE customers SET password_hash = ${await weak('an old weak hash')} WHERE id = ${customer.customerId}`,
  );
  const customerHash = async () =>
    (await queryRows<{ h: string }>(t.database.db, sql`SELECT password_hash AS h FROM customers WHERE id = ${customer.customerId}`))[0]!.h;
  assert.match(await customerHash(), /m=4096,t=1,p=1/);
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: customer.email, password: 'not the password' },
  });
  assert.equal(wrong.statusCode, 401);
  assert.match(await customerHash(), /m=4096,t=1,p=1/, 'a failed login changes nothing');
  const ok = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: customer.email, password: 'an old weak hash' },
  });
  assert.equal(ok.statusCode, 200);
  assert.match(await customerHash(), CURRENT_PARAMS);
  const again = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email: customer.email, password: 'an old weak hash' },
  });
  assert.equal(again.statusCode, 200, 'the new hash verifies the same password');

  const email = uniqueEmail('weak-staff');
  const member = await withTransaction(t.database.db, async (tx) =>
    createStaff(tx, undefined, { email, passwordHash: await weak('staff weak hash'), role: 'viewer' }),
  );
  const staffLogin = await t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password: 'staff weak hash' } });
  assert.equal(staffLogin.statusCode, 200);
  const [staffRow] = await queryRows<{ h: string }>(t.database.db, sql`SELECT password_hash AS h FROM staff WHERE id = ${member.id}`);
  assert.match(staffRow!.h, CURRENT_PARAMS);
});

void test('argon2 runs behind a cap: 20 logins at once all finish, never more than the cap hashing together', async () => {
  const accounts = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      const email = uniqueEmail(`flood${i}`);
      const password = `flood password ${i}`;
      await withTransaction(t.database.db, async (tx) =>
        createStaff(tx, undefined, { email, passwordHash: await hashPassword(password), role: 'viewer' }),
      );
      return { email, password };
    }),
  );
  argon2Stats({ resetPeak: true });
  const results = await Promise.all(
    accounts.flatMap(({ email, password }) => [
      t.app.inject({ method: 'POST', url: '/auth/staff/login', remoteAddress: randomIp(), payload: { email, password } }),
      t.app.inject({ method: 'POST', url: '/auth/staff/login', remoteAddress: randomIp(), payload: { email, password: `${password}!` } }),
    ]),
  );
  assert.deepEqual(results.map((r) => r.statusCode).sort(), [...Array(10).fill(200), ...Array(10).fill(401)]);
  const stats = argon2Stats();
  assert.ok(stats.limit >= 1 && stats.limit <= 4, `cap ${stats.limit}`);
  assert.ok(stats.peak <= stats.limit, `${stats.peak} hashes ran at once; the cap is ${stats.limit}`);
  assert.equal(stats.peak, stats.limit, 'the flood did fill every slot (so the bound above was tested)');
  assert.equal(stats.running, 0);
});
