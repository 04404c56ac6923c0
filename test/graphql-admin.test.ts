import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GraphQLInputObjectType,
  GraphQLNonNull,
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { startTestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { createProduct } from './support/catalog.ts';
import { gql, gqlData } from './support/graphql.ts';

const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const viewer = await createStaffToken(t, 'viewer');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A literal of `type` that passes GraphQL validation (what the resolver then makes of it does not matter here). */
function sample(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return `[${sample(type.ofType)}]`;
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.name ?? 'null';
  if (named instanceof GraphQLInputObjectType) {
    const fields = Object.values(named.getFields()).filter((f) => f.type instanceof GraphQLNonNull);
    return `{ ${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(named)) {
    if (named.name === 'Int' || named.name === 'Amount' || named.name === 'Float') return '1';
    if (named.name === 'Boolean') return 'true';
    if (named.name === 'JSON') return '{ name: "x" }';
    return '"x"';
  }
  return 'null';
}

const adminSchema = buildSchema(readFileSync(new URL('../schema/admin.graphql', import.meta.url), 'utf8'));
const mutationFields = Object.values(adminSchema.getMutationType()?.getFields() ?? {});

void test('a viewer gets forbidden on every admin mutation, before it runs (walks the whole admin schema)', async () => {
  assert.ok(mutationFields.length >= 12);
  for (const field of mutationFields) {
    const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${sample(a.type)}`);
    const query = `mutation { ${field.name}${args.length ? `(${args.join(', ')})` : ''} { __typename } }`;
    const before = t.database.stats.queries;
    const res = await gql(t, 'admin', query, { token: viewer });
    assert.equal(res.errors?.[0]?.extensions.code, 'forbidden', `${field.name}: ${res.raw}`);
    assert.deepEqual(res.errors?.[0]?.path, [field.name]);
    // The session lookup is the only statement: no write was attempted.
    assert.ok(t.database.stats.queries - before <= 3, `${field.name} ran ${t.database.stats.queries - before} statements`);
  }
});

void test('an API key holds exactly its permissions: products:read reads but cannot write', async () => {
  const created = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: bearer(owner),
    payload: { name: 'reader', permissions: ['products:read'] },
  });
  assert.equal(created.statusCode, 201, created.body);
  const secret = created.json<{ secret: string }>().secret;
  const list = await gql(t, 'admin', '{ products(first: 1) { nodes { id } } }', { token: secret });
  assert.equal(list.errors, undefined, list.raw);
  const write = await gql(t, 'admin', 'mutation { categoryCreate(input: { name: "x", handle: "x" }) { category { id } } }', {
    token: secret,
  });
  assert.equal(write.errors?.[0]?.extensions.code, 'forbidden');
  const customers = await gql(t, 'admin', '{ products(first: 1) { nodes { id } } }', { token: viewer });
  assert.equal(customers.errors, undefined);
});

void test('admin products: parity with REST, writes with expectedVersion, and a fixed statement count per page', async () => {
  for (let i = 0; i < 12; i += 1) await createProduct(t, owner, { title: `Admin ${i}`, status: i % 3 === 0 ? 'draft' : 'published' });
  const fields = `id handle title description status options { name values } images { url alt } tags seo { title description }
    categories { id handle name } categoryIds collectionIds version createdAt updatedAt
    variants { id sku title options prices { currency amount } manageInventory allowBackorder weightGrams inStock }`;
  const page = await gqlData<{ products: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
    t,
    'admin',
    `{ products(first: 3, status: "published") { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    { token: viewer },
  );
  const rest = await t.app.inject({ method: 'GET', url: '/admin/products?limit=3&status=published', headers: bearer(viewer) });
  assert.deepEqual(page.products.nodes, rest.json<{ items: unknown[] }>().items);
  const nextCursor = rest.json<{ nextCursor: string | null }>().nextCursor;
  assert.equal(page.products.pageInfo.hasNextPage, nextCursor !== null);
  if (nextCursor) assert.equal(page.products.pageInfo.endCursor, nextCursor);

  const count = async (first: number) => {
    const before = t.database.stats.queries;
    await gqlData(t, 'admin', `{ products(first: ${first}) { nodes { ${fields} } } }`, { token: viewer });
    return t.database.stats.queries - before;
  };
  assert.equal(await count(2), await count(12));

  const made = await gqlData<{ productCreate: { product: { id: string; version: number } } }>(
    t,
    'admin',
    `mutation { productCreate(input: { title: "Via GraphQL", status: "published", variants: [{ sku: "GQL-1", prices: [{ currency: "EUR", amount: 1000 }] }] }) { product { id version } userErrors { code } } }`,
    { token: owner },
  );
  const id = made.productCreate.product.id;
  const detail = await t.app.inject({ method: 'GET', url: `/admin/products/${id}`, headers: bearer(owner) });
  assert.equal(detail.json<{ title: string }>().title, 'Via GraphQL');
  const stale = await gqlData<{ productUpdate: { userErrors: { code: string }[] } }>(
    t,
    'admin',
    `mutation { productUpdate(id: "${id}", input: { title: "Stale" }, expectedVersion: ${made.productCreate.product.version + 5}) { product { id } userErrors { code } } }`,
    { token: owner },
  );
  assert.equal(stale.productUpdate.userErrors[0]?.code, 'precondition_failed');
  const dup = await gqlData<{ productCreate: { userErrors: { code: string; field: string[] }[] } }>(
    t,
    'admin',
    `mutation { productCreate(input: { title: "Dup", variants: [{ sku: "GQL-1", prices: [] }] }) { product { id } userErrors { code field } } }`,
    { token: owner },
  );
  assert.equal(dup.productCreate.userErrors[0]?.code, 'sku_taken');
  const bad = await gqlData<{ productCreate: { userErrors: { code: string; field: string[] }[] } }>(
    t,
    'admin',
    'mutation { productCreate(input: { nope: 1 }) { userErrors { code field } } }',
    { token: owner },
  );
  assert.ok(bad.productCreate.userErrors.some((e) => e.code === 'validation_failed' && e.field.join('/') === 'input/nope'));
  assert.equal((await gqlData<{ product: null }>(t, 'admin', '{ product(id: "prod_missing") { id } }', { token: owner })).product, null);
});
