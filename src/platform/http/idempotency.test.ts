import { test } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { startTestApp } from '../../../test/support/app.ts';
import { TEST_DATABASE_URL } from '../../../test/support/database.ts';
import type { ModuleContext, StockroomModule } from '../module.ts';
import { queryRows, withTransaction, type Tx } from '../db/index.ts';
import { Conflict } from '../errors.ts';
import { newId } from '../ids.ts';
import { pruneIdempotencyKeys } from './idempotency.ts';
import { inRequestTransaction } from './request-transaction.ts';

const Widget = Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false });
const Body = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 40 }), delayMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 2000 })) },
  { additionalProperties: false },
);

/** Tries of the `retried` route's callback, and entries into its handler (which holds no side effects). */
const retried = { entries: 0, tries: 0 };

const routes: FastifyPluginAsyncTypebox<ModuleContext> = async (app, { db }) => {
  const insertWidget = async (tx: Tx, name: string) => {
    const id = newId('wid');
    await tx.execute(sql`INSERT INTO widgets (id, name) VALUES (${id}, ${name})`);
    return { id, name };
  };
  app.post('/store/widgets', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) =>
    inRequestTransaction(request, reply, db, async (tx) => {
      const widget = await insertWidget(tx, request.body.name);
      if (request.body.delayMs) await new Promise((resolve) => setTimeout(resolve, request.body.delayMs));
      reply.header('location', `/store/widgets/${widget.id}`);
      reply.code(201);
      return widget;
    }),
  );
  app.post('/store/widgets/failing', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) =>
    inRequestTransaction(request, reply, db, async (tx) => {
      await insertWidget(tx, request.body.name);
      throw new Conflict({ detail: 'fails after writing' });
    }),
  );
  // The first try writes, then PostgreSQL aborts it with a serialization failure (40001).
  app.post('/store/widgets/retried', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    retried.entries += 1;
    return inRequestTransaction(request, reply, db, async (tx) => {
      retried.tries += 1;
      const widget = await insertWidget(tx, request.body.name);
      if (retried.tries % 2 === 1) await tx.execute(sql`DO $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '40001'; END $$`);
      reply.code(201);
      return widget;
    });
  });
  // A failure the handler catches (in its own transaction) does not spoil the request's transaction.
  app.post('/store/widgets/caught', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    await withTransaction(db, async (tx) => tx.execute(sql`SELECT 1 / 0`)).catch(() => undefined);
    return inRequestTransaction(request, reply, db, async (tx) => {
      reply.code(201);
      return insertWidget(tx, request.body.name);
    });
  });
  // Handlers that answer other than through inRequestTransaction: each is refused with 500.
  app.post('/store/widgets/unstored', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    const widget = await withTransaction(db, (tx) => insertWidget(tx, request.body.name));
    reply.code(201);
    return widget;
  });
  app.post('/store/widgets/late-status', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    const widget = await inRequestTransaction(request, reply, db, (tx) => insertWidget(tx, request.body.name));
    reply.code(201); // after the answer was stored: a replay would answer 200
    return widget;
  });
  app.post('/store/widgets/remapped', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    const widget = await inRequestTransaction(request, reply, db, async (tx) => {
      reply.code(201);
      return insertWidget(tx, request.body.name);
    });
    return { ...widget, name: widget.name.toUpperCase() }; // not what was stored
  });
  app.post('/store/widgets/sent', { schema: { body: Body, response: { 201: Widget } } }, async (request, reply) => {
    const widget = await inRequestTransaction(request, reply, db, async (tx) => {
      reply.code(201);
      return insertWidget(tx, request.body.name);
    });
    return reply.send(widget);
  });
  // Opted out: plain withTransaction, no claim, the key is ignored.
  app.post(
    '/store/widgets/opted-out',
    {
      config: { idempotency: 'off' },
      schema: { body: Body, response: { 201: Widget } },
    },
    async (request, reply) => {
      const widget = await withTransaction(db, (tx) => insertWidget(tx, request.body.name));
      reply.code(201);
      return widget;
    },
  );
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
  const rows = await queryRows<{ status: string; response_status: number }>(
    t.database.db,
    sql`
    SELECT status, response_status FROM idempotency_keys WHERE key = ${storedKey('key-atomic')}`,
  );
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
  await t.database.db.execute(
    sql`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = ${storedKey('key-expiry')}`,
  );
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
  const short = await t.app.inject({
    method: 'POST',
    url: '/store/widgets',
    payload: { name: 'short' },
    headers: { 'idempotency-key': 'abc-123' },
  });
  assert.equal(short.statusCode, 400);
  assert.match(String(short.headers['content-type']), /problem\+json/);
  assert.deepEqual(
    short.json<{ errors: { path: string }[] }>().errors.map((e) => e.path),
    ['/headers/idempotency-key'],
  );
  assert.equal(await widgetCount('short'), 0, 'a refused key does nothing');
  const ok = await post({ name: 'hashed' }, 'key-hashed');
  assert.equal(ok.statusCode, 201);
  const rows = await queryRows<{ principal: string; key: string }>(
    t.database.db,
    sql`
    SELECT principal, key FROM idempotency_keys WHERE key IN (${secretKey('key-hashed')}, ${storedKey('key-hashed')})`,
  );
  assert.deepEqual(rows, [{ principal: 'guest_key', key: storedKey('key-hashed') }], 'the secret itself is never stored');
});

async function keyRows(name: string) {
  return queryRows<{ status: string; response_status: number; response_body: unknown }>(
    t.database.db,
    sql`
    SELECT status, response_status, response_body FROM idempotency_keys WHERE key = ${storedKey(name)}`,
  );
}

test('a serialization failure inside a keyed request retries the whole callback and stores one answer', async () => {
  const before = { ...retried };
  const res = await post({ name: 'retried-keyed' }, 'key-retried', '/store/widgets/retried');
  assert.equal(res.statusCode, 201, res.body);
  assert.equal(retried.tries - before.tries, 2, 'the callback ran again after the 40001');
  assert.equal(retried.entries - before.entries, 1, 'the handler outside the callback ran once');
  assert.equal(await widgetCount('retried-keyed'), 1, 'the aborted try left nothing');
  assert.deepEqual(await keyRows('key-retried'), [{ status: 'completed', response_status: 201, response_body: res.json() }]);
  const replay = await post({ name: 'retried-keyed' }, 'key-retried', '/store/widgets/retried');
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.equal(replay.body, res.body);
  assert.equal(retried.tries - before.tries, 2, 'the replay ran nothing');
});

test('without a key the retried callback behaves the same', async () => {
  const before = { ...retried };
  const res = await post({ name: 'retried-unkeyed' }, undefined, '/store/widgets/retried');
  assert.equal(res.statusCode, 201, res.body);
  assert.deepEqual({ tries: retried.tries - before.tries, entries: retried.entries - before.entries }, { tries: 2, entries: 1 });
  assert.equal(await widgetCount('retried-unkeyed'), 1);
});

test('a failure the handler caught before its request transaction does not abort it, key or not', async () => {
  const keyed = await post({ name: 'caught' }, 'key-caught', '/store/widgets/caught');
  assert.equal(keyed.statusCode, 201, keyed.body);
  const unkeyed = await post({ name: 'caught' }, undefined, '/store/widgets/caught');
  assert.equal(unkeyed.statusCode, 201, unkeyed.body);
  assert.equal(await widgetCount('caught'), 2);
  assert.equal((await keyRows('key-caught'))[0]?.status, 'completed');
});

for (const [route, why] of [
  ['unstored', 'answered without inRequestTransaction'],
  ['late-status', 'changed the status or headers after'],
  ['remapped', 'returned another body'],
  ['sent', 'sent the reply instead of returning the body'],
] as const) {
  test(`an idempotent route whose handler ${why} fails with 500 and an error log, key or not`, async () => {
    for (const key of [`key-${route}`, undefined]) {
      const logged = t.logs.length;
      const res = await post({ name: route }, key, `/store/widgets/${route}`);
      if (route === 'sent') {
        // The handler sent its reply itself, so the client got it; the refusal is the error log.
        assert.equal(res.statusCode, 201);
      } else {
        assert.equal(res.statusCode, 500, res.body);
        assert.equal(res.json<{ code: string }>().code, 'internal_error');
      }
      const lines = t.logs.slice(logged).join('');
      assert.match(lines, /"event":"idempotency.unstored_answer"/);
      assert.ok(lines.includes(why), `the log says why: ${why}`);
    }
    if (route === 'unstored') assert.deepEqual(await keyRows(`key-${route}`), [], 'the claim was released');
  });
}

test('a route that opted out runs every time and stores nothing, key or not', async () => {
  for (const key of ['key-opted-out', 'key-opted-out', undefined]) {
    const res = await post({ name: 'opted-out' }, key, '/store/widgets/opted-out');
    assert.equal(res.statusCode, 201);
    assert.equal(res.headers['idempotent-replayed'], undefined);
  }
  assert.equal(await widgetCount('opted-out'), 3);
  assert.deepEqual(await keyRows('key-opted-out'), []);
});
