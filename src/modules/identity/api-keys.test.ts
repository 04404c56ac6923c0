import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp } from '../../../test/support/app.ts';
import { createStaffToken } from '../../../test/support/auth.ts';

const t = await startTestApp();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const owner = await createStaffToken(t, 'owner');

/** Another owner, and a key of theirs that reads API keys (owner-only) and customers (every role). */
async function ownerWithKey(): Promise<{ creatorId: string; creatorToken: string; keyId: string; secret: string }> {
  const creatorToken = await createStaffToken(t, 'owner');
  const res = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(creatorToken),
    payload: { name: 'integration', permissions: ['api_keys:read', 'customers:read'] },
  });
  assert.equal(res.statusCode, 201, res.body);
  const { apiKey, secret } = res.json<{ apiKey: { id: string; createdBy: string }; secret: string }>();
  return { creatorId: apiKey.createdBy, creatorToken, keyId: apiKey.id, secret };
}

const useKeys = async (secret: string) =>
  (await t.app.inject({ method: 'GET', url: '/admin/api-keys', headers: bearer(secret) })).statusCode;
const useCustomers = async (secret: string) =>
  (await t.app.inject({ method: 'GET', url: '/admin/customers', headers: bearer(secret) })).statusCode;
const patchStaff = (id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/admin/staff/${id}`, headers: bearer(owner), payload });
const deleteStaff = (id: string) => t.app.inject({ method: 'DELETE', url: `/admin/staff/${id}`, headers: bearer(owner) });

void test('deleting its creator revokes a key; it never works again', async () => {
  const k = await ownerWithKey();
  assert.equal(await useKeys(k.secret), 200);
  assert.equal((await deleteStaff(k.creatorId)).statusCode, 204);
  assert.equal(await useKeys(k.secret), 401);
  assert.equal(await useCustomers(k.secret), 401);
  const shown = await t.app.inject({ method: 'GET', url: `/admin/api-keys/${k.keyId}`, headers: bearer(owner) });
  assert.equal(shown.json().createdBy, null);
  assert.ok(shown.json().revokedAt, 'the key is listed as revoked');
});

void test("a disabled creator's key stops, and deleting the creator does not revive it", async () => {
  const k = await ownerWithKey();
  assert.equal((await patchStaff(k.creatorId, { isDisabled: true })).statusCode, 200);
  assert.equal(await useCustomers(k.secret), 401);
  assert.equal((await deleteStaff(k.creatorId)).statusCode, 204);
  assert.equal(await useCustomers(k.secret), 401);
  assert.equal(await useKeys(k.secret), 401);
});

void test("a demoted creator's key is narrowed, and deleting the creator does not widen it", async () => {
  const k = await ownerWithKey();
  assert.equal((await patchStaff(k.creatorId, { role: 'admin' })).statusCode, 200);
  assert.equal(await useKeys(k.secret), 403, 'an admin may not read API keys, so neither may the key');
  assert.equal(await useCustomers(k.secret), 200, 'what the admin still may do, the key still may');
  const me = await t.app.inject({ method: 'GET', url: '/admin/me', headers: bearer(k.secret) });
  assert.deepEqual(me.json().permissions, ['customers:read', 'me:read']);
  assert.equal((await deleteStaff(k.creatorId)).statusCode, 204);
  assert.equal(await useKeys(k.secret), 401);
  assert.equal(await useCustomers(k.secret), 401);
});

void test('a key whose creator row is gone without the revocation (an older deletion) does not work', async () => {
  const k = await ownerWithKey();
  // What a deletion did before keys were revoked with their creator: only created_by set to NULL.
  await t.database.db.execute(sql`UPDATE api_keys SET created_by = NULL WHERE id = ${k.keyId}`);
  assert.equal(await useCustomers(k.secret), 401);
});

void test('stored emails (they carry reset tokens) are for signed-in owners only: no other role, no API key', async () => {
  const refused = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'mail', permissions: ['emails:read'] },
  });
  assert.equal(refused.statusCode, 400);
  assert.deepEqual(refused.json().errors, [{ path: '/permissions/0', message: 'cannot be given to an API key' }]);
  const k = await ownerWithKey();
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(k.secret) })).statusCode, 403);
  for (const role of ['admin', 'staff', 'viewer'] as const) {
    const token = await createStaffToken(t, role);
    assert.equal((await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(token) })).statusCode, 403, role);
  }
  assert.equal((await t.app.inject({ method: 'GET', url: '/admin/emails', headers: bearer(owner) })).statusCode, 200);
});
