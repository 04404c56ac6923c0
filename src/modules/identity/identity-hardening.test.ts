import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, uniqueEmail } from '../../../test/support/auth.ts';

const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const owner = await createStaffToken(t, 'owner');
const admin = await createStaffToken(t, 'admin');

async function addStaff(role: string, password: string): Promise<{ id: string; email: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/staff',
    headers: bearer(owner),
    payload: { email: uniqueEmail(role), password, role },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

const staffLogin = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password } });

void test("only an owner may set another staff member's password; nobody their own through PATCH", async () => {
  const otherAdmin = await addStaff('admin', 'the admin password');
  const clerk = await addStaff('staff', 'the clerk password');
  for (const target of [otherAdmin, clerk]) {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/admin/staff/${target.id}`,
      headers: bearer(admin),
      payload: { password: 'taken over by admin' },
    });
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json().code, 'forbidden');
    assert.equal((await staffLogin(target.email, 'taken over by admin')).statusCode, 401, 'the password did not change');
  }
  assert.equal(
    (await t.app.inject({ method: 'PATCH', url: `/admin/staff/${clerk.id}`, headers: bearer(admin), payload: { name: 'Clerk' } }))
      .statusCode,
    200,
    'an admin still manages other fields',
  );
  const byOwner = await t.app.inject({
    method: 'PATCH',
    url: `/admin/staff/${clerk.id}`,
    headers: bearer(owner),
    payload: { password: 'set by the owner' },
  });
  assert.equal(byOwner.statusCode, 200);
  assert.equal((await staffLogin(clerk.email, 'set by the owner')).statusCode, 200);

  const selfLogin = await staffLogin(otherAdmin.email, 'the admin password');
  const selfToken = selfLogin.json().token as string;
  const own = await t.app.inject({
    method: 'PATCH',
    url: `/admin/staff/${otherAdmin.id}`,
    headers: bearer(selfToken),
    payload: { password: 'no current password' },
  });
  assert.equal(own.statusCode, 403);
  assert.match(own.json().detail, /\/admin\/me\/password/);
});

void test('the Bearer scheme is case-insensitive', async () => {
  for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
    const res = await t.app.inject({ method: 'GET', url: '/admin/me', headers: { authorization: `${scheme} ${owner}` } });
    assert.equal(res.statusCode, 200, scheme);
  }
  for (const header of [`Basic ${owner}`, `Bearer${owner}`, 'Bearer ', `Bearer ${owner} x`]) {
    const res = await t.app.inject({ method: 'GET', url: '/admin/me', headers: { authorization: header } });
    assert.equal(res.statusCode, 401, header);
  }
});

/** Asks for a reset email and returns the token in the stored email (no SMTP in tests). */
async function requestReset(email: string): Promise<{ token: string; emailId: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset',
    payload: { email },
    remoteAddress: `10.77.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
  });
  assert.equal(res.statusCode, 202);
  const emails = await t.app.inject({ method: 'GET', url: '/admin/emails?limit=100', headers: bearer(owner) });
  const mail = (emails.json().items as { id: string; to: string; text: string }[]).find((m) => m.to === email)!;
  const token = /\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  return { token, emailId: mail.id };
}

const confirm = (token: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/auth/customers/password-reset/confirm', payload: { token, password } });

void test('a new reset token invalidates the older ones', async () => {
  const customer = await createCustomerToken(t);
  const first = await requestReset(customer.email);
  const second = await requestReset(customer.email);
  assert.notEqual(first.token, second.token);
  const old = await confirm(first.token, 'a password from the old email');
  assert.equal(old.statusCode, 400);
  assert.equal(old.json().code, 'validation_failed');
  assert.equal((await confirm(second.token, 'a password from the new email')).statusCode, 204);
});

void test('stored emails lose their reset token once it is used or replaced', async () => {
  const customer = await createCustomerToken(t);
  const first = await requestReset(customer.email);
  const second = await requestReset(customer.email);
  const bodyOf = async (id: string) => {
    const emails = await t.app.inject({ method: 'GET', url: '/admin/emails?limit=100', headers: bearer(owner) });
    return (emails.json().items as { id: string; text: string }[]).find((m) => m.id === id)!.text;
  };
  const replaced = await bodyOf(first.emailId);
  assert.ok(!replaced.includes(first.token), 'the replaced token is gone from its email');
  assert.match(replaced, /has been used, replaced or has expired/);
  assert.ok((await bodyOf(second.emailId)).includes(second.token), 'the live token is still there');
  assert.equal((await confirm(second.token, 'a brand new password')).statusCode, 204);
  assert.ok(!(await bodyOf(second.emailId)).includes(second.token), 'the used token is gone from its email');
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`
    SELECT count(*)::int AS n FROM emails WHERE to_address = ${customer.email} AND (secret IS NOT NULL OR secret_hash IS NOT NULL)`,
  );
  assert.equal(row?.n, 0, 'nor is it kept beside the email');

  const third = await requestReset(customer.email);
  await t.database.db.execute(
    sql`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE customer_id = ${customer.customerId}`,
  );
  assert.ok(!(await bodyOf(third.emailId)).includes(third.token), 'an expired token is gone from its email when the list is read');
});

void test('every validation_failed from identity names the offending field in errors[]', async () => {
  const customer = await createCustomerToken(t);
  const key = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'k', permissions: ['orders:read'] },
  });
  const cases: [string, Promise<{ statusCode: number; json: () => unknown }>, string][] = [
    ['unknown reset token', confirm('x'.repeat(43), 'a fine new password'), '/token'],
    ['reset token too long (schema)', confirm('x'.repeat(201), 'a fine new password'), '/token'],
    ['common new password', confirm('x'.repeat(43), 'password1'), '/password'],
    [
      'logout with an API key',
      t.app.inject({ method: 'POST', url: '/auth/logout', headers: bearer(key.json().secret) }),
      '/headers/authorization',
    ],
    ['bad cursor', t.app.inject({ method: 'GET', url: '/admin/staff?cursor=nope', headers: bearer(owner) }), '/query/cursor'],
    ['bad limit', t.app.inject({ method: 'GET', url: '/admin/customers?limit=0', headers: bearer(owner) }), '/query/limit'],
    [
      'bad email',
      t.app.inject({
        method: 'POST',
        url: '/auth/customers/register',
        remoteAddress: '10.78.0.1',
        payload: { email: 'not-an-email', password: 'a fine new password' },
      }),
      '/email',
    ],
    [
      'unknown role',
      t.app.inject({
        method: 'POST',
        url: '/admin/staff',
        headers: bearer(owner),
        payload: { email: uniqueEmail('r'), password: 'a staff password', role: 'emperor' },
      }),
      '/role',
    ],
    [
      'permission a key may not hold',
      t.app.inject({
        method: 'POST',
        url: '/admin/api-keys',
        headers: bearer(owner),
        payload: { name: 'k', permissions: ['staff:write'] },
      }),
      '/permissions/0',
    ],
    [
      'bad address country',
      t.app.inject({
        method: 'POST',
        url: '/store/me/addresses',
        headers: bearer(customer.token),
        payload: { address1: 'x', city: 'y', countryCode: 'nowhere' },
      }),
      '/countryCode',
    ],
  ];
  for (const [name, pending, path] of cases) {
    const res = await pending;
    assert.equal(res.statusCode, 400, name);
    const body = res.json() as { code: string; errors?: { path: string; message: string }[] };
    assert.equal(body.code, 'validation_failed', name);
    assert.ok(Array.isArray(body.errors) && body.errors.length > 0, `${name}: errors[] is present`);
    assert.ok(
      body.errors.some((e) => e.path === path),
      `${name}: ${JSON.stringify(body.errors)} names ${path}`,
    );
    for (const e of body.errors) assert.match(e.path, /^\//, `${name}: JSON pointer`);
  }
});

void test('a NUL character in identity input is a 400 naming the field, never a 500', async () => {
  const customer = await createCustomerToken(t);
  const cases: [string, Promise<{ statusCode: number; json: () => unknown }>, string][] = [
    [
      'customer login',
      t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email: 'a\u0000@b.example', password: 'x'.repeat(10) } }),
      '/email',
    ],
    [
      'staff login',
      t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email: 'a\u0000@b.example', password: 'x'.repeat(10) } }),
      '/email',
    ],
    [
      'reset request',
      t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email: 'a\u0000@b.example' } }),
      '/email',
    ],
    ['staff by id', t.app.inject({ method: 'GET', url: '/admin/staff/stf_%00', headers: bearer(owner) }), '/params/id'],
    ['customers by email', t.app.inject({ method: 'GET', url: '/admin/customers?email=%00', headers: bearer(owner) }), '/query/email'],
    [
      'profile name',
      t.app.inject({ method: 'PATCH', url: '/store/me', headers: bearer(customer.token), payload: { firstName: 'A\u0000' } }),
      '/firstName',
    ],
    [
      'address',
      t.app.inject({
        method: 'POST',
        url: '/store/me/addresses',
        headers: bearer(customer.token),
        payload: { address1: 'x\u0000', city: 'y', countryCode: 'DE' },
      }),
      '/address1',
    ],
  ];
  for (const [name, pending, path] of cases) {
    const res = await pending;
    assert.equal(res.statusCode, 400, name);
    const body = res.json() as { code: string; errors?: { path: string }[] };
    assert.equal(body.code, 'validation_failed', name);
    assert.ok(
      body.errors?.some((e) => e.path === path),
      `${name}: ${JSON.stringify(body.errors)} names ${path}`,
    );
  }
});
