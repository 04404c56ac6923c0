import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { registeredRoutes, type RouteEntry } from '../src/platform/http/auth.ts';
import { startTestApp } from './support/app.ts';
import { createCustomerToken, createStaffToken, randomIp } from './support/auth.ts';

/**
 * Input the database cannot store, sent to every route. PostgreSQL cannot store U+0000 in text or jsonb. Walks EVERY route of the live route table (so
 * routes any module adds later are covered without editing this file) and sends NUL in each path
 * parameter, in each string query parameter and in each string body field the route documents:
 * never a 5xx, always 400 validation_failed naming the field by its JSON pointer.
 */
const t = await startTestApp();
const owner = await createStaffToken(t, 'owner');
const customer = (await createCustomerToken(t)).token;
// ACP and UCP answer in their protocols' error formats (one error, its field as a JSONPath), not
// problem+json: src/modules/agents/acp.test.ts and ucp.test.ts cover their validation.
const routes = registeredRoutes(t.app).filter(
  (r) => !['HEAD', 'OPTIONS'].includes(r.method) && !r.url.startsWith('/docs') && !r.url.startsWith('/acp/') && !r.url.startsWith('/ucp/'),
);

interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface JsonSchema {
  type?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
}
const openapi = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Record<string, Record<string, Operation>> }>();

function operationOf(route: RouteEntry): Operation | undefined {
  return openapi.paths[route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method.toLowerCase()];
}

const isString = (schema: JsonSchema | undefined): boolean =>
  schema?.type === 'string' || (schema?.anyOf ?? []).some((s) => s.type === 'string');
const isNumber = (schema: JsonSchema | undefined): boolean =>
  ['integer', 'number'].includes(schema?.type ?? '') || (schema?.anyOf ?? []).some((s) => ['integer', 'number'].includes(s.type ?? ''));

function headersFor(route: RouteEntry): Record<string, string> {
  const token = route.permission ? owner : route.auth === 'customer' ? customer : undefined;
  return token ? { authorization: `Bearer ${token}` } : {};
}

const NUL = '\u0000';
const randomId = () => `x_${randomBytes(8).toString('hex')}`;

interface Problem {
  code: string;
  errors?: { path: string }[];
}

async function send(route: RouteEntry, url: string, payload?: Record<string, unknown>) {
  const hasBody = route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT';
  return t.app.inject({
    method: route.method as 'POST',
    url,
    headers: headersFor(route),
    remoteAddress: randomIp(), // no route's throttle may answer before validation does
    ...(hasBody ? { payload: payload ?? {} } : {}),
  });
}

function assertNamed(res: { statusCode: number; body: string; json: <T>() => T }, what: string, paths: string[]) {
  assert.ok(res.statusCode < 500, `${what} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  assert.equal(res.statusCode, 400, `${what} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  const problem = res.json<Problem>();
  assert.equal(problem.code, 'validation_failed', what);
  const named = new Set((problem.errors ?? []).map((e) => e.path));
  for (const path of paths) assert.ok(named.has(path), `${what}: errors[] does not name ${path}: ${res.body.slice(0, 300)}`);
}

test('NUL in every path parameter of every route → 400 naming /params/<name>', async () => {
  let checked = 0;
  for (const route of routes) {
    const names = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
    for (const name of names) {
      const url = route.url.replace(/:([A-Za-z0-9_]+)/g, (_m, param: string) => (param === name ? `cart_%00${randomId()}` : randomId()));
      assertNamed(await send(route, url), `${route.method} ${route.url} (${name})`, [`/params/${name}`]);
      checked += 1;
    }
  }
  assert.ok(checked >= 40, `checked ${checked} path parameters`);
});

test('NUL in every string query parameter a route documents → 400 naming /query/<name>', async () => {
  let checked = 0;
  for (const route of routes) {
    const query = (operationOf(route)?.parameters ?? []).filter((p) => p.in === 'query' && isString(p.schema));
    for (const parameter of query) {
      const base = route.url.replace(/:([A-Za-z0-9_]+)/g, () => randomId());
      const url = `${base}?${encodeURIComponent(parameter.name)}=a%00b`;
      assertNamed(await send(route, url), `${route.method} ${route.url}?${parameter.name}`, [`/query/${parameter.name}`]);
      checked += 1;
    }
  }
  assert.ok(checked >= 5, `checked ${checked} query parameters`);
});

test('NUL in every string body field a route documents, and in nested or unknown fields → 400 naming each', async () => {
  let checked = 0;
  for (const route of routes) {
    const schema = operationOf(route)?.requestBody?.content?.['application/json']?.schema;
    if (!schema) continue;
    const fields = Object.entries(schema.properties ?? {})
      .filter(([, s]) => isString(s))
      .map(([name]) => name);
    const payload: Record<string, unknown> = { nested: { list: ['fine', `x${NUL}`] } };
    for (const field of fields) payload[field] = `a${NUL}b`;
    const url = route.url.replace(/:([A-Za-z0-9_]+)/g, () => randomId());
    assertNamed(await send(route, url, payload), `${route.method} ${route.url} body`, [...fields.map((f) => `/${f}`), '/nested/list/1']);
    checked += 1;
  }
  assert.ok(checked >= 20, `checked ${checked} bodies`);
});

test('the cases first reported: none answers 500', async () => {
  const admin = { authorization: `Bearer ${owner}` };
  const cases: { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object; headers?: Record<string, string>; path: string }[] = [
    { method: 'GET', url: '/store/products/%00', path: '/params/handle' },
    { method: 'GET', url: '/store/carts/cart_%00', path: '/params/id' },
    { method: 'POST', url: '/auth/customers/login', payload: { email: `a${NUL}@example.com`, password: 'whatever-long' }, path: '/email' },
    { method: 'PATCH', url: '/admin/products/prod_%00', payload: { title: 'x' }, headers: admin, path: '/params/id' },
    { method: 'GET', url: '/admin/inventory?variantId=%00', headers: admin, path: '/query/variantId' },
  ];
  for (const c of cases) {
    const res = await t.app.inject({
      method: c.method,
      url: c.url,
      headers: c.headers ?? {},
      ...(c.payload ? { payload: c.payload } : {}),
    });
    assertNamed(res, `${c.method} ${c.url}`, [c.path]);
  }
});

test('out-of-range numbers in every numeric query parameter and body field → never 5xx; a 400 always has errors[]', async () => {
  let checked = 0;
  const check = (res: { statusCode: number; body: string; json: <T>() => T }, what: string) => {
    assert.ok(res.statusCode < 500, `${what} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    if (res.statusCode === 400)
      assert.ok((res.json<Problem>().errors ?? []).length > 0, `${what}: 400 without errors[]: ${res.body.slice(0, 200)}`);
    checked += 1;
  };
  for (const route of routes) {
    const operation = operationOf(route);
    const base = route.url.replace(/:([A-Za-z0-9_]+)/g, () => randomId());
    for (const parameter of (operation?.parameters ?? []).filter((p) => p.in === 'query' && isNumber(p.schema))) {
      for (const value of ['1e30', '-1e30', '1.5', 'NaN', 'Infinity', '99999999999999999999']) {
        check(
          await send(route, `${base}?${encodeURIComponent(parameter.name)}=${value}`),
          `${route.method} ${route.url}?${parameter.name}=${value}`,
        );
      }
    }
    const schema = operation?.requestBody?.content?.['application/json']?.schema;
    for (const [field, fieldSchema] of Object.entries(schema?.properties ?? {})) {
      if (!isNumber(fieldSchema)) continue;
      for (const value of [1e20, -1e20, 1e308, 1.5]) {
        check(await send(route, base, { [field]: value }), `${route.method} ${route.url} ${field}=${value}`);
      }
    }
  }
  assert.ok(checked >= 20, `checked ${checked} numeric inputs`);
});
