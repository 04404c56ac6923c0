import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/platform/db/index.ts';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken, uniqueEmail } from './support/auth.ts';
import { send } from './support/checkout.ts';
import { gql, gqlData } from './support/graphql.ts';

const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const admin = await createStaffToken(t, 'admin');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const CUSTOMER = 'id email firstName lastName phone version createdAt updatedAt';
const STAFF = 'id email name role isDisabled version createdAt updatedAt';
const API_KEY = 'id name prefix permissions createdBy version createdAt lastUsedAt revokedAt';

interface Payload {
  userErrors: { code: string; field: string[] | null }[];
  [key: string]: unknown;
}

async function mutation(
  field: string,
  args: string,
  selection: string,
  options: { token?: string; headers?: Record<string, string> } = {},
) {
  const res = await gql<Record<string, Payload>>(t, 'admin', `mutation { ${field}(${args}) { ${selection} userErrors { code field } } }`, {
    token: options.token ?? owner,
    headers: options.headers ?? {},
  });
  assert.equal(res.errors, undefined, res.raw);
  const payload = res.data?.[field];
  assert.ok(payload, res.raw);
  return payload;
}
const get = async (url: string) => (await send(t.app, 'GET', url, undefined, bearer(owner))).body as unknown;

void test('customers over GraphQL equal GET /admin/customers (email filter, cursors) and /admin/customers/{id}', async () => {
  const a = await createCustomerToken(t);
  await createCustomerToken(t);
  await createCustomerToken(t);
  const rest = (await get('/admin/customers?limit=2')) as { items: unknown[]; nextCursor: string | null };
  const page = await gqlData<{ customers: { nodes: unknown[]; pageInfo: { endCursor: string | null } } }>(
    t,
    'admin',
    `{ customers(first: 2) { nodes { ${CUSTOMER} } pageInfo { endCursor } } }`,
    { token: admin },
  );
  assert.deepEqual(page.customers.nodes, rest.items);
  assert.equal(page.customers.pageInfo.endCursor, rest.nextCursor);
  const byEmail = await gqlData<{ customers: { nodes: { id: string }[] }; one: unknown; none: unknown }>(
    t,
    'admin',
    `query($email: String) { customers(email: $email) { nodes { id } } one: customer(id: "${a.customerId}") { ${CUSTOMER} }
      none: customer(id: "cus_doesnotexist") { id } }`,
    { token: admin, variables: { email: a.email } },
  );
  assert.deepEqual(
    byEmail.customers.nodes.map((c) => c.id),
    [a.customerId],
  );
  assert.deepEqual(byEmail.one, await get(`/admin/customers/${a.customerId}`));
  assert.equal(byEmail.none, null);
});

void test('staff over GraphQL equal the /admin/staff routes: create, list, update, delete, owner rules', async () => {
  const email = uniqueEmail('gql-staff');
  const made = await mutation(
    'staffCreate',
    `input: { email: "${email}", password: "pw-${randomUUID()}", role: "staff", name: "Grace" }`,
    `staff { ${STAFF} }`,
  );
  assert.deepEqual(made.userErrors, []);
  const member = made.staff as { id: string; version: number };
  assert.deepEqual(member, await get(`/admin/staff/${member.id}`));
  const taken = await mutation(
    'staffCreate',
    `input: { email: "${email}", password: "pw-${randomUUID()}", role: "staff" }`,
    'staff { id }',
  );
  const restTaken = await send(t.app, 'POST', '/admin/staff', { email, password: `pw-${randomUUID()}`, role: 'staff' }, bearer(owner));
  assert.equal(taken.userErrors[0]?.code, restTaken.body.code);
  const weak = await mutation('staffCreate', `input: { email: "${uniqueEmail('weak')}", password: "x", role: "staff" }`, 'staff { id }');
  assert.deepEqual(weak.userErrors[0]?.field, ['input', 'password']);

  const rest = (await get('/admin/staff?limit=2')) as { items: unknown[]; nextCursor: string | null };
  const page = await gqlData<{ staffMembers: { nodes: unknown[]; pageInfo: { endCursor: string | null } } }>(
    t,
    'admin',
    `{ staffMembers(first: 2) { nodes { ${STAFF} } pageInfo { endCursor } } }`,
    { token: admin },
  );
  assert.deepEqual(page.staffMembers.nodes, rest.items);
  assert.equal(page.staffMembers.pageInfo.endCursor, rest.nextCursor);

  const stale = await mutation('staffUpdate', `id: "${member.id}", input: { name: "x" }, expectedVersion: 99`, 'staff { id }');
  assert.equal(stale.userErrors[0]?.code, 'precondition_failed');
  const updated = await mutation(
    'staffUpdate',
    `id: "${member.id}", input: { name: null, role: "viewer" }, expectedVersion: ${member.version}`,
    `staff { ${STAFF} }`,
  );
  assert.deepEqual(updated.userErrors, []);
  assert.deepEqual(updated.staff, await get(`/admin/staff/${member.id}`));
  assert.deepEqual([(updated.staff as { name: null }).name, (updated.staff as { role: string }).role], [null, 'viewer']);

  // Only an owner may make an owner: forbidden is top-level, as REST's 403.
  const promote = await gql(t, 'admin', `mutation { staffUpdate(id: "${member.id}", input: { role: "owner" }) { staff { id } } }`, {
    token: admin,
  });
  assert.equal(promote.errors?.[0]?.extensions.code, 'forbidden');
  const deleted = await mutation('staffDelete', `id: "${member.id}"`, 'deletedId');
  assert.equal(deleted.deletedId, member.id);
  assert.equal((await send(t.app, 'GET', `/admin/staff/${member.id}`, undefined, bearer(owner))).status, 404);
  assert.equal(
    (await gqlData<{ staffMember: null }>(t, 'admin', `{ staffMember(id: "${member.id}") { id } }`, { token: owner })).staffMember,
    null,
  );
});

void test('API keys over GraphQL equal the /admin/api-keys routes; the secret is never stored under an Idempotency-Key', async () => {
  const key = randomUUID();
  const create = () =>
    mutation('apiKeyCreate', 'name: "Feed", permissions: ["products:read"]', `apiKey { ${API_KEY} } secret`, {
      headers: { 'idempotency-key': key },
    });
  const made = await create();
  assert.deepEqual(made.userErrors, []);
  const apiKey = made.apiKey as { id: string; version: number };
  const secret = String(made.secret);
  assert.deepEqual(apiKey, await get(`/admin/api-keys/${apiKey.id}`));
  const again = await create();
  assert.notEqual((again.apiKey as { id: string }).id, apiKey.id, 'a second create is a second key, as REST (no replay of a secret)');
  const stored = await queryRows<{ n: number }>(
    t.database.db,
    sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE response_body::text LIKE ${`%${secret}%`}`,
  );
  assert.equal(stored[0]?.n, 0);
  const reads = await gql(t, 'admin', '{ products(first: 1) { nodes { id } } }', { token: secret });
  assert.equal(reads.errors, undefined, reads.raw);

  const rest = (await get('/admin/api-keys?limit=1')) as { items: unknown[]; nextCursor: string | null };
  const page = await gqlData<{ apiKeys: { nodes: unknown[]; pageInfo: { endCursor: string | null } } }>(
    t,
    'admin',
    `{ apiKeys(first: 1) { nodes { ${API_KEY} } pageInfo { endCursor } } }`,
    { token: owner },
  );
  assert.deepEqual(page.apiKeys.nodes, rest.items);
  assert.equal(page.apiKeys.pageInfo.endCursor, rest.nextCursor);

  const badPermission = await mutation('apiKeyCreate', 'name: "Bad", permissions: ["everything"]', 'apiKey { id }');
  assert.deepEqual(badPermission.userErrors[0]?.field, ['permissions', '0']);
  const renamed = await mutation(
    'apiKeyRename',
    `id: "${apiKey.id}", name: "Feed 2", expectedVersion: ${apiKey.version}`,
    `apiKey { ${API_KEY} }`,
  );
  assert.deepEqual(renamed.apiKey, await get(`/admin/api-keys/${apiKey.id}`));
  const revoked = await mutation('apiKeyRevoke', `id: "${apiKey.id}"`, 'deletedId');
  assert.equal(revoked.deletedId, apiKey.id);
  const after = await gql(t, 'admin', '{ products(first: 1) { nodes { id } } }', { token: secret });
  assert.equal(after.status, 401, after.raw);
});
