import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp } from '../../../test/support/app.ts';
import { registeredRoutes } from './auth.ts';
import { idempotentRoutes } from './idempotency.ts';

const t = await startTestApp({
  STOCKROOM_CORS_STORE_ORIGINS: 'https://shop.example',
  STOCKROOM_CORS_ADMIN_ORIGINS: 'https://admin.example',
});

interface Operation {
  responses: Record<string, { description?: string }>;
  parameters?: { in: string; name: string; description?: string }[];
  security?: Record<string, string[]>[];
  tags?: string[];
}

interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}

const toOpenApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApiDocument>();

test('GET /openapi.json is a valid OpenAPI 3.1 document', async () => {
  assert.equal(doc.openapi, '3.1.0');
  const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2)?.slice(0, 2000));
});

test('every API route is documented, with its problem responses', () => {
  const missing: string[] = [];
  for (const route of registeredRoutes(t.app)) {
    if (route.method === 'HEAD' || route.method === 'OPTIONS') continue;
    if (!/^\/(store|admin|auth|health|webhooks)/.test(route.url)) continue;
    const operation = doc.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase()];
    if (!operation) {
      missing.push(`${route.method} ${route.url}`);
      continue;
    }
    assert.ok(operation.responses['4XX'] ?? operation.responses['4xx'], `${route.method} ${route.url} documents 4xx`);
  }
  assert.deepEqual(missing, []);
});

const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation })),
);

test('the document works wherever it is served: its server is relative', () => {
  assert.deepEqual(
    doc.servers?.map((s) => s.url),
    ['/'],
  );
});

test('every response of every operation has a real description, every query parameter one too', () => {
  assert.ok(operations.length > 50);
  const vague = operations.flatMap(({ where, operation }) =>
    Object.entries(operation.responses)
      .filter(([, response]) => !response.description || response.description === 'Default Response')
      .map(([status]) => `${where} ${status}`),
  );
  assert.deepEqual(vague, []);
  const undescribed = operations.flatMap(({ where, operation }) =>
    (operation.parameters ?? []).filter((p) => p.in === 'query' && !p.description?.trim()).map((p) => `${where} ?${p.name}`),
  );
  assert.deepEqual(undescribed, []);
});

test('the Idempotency-Key header is documented on exactly the routes the idempotency hook honours', () => {
  const honoured = new Set(idempotentRoutes(t.app).map((r) => `${r.method} ${toOpenApiPath(r.url)}`));
  assert.ok(honoured.has('POST /store/carts') && honoured.has('POST /store/carts/{id}/complete'));
  const documented = new Set(
    operations
      .filter(({ operation }) => operation.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key' && p.description))
      .map(({ where }) => where),
  );
  assert.deepEqual([...documented].sort(), [...honoured].sort());
});

test('security per operation: a lock only where a token is required, optional on carts, none on public reads', () => {
  const security = (method: string, path: string) => doc.paths[path]?.[method]?.security;
  assert.deepEqual(security('get', '/store/products'), []);
  assert.deepEqual(security('post', '/auth/customers/login'), []);
  assert.deepEqual(security('get', '/health/live'), []);
  assert.deepEqual(security('post', '/store/carts'), [{}, { bearerAuth: [] }]);
  assert.deepEqual(security('get', '/store/me'), [{ bearerAuth: [] }]);
  assert.deepEqual(security('get', '/admin/products'), [{ bearerAuth: [] }]);
  assert.deepEqual(security('post', '/auth/logout'), [{ bearerAuth: [] }]);
});

test('every tag an operation uses is described', () => {
  const described = new Map((doc.tags ?? []).map((tag) => [tag.name, tag.description]));
  const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []));
  const missing = [...used].filter((tag) => !described.get(tag)?.trim());
  assert.deepEqual(missing, [], 'add the tag to the apiTags of the module that owns the route');
});

test('GET /docs serves the interactive reference from this server', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/docs/' });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /swagger/i);
  assert.doesNotMatch(res.body, /https?:\/\/(cdn|unpkg|jsdelivr)/);
});

test('GET /metrics exposes request durations by route, database and process metrics', async () => {
  await t.app.inject({ method: 'GET', url: '/health/live' });
  const res = await t.app.inject({ method: 'GET', url: '/metrics' });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/plain/);
  assert.match(res.body, /stockroom_http_request_duration_seconds_bucket\{[^}]*route="\/health\/live"[^}]*status_code="200"/);
  assert.match(res.body, /stockroom_db_queries_total/);
  // prom-client's default metrics keep their standard names, so standard dashboards work.
  for (const name of [
    'process_cpu_seconds_total',
    'process_resident_memory_bytes',
    'nodejs_heap_size_used_bytes',
    'nodejs_eventloop_lag_seconds',
  ]) {
    assert.match(res.body, new RegExp(`^# TYPE ${name} `, 'm'), `${name} is exposed under its standard name`);
  }
  assert.doesNotMatch(res.body, /stockroom_(process|nodejs)_/, 'no stockroom_ prefix on default metrics');
  // Every metric of our own is named stockroom_…
  const ours = [...res.body.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!).filter((n) => !/^(process|nodejs)_/.test(n));
  assert.ok(ours.length >= 3);
  for (const name of ours) assert.match(name, /^stockroom_/);
});

test('CORS: allow-listed origins per namespace, nobody else', async () => {
  const preflight = (url: string, origin: string) =>
    t.app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': 'POST' },
    });
  const store = await preflight('/store/carts', 'https://shop.example');
  assert.equal(store.headers['access-control-allow-origin'], 'https://shop.example');
  assert.equal(store.headers['access-control-allow-credentials'], undefined);
  const evil = await preflight('/store/carts', 'https://evil.example');
  assert.equal(evil.headers['access-control-allow-origin'], undefined);
  const shopOnAdmin = await preflight('/admin/products', 'https://shop.example');
  assert.equal(shopOnAdmin.headers['access-control-allow-origin'], undefined);
  const admin = await preflight('/admin/products', 'https://admin.example');
  assert.equal(admin.headers['access-control-allow-origin'], 'https://admin.example');
  const simple = await t.app.inject({ method: 'GET', url: '/health/live', headers: { origin: 'https://evil.example' } });
  assert.equal(simple.headers['access-control-allow-origin'], undefined);
});
