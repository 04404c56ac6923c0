import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { startTestApp } from '../../../test/support/app.ts';
import type { ModuleContext, StockroomModule } from '../module.ts';
import { queryRows } from '../db/index.ts';
import { BadRequest, PaymentRequired } from '../errors.ts';
import { newId } from '../ids.ts';

// The "atomic phases with recovery points" mode of the idempotency facility, on a toy two-phase
// route: phase 1 writes a hold, an "external call" is counted in memory, phase 2 writes the result.

const externalCalls = new Map<string, number>();
const failBetweenPhasesOnce = new Set<string>();

const Body = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 40 }),
    outcome: Type.Optional(Type.Union([Type.Literal('ok'), Type.Literal('decline'), Type.Literal('invalid')])),
  },
  { additionalProperties: false },
);
const Result = Type.Object({ holdId: Type.String(), name: Type.String() }, { additionalProperties: false });

const routes: FastifyPluginAsyncTypebox<ModuleContext> = async (app) => {
  app.post(
    '/store/two-phase',
    { config: { idempotency: 'phased' }, schema: { body: Body, response: { 201: Result } } },
    async (req, reply) => {
      const { phases } = req;
      const { name, outcome = 'ok' } = req.body;
      if (outcome === 'invalid') throw new BadRequest({ detail: 'refused before any phase' });
      const resumed = phases.recoveryPoint === 'held' ? String(phases.recoveryData.holdId) : undefined;
      const holdId =
        resumed ??
        (await phases.run(
          'held',
          async (tx) => {
            const id = newId('hold');
            await tx.execute(sql`INSERT INTO holds (id, name, state) VALUES (${id}, ${name}, 'held')`);
            return id;
          },
          (id) => ({ holdId: id }),
        ));
      externalCalls.set(name, (externalCalls.get(name) ?? 0) + 1); // between phases, outside any transaction
      if (failBetweenPhasesOnce.delete(name)) throw new Error('the process lost its way between phases');
      if (outcome === 'decline') {
        return phases.fail(new PaymentRequired({ detail: 'declined' }), async (tx) => {
          await tx.execute(sql`UPDATE holds SET state = 'released' WHERE id = ${holdId}`);
        });
      }
      reply.code(201);
      return phases.finish(reply, async (tx) => {
        await tx.execute(sql`UPDATE holds SET state = 'placed' WHERE id = ${holdId}`);
        return { holdId, name };
      });
    },
  );
  // A phased handler that commits a phase but answers without finish() or fail(): its answer was never stored.
  app.post(
    '/store/two-phase-unfinished',
    { config: { idempotency: 'phased' }, schema: { body: Body, response: { 201: Result } } },
    async (req, reply) => {
      const holdId = await req.phases.run(
        'held',
        async (tx) => {
          const id = newId('hold');
          await tx.execute(sql`INSERT INTO holds (id, name, state) VALUES (${id}, ${req.body.name}, 'held')`);
          return id;
        },
        (id) => ({ holdId: id }),
      );
      reply.code(201);
      return { holdId, name: req.body.name };
    },
  );
};
const module: StockroomModule = { name: 'two-phase', routes };
const t = await startTestApp({}, undefined, [module]);
const db = t.database.db;
await db.execute(sql`CREATE TABLE holds (id text PRIMARY KEY, name text NOT NULL, state text NOT NULL)`);

const post = (payload: object, key?: string) =>
  t.app.inject({ method: 'POST', url: '/store/two-phase', payload, headers: key ? { 'idempotency-key': key } : {} });
const holds = (name: string) => queryRows<{ state: string }>(db, sql`SELECT state FROM holds WHERE name = ${name} ORDER BY id`);
// An anonymous caller without a credential: the key is the credential, stored only as its SHA-256 hash.
const stored = (key: string) => createHash('sha256').update(key).digest('hex');
const keyRow = (key: string) =>
  queryRows<{ status: string; recovery_point: string | null }>(
    db,
    sql`
  SELECT status, recovery_point FROM idempotency_keys WHERE key = ${stored(key)}`,
  );

test('a failure between phases keeps the recovery point; the retry resumes there instead of starting again', async () => {
  failBetweenPhasesOnce.add('resume');
  const first = await post({ name: 'resume' }, 'key-resume-00000000000000');
  assert.equal(first.statusCode, 500);
  assert.deepEqual(await holds('resume'), [{ state: 'held' }], 'phase 1 committed on its own');
  assert.deepEqual(await keyRow('key-resume-00000000000000'), [{ status: 'in_progress', recovery_point: 'held' }]);

  const retry = await post({ name: 'resume' }, 'key-resume-00000000000000');
  assert.equal(retry.statusCode, 201);
  assert.deepEqual(await holds('resume'), [{ state: 'placed' }], 'phase 1 was not run again');
  assert.equal(externalCalls.get('resume'), 2, 'the external call is repeated (with its own idempotency key in real routes)');

  const replay = await post({ name: 'resume' }, 'key-resume-00000000000000');
  assert.equal(replay.statusCode, 201);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.equal(replay.body, retry.body);
  assert.equal(externalCalls.get('resume'), 2, 'a replay calls nothing');
});

test('fail(): the undo and the stored problem commit together; the replay is the same problem+json', async () => {
  const declined = await post({ name: 'decline', outcome: 'decline' }, 'key-decline-0000000000000');
  assert.equal(declined.statusCode, 402);
  assert.match(String(declined.headers['content-type']), /problem\+json/);
  assert.deepEqual(await holds('decline'), [{ state: 'released' }]);
  const replay = await post({ name: 'decline', outcome: 'decline' }, 'key-decline-0000000000000');
  assert.equal(replay.statusCode, 402);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.match(String(replay.headers['content-type']), /problem\+json/);
  assert.equal(replay.body, declined.body);
  assert.equal(externalCalls.get('decline'), 1);
});

test('a failure before any phase releases the key: the retry runs afresh', async () => {
  const res = await post({ name: 'early', outcome: 'invalid' }, 'key-early-000000000000000');
  assert.equal(res.statusCode, 400);
  assert.deepEqual(await keyRow('key-early-000000000000000'), []);
});

test('without a key the phases still run as separate transactions', async () => {
  failBetweenPhasesOnce.add('nokey');
  assert.equal((await post({ name: 'nokey' })).statusCode, 500);
  assert.deepEqual(await holds('nokey'), [{ state: 'held' }], 'left for the recovery sweep of the real route');
  assert.equal((await post({ name: 'nokey' })).statusCode, 201);
  assert.deepEqual(
    (await holds('nokey')).map((h) => h.state),
    ['held', 'placed'],
  );
});

test('a resumed key whose lease is still running answers 409 idempotency_key_in_use', async () => {
  failBetweenPhasesOnce.add('leased');
  assert.equal((await post({ name: 'leased' }, 'key-leased-00000000000000')).statusCode, 500);
  await db.execute(
    sql`UPDATE idempotency_keys SET locked_until = now() + interval '1 minute' WHERE key = ${stored('key-leased-00000000000000')}`,
  );
  const busy = await post({ name: 'leased' }, 'key-leased-00000000000000');
  assert.deepEqual([busy.statusCode, busy.json<{ code: string }>().code], [409, 'idempotency_key_in_use']);
});

test('a phased handler answering without finish() or fail() is a 500 logged as idempotency.unstored_answer, key or not; the key keeps its recovery point', async () => {
  for (const key of [undefined, 'unfinished-key-0123456789abcdef']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/store/two-phase-unfinished',
      payload: { name: key ? 'unfinished-keyed' : 'unfinished' },
      headers: key ? { 'idempotency-key': key } : {},
    });
    assert.equal(res.statusCode, 500, res.body);
    assert.equal(res.json<{ code: string }>().code, 'internal_error');
    if (key) assert.deepEqual(await keyRow(key), [{ status: 'in_progress', recovery_point: 'held' }]);
  }
  assert.equal(t.logs.filter((line) => line.includes('idempotency.unstored_answer') && line.includes('two-phase-unfinished')).length, 2);
});
