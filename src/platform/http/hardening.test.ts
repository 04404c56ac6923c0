import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken, randomIp, uniqueEmail } from '../../../test/support/auth.ts';
import * as errors from '../errors.ts';
import { AppError, DEFAULT_DETAILS, PROBLEM_CODES, type ProblemCode } from '../errors.ts';
import { problemBody } from './problem.ts';
import { Type } from '@sinclair/typebox';
import type { StockroomModule } from '../module.ts';

const t = await startTestApp();

interface Problem {
  type: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { path: string; message: string }[];
}

function assertProblem(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string): Problem {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  const body = JSON.parse(res.body) as Problem;
  assert.equal(body.status, status);
  assert.equal(body.code, code);
  assert.ok(body.detail && body.detail.length > 0, 'carries a detail');
  return body;
}

test('malformed percent-encoding in a path → 400 validation_failed problem+json', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/store/products/%E0%A4%A' });
  const body = assertProblem(res, 400, 'validation_failed');
  assert.ok(body.errors && body.errors.length > 0);
  assert.doesNotMatch(res.body, /FST_ERR/);
});

test("a path parameter over the router's limit → 414 problem+json with errors[]", async () => {
  const res = await t.app.inject({ method: 'GET', url: `/store/products/${'a'.repeat(250)}` });
  const body = assertProblem(res, 414, 'validation_failed');
  assert.deepEqual(
    body.errors?.map((e) => e.path),
    ['/params'],
  );
  assert.doesNotMatch(res.body, /FST_ERR|aaaaaaaaaa/);
});

/** Sends raw bytes to the listening app and returns the raw answer (status line, headers, body). */
async function rawRequest(request: string): Promise<{ head: string; problem: Problem }> {
  if (!t.app.server.listening) await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  assert.ok(address && typeof address === 'object');
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = connect(address.port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString('utf8');
    });
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', (error) => (data ? resolve(data) : reject(error)));
    socket.write(request);
  });
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  assert.match(head, /content-type: application\/problem\+json/i, head);
  return { head, problem: JSON.parse(body) as Problem };
}

test('oversized request headers → 431 problem+json on a real socket', async () => {
  const { head, problem } = await rawRequest(`GET /store/products HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(40_000)}\r\n\r\n`);
  assert.match(head, /^HTTP\/1\.1 431 /);
  assert.equal(problem.status, 431);
  assert.equal(problem.code, 'validation_failed');
  assert.deepEqual(
    problem.errors?.map((e) => e.path),
    ['/headers'],
  );
  assert.ok(problem.detail);
});

test("a NUL byte in a header (refused by the HTTP parser) → 400 problem+json, not Node's plain answer", async () => {
  const { head, problem } = await rawRequest('GET /store/products HTTP/1.1\r\nHost: x\r\nIdempotency-Key: a\u0000b\r\n\r\n');
  assert.match(head, /^HTTP\/1\.1 400 /);
  assert.equal(problem.code, 'validation_failed');
  assert.deepEqual(
    problem.errors?.map((e) => e.path),
    ['/headers'],
  );
  assert.ok(problem.detail);
});

test('a JSON body declared in another charset → 415; utf-8 in any case works', async () => {
  const send = (contentType: string) =>
    t.app.inject({
      method: 'POST',
      url: '/store/carts',
      headers: { 'content-type': contentType },
      payload: JSON.stringify({ currency: 'EUR' }),
    });
  for (const type of ['application/json; charset=latin1', 'application/json;charset=ISO-8859-1', 'application/json; charset="utf-16"']) {
    assertProblem(await send(type), 415, 'unsupported_media_type');
  }
  for (const type of [
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=UTF-8',
    'application/json;Charset="Utf-8"',
  ]) {
    assert.equal((await send(type)).statusCode, 201, type);
  }
});

test('responses carrying tokens or personal data send Cache-Control: no-store', async () => {
  const email = uniqueEmail('cache');
  const password = 'a-long-password-for-cache';
  const register = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email, password },
    remoteAddress: randomIp(),
  });
  assert.equal(register.statusCode, 201);
  const login = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email, password },
    remoteAddress: randomIp(),
  });
  assert.equal(login.statusCode, 200);
  const { token } = await createCustomerToken(t);
  const me = await t.app.inject({ method: 'GET', url: '/store/me', headers: { authorization: `Bearer ${token}` } });
  const cart = await t.app.inject({ method: 'POST', url: '/store/carts', payload: { currency: 'EUR' } });
  const cartRead = await t.app.inject({ method: 'GET', url: `/store/carts/${cart.json<{ id: string }>().id}` });
  const owner = await createStaffToken(t, 'owner');
  const key = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: { authorization: `Bearer ${owner}` },
    payload: { name: 'cache', permissions: ['products:read'] },
  });
  assert.equal(key.statusCode, 201);
  const failed = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email, password: 'wrong-password-x' },
    remoteAddress: randomIp(),
  });
  for (const [name, res] of Object.entries({ register, login, cart, key, failed })) {
    assert.equal(res.headers['cache-control'], 'no-store', `${name} sends no-store`);
  }
  // Personal reads say so to private caches too; catalog reads are the same for everyone and public.
  for (const [name, res] of Object.entries({ me, cartRead })) {
    assert.equal(res.headers['cache-control'], 'private, no-store', `${name} sends private, no-store`);
  }
  const products = await t.app.inject({ method: 'GET', url: '/store/products' });
  assert.match(String(products.headers['cache-control']), /^public, max-age=\d+$/);
});

test('every ProblemCode has a default detail, and every problem document carries one', () => {
  for (const code of PROBLEM_CODES) assert.ok(DEFAULT_DETAILS[code].length > 10, `${code} has a default detail`);
  // Every error class of the platform, built without a detail, still renders one.
  const classes = (Object.values(errors) as unknown[]).filter(
    (value): value is (new () => AppError) & { name: string } =>
      typeof value === 'function' && (value as { prototype: unknown }).prototype instanceof AppError,
  );
  assert.ok(classes.length >= 15);
  for (const ErrorClass of classes) {
    const instance = (ErrorClass as unknown) === errors.RateLimited ? new errors.RateLimited(1) : new ErrorClass();
    const body = problemBody(instance);
    assert.ok(body.detail.length > 0, `${ErrorClass.name} renders a detail`);
  }
  // And a bare error of each code (as a module's subclass would be) gets its code's default.
  for (const code of PROBLEM_CODES) {
    const bare = new (class extends errors.Conflict {
      override readonly code: ProblemCode = code;
    })();
    assert.equal(problemBody(bare).detail, DEFAULT_DETAILS[code]);
  }
});

test('errors raised without a detail over HTTP carry one (unauthenticated, invalid_credentials, email_taken)', async () => {
  const email = uniqueEmail('detail');
  const password = 'a-long-password-for-detail';
  assert.equal(
    (await t.app.inject({ method: 'POST', url: '/auth/customers/register', payload: { email, password }, remoteAddress: randomIp() }))
      .statusCode,
    201,
  );
  const taken = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/register',
    payload: { email, password },
    remoteAddress: randomIp(),
  });
  assertProblem(taken, 409, 'email_taken');
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/login',
    payload: { email, password: 'not-the-password' },
    remoteAddress: randomIp(),
  });
  assertProblem(wrong, 401, 'invalid_credentials');
  assertProblem(await t.app.inject({ method: 'GET', url: '/admin/products' }), 401, 'unauthenticated');
  assertProblem(await t.app.inject({ method: 'GET', url: '/store/me' }), 401, 'unauthenticated');
});

test('a route that sets its own Cache-Control keeps it; API routes without one get no-store', async () => {
  const probe: StockroomModule = {
    name: 'cache-probe',
    routes: async (app) => {
      app.get('/store/cacheable', { schema: { response: { 200: Type.Object({ ok: Type.Boolean() }) } } }, async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=60');
        return { ok: true };
      });
      app.get('/store/plain', { schema: { response: { 200: Type.Object({ ok: Type.Boolean() }) } } }, async () => ({ ok: true }));
    },
  };
  const own = await startTestApp({}, undefined, [probe]);
  assert.equal((await own.app.inject({ method: 'GET', url: '/store/cacheable' })).headers['cache-control'], 'public, max-age=60');
  assert.equal((await own.app.inject({ method: 'GET', url: '/store/plain' })).headers['cache-control'], 'no-store');
  assert.equal((await own.app.inject({ method: 'GET', url: '/store/nothing-here' })).headers['cache-control'], 'no-store');
  assert.equal((await own.app.inject({ method: 'GET', url: '/health/live' })).headers['cache-control'], undefined, 'not an API route');
});
