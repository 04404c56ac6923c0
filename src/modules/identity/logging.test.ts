import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { randomIp, uniqueEmail } from '../../../test/support/auth.ts';
import { createStaff } from './staff.ts';
import { hashPassword } from './passwords.ts';

/**
 * S16 sweep over the identity flows: every sign-in (good or bad) and every refused request leaves a
 * structured line carrying the request id, and no planted secret reaches the logs in any form.
 */
const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const planted = (label: string) => `${label}-${randomBytes(9).toString('hex')}`;

interface LogLine {
  reqId?: string;
  event?: string;
  code?: string;
  msg?: string;
  req?: { id?: string };
}

void test('login, failed login, registration, reset and API-key creation: structured lines with reqId, no secrets', async () => {
  const start = t.logs.length;
  const secrets: string[] = [];
  const keep = (...values: string[]) => {
    secrets.push(...values);
    return values[0]!;
  };

  const email = uniqueEmail('logs');
  const password = keep(planted('customer-password'));
  const register = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    remoteAddress: randomIp(),
    payload: { email, password },
  });
  assert.equal(register.statusCode, 201);
  keep(register.json().token);
  const good = await t.app.inject({ method: 'POST', url: '/auth/customers/login', payload: { email, password } });
  assert.equal(good.statusCode, 200);
  keep(good.json().token);
  const bad = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email, password: keep(planted('wrong-password')) },
  });
  assert.equal(bad.statusCode, 401);

  const staffEmail = uniqueEmail('logs-staff');
  const staffPassword = keep(planted('staff-password'));
  await withTransaction(t.database.db, async (tx) =>
    createStaff(tx, undefined, { email: staffEmail, passwordHash: await hashPassword(staffPassword), role: 'owner' }),
  );
  const staffLogin = await t.app.inject({
    method: 'POST',
    url: '/auth/staff/login',
    payload: { email: staffEmail, password: staffPassword },
  });
  assert.equal(staffLogin.statusCode, 200);
  const owner = keep(staffLogin.json().token);
  const staffBad = await t.app.inject({
    method: 'POST',
    url: '/auth/staff/login',
    payload: { email: staffEmail, password: keep(planted('staff-wrong')) },
  });
  assert.equal(staffBad.statusCode, 401);

  await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email } });
  const mail = (
    (await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(owner) })).json().items as { to: string; text: string }[]
  ).find((m) => m.to === email)!;
  const resetToken = keep(/\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!);
  const newPassword = keep(planted('reset-password'));
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token: resetToken, password: newPassword },
  });
  assert.equal(confirm.statusCode, 204);

  const key = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'logged', permissions: ['orders:read'] },
  });
  assert.equal(key.statusCode, 201);
  const secret = keep(key.json().secret);
  const refused = await t.app.inject({ method: 'GET', url: '/admin/staff', headers: bearer(secret) });
  assert.equal(refused.statusCode, 403);
  const changed = await t.app.inject({
    method: 'POST',
    url: '/admin/me/password',
    headers: bearer(owner),
    payload: { currentPassword: staffPassword, newPassword: keep(planted('changed-password')) },
  });
  assert.equal(changed.statusCode, 204);

  const hashes = await queryRows<{ h: string }>(
    t.database.db,
    sql`
    SELECT password_hash AS h FROM customers WHERE email = ${email}
    UNION ALL SELECT password_hash FROM staff WHERE email = ${staffEmail}
    UNION ALL SELECT secret_hash FROM api_keys`,
  );
  secrets.push(...hashes.map((r) => r.h));

  const raw = t.logs.slice(start);
  const lines = raw.map((l) => JSON.parse(l) as LogLine);
  const events = (event: string) => lines.filter((l) => l.event === event);
  assert.equal(events('auth.login').length, 2, 'a customer and a staff sign-in');
  assert.equal(events('auth.login_failed').length, 2, 'a customer and a staff failure');
  for (const event of [
    'auth.login',
    'auth.login_failed',
    'auth.register',
    'auth.password_reset',
    'identity.api_key_created',
    'auth.password_changed',
  ]) {
    assert.ok(events(event).length >= 1, `${event} is logged`);
    for (const line of events(event)) assert.match(line.reqId ?? '', /.+/, `${event} carries the request id`);
  }
  // The authorization failure is logged with its code and the same request id as the request line.
  const forbidden = lines.find((l) => l.code === 'forbidden');
  assert.ok(forbidden?.reqId, 'a 403 leaves a structured line with the request id');
  assert.ok(
    lines.some((l) => l.reqId === forbidden.reqId && l.req),
    'the request line shares that id',
  );

  const joined = raw.join('');
  for (const value of secrets) assert.ok(!joined.includes(value), `a planted secret appeared in the logs: ${value.slice(0, 12)}…`);
  // Nor a long piece of the key, nor any bearer header.
  assert.ok(!joined.includes(secret.slice(0, 20)));
  assert.ok(!/Bearer /.test(joined));
});
