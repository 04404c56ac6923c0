import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { withTransaction } from '../../platform/db/index.ts';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { createStaffToken, randomIp, uniqueEmail } from '../../../test/support/auth.ts';
import { createStaff, hashPassword, type Role } from './index.ts';

/** The admin web app's cookie session: its flags, CSRF on every change, and the bearer API untouched. */
const t = await startTestApp();
// The same database behind a TLS-terminating proxy (X-Forwarded-Proto from a trusted address).
const behindTls = await startTestApp({ STOCKROOM_TRUST_PROXY: '127.0.0.1' }, t.testDatabase);

async function staffAccount(role: Role): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(`cookie-${role}`);
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const passwordHash = await hashPassword(password);
  await withTransaction(t.database.db, (tx) => createStaff(tx, undefined, { email, passwordHash, role }));
  return { email, password };
}

interface Session {
  cookie: string;
  setCookie: string;
  csrfToken: string;
}

async function signIn(app: TestApp, account: { email: string; password: string }, headers: Record<string, string> = {}): Promise<Session> {
  const res = await app.app.inject({ method: 'POST', url: '/auth/staff/session', payload: account, headers, remoteAddress: '127.0.0.1' });
  assert.equal(res.statusCode, 200, res.body);
  const setCookie = String(res.headers['set-cookie']);
  const body = res.json<{ csrfToken: string; staff: { email: string }; permissions: string[] }>();
  assert.equal(body.staff.email, account.email);
  assert.ok(!res.body.includes(setCookie.split(';')[0]!.split('=')[1]!), 'the session token is not in the body');
  return { cookie: setCookie.split(';')[0]!, setCookie, csrfToken: body.csrfToken };
}

const owner = await staffAccount('owner');

test('over HTTP the cookie is sr_admin, HttpOnly, SameSite=Strict, Path=/ and not Secure', async () => {
  const session = await signIn(t, owner);
  const flags = session.setCookie.split('; ');
  assert.match(session.cookie, /^sr_admin=[A-Za-z0-9_-]{20,}$/);
  for (const flag of ['HttpOnly', 'SameSite=Strict', 'Path=/']) assert.ok(flags.includes(flag), `${flag} in ${session.setCookie}`);
  assert.ok(!flags.includes('Secure'));
  assert.ok(!/domain=/i.test(session.setCookie));
});

test('over HTTPS the cookie is __Host-sr_admin and Secure; the plain name is not read there', async () => {
  const https = { 'x-forwarded-proto': 'https' };
  const session = await signIn(behindTls, owner, https);
  assert.match(session.cookie, /^__Host-sr_admin=/);
  assert.ok(session.setCookie.split('; ').includes('Secure'));
  const me = await behindTls.app.inject({ method: 'GET', url: '/auth/staff/session', headers: { ...https, cookie: session.cookie } });
  assert.equal(me.statusCode, 200, me.body);
  const plain = session.cookie.replace('__Host-sr_admin', 'sr_admin');
  const refused = await behindTls.app.inject({ method: 'GET', url: '/admin/me', headers: { ...https, cookie: plain } });
  assert.equal(refused.statusCode, 401);
});

test('the cookie reads the admin API; GET /auth/staff/session says who, with the CSRF token', async () => {
  const session = await signIn(t, owner);
  const me = await t.app.inject({ method: 'GET', url: '/auth/staff/session', headers: { cookie: session.cookie } });
  assert.equal(me.statusCode, 200);
  const body = me.json<{ staff: { role: string }; csrfToken: string; permissions: string[] }>();
  assert.equal(body.staff.role, 'owner');
  assert.equal(body.csrfToken, session.csrfToken);
  assert.ok(body.permissions.includes('products:write'));
  const list = await t.app.inject({ method: 'GET', url: '/admin/products', headers: { cookie: session.cookie } });
  assert.equal(list.statusCode, 200, list.body);
  const anonymous = await t.app.inject({ method: 'GET', url: '/auth/staff/session' });
  assert.equal(anonymous.statusCode, 401);
});

test('a change made with the cookie needs X-CSRF-Token of that session, else 403 and nothing changes', async () => {
  const session = await signIn(t, owner);
  const other = await signIn(t, owner);
  const create = (headers: Record<string, string>, handle: string) =>
    t.app.inject({
      method: 'POST',
      url: '/admin/categories',
      headers: { cookie: session.cookie, ...headers },
      payload: { name: handle, handle },
    });
  const handle = `c-${randomBytes(4).toString('hex')}`;
  assert.equal((await create({}, handle)).statusCode, 403);
  assert.equal((await create({ 'x-csrf-token': other.csrfToken }, handle)).statusCode, 403);
  assert.equal((await create({ 'x-csrf-token': 'x'.repeat(43) }, handle)).statusCode, 403);
  // A cross-site form post (text/plain or form-encoded) is refused the same way.
  const form = await t.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    payload: `name=${handle}&handle=${handle}`,
  });
  assert.equal(form.statusCode, 403);
  const categories = await t.app.inject({ method: 'GET', url: `/admin/categories?limit=100`, headers: { cookie: session.cookie } });
  assert.ok(!categories.body.includes(handle), 'no category was created');
  const ok = await create({ 'x-csrf-token': session.csrfToken }, handle);
  assert.equal(ok.statusCode, 201, ok.body);
});

test('bearer requests never read the cookie and need no CSRF token', async () => {
  const viewerToken = await createStaffToken(t, 'viewer');
  const ownerSession = await signIn(t, owner);
  // A viewer's bearer token with an owner's cookie beside it stays a viewer.
  const write = await t.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: { authorization: `Bearer ${viewerToken}`, cookie: ownerSession.cookie, 'x-csrf-token': ownerSession.csrfToken },
    payload: { name: 'nope', handle: `n-${randomBytes(4).toString('hex')}` },
  });
  assert.equal(write.statusCode, 403);
  const ownerToken = await createStaffToken(t, 'owner');
  const bearerWrite = await t.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: { authorization: `Bearer ${ownerToken}` },
    payload: { name: 'bearer', handle: `b-${randomBytes(4).toString('hex')}` },
  });
  assert.equal(bearerWrite.statusCode, 201, bearerWrite.body);
  // GET /auth/staff/session is about the cookie; a bearer token alone is not a cookie session.
  const me = await t.app.inject({ method: 'GET', url: '/auth/staff/session', headers: { authorization: `Bearer ${ownerToken}` } });
  assert.equal(me.statusCode, 401);
});

test('a viewer with the cookie reads but the server refuses its writes', async () => {
  const viewer = await signIn(t, await staffAccount('viewer'));
  const read = await t.app.inject({ method: 'GET', url: '/admin/orders', headers: { cookie: viewer.cookie } });
  assert.equal(read.statusCode, 200);
  const write = await t.app.inject({
    method: 'POST',
    url: '/admin/categories',
    headers: { cookie: viewer.cookie, 'x-csrf-token': viewer.csrfToken },
    payload: { name: 'v', handle: `v-${randomBytes(4).toString('hex')}` },
  });
  assert.equal(write.statusCode, 403);
});

test('sign-out needs the CSRF token, revokes the session and clears the cookie', async () => {
  const session = await signIn(t, owner);
  const forged = await t.app.inject({ method: 'DELETE', url: '/auth/staff/session', headers: { cookie: session.cookie } });
  assert.equal(forged.statusCode, 403);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/me', headers: { cookie: session.cookie } })).statusCode, 200);
  const out = await t.app.inject({
    method: 'DELETE',
    url: '/auth/staff/session',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });
  assert.equal(out.statusCode, 204, out.body);
  assert.match(String(out.headers['set-cookie']), /^sr_admin=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict/);
  // The old cookie, replayed, is worth nothing.
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/me', headers: { cookie: session.cookie } })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'GET', url: '/auth/staff/session', headers: { cookie: session.cookie } })).statusCode, 401);
});

test('sign-in with the cookie shares the staff login throttle and its answers', async () => {
  const ip = randomIp();
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/auth/staff/session',
    payload: { email: owner.email, password: 'not-the-password' },
    remoteAddress: ip,
  });
  assert.equal(wrong.statusCode, 401);
  assert.equal(wrong.headers['set-cookie'], undefined);
  let last = 0;
  for (let i = 0; i < 6; i += 1) {
    last = (
      await t.app.inject({
        method: 'POST',
        url: '/auth/staff/login',
        payload: { email: owner.email, password: 'still-wrong' },
        remoteAddress: ip,
      })
    ).statusCode;
  }
  assert.equal(last, 429);
  const throttled = await t.app.inject({ method: 'POST', url: '/auth/staff/session', payload: owner, remoteAddress: ip });
  assert.equal(throttled.statusCode, 429);
});

test('own password change works with the cookie session (and its CSRF token)', async () => {
  const account = await staffAccount('staff');
  const session = await signIn(t, account);
  const newPassword = `new-${randomBytes(12).toString('hex')}`;
  const change = await t.app.inject({
    method: 'POST',
    url: '/admin/me/password',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    payload: { currentPassword: account.password, newPassword },
  });
  assert.ok(change.statusCode < 300, change.body);
  await signIn(t, { email: account.email, password: newPassword });
});
