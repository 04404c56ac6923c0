import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { modules } from '../src/modules/index.ts';
import { withUserErrors } from '../src/platform/graphql/index.ts';
import { BadRequest, Forbidden } from '../src/platform/errors.ts';
import type { StockroomModule } from '../src/platform/module.ts';
import { startTestApp, type TestApp } from './support/app.ts';
import { createStaffToken } from './support/auth.ts';
import { gql } from './support/graphql.ts';

/** A module that only the test adds: fields that fail in known ways, and a count of resolver calls. */
let probeCalls = 0;
const probe: StockroomModule = {
  name: 'probe',
  graphql: {
    store: {
      typeDefs: /* GraphQL */ `
        type ProbePayload {
          ok: Boolean
          userErrors: [UserError!]!
        }
        type Nest {
          id: Int!
          next: Nest
        }
        extend type Query {
          probe: Int!
          crash: String
          nest: Nest
        }
        extend type Mutation {
          probeFail(kind: String!): ProbePayload!
        }
      `,
      resolvers: {
        Query: {
          probe: () => ++probeCalls,
          nest: () => {
            probeCalls += 1;
            return { id: 1, next: { id: 2 } };
          },
          crash: () => {
            probeCalls += 1;
            throw new Error('relation "secret_table" does not exist: SELECT password FROM secret_table');
          },
        },
        Mutation: {
          probeFail: async (_parent: unknown, args: { kind: string }) =>
            withUserErrors(async () => {
              probeCalls += 1;
              if (args.kind === 'field') throw new BadRequest({ errors: [{ path: '/input/lines/0/quantity', message: 'must be >= 1' }] });
              if (args.kind === 'forbidden') throw new Forbidden();
              return { ok: true };
            }),
        },
      },
    },
  },
};

const t = await startTestApp({}, undefined, [...modules, probe]);

/** Statements run and resolvers called while `fn` runs: both 0 means nothing was executed. */
async function work(app: TestApp, fn: () => Promise<void>): Promise<{ statements: number; calls: number }> {
  const statements = app.database.stats.queries;
  const calls = probeCalls;
  await fn();
  return { statements: app.database.stats.queries - statements, calls: probeCalls - calls };
}

/** `nest { next { … { id } } }` nested to `depth` levels of fields. */
function nested(depth: number): string {
  let inner = 'id';
  for (let level = 2; level < depth; level += 1) inner = `next { ${inner} }`;
  return `{ nest { ${inner} } }`;
}

void test('depth 10 runs; depth 11 is refused before any resolver or statement runs', async () => {
  const ok = await gql(t, 'store', nested(10));
  assert.equal(ok.status, 200, ok.raw);
  assert.equal(ok.errors, undefined, ok.raw);
  const spent = await work(t, async () => {
    const res = await gql(t, 'store', nested(11));
    assert.equal(res.status, 400, res.raw);
    assert.equal(res.errors?.[0]?.extensions.code, 'validation_failed');
    assert.match(res.errors?.[0]?.message ?? '', /depth/i);
  });
  assert.deepEqual(spent, { statements: 0, calls: 0 });
});

void test('a query over the cost budget is refused before it runs; a page of 100 full products is within it', async () => {
  const page = `products(first: 100, currency: "EUR") { nodes { id title variants { id sku prices { currency amount } inStock } images { url } categories { id name } } }`;
  const ok = await gql(t, 'store', `{ probe ${page} }`);
  assert.equal(ok.status, 200, ok.raw);
  const spent = await work(t, async () => {
    const res = await gql(t, 'store', `{ probe a: ${page} b: ${page} c: ${page} }`);
    assert.equal(res.status, 400, res.raw);
    assert.equal(res.errors?.[0]?.extensions.code, 'validation_failed');
    assert.match(res.errors?.[0]?.message ?? '', /budget/);
  });
  assert.deepEqual(spent, { statements: 0, calls: 0 });
  // `first` from a variable counts as the largest page.
  const eight = (first: string) =>
    `query ${first === '$n' ? '($n: Int)' : ''} { probe ${Array.from({ length: 8 }, (_, i) => `a${i}: products(first: ${first}) { nodes { variants { prices { amount } } } }`).join(' ')} }`;
  assert.equal((await gql(t, 'store', eight('1'))).status, 200);
  const viaVariable = await gql(t, 'store', eight('$n'), { variables: { n: 1 } });
  assert.equal(viaVariable.status, 400, viaVariable.raw);
});

void test('20 aliases of one field run; 100 are refused before any resolver', async () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: probe`).join(' ')} }`;
  const ok = await gql(t, 'store', aliases(20));
  assert.equal(ok.status, 200, ok.raw);
  const spent = await work(t, async () => {
    const res = await gql(t, 'store', aliases(100));
    assert.equal(res.status, 400, res.raw);
    assert.equal(res.errors?.[0]?.extensions.code, 'validation_failed');
    assert.match(res.errors?.[0]?.message ?? '', /aliased more than 20/);
  });
  assert.deepEqual(spent, { statements: 0, calls: 0 });
});

void test('an array of operations (batching) is refused before any resolver', async () => {
  const spent = await work(t, async () => {
    const res = await t.app.inject({ method: 'POST', url: '/store/graphql', payload: [{ query: '{ probe }' }, { query: '{ probe }' }] });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<{ code: string }>().code, 'validation_failed', res.body);
  });
  assert.deepEqual(spent, { statements: 0, calls: 0 });
});

void test('a 100 KB query is refused with 413 before it is parsed', async () => {
  const spent = await work(t, async () => {
    const res = await gql(t, 'store', `{ probe ${' '.repeat(100 * 1024)} }`);
    assert.equal(res.status, 413, res.raw);
    assert.match(res.headers['content-type'] as string, /problem\+json/);
    assert.equal(JSON.parse(res.raw).code, 'payload_too_large');
  });
  assert.deepEqual(spent, { statements: 0, calls: 0 });
});

void test('a resolver failure is internal_error with a generic message: no SQL, no stack; it is logged', async () => {
  const res = await gql(t, 'store', '{ crash probe }');
  assert.equal(res.status, 200, res.raw);
  assert.equal(res.errors?.[0]?.extensions.code, 'internal_error');
  assert.deepEqual(res.errors?.[0]?.path, ['crash']);
  assert.doesNotMatch(res.raw, /secret_table|SELECT|password|at .*\.ts/);
  assert.equal(typeof (res.data as { probe: number }).probe, 'number', 'the other fields still answer');
  assert.ok(
    t.logs.some((line) => line.includes('secret_table')),
    'the cause is in the log',
  );
});

void test('expected business errors land in userErrors with the REST code and input path; permission errors stay top-level', async () => {
  const field = await gql<{ probeFail: { ok: boolean | null; userErrors: unknown[] } }>(
    t,
    'store',
    'mutation { probeFail(kind: "field") { ok userErrors { code field message } } }',
  );
  assert.equal(field.errors, undefined, field.raw);
  assert.deepEqual(field.data?.probeFail, {
    ok: null,
    userErrors: [{ code: 'validation_failed', field: ['input', 'lines', '0', 'quantity'], message: 'must be >= 1' }],
  });
  const forbidden = await gql(t, 'store', 'mutation { probeFail(kind: "forbidden") { ok } }');
  assert.equal(forbidden.errors?.[0]?.extensions.code, 'forbidden', forbidden.raw);
});

void test('GET runs queries (cacheable) but refuses mutations; automatic persisted queries', async () => {
  const get = await t.app.inject({ method: 'GET', url: `/store/graphql?query=${encodeURIComponent('{ categories { id } }')}` });
  assert.equal(get.statusCode, 200, get.body);
  assert.deepEqual(get.json(), { data: { categories: [] } });
  const mutation = await t.app.inject({
    method: 'GET',
    url: `/store/graphql?query=${encodeURIComponent('mutation { probeFail(kind: "x") { ok } }')}`,
  });
  assert.equal(mutation.statusCode, 405, mutation.body);
  assert.equal(mutation.json<{ code: string }>().code, 'method_not_allowed');

  const query = '{ categories { id handle } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  const unknown = await t.app.inject({ method: 'GET', url: `/store/graphql?extensions=${extensions}` });
  assert.equal(unknown.json<{ errors: { message: string }[] }>().errors[0]?.message, 'PersistedQueryNotFound');
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/store/graphql',
    payload: { query: '{ probe }', extensions: { persistedQuery: { version: 1, sha256Hash } } },
  });
  assert.equal(wrong.statusCode, 400, 'a hash that does not match its query is refused');
  const register = await t.app.inject({
    method: 'POST',
    url: '/store/graphql',
    payload: { query, extensions: { persistedQuery: { version: 1, sha256Hash } } },
  });
  assert.equal(register.statusCode, 200, register.body);
  const byHash = await t.app.inject({ method: 'GET', url: `/store/graphql?extensions=${extensions}` });
  assert.equal(byHash.statusCode, 200, byHash.body);
  assert.deepEqual(byHash.json(), { data: { categories: [] } });
});

void test('the admin endpoint authenticates as REST does', async () => {
  const anonymous = await gql(t, 'admin', '{ __typename }');
  assert.equal(anonymous.status, 401, anonymous.raw);
  assert.equal(JSON.parse(anonymous.raw).code, 'unauthenticated');
  const bad = await gql(t, 'admin', '{ __typename }', { token: 'not-a-token' });
  assert.equal(bad.status, 401);
  const viewer = await createStaffToken(t, 'viewer');
  const ok = await gql(t, 'admin', '{ __typename }', { token: viewer });
  assert.equal(ok.status, 200, ok.raw);
});

void test('introspection: on in development; in production off, without field suggestions, unless enabled', async () => {
  const introspect = '{ __schema { queryType { name } } }';
  assert.equal((await gql(t, 'store', introspect)).status, 200);
  const typo = await gql(t, 'store', '{ prodcts { nodes { id } } }');
  assert.match(typo.errors?.[0]?.message ?? '', /Did you mean/);

  const prod = await startTestApp({ NODE_ENV: 'production' }, t.testDatabase);
  const refused = await gql(prod, 'store', introspect);
  assert.equal(refused.status, 400, refused.raw);
  assert.equal(refused.errors?.[0]?.extensions.code, 'validation_failed');
  const quiet = await gql(prod, 'store', '{ prodcts { nodes { id } } }');
  assert.equal(quiet.status, 400);
  assert.doesNotMatch(quiet.raw, /Did you mean|products/);

  // No GraphQL IDE in production, at any of the paths mercurius or the endpoints would serve it.
  for (const url of ['/graphiql', '/graphiql/main.js', '/store/graphiql', '/admin/graphiql', '/graphql']) {
    const ide = await prod.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
    assert.equal(ide.statusCode, 404, `${url}: ${ide.statusCode}`);
  }
  const page = await prod.app.inject({ method: 'GET', url: '/store/graphql', headers: { accept: 'text/html' } });
  assert.doesNotMatch(page.body, /graphiql/i);

  const enabled = await startTestApp({ NODE_ENV: 'production', STOCKROOM_GRAPHQL_INTROSPECTION: 'true' }, t.testDatabase);
  assert.equal((await gql(enabled, 'store', introspect)).status, 200);
});
