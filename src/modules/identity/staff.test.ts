import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { queryRows, withTransaction } from '../../platform/db/index.ts';
import type { CommandContext } from '../../platform/module.ts';
import { loadConfig } from '../../platform/config.ts';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken, uniqueEmail } from '../../../test/support/auth.ts';
import { startTestDatabase } from '../../../test/support/database.ts';
import { identityModule } from './index.ts';
import { createStaff, getStaff, updateStaff } from './staff.ts';
import { hashPassword } from './passwords.ts';
import { LastOwner } from './identity.errors.ts';

const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const owner = await createStaffToken(t, 'owner');
const admin = await createStaffToken(t, 'admin');

async function addStaff(token: string, role: string, password = 'a staff password') {
  return t.app.inject({
    method: 'POST',
    url: '/admin/staff',
    headers: bearer(token),
    payload: { email: uniqueEmail(role), password, role },
  });
}

void test('an admin manages staff but cannot create, change or remove an owner', async () => {
  assert.equal((await addStaff(admin, 'owner')).statusCode, 403);
  const created = await addStaff(admin, 'staff');
  assert.equal(created.statusCode, 201);
  const member = created.json();
  assert.ok(!('passwordHash' in member));
  const promote = await t.app.inject({
    method: 'PATCH',
    url: `/admin/staff/${member.id}`,
    headers: bearer(admin),
    payload: { role: 'owner' },
  });
  assert.equal(promote.statusCode, 403);
  const demoteViewer = await t.app.inject({
    method: 'PATCH',
    url: `/admin/staff/${member.id}`,
    headers: { ...bearer(admin), 'if-match': `"${member.id}.${member.version}"` },
    payload: { role: 'viewer' },
  });
  assert.equal(demoteViewer.statusCode, 200);
  assert.equal(demoteViewer.json().role, 'viewer');
  const stale = await t.app.inject({
    method: 'PATCH',
    url: `/admin/staff/${member.id}`,
    headers: { ...bearer(admin), 'if-match': `"${member.id}.${member.version}"` },
    payload: { name: 'x' },
  });
  assert.equal(stale.statusCode, 412);

  const anOwner = await addStaff(owner, 'owner');
  assert.equal(anOwner.statusCode, 201);
  const ownerId = anOwner.json().id as string;
  for (const payload of [{ role: 'admin' }, { isDisabled: true }, { name: 'renamed' }]) {
    const res = await t.app.inject({ method: 'PATCH', url: `/admin/staff/${ownerId}`, headers: bearer(admin), payload });
    assert.equal(res.statusCode, 403);
  }
  assert.equal((await t.app.inject({ method: 'DELETE', url: `/admin/staff/${ownerId}`, headers: bearer(admin) })).statusCode, 403);
  assert.equal((await t.app.inject({ method: 'DELETE', url: `/admin/staff/${ownerId}`, headers: bearer(owner) })).statusCode, 204);
  // API keys are managed by owners only.
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/api-keys', headers: bearer(admin) })).statusCode, 403);
});

void test('disabling a staff member ends all of their sessions at once', async () => {
  const password = 'disable me please';
  const created = await addStaff(owner, 'staff', password);
  const { id, email } = created.json();
  const login = async () => t.app.inject({ method: 'POST', url: '/auth/staff/login', payload: { email, password } });
  const tokens = [(await login()).json().token, (await login()).json().token] as string[];
  for (const token of tokens)
    assert.equal((await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(token) })).statusCode, 200);
  const disable = await t.app.inject({ method: 'PATCH', url: `/admin/staff/${id}`, headers: bearer(owner), payload: { isDisabled: true } });
  assert.equal(disable.statusCode, 200);
  for (const token of tokens)
    assert.equal((await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(token) })).statusCode, 401);
  assert.equal((await login()).statusCode, 401);
});

void test('nobody can remove, demote or disable the last owner, even concurrently', async () => {
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM staff WHERE role = 'owner' ORDER BY id LIMIT 1`);
  const owners = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM staff WHERE role = 'owner' AND is_disabled = false`);
  assert.equal(owners.length, 1, 'this test starts with one owner');
  const self = row!.id;
  for (const payload of [{ role: 'admin' }, { isDisabled: true }]) {
    const res = await t.app.inject({ method: 'PATCH', url: `/admin/staff/${self}`, headers: bearer(owner), payload });
    assert.equal(res.statusCode, 409);
  }
  assert.equal((await t.app.inject({ method: 'DELETE', url: `/admin/staff/${self}`, headers: bearer(owner) })).statusCode, 409);

  // Two owners each demote the other at the same time: exactly one may win.
  const second = await withTransaction(t.database.db, async (tx) =>
    createStaff(tx, undefined, { email: uniqueEmail('owner2'), passwordHash: await hashPassword('owner two pw'), role: 'owner' }),
  );
  const actor = (id: string) => ({ kind: 'staff' as const, id, role: 'owner', permissions: new Set<string>(), sessionId: 'ses_x' });
  const results = await Promise.allSettled([
    withTransaction(t.database.db, (tx) => updateStaff(tx, actor(self), second.id, { role: 'admin' })),
    withTransaction(t.database.db, (tx) => updateStaff(tx, actor(second.id), self, { role: 'admin' })),
  ]);
  const won = results.filter((r) => r.status === 'fulfilled');
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  assert.equal(won.length, 1);
  assert.ok(lost[0]!.reason instanceof LastOwner, String(lost[0]!.reason));
  const remaining = await queryRows<{ id: string }>(t.database.db, sql`SELECT id FROM staff WHERE role = 'owner' AND is_disabled = false`);
  assert.equal(remaining.length, 1);
  // Restore: the original owner token keeps working for the tests below.
  const selfNow = await getStaff(t.database.db, self);
  if (selfNow.role !== 'owner') {
    await withTransaction(t.database.db, (tx) => updateStaff(tx, actor(second.id), self, { role: 'owner' }));
  }
});

void test("API keys: subset of the creator's permissions, secret shown once and stored hashed, revocable", async () => {
  const forbidden = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'k', permissions: ['staff:write'] },
  });
  assert.equal(forbidden.statusCode, 400);
  const unknown = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'k', permissions: ['root'] },
  });
  assert.equal(unknown.statusCode, 400);

  const created = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: { ...bearer(owner), 'idempotency-key': 'key-1' },
    payload: { name: 'erp sync', permissions: ['customers:read', 'orders:read'] },
  });
  assert.equal(created.statusCode, 201);
  const { apiKey, secret } = created.json();
  assert.match(secret, /^sk_[A-Za-z0-9_-]{43}$/);
  const stored = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM api_keys WHERE secret_hash = ${secret} OR prefix = ${secret}`,
  );
  assert.equal(stored[0]!.n, 0);
  const replayed = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE response_body::text LIKE ${`%${secret}%`}`,
  );
  assert.equal(replayed[0]!.n, 0, 'the secret is never stored for idempotent replay');

  const listed = await t.app.inject({ method: 'GET', url: '/admin/api-keys', headers: bearer(owner) });
  assert.ok(!listed.body.includes(secret));
  assert.equal(
    (await t.app.inject({ method: 'GET', url: `/admin/api-keys/${apiKey.id}`, headers: bearer(owner) })).json().lastUsedAt,
    null,
  );

  const use = await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(secret) });
  assert.equal(use.statusCode, 200);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/staff', headers: bearer(secret) })).statusCode, 403);
  assert.equal(
    (
      await t.app.inject({
        method: 'POST',
        url: '/admin/api-keys',
        headers: bearer(secret),
        payload: { name: 'x', permissions: ['orders:read'] },
      })
    ).statusCode,
    403,
  );
  const after = (await t.app.inject({ method: 'GET', url: `/admin/api-keys/${apiKey.id}`, headers: bearer(owner) })).json();
  assert.ok(after.lastUsedAt, 'lastUsedAt is recorded');

  // A key stops working when its creator is disabled.
  const otherOwner = await createStaffToken(t, 'owner');
  const otherKey = (
    await t.app.inject({
      method: 'POST',
      url: '/admin/api-keys',
      headers: bearer(otherOwner),
      payload: { name: 'theirs', permissions: ['customers:read'] },
    })
  ).json();
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(otherKey.secret) })).statusCode, 200);
  const disable = await t.app.inject({
    method: 'PATCH',
    url: `/admin/staff/${otherKey.apiKey.createdBy}`,
    headers: bearer(owner),
    payload: { isDisabled: true },
  });
  assert.equal(disable.statusCode, 200);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(otherKey.secret) })).statusCode, 401);

  const revoke = await t.app.inject({ method: 'DELETE', url: `/admin/api-keys/${apiKey.id}`, headers: bearer(owner) });
  assert.equal(revoke.statusCode, 204);
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(secret) })).statusCode, 401);
});

void test('the first start creates the owner from the environment, or with a printed password', async () => {
  const run = async (env: Record<string, string>) => {
    const { database } = await startTestDatabase();
    const printed: string[] = [];
    const context: CommandContext = {
      db: database.db,
      database,
      config: loadConfig({ NODE_ENV: 'test', ...env }),
      log: pino({ level: 'silent' }),
      print: (line) => printed.push(line),
    };
    await identityModule.bootstrap!(context);
    await identityModule.bootstrap!(context); // a second start changes nothing
    const rows = await queryRows<{ email: string; role: string }>(database.db, sql`SELECT email, role FROM staff`);
    return { rows, printed, context };
  };
  const fromEnv = await run({ STOCKROOM_OWNER_EMAIL: 'Boss@Example.test', STOCKROOM_OWNER_PASSWORD: 'env owner password' });
  assert.deepEqual(fromEnv.rows, [{ email: 'boss@example.test', role: 'owner' }]);
  assert.ok(!fromEnv.printed.join('\n').includes('env owner password'));

  const generated = await run({});
  assert.equal(generated.rows.length, 1);
  assert.equal(generated.printed.filter((l) => l.includes('Generated password')).length, 1);

  const cli = identityModule.commands!['create-staff']!;
  assert.equal(await cli.run(generated.context, ['--email', 'clerk@example.test', '--role', 'viewer']), 0);
  assert.equal(await cli.run(generated.context, ['--email', 'clerk@example.test', '--role', 'viewer']), 1);
  assert.equal(await cli.run(generated.context, ['--email', 'x@example.test', '--role', 'emperor']), 2);
  assert.equal(await cli.run(generated.context, ['--email=pw@example.test', '--role=admin', '--password', 'given password']), 0);
  const rows = await queryRows<{ email: string; role: string }>(generated.context.db, sql`SELECT email, role FROM staff ORDER BY email`);
  assert.deepEqual(
    rows.map((r) => `${r.email}:${r.role}`),
    ['clerk@example.test:viewer', 'owner@localhost:owner', 'pw@example.test:admin'],
  );
});
