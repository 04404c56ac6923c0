import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, uniqueEmail } from '../../../test/support/auth.ts';
import { ROLES } from './permissions.ts';

const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const owner = await createStaffToken(t, 'owner');

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

const login = async (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password } });

void test('GET /admin/me: every role sees itself with its permissions; an API key sees itself; customers cannot', async () => {
  for (const role of ROLES) {
    const token = await createStaffToken(t, role);
    const res = await t.app.inject({ method: 'GET', url: '/admin/me', headers: bearer(token) });
    assert.equal(res.statusCode, 200, `${role}: ${res.body}`);
    const me = res.json();
    assert.equal(me.kind, 'staff');
    assert.equal(me.staff.role, role);
    assert.ok(!('passwordHash' in me.staff));
    assert.ok(me.permissions.includes('me:write'));
  }
  const key = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'whoami', permissions: ['orders:read'] },
  });
  assert.equal(key.statusCode, 201);
  const { secret, apiKey } = key.json();
  const asKey = await t.app.inject({ method: 'GET', url: '/admin/me', headers: bearer(secret) });
  assert.equal(asKey.statusCode, 200);
  assert.deepEqual(
    { kind: asKey.json().kind, id: asKey.json().apiKey.id, permissions: asKey.json().permissions },
    {
      kind: 'api_key',
      id: apiKey.id,
      permissions: ['me:read', 'orders:read'],
    },
  );
  assert.ok(!asKey.body.includes(secret));
  // A key has no password, and cannot be given me:write.
  const keyChange = await t.app.inject({
    method: 'POST',
    url: '/admin/me/password',
    headers: bearer(secret),
    payload: { currentPassword: 'x', newPassword: 'a new password' },
  });
  assert.equal(keyChange.statusCode, 403);
  const delegate = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'k', permissions: ['me:write'] },
  });
  assert.equal(delegate.statusCode, 400);

  const customer = await createCustomerToken(t);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/me', headers: bearer(customer.token) })).statusCode, 403);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/me' })).statusCode, 401);
});

void test('POST /admin/me/password: a viewer changes its own password; other sessions end, this one stays', async () => {
  const { id, email } = await addStaff('viewer', 'viewer first password');
  const here = (await login(email, 'viewer first password')).json().token as string;
  const there = (await login(email, 'viewer first password')).json().token as string;

  const wrong = await t.app.inject({
    method: 'POST',
    url: '/admin/me/password',
    headers: bearer(here),
    payload: { currentPassword: 'not my password', newPassword: 'viewer second password' },
  });
  assert.equal(wrong.statusCode, 401);
  assert.equal(wrong.json().code, 'invalid_credentials');
  const common = await t.app.inject({
    method: 'POST',
    url: '/admin/me/password',
    headers: bearer(here),
    payload: { currentPassword: 'viewer first password', newPassword: 'Password1' },
  });
  assert.equal(common.statusCode, 400);
  assert.equal(common.json().errors[0].path, '/newPassword');

  const ok = await t.app.inject({
    method: 'POST',
    url: '/admin/me/password',
    headers: bearer(here),
    payload: { currentPassword: 'viewer first password', newPassword: 'viewer second password' },
  });
  assert.equal(ok.statusCode, 204, ok.body);
  const me = await t.app.inject({ method: 'GET', url: '/admin/me', headers: bearer(here) });
  assert.equal(me.statusCode, 200, 'this session is kept');
  assert.equal(me.json().staff.id, id);
  assert.equal(
    (await t.app.inject({ method: 'GET', url: '/admin/me', headers: bearer(there) })).statusCode,
    401,
    'the other session is revoked',
  );
  assert.equal((await login(email, 'viewer first password')).statusCode, 401);
  assert.equal((await login(email, 'viewer second password')).statusCode, 200);
});

void test('guessing the current password through a stolen session is throttled like a login', async () => {
  const { email } = await addStaff('staff', 'guarded password');
  const token = (await login(email, 'guarded password')).json().token as string;
  const guess = (currentPassword: string) =>
    t.app.inject({
      method: 'POST',
      url: '/admin/me/password',
      headers: bearer(token),
      payload: { currentPassword, newPassword: 'a brand new password' },
    });
  for (let i = 0; i < 5; i += 1) assert.equal((await guess(`guess number ${i}`)).statusCode, 401);
  const limited = await guess('guarded password');
  assert.equal(limited.statusCode, 429);
  assert.ok(Number(limited.headers['retry-after']) >= 1);
});
