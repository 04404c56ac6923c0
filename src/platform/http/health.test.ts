import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp } from '../../../test/support/app.ts';

const t = await startTestApp();

test('GET /health/live answers 200', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/health/live' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { status: 'ok' });
});

test('GET /health/ready answers 200 while the database answers', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/health/ready' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json<{ status: string }>().status, 'ok');
});
