import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { send } from './support/checkout.ts';
import { gql, gqlData } from './support/graphql.ts';

const t = await startTestApp();
const admin = await createStaffToken(t, 'admin');
const auth = { authorization: `Bearer ${admin}` };

const REGION =
  'id name currency countries taxRateBps taxInclusive isShippingTaxed taxOverrides { country taxRateBps } version createdAt updatedAt';
const OPTION = 'id regionId name type amount freeOverAmount weightBands { maxGrams amount } isActive version createdAt updatedAt';
const PROMOTION =
  'id code type value currency startsAt endsAt usageLimit perCustomerLimit minSubtotal productIds categoryIds used version createdAt updatedAt';

interface Payload {
  userErrors: { code: string; field: string[] | null }[];
  [key: string]: unknown;
}

async function mutation(field: string, args: string, selection: string, variables?: Record<string, unknown>): Promise<Payload> {
  const res = await gql<Record<string, Payload>>(
    t,
    'admin',
    `mutation${variables ? '($input: JSON!)' : ''} { ${field}(${args}) { ${selection} userErrors { code field } } }`,
    { token: admin, variables },
  );
  assert.equal(res.errors, undefined, res.raw);
  const payload = res.data?.[field];
  assert.ok(payload, res.raw);
  return payload;
}

const get = async (url: string) => (await send(t.app, 'GET', url, undefined, auth)).body as unknown;

/**
 * One admin pricing resource over GraphQL against its REST routes: create, read, the list with
 * filters and cursors, update (stale version refused), an invalid input, delete.
 */
async function crud(spec: {
  field: string;
  path: string;
  fields: string;
  create: Record<string, unknown>;
  second: Record<string, unknown>;
  patch: Record<string, unknown>;
  invalid: Record<string, unknown>;
  invalidField: string;
  filter?: string;
}) {
  const { field, path, fields } = spec;
  const name = `${field[0]?.toUpperCase()}${field.slice(1)}`;
  const made = await mutation(`${field}Create`, 'input: $input', `${field} { ${fields} }`, { input: spec.create });
  assert.deepEqual(made.userErrors, [], field);
  const created = made[field] as { id: string; version: number };
  assert.deepEqual(created, await get(`${path}/${created.id}`), field);
  const other = await send(t.app, 'POST', path, spec.second, auth);
  assert.equal(other.status, 201, JSON.stringify(other.body));

  const filter = spec.filter ?? '';
  const rest = (await get(`${path}?limit=1${filter ? `&${filter.replace(/: "(.*)"/, '=$1')}` : ''}`)) as {
    items: unknown[];
    nextCursor: string | null;
  };
  const list = await gqlData<Record<string, { nodes: unknown[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }>>(
    t,
    'admin',
    `{ list: ${field}s(first: 1${filter ? `, ${filter}` : ''}) { nodes { ${fields} } pageInfo { endCursor hasNextPage } } }`,
    { token: admin },
  );
  assert.deepEqual(list.list?.nodes, rest.items, field);
  assert.equal(list.list?.pageInfo.hasNextPage, rest.nextCursor !== null);
  if (rest.nextCursor) assert.equal(list.list?.pageInfo.endCursor, rest.nextCursor);

  const stale = await mutation(`${field}Update`, `id: "${created.id}", input: $input, expectedVersion: 999`, `${field} { id }`, {
    input: spec.patch,
  });
  assert.equal(stale.userErrors[0]?.code, 'precondition_failed', field);
  const updated = await mutation(
    `${field}Update`,
    `id: "${created.id}", input: $input, expectedVersion: ${created.version}`,
    `${field} { ${fields} }`,
    { input: spec.patch },
  );
  assert.deepEqual(updated.userErrors, [], field);
  assert.deepEqual(updated[field], await get(`${path}/${created.id}`), field);
  const invalid = await mutation(`${field}Create`, 'input: $input', `${field} { id }`, { input: spec.invalid });
  assert.ok(
    invalid.userErrors.some((e) => e.code === 'validation_failed' && e.field?.join('/') === spec.invalidField),
    `${field}: ${JSON.stringify(invalid.userErrors)}`,
  );
  const deleted = await mutation(`${field}Delete`, `id: "${created.id}"`, 'deletedId');
  assert.equal(deleted.deletedId, created.id);
  assert.equal((await send(t.app, 'GET', `${path}/${created.id}`, undefined, auth)).status, 404);
  const none = await gqlData(t, 'admin', `{ ${field}(id: "${created.id}") { id } }`, { token: admin });
  assert.equal(none[field], null, name);
}

void test('regions, shipping options and promotions over GraphQL equal the admin REST routes', async () => {
  await crud({
    field: 'region',
    path: '/admin/regions',
    fields: REGION,
    create: { name: 'Austria', currency: 'EUR', countries: ['AT'], taxRateBps: 2000, taxOverrides: [] },
    second: { name: 'Poland', currency: 'PLN', countries: ['PL'], taxRateBps: 2300 },
    patch: { name: 'Österreich', taxInclusive: true },
    invalid: { name: 'Nowhere', currency: 'EUR', countries: ['xx'], taxRateBps: 2000 },
    invalidField: 'input/countries/0',
  });
  const region = (
    await send(t.app, 'POST', '/admin/regions', { name: 'Czechia', currency: 'CZK', countries: ['CZ'], taxRateBps: 2100 }, auth)
  ).body as { id: string };
  await crud({
    field: 'shippingOption',
    path: '/admin/shipping-options',
    fields: OPTION,
    create: { regionId: region.id, name: 'Express', type: 'flat', amount: 990 },
    second: { regionId: region.id, name: 'Free', type: 'free_over', amount: 490, freeOverAmount: 5000 },
    patch: { name: 'Express 24h', amount: 1290 },
    invalid: { regionId: region.id, name: 'Bad', type: 'teleport' },
    invalidField: 'input/type',
    filter: `regionId: "${region.id}"`,
  });
  await crud({
    field: 'promotion',
    path: '/admin/promotions',
    fields: PROMOTION,
    create: { code: 'GQL10', type: 'percentage', value: 10 },
    second: { code: 'REST5', type: 'fixed', value: 500, currency: 'EUR' },
    patch: { usageLimit: 3, endsAt: null },
    invalid: { code: 'has space', type: 'percentage', value: 10 },
    invalidField: 'input/code',
    filter: 'code: "REST5"',
  });
  const duplicate = await mutation('promotionCreate', 'input: $input', 'promotion { id }', {
    input: { code: 'rest5', type: 'percentage', value: 5 },
  });
  const restDuplicate = await send(t.app, 'POST', '/admin/promotions', { code: 'rest5', type: 'percentage', value: 5 }, auth);
  assert.equal(duplicate.userErrors[0]?.code, restDuplicate.body.code);
});
