import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../test/support/auth.ts';
import { identityModule } from '../modules/identity/index.ts';
import { enqueue, startWorker } from './jobs.ts';

// Only identity (for principals): GET /admin/jobs/:id is the platform's, whichever modules run.
const t = await startTestApp({}, undefined, [identityModule]);
const viewer = { authorization: `Bearer ${await createStaffToken(t, 'viewer')}` };

void test('GET /admin/jobs/:id shows any module’s job: status, progress and result, as before', async () => {
  const id = await enqueue(t.database.db, 'probe.count', { payload: { to: 2 } });
  const queued = await t.app.inject({ method: 'GET', url: `/admin/jobs/${id}`, headers: viewer });
  assert.equal(queued.statusCode, 200, queued.body);
  const body = queued.json<Record<string, unknown>>();
  assert.deepEqual(Object.keys(body).sort(), [
    'attempts',
    'createdAt',
    'id',
    'lastError',
    'name',
    'progress',
    'result',
    'status',
    'updatedAt',
  ]);
  assert.deepEqual(
    { ...body, createdAt: undefined, updatedAt: undefined },
    {
      id,
      name: 'probe.count',
      status: 'queued',
      progress: {},
      result: null,
      lastError: null,
      attempts: 0,
      createdAt: undefined,
      updatedAt: undefined,
    },
  );
  assert.ok(!Number.isNaN(Date.parse(String(body.createdAt))));

  const worker = startWorker(
    t.database.db,
    {
      'probe.count': async (job, context) => {
        await context.progress({ done: 2 });
        return { counted: job.payload.to };
      },
    },
    { pollMs: 3_600_000 },
  );
  after(() => worker.stop());
  assert.equal(await worker.drain(), 1);
  const done = await t.app.inject({ method: 'GET', url: `/admin/jobs/${id}`, headers: viewer });
  assert.equal(done.statusCode, 200);
  assert.deepEqual(done.json(), {
    ...done.json<Record<string, unknown>>(),
    status: 'succeeded',
    progress: { done: 2 },
    result: { counted: 2 },
    attempts: 1,
  });
});

void test('GET /admin/jobs/:id is 404 problem+json for unknown jobs', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/admin/jobs/job_nope', headers: viewer });
  assert.equal(res.statusCode, 404);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.deepEqual({ code: res.json().code, detail: res.json().detail }, { code: 'not_found', detail: 'There is no such job.' });
});

void test('GET /admin/jobs/:id needs jobs:read: 401 anonymous, 403 for a customer or a key without it', async () => {
  const id = await enqueue(t.database.db, 'probe.secret');
  assert.equal((await t.app.inject({ method: 'GET', url: `/admin/jobs/${id}` })).statusCode, 401);
  const customer = await createCustomerToken(t);
  const asCustomer = await t.app.inject({
    method: 'GET',
    url: `/admin/jobs/${id}`,
    headers: { authorization: `Bearer ${customer.token}` },
  });
  assert.equal(asCustomer.statusCode, 403);
  const owner = { authorization: `Bearer ${await createStaffToken(t, 'owner')}` };
  const created = await t.app.inject({
    method: 'POST',
    url: '/admin/api-keys',
    headers: owner,
    payload: { name: 'no jobs', permissions: ['products:read'] },
  });
  assert.equal(created.statusCode, 201, created.body);
  const withoutJobs = { authorization: `Bearer ${created.json<{ secret: string }>().secret}` };
  const asKey = await t.app.inject({ method: 'GET', url: `/admin/jobs/${id}`, headers: withoutJobs });
  assert.equal(asKey.statusCode, 403);
  assert.match(asKey.json<{ detail: string }>().detail, /jobs:read/);
});
