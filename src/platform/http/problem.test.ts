import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { startTestApp } from '../../../test/support/app.ts';
import type { ModuleContext, StockroomModule } from '../module.ts';
import { Conflict, type ProblemCode } from '../errors.ts';

const Echo = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50 }),
    quantity: Type.Integer({ minimum: 1, maximum: 999 }),
    lines: Type.Optional(
      Type.Array(Type.Object({ sku: Type.String({ minLength: 1 }) }, { additionalProperties: false }), { maxItems: 10 }),
    ),
  },
  { additionalProperties: false },
);

const routes: FastifyPluginAsyncTypebox<ModuleContext> = async (app) => {
  // These probes write nothing, so they opt out of idempotency (an idempotent route answers through inRequestTransaction).
  app.post(
    '/store/echo',
    { config: { idempotency: 'off' }, schema: { body: Echo, response: { 200: Echo } } },
    async (request) => request.body,
  );
  app.get('/store/boom', { schema: { response: { 200: Type.Object({}) } } }, async () => {
    throw new Error('secret detail: SELECT password_hash FROM staff at /srv/app.ts:12');
  });
  app.get('/store/conflict', { schema: { response: { 200: Type.Object({}) } } }, async () => {
    throw new Conflict({ detail: 'Already there.' });
  });
  app.get(
    '/store/list',
    {
      schema: {
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ limit: Type.Integer() }) },
      },
    },
    async (request) => ({ limit: request.query.limit ?? 20 }),
  );
};
// A plugin that registers a shared schema gets a new validator context: it must keep our rules.
const withSharedSchema: FastifyPluginAsyncTypebox<ModuleContext> = async (app) => {
  app.addSchema({ $id: 'Thing', type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false });
  app.post(
    '/store/things',
    {
      config: { idempotency: 'off' },
      schema: {
        querystring: Type.Object({ dry: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        body: Type.Object({ n: Type.Integer() }, { additionalProperties: false }),
        response: { 200: Type.Object({ n: Type.Integer() }) },
      },
    },
    async (request) => request.body,
  );
};
const probe: StockroomModule = {
  name: 'probe',
  routes: async (app, context) => {
    await app.register(routes, context);
    await app.register(withSharedSchema, context);
  },
};

const t = await startTestApp({ STOCKROOM_BODY_LIMIT: '2048' }, undefined, [probe]);

function assertProblem(res: { statusCode: number; headers: Record<string, unknown>; json: <T>() => T }, status: number, code: string) {
  assert.equal(res.statusCode, status);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = res.json<{ type: string; title: string; status: number; code: string }>();
  assert.equal(body.status, status);
  assert.equal(body.code, code);
  assert.ok(body.type.endsWith(code));
  assert.ok(body.title.length > 0);
  return body;
}

test('malformed JSON → 400 malformed_json', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/store/echo',
    headers: { 'content-type': 'application/json' },
    payload: '{"name": "x",',
  });
  assertProblem(res, 400, 'malformed_json');
});

test('empty JSON body → 400 malformed_json', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/store/echo', headers: { 'content-type': 'application/json' }, payload: '' });
  assertProblem(res, 400, 'malformed_json');
});

test('a wrong type is not coerced: "5" for an integer → 400 with the JSON-pointer path', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/store/echo', payload: { name: 'x', quantity: '5' } });
  const body = assertProblem(res, 400, 'validation_failed') as unknown as { errors: { path: string; message: string }[] };
  assert.deepEqual(
    body.errors.map((e) => e.path),
    ['/quantity'],
  );
});

test('an unknown field is rejected, never silently dropped, with its path', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/store/echo', payload: { name: 'x', quantity: 1, price: 1 } });
  const body = assertProblem(res, 400, 'validation_failed') as unknown as { errors: { path: string }[] };
  assert.deepEqual(
    body.errors.map((e) => e.path),
    ['/price'],
  );
  const nested = await t.app.inject({
    method: 'POST',
    url: '/store/echo',
    payload: { name: 'x', quantity: 1, lines: [{ sku: 'a' }, { sku: '' }] },
  });
  const nestedBody = assertProblem(nested, 400, 'validation_failed') as unknown as { errors: { path: string }[] };
  assert.deepEqual(
    nestedBody.errors.map((e) => e.path),
    ['/lines/1/sku'],
  );
});

test('a missing required field names its path', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/store/echo', payload: { name: 'x' } });
  const body = assertProblem(res, 400, 'validation_failed') as unknown as { errors: { path: string; message: string }[] };
  assert.deepEqual(body.errors, [{ path: '/quantity', message: 'is required' }]);
});

test('query strings are coerced and validated, with /query paths', async () => {
  const ok = await t.app.inject({ method: 'GET', url: '/store/list?limit=5' });
  assert.deepEqual(ok.json(), { limit: 5 });
  const bad = await t.app.inject({ method: 'GET', url: '/store/list?limit=100000' });
  const body = assertProblem(bad, 400, 'validation_failed') as unknown as { errors: { path: string }[] };
  assert.deepEqual(
    body.errors.map((e) => e.path),
    ['/query/limit'],
  );
  const unknown = await t.app.inject({ method: 'GET', url: '/store/list?sort=1' });
  assertProblem(unknown, 400, 'validation_failed');
});

test('plugins with shared schemas keep strict validation (unknown fields rejected, no coercion)', async () => {
  assertProblem(await t.app.inject({ method: 'POST', url: '/store/things?bogus=1', payload: { n: 1 } }), 400, 'validation_failed');
  assertProblem(await t.app.inject({ method: 'POST', url: '/store/things', payload: { n: 1, extra: true } }), 400, 'validation_failed');
  assertProblem(await t.app.inject({ method: 'POST', url: '/store/things', payload: { n: '1' } }), 400, 'validation_failed');
  assert.equal((await t.app.inject({ method: 'POST', url: '/store/things?dry=true', payload: { n: 1 } })).statusCode, 200);
});

test('an oversized body → 413 payload_too_large', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/store/echo', payload: { name: 'x'.repeat(5000), quantity: 1 } });
  assertProblem(res, 413, 'payload_too_large');
});

test('a wrong content type → 415 unsupported_media_type', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/store/echo', headers: { 'content-type': 'text/plain' }, payload: 'name=x' });
  assertProblem(res, 415, 'unsupported_media_type');
  const form = await t.app.inject({
    method: 'POST',
    url: '/store/echo',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'name=x',
  });
  assertProblem(form, 415, 'unsupported_media_type');
});

test('an unknown route → 404 problem+json; TRACE is not served', async () => {
  assertProblem(await t.app.inject({ method: 'GET', url: '/store/nothing-here' }), 404, 'not_found');
  // light-my-request's method type omits TRACE; the request itself goes through unchanged.
  const trace = await t.app.inject({ method: 'TRACE' as 'GET', url: '/health/live' });
  assert.ok(trace.statusCode === 404 || trace.statusCode === 405);
});

test('an unexpected error → 500 internal_error with no internals in the body', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/store/boom' });
  const body = assertProblem(res, 500, 'internal_error');
  const text = JSON.stringify(body);
  for (const leak of ['secret', 'SELECT', 'password', '/srv', 'stack', 'at ']) assert.ok(!text.includes(leak), `leaked ${leak}`);
  assert.ok(
    t.logs.some((line) => line.includes('"code":"internal_error"')),
    'the error is logged',
  );
});

test('a service error keeps its code and detail', async () => {
  const body = assertProblem(await t.app.inject({ method: 'GET', url: '/store/conflict' }), 409, 'conflict');
  assert.equal((body as unknown as { detail: string }).detail, 'Already there.');
});

test('every response carries a request id, echoed from a valid X-Request-Id', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'abc-123' } });
  assert.equal(res.headers['x-request-id'], 'abc-123');
  const generated = await t.app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'bad id <script>' } });
  assert.notEqual(generated.headers['x-request-id'], 'bad id <script>');
});

test('the error codes in docs/api.md are exactly the ProblemCodes, with their statuses', () => {
  const guide = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
  const documented = new Map([...guide.matchAll(/^\| (\d{3}) \| `([a-z_]+)` \|/gm)].map((m) => [m[2]!, Number(m[1])]));
  // A Record over the union makes the compiler list every code: adding one without documenting it fails here.
  const known: Record<ProblemCode, true> = {
    validation_failed: true,
    malformed_json: true,
    unauthenticated: true,
    invalid_credentials: true,
    payment_declined: true,
    forbidden: true,
    not_found: true,
    method_not_allowed: true,
    conflict: true,
    insufficient_stock: true,
    cart_already_completed: true,
    cart_changed: true,
    shipping_address_required: true,
    idempotency_key_in_use: true,
    email_taken: true,
    handle_taken: true,
    sku_taken: true,
    precondition_failed: true,
    precondition_required: true,
    payload_too_large: true,
    unsupported_media_type: true,
    idempotency_key_reused: true,
    promotion_invalid: true,
    price_missing: true,
    rate_limited: true,
    internal_error: true,
    unavailable: true,
    checkout_in_progress: true,
    payment_session_required: true,
    payment_action_required: true,
    order_quantity_exceeded: true,
    order_not_cancelable: true,
    nothing_to_capture: true,
    refund_exceeds_captured: true,
    fulfillment_exceeds_order: true,
    return_exceeds_fulfilled: true,
    webhook_url_forbidden: true,
  };
  assert.deepEqual([...documented.keys()].sort(), Object.keys(known).sort());
  // The codes the HTTP contract fixes keep their statuses.
  const fixed: Record<string, number> = {
    validation_failed: 400,
    malformed_json: 400,
    unauthenticated: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    insufficient_stock: 409,
    cart_already_completed: 409,
    cart_changed: 409,
    idempotency_key_in_use: 409,
    precondition_failed: 412,
    payload_too_large: 413,
    unsupported_media_type: 415,
    idempotency_key_reused: 422,
    payment_declined: 402,
    rate_limited: 429,
    internal_error: 500,
    unavailable: 503,
    email_taken: 409,
    invalid_credentials: 401,
    promotion_invalid: 422,
  };
  for (const [code, status] of Object.entries(fixed)) assert.equal(documented.get(code), status, code);
});

test('security headers are set and no version banner is sent', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/health/live' });
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
  assert.equal(res.headers['x-powered-by'], undefined);
  assert.equal(res.headers.server, undefined);
});
