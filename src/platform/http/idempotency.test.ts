import { test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { startTestApp } from '../../../test/support/app.ts';
import { TEST_DATABASE_URL } from '../../../test/support/database.ts';
import type { ModuleContext, StockroomModule } from '../module.ts';
import { queryRows, withTransaction } from '../db/index.ts';
import { Conflict } from '../errors.ts';
import { newId } from '../ids.ts';
import { pruneIdempotencyKeys } from './idempotency.ts';

const Widget = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false });
const Body = Type.Object({ name: Type.String({ minLength: 1, maxLength: 40 }), delayMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 2000 })) }, { additionalProperties: false });

const routes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  app.post('/store/widgets', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    const widget = await withTransaction(db, async (tx) => {
      const id = newId('wid');
      await tx.execute(sql`INSERT INTO widgets (id, name) VALUES (${id}, ${request.body.name})`);
      if (request.body.delayMs) await new Promise((resolve) => setTimeout(resolve, request.body.delayMs));
      return { id, name: request.body.name };
    });
    reply.header('location', `/store/widgets/${widget.id}`);
    reply.code(201);
    return widget;
  });
  app.post('/store/widgets/failing', { schema: { body: Body, response: { 201: Widget } } }, async (request) => {
    await withTransaction(db, async (tx) => {
      await tx.execute(sql`INSERT INTO widgets (id, name) VALUES (${newId('wid')}, ${request.body.name})`);
      throw new Conflict({ detail: 'fails after writing' });
    });
    return { id: 'never', name: 'never' };
  });
};
const widgets: StockroomModule = { name: 'widgets', routes };

const t = await startTestApp({}, undefined, [widgets]);
await t.database.db.execute(sql`CREATE TABLE widgets (id text PRIMARY KEY, name text NOT NULL)`);

async function widgetCount(name: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM widgets WHERE name = ${name}`);
  return rows[0]?.n ?? 0;
}

/** Anonymous callers without a credential must send a secret-length key; tests pad short names. */
const secretKey = (name: string): string => (name.length >= 22 ? name : `${name}-0123456789abcdefghijkl`);
/** How an anonymous caller's key is stored: only its hash. */
const storedKey = (name: string): string => createHash('sha256').update(secretKey(name)).digest('hex');

const post = (payload: object, key?: string, url = '/store/widgets') =>
  t.app.inject({ method: 'POST', url, payload, headers: key ? { 'idempotency-key': secretKey(key) } : {} });

test('a retry with the same key replays the first response and does nothing again', async () => {
  const first = await post({ name: 'replay' }, 'key-replay');
  assert.equal(first.statusCode, 201);
  assert.equal(first.headers['idempotent-replayed'], undefined);
  const again = await post({ name: 'replay' }, 'key-replay');
  assert.equal(again.statusCode, 201);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.equal(again.body, first.body);
  assert.equal(again.headers.location, first.headers.location);
  assert.equal(await widgetCount('replay'), 1);
});

test('without a key every request runs', async () => {
  await post({ name: 'nokey' });
  await post({ name: 'nokey' });
  assert.equal(await widgetCount('nokey'), 2);
});

test('the same key with a different body → 422 idempotency_key_reused, nothing done', async () => {
  await post({ name: 'first-body' }, 'key-mismatch');
  const res = await post({ name: 'second-body' }, 'key-mismatch');
  assert.equal(res.statusCode, 422);
  assert.equal(res.json<{ code: string }>().code, 'idempotency_key_reused');
  assert.equal(await widgetCount('second-body'), 0);
});

test('the same key on another route → 422', async () => {
  await post({ name: 'route-a' }, 'key-route');
  const res = await post({ name: 'route-a' }, 'key-route', '/store/widgets/failing');
  assert.equal(res.statusCode, 422);
});

test('a failed request stores nothing: its retry runs afresh', async () => {
  const res = await post({ name: 'fails' }, 'key-fails', '/store/widgets/failing');
  assert.equal(res.statusCode, 409);
  assert.equal(await widgetCount('fails'), 0, 'the handler write rolled back');
  const rows = await queryRows(t.database.db, sql`SELECT 1 FROM idempotency_keys WHERE key = ${storedKey('key-fails')}`);
  assert.equal(rows.length, 0, 'the claim was released');
  const retry = await post({ name: 'fails' }, 'key-fails', '/store/widgets/failing');
  assert.equal(retry.statusCode, 409);
  assert.equal(retry.headers['idempotent-replayed'], undefined);
});

test('validation failures are not stored', async () => {
  const bad = await post({ name: '' }, 'key-invalid');
  assert.equal(bad.statusCode, 400);
  const good = await post({ name: 'valid-now' }, 'key-invalid');
  assert.equal(good.statusCode, 201);
});

test('a key longer than 255 characters → 400', async () => {
  const res = await post({ name: 'long' }, 'k'.repeat(256));
  assert.equal(res.statusCode, 400);
  assert.equal(res.json<{ errors: { path: string }[] }>().errors[0]?.path, '/headers/idempotency-key');
});

test('the stored response commits in the same transaction as the effect', async () => {
  await post({ name: 'atomic' }, 'key-atomic');
  const rows = await queryRows<{ status: string; response_status: number }>(t.database.db, sql`
    SELECT status, response_status FROM idempotency_keys WHERE key = ${storedKey('key-atomic')}`);
  assert.deepEqual(rows, [{ status: 'completed', response_status: 201 }]);
});

test('a claim left behind by a dead process is taken over once its lease runs out', async () => {
  await t.database.db.execute(sql`
    INSERT INTO idempotency_keys (principal, key, method, route, fingerprint, status, locked_until)
    VALUES ('guest_key', ${storedKey('key-orphan')}, 'POST', '/store/widgets', 'whatever', 'in_progress', now() + interval '1 minute')`);
  const blocked = await post({ name: 'orphan' }, 'key-orphan');
  assert.equal(blocked.statusCode, 422, 'a different fingerprint is still a different request');
  await t.database.db.execute(sql`DELETE FROM idempotency_keys WHERE key = ${storedKey('key-orphan')}`);
  const first = await post({ name: 'orphan' }, 'key-orphan-2');
  assert.equal(first.statusCode, 201);
  // Simulate a crash mid-request: the row is back to in_progress with an expired lease.
  await t.database.db.execute(sql`
    UPDATE idempotency_keys SET status = 'in_progress', locked_until = now() - interval '1 second'
    WHERE key = ${storedKey('key-orphan-2')}`);
  const retried = await post({ name: 'orphan' }, 'key-orphan-2');
  assert.equal(retried.statusCode, 201);
  assert.equal(retried.headers['idempotent-replayed'], undefined);
});

test('keys are kept 24 hours; pruning older ones lets a key run again', async () => {
  await post({ name: 'expiry' }, 'key-expiry');
  assert.equal(await pruneIdempotencyKeys(t.database.db, 1), 0, 'never prunes keys younger than 24 h');
  await t.database.db.execute(sql`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = ${storedKey('key-expiry')}`);
  assert.equal(await pruneIdempotencyKeys(t.database.db), 1);
  const again = await post({ name: 'expiry' }, 'key-expiry');
  assert.equal(again.statusCode, 201);
  assert.equal(again.headers['idempotent-replayed'], undefined);
  assert.equal(await widgetCount('expiry'), 2);
});

test('concurrent duplicates: one runs, the others get 409 idempotency_key_in_use or the replay', async () => {
  const results = await Promise.all(Array.from({ length: 10 }, () => post({ name: 'concurrent', delayMs: 300 }, 'key-concurrent')));
  const created = results.filter((r) => r.statusCode === 201);
  const inUse = results.filter((r) => r.statusCode === 409);
  assert.equal(created.length + inUse.length, 10);
  assert.ok(created.length >= 1);
  const ids = new Set(created.map((r) => r.json<{ id: string }>().id));
  assert.equal(ids.size, 1, 'every success names the same widget');
  for (const r of inUse) {
    assert.equal(r.json<{ code: string }>().code, 'idempotency_key_in_use');
    assert.equal(r.headers['retry-after'], '1');
  }
  if (TEST_DATABASE_URL) assert.ok(inUse.length >= 1, 'on PostgreSQL the duplicates overlap and get 409');
  assert.equal(await widgetCount('concurrent'), 1);
});

test('an anonymous caller without a credential must send a secret-length key; it is stored hashed', async () => {
  const short = await t.app.inject({ method: 'POST', url: '/store/widgets', payload: { name: 'short' }, headers: { 'idempotency-key': 'abc-123' } });
  assert.equal(short.statusCode, 400);
  assert.match(String(short.headers['content-type']), /problem\+json/);
  assert.deepEqual(short.json<{ errors: { path: string }[] }>().errors.map((e) => e.path), ['/headers/idempotency-key']);
  assert.equal(await widgetCount('short'), 0, 'a refused key does nothing');
  const ok = await post({ name: 'hashed' }, 'key-hashed');
  assert.equal(ok.statusCode, 201);
  const rows = await queryRows<{ principal: string; key: string }>(t.database.db, sql`
    SELECT principal, key FROM idempotency_keys WHERE key IN (${secretKey('key-hashed')}, ${storedKey('key-hashed')})`);
  assert.deepEqual(rows, [{ principal: 'guest_key', key: storedKey('key-hashed') }], 'the secret itself is never stored');
});
